import { yearOf } from '../values/calendar-date.ts';
import type { EconomyRecord, SafetyIncidentRecord } from '../datasets/records.ts';
import { INCIDENT_GRADES } from '../datasets/records.ts';
import type { IndicatorId } from './catalogue.ts';
import { compareCodePoints } from './compare-code-points.ts';
import type { IndicatorRow } from './indicator-row.ts';
import { JURISDICTION } from './indicator-row.ts';
import type { ResolvedIndicatorOptions } from './indicator-options.ts';
import { rateValue } from './rate-value.ts';
import { tallyRows } from './tally-rows.ts';
import type { TallyEntry } from './unit-year-tally.ts';
import { UnitYearTally } from './unit-year-tally.ts';

const INCIDENTS = 0;
const DEATHS = 1;
const MAJOR = 2;
const WIDTH = 3;
const MAJOR_GRADE = INCIDENT_GRADES.indexOf('较大');

/**
 * The GDP (億元) of each year in the economy records. When several rows give
 * a year's GDP, the one that comes first by source (file name by code point,
 * then row) wins, so the choice does not depend on record order.
 *
 * @example
 * gdpByYear(records.economy).get(2019); // 2743 (億元)
 */
export function gdpByYear(economy: readonly EconomyRecord[]): Map<number, number> {
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
  const out = new Map<number, number>();
  for (const [year, r] of chosen) out.set(year, r.gdp as number);
  return out;
}

/**
 * The safety.* indicators, by year(occurred_on):
 *
 * - `safety.incidents`, `safety.deaths` (sum), `safety.major_incidents` (grade 较大 or worse).
 * - `safety.incidents_yoy`, `safety.deaths_yoy`: numerator = this year's
 *   figure − last year's, denominator = last year's, value = their ratio
 *   (−0.25 = a quarter fewer), null when last year's figure is 0. A year with
 *   no incidents counts as 0, so when last year had none the numerator is this
 *   year's figure and the denominator 0. Rows exist where the unit had
 *   incidents this year, and also where it had some last year but none this
 *   year while the jurisdiction had incidents this year (so a unit that went
 *   down to 0 shows −100%); then the jurisdiction's numerator and denominator
 *   are the sums of its units' (plus incidents without a unit).
 * - `safety.deaths_per_100m_gdp`: jurisdiction only: deaths / GDP in 億元 of
 *   that year (economy, see {@link gdpByYear}); no row when the year has no
 *   GDP, value null when the GDP is 0.
 *
 * @example
 * const rows = safetyIndicators(records.safety_incidents, records.economy, resolveIndicatorOptions());
 * const yoy = rows.find((r) => r.indicator === 'safety.incidents_yoy' && r.unit === '*' && r.year === 2019);
 * [yoy?.numerator, yoy?.denominator, yoy?.value]; // [-13, 42, -0.30952380952380953] (29 incidents after 42)
 */
export function safetyIndicators(
  incidents: readonly SafetyIncidentRecord[],
  economy: readonly EconomyRecord[],
  _options: ResolvedIndicatorOptions,
): IndicatorRow[] {
  const tally = new UnitYearTally(WIDTH);
  const delta = new Float64Array(WIDTH);
  for (const r of incidents) {
    delta[INCIDENTS] = 1;
    delta[DEATHS] = r.deaths;
    delta[MAJOR] = INCIDENT_GRADES.indexOf(r.grade) >= MAJOR_GRADE ? 1 : 0;
    tally.add(r.unit, yearOf(r.occurred_on), delta);
  }
  const entries = tally.entries();
  let rows = tallyRows(entries, [
    { id: 'safety.incidents', present: INCIDENTS, numerator: (c) => c[INCIDENTS]!, denominator: null },
    { id: 'safety.deaths', present: INCIDENTS, numerator: (c) => c[DEATHS]!, denominator: null },
    { id: 'safety.major_incidents', present: INCIDENTS, numerator: (c) => c[MAJOR]!, denominator: null },
  ]);
  rows = rows.concat(changeRows(entries, 'safety.incidents_yoy', INCIDENTS), changeRows(entries, 'safety.deaths_yoy', DEATHS));
  const gdp = gdpByYear(economy);
  for (const { unit, year, counts } of entries) {
    if (unit !== JURISDICTION) continue;
    const yearGdp = gdp.get(year);
    if (yearGdp === undefined) continue;
    const deaths = counts[DEATHS]!;
    rows.push({ indicator: 'safety.deaths_per_100m_gdp', unit, year, numerator: deaths, denominator: yearGdp, value: rateValue(deaths, yearGdp) });
  }
  return rows;
}

/** Year-on-year rows of one slot; `entries` come grouped by unit (jurisdiction first) and sorted by year. */
function changeRows(entries: readonly TallyEntry[], id: IndicatorId, slot: number): IndicatorRow[] {
  const byUnit = new Map<string, Map<number, number>>();
  for (const { unit, year, counts } of entries) {
    let years = byUnit.get(unit);
    if (years === undefined) {
      years = new Map();
      byUnit.set(unit, years);
    }
    years.set(year, counts[slot]!);
  }
  const covered = byUnit.get(JURISDICTION) ?? new Map<number, number>();
  const rows: IndicatorRow[] = [];
  for (const [unit, years] of byUnit) {
    const rowYears = new Set(years.keys());
    for (const year of years.keys()) if (covered.has(year + 1)) rowYears.add(year + 1);
    for (const year of [...rowYears].sort((a, b) => a - b)) {
      const now = years.get(year) ?? 0;
      const last = years.get(year - 1) ?? 0;
      rows.push({ indicator: id, unit, year, numerator: now - last, denominator: last, value: rateValue(now - last, last) });
    }
  }
  return rows;
}
