import type { EconomyRecord, SafetyIncidentRecord } from '../datasets/records.ts';
import { INCIDENT_GRADES } from '../datasets/records.ts';
import { compareCodePoints } from './compare-code-points.ts';
import type { CustomIndicator } from './custom-indicator.ts';
import type { FieldOf, DeclarationOf, IndicatorDeclaration } from './indicator-declaration.ts';
import type { IndicatorRow } from './indicator-row.ts';
import { JURISDICTION } from './indicator-row.ts';
import type { ResolvedIndicatorOptions } from './indicator-options.ts';
import { rateValue } from './rate-value.ts';
import { runDeclarations } from './run-declarations.ts';

type F = FieldOf<'safety_incidents'>;

/** The economy row that gives each year's GDP: the first by source (file name by code point, then row). */
function gdpRecords(economy: readonly EconomyRecord[]): Map<number, EconomyRecord> {
  const chosen = new Map<number, EconomyRecord>();
  for (const r of economy) {
    if (r.gdp === null || !Number.isFinite(r.gdp)) continue;
    const prior = chosen.get(r.year);
    if (prior === undefined) {
      chosen.set(r.year, r);
      continue;
    }
    const byFile = compareCodePoints(r.source.file, prior.source.file);
    if (byFile < 0 || (byFile === 0 && r.source.row < prior.source.row)) chosen.set(r.year, r);
  }
  return chosen;
}

/**
 * The GDP (億元) of each year in the economy records. When several rows give
 * a year's GDP, the one that comes first by source (file name by code point,
 * then row) wins, so the choice does not depend on record order.
 *
 * @example
 * gdpByYear(records.economy).get(2019); // 2743 (億元)
 */
export function gdpByYear(economy: readonly EconomyRecord[]): Map<number, number> {
  return new Map([...gdpRecords(economy)].map(([year, r]) => [year, r.gdp as number]));
}

const DECLARED = [
  {
    id: 'safety.incidents', dataset: 'safety_incidents', compute: 'tally',
    name: { 'zh-Hant': '生產安全事故起數', 'zh-Hans': '生产安全事故起数', en: 'Production-safety incidents' },
    kind: 'count', better: 'lower', year: ['occurred_on'],
    numerator: { count: true },
    denominator: null,
  },
  {
    id: 'safety.deaths', dataset: 'safety_incidents', compute: 'tally',
    name: { 'zh-Hant': '死亡人數', 'zh-Hans': '死亡人数', en: 'Deaths' },
    kind: 'count', better: 'lower', year: ['occurred_on'],
    numerator: { sum: { field: 'deaths' } },
    denominator: null,
  },
  {
    id: 'safety.incidents_yoy', dataset: 'safety_incidents', compute: 'change', of: 'safety.incidents',
    name: { 'zh-Hant': '事故起數同比', 'zh-Hans': '事故起数同比', en: 'Incidents, year on year' },
    kind: 'change', better: 'lower', year: ['occurred_on'],
  },
  {
    id: 'safety.deaths_yoy', dataset: 'safety_incidents', compute: 'change', of: 'safety.deaths',
    name: { 'zh-Hant': '死亡人數同比', 'zh-Hans': '死亡人数同比', en: 'Deaths, year on year' },
    kind: 'change', better: 'lower', year: ['occurred_on'],
  },
  {
    id: 'safety.deaths_per_100m_gdp', dataset: 'safety_incidents', compute: 'custom', reads: ['economy'],
    name: { 'zh-Hant': '億元GDP死亡率', 'zh-Hans': '亿元GDP死亡率', en: 'Deaths per 100 million yuan of GDP' },
    kind: 'ratio', better: 'lower', year: ['occurred_on'],
    formula: { numerator: 'safety.deaths at `*` (jurisdiction only)', denominator: "the year's GDP in 億元 (economy; the first row by file and row when given twice)" },
  },
  {
    id: 'safety.major_incidents', dataset: 'safety_incidents', compute: 'tally',
    name: { 'zh-Hant': '較大及以上事故數', 'zh-Hans': '较大及以上事故数', en: 'Incidents graded major (较大) or worse' },
    kind: 'count', better: 'lower', year: ['occurred_on'],
    numerator: { count: { field: 'grade', in: INCIDENT_GRADES.slice(INCIDENT_GRADES.indexOf('较大')) } },
    denominator: null,
  },
] as const satisfies readonly IndicatorDeclaration<F>[];

/**
 * The id of a safety indicator, e.g. `'safety.incidents'`.
 *
 * @example
 * const id: SafetyIndicatorId = 'safety.incidents';
 * @useDeclaredType
 */
export type SafetyIndicatorId = (typeof DECLARED)[number]['id'];

/**
 * The declarations of the safety.* indicators, by year(occurred_on):
 *
 * - `safety.incidents`, `safety.deaths` (sum), `safety.major_incidents` (grade 较大 or worse).
 * - `safety.incidents_yoy`, `safety.deaths_yoy`: changes of the first two:
 *   numerator = this year's figure − last year's, denominator = last year's,
 *   value = their ratio (−0.25 = a quarter fewer), null when last year's
 *   figure is 0. A year with no incidents counts as 0, so when last year had
 *   none the numerator is this year's figure and the denominator 0. Rows
 *   exist where the unit had incidents this year, and also where it had some
 *   last year but none this year while the jurisdiction had incidents this
 *   year (so a unit that went down to 0 shows −100%); then the jurisdiction's
 *   numerator and denominator are the sums of its units' (plus incidents
 *   without a unit).
 * - `safety.deaths_per_100m_gdp` (custom, {@link DEATHS_PER_GDP}):
 *   jurisdiction only: deaths / GDP in 億元 of that year (economy, see
 *   {@link gdpByYear}); no row when the year has no GDP, value null when the
 *   GDP is 0.
 *
 * @example
 * SAFETY_INDICATORS.map((d) => d.compute); // ['tally', 'tally', 'change', 'change', 'custom', 'tally']
 */
export const SAFETY_INDICATORS: readonly DeclarationOf<SafetyIndicatorId>[] = DECLARED;

/**
 * The code of `safety.deaths_per_100m_gdp`: the jurisdiction's
 * `safety.deaths` of each year over that year's GDP ({@link gdpByYear});
 * its evidence is the incidents behind the deaths and the economy row of
 * the GDP.
 *
 * @example
 * DEATHS_PER_GDP.needs; // ['safety.deaths']
 */
export const DEATHS_PER_GDP: CustomIndicator = {
  ids: ['safety.deaths_per_100m_gdp'],
  needs: ['safety.deaths'],
  rows(records, _options, { rowsOf }) {
    const gdp = gdpByYear(records.economy ?? []);
    const rows: IndicatorRow[] = [];
    for (const { unit, year, numerator: deaths } of rowsOf('safety.deaths')) {
      const yearGdp = gdp.get(year);
      if (unit !== JURISDICTION || yearGdp === undefined) continue;
      rows.push({ indicator: 'safety.deaths_per_100m_gdp', unit, year, numerator: deaths, denominator: yearGdp, value: rateValue(deaths, yearGdp) });
    }
    return rows;
  },
  evidence(records, rows, _options, { evidenceOf }) {
    const chosen = gdpRecords(records.economy ?? []);
    return rows.map((row) => {
      const economy = chosen.get(row.year)!;
      return {
        row,
        numerator: evidenceOf('safety.deaths', row.unit, row.year)[0]?.numerator ?? [],
        denominator: [{
          dataset: 'economy', source: economy.source, unit: null, year: economy.year, weight: economy.gdp as number,
          fields: { year: economy.year, gdp: economy.gdp },
        }],
      };
    });
  },
};

/**
 * The safety.* rows of {@link SAFETY_INDICATORS}.
 *
 * @example
 * const rows = safetyIndicators(records.safety_incidents, records.economy, resolveIndicatorOptions());
 * const yoy = rows.find((r) => r.indicator === 'safety.incidents_yoy' && r.unit === '*' && r.year === 2019);
 * [yoy?.numerator, yoy?.denominator, yoy?.value]; // [-13, 42, -0.30952380952380953] (29 incidents after 42)
 */
export function safetyIndicators(
  incidents: readonly SafetyIncidentRecord[],
  economy: readonly EconomyRecord[],
  options: ResolvedIndicatorOptions,
): IndicatorRow[] {
  const records = { safety_incidents: incidents as SafetyIncidentRecord[], economy: economy as EconomyRecord[] };
  return runDeclarations(SAFETY_INDICATORS, records, options, [DEATHS_PER_GDP]);
}
