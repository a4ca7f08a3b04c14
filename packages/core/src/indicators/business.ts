import { Adder } from 'd3-array';
import type { BusinessMeasurementRecord } from '../datasets/records.ts';
import type { EvidenceRecord, IndicatorEvidence } from '../evidence/evidence-record.ts';
import { evidenceOfRecord } from '../evidence/evidence-of-record.ts';
import { compareCodePoints } from './compare-code-points.ts';
import { compareUnits } from './compare-units.ts';
import type { CustomIndicator } from './custom-indicator.ts';
import { goalpostScore } from './goalpost-score.ts';
import type { FieldOf, DeclarationOf, IndicatorDeclaration } from './indicator-declaration.ts';
import type { IndicatorRow } from './indicator-row.ts';
import { JURISDICTION } from './indicator-row.ts';
import type { ResolvedIndicatorOptions } from './indicator-options.ts';
import { rateValue } from './rate-value.ts';

type F = FieldOf<'business_environment'>;

const DECLARED = [
  {
    id: 'business.indicator_score', dataset: 'business_environment', compute: 'custom',
    name: { 'zh-Hant': '營商環境指標得分', 'zh-Hans': '营商环境指标得分', en: 'Business-environment indicator score' },
    kind: 'score', better: 'higher', year: ['year'],
    formula: { numerator: 'goalpost score 100 × clamp((worst − value) / (worst − best), 0, 1) ^ exponent, one row per measurement', denominator: null },
  },
  {
    id: 'business.dimension_score', dataset: 'business_environment', compute: 'custom',
    name: { 'zh-Hant': '一級指標得分', 'zh-Hans': '一级指标得分', en: 'Business-environment dimension score' },
    kind: 'score', better: 'higher', year: ['year'],
    formula: { numerator: 'Σ weight × indicator score of the dimension', denominator: 'Σ weight' },
  },
  {
    id: 'business.score', dataset: 'business_environment', compute: 'custom',
    name: { 'zh-Hant': '營商環境總分', 'zh-Hans': '营商环境总分', en: 'Business-environment score' },
    kind: 'score', better: 'higher', year: ['year'],
    formula: { numerator: 'Σ dimension scores', denominator: 'dimensions with a score' },
  },
] as const satisfies readonly IndicatorDeclaration<F>[];

/**
 * The id of a business indicator, e.g. `'business.indicator_score'`.
 *
 * @example
 * const id: BusinessIndicatorId = 'business.indicator_score';
 * @useDeclaredType
 */
export type BusinessIndicatorId = (typeof DECLARED)[number]['id'];

/**
 * The declarations of the business.* indicators, by the measurement's
 * `year`; all three are custom ({@link BUSINESS_SCORES}): scores of scores,
 * never summed over units. A measurement whose unit is blank belongs to the
 * jurisdiction `*` itself.
 *
 * @example
 * BUSINESS_INDICATORS.every((d) => d.compute === 'custom'); // true
 */
export const BUSINESS_INDICATORS: readonly DeclarationOf<BusinessIndicatorId>[] = DECLARED;

/** The fields a measurement's evidence shows. */
const FIELDS = ['dimension', 'indicator', 'value', 'best', 'worst', 'exponent', 'weight'] as const;

interface Scored {
  score: number;
  weight: number;
  record: BusinessMeasurementRecord;
}

/** unit → year → dimension → item → scored measurements. */
type Groups = Map<string, Map<number, Map<string, Map<string, Scored[]>>>>;

function groups(records: readonly BusinessMeasurementRecord[]): Groups {
  const out: Groups = new Map();
  for (const r of records) {
    const unit = r.unit ?? JURISDICTION;
    let years = out.get(unit);
    if (years === undefined) out.set(unit, (years = new Map()));
    let dimensions = years.get(r.year);
    if (dimensions === undefined) years.set(r.year, (dimensions = new Map()));
    let items = dimensions.get(r.dimension);
    if (items === undefined) dimensions.set(r.dimension, (items = new Map()));
    let scored = items.get(r.indicator);
    if (scored === undefined) items.set(r.indicator, (scored = []));
    // A measurement without a score still opens its unit, year and dimension (a dimension row of 0 / 0).
    const score = goalpostScore(r.value, r.best, r.worst, r.exponent);
    if (score !== null) scored.push({ score, weight: r.weight, record: r });
  }
  return out;
}

/** The business rows, and with `evidence` the records behind each, in the same order. */
function scoreRows(records: readonly BusinessMeasurementRecord[], evidence: boolean): { rows: IndicatorRow[]; evidence: IndicatorEvidence[] } {
  const rows = { item: [] as IndicatorRow[], dimension: [] as IndicatorRow[], total: [] as IndicatorRow[] };
  const proof = { item: [] as IndicatorEvidence[], dimension: [] as IndicatorEvidence[], total: [] as IndicatorEvidence[] };
  const as = (s: Scored, weight: number): EvidenceRecord => evidenceOfRecord('business_environment', s.record, s.record.year, weight, FIELDS);
  const all = groups(records);
  for (const unit of [...all.keys()].sort(compareUnits)) {
    const years = all.get(unit)!;
    for (const year of [...years.keys()].sort((a, b) => a - b)) {
      const dimensions = years.get(year)!;
      const total = new Adder();
      let scoredDimensions = 0;
      const totalNumerator: EvidenceRecord[] = [];
      const totalDenominator: EvidenceRecord[] = [];
      for (const dimension of [...dimensions.keys()].sort(compareCodePoints)) {
        const items = dimensions.get(dimension)!;
        const weighted = new Adder();
        const weights = new Adder();
        const members: Scored[] = [];
        for (const item of [...items.keys()].sort(compareCodePoints)) {
          for (const s of items.get(item)!.sort(compareScored)) {
            const row: IndicatorRow = { indicator: 'business.indicator_score', unit, year, numerator: s.score, denominator: null, value: s.score, dimension, item };
            rows.item.push(row);
            if (evidence) proof.item.push({ row, numerator: [as(s, s.score)], denominator: null });
            weighted.add(s.weight * s.score);
            weights.add(s.weight);
            members.push(s);
          }
        }
        const numerator = weighted.valueOf();
        const denominator = weights.valueOf();
        const value = rateValue(numerator, denominator);
        const row: IndicatorRow = { indicator: 'business.dimension_score', unit, year, numerator, denominator, value, dimension };
        rows.dimension.push(row);
        if (evidence) {
          proof.dimension.push({ row, numerator: members.map((s) => as(s, s.weight * s.score)), denominator: members.map((s) => as(s, s.weight)) });
        }
        if (value !== null) {
          total.add(value);
          scoredDimensions += 1;
          // Each scored dimension adds its mean to the total and 1 to the count, shared among its measurements by weight.
          for (const s of members) {
            totalNumerator.push(as(s, (s.weight / denominator) * s.score));
            totalDenominator.push(as(s, s.weight / denominator));
          }
        }
      }
      const numerator = total.valueOf();
      const row: IndicatorRow = { indicator: 'business.score', unit, year, numerator, denominator: scoredDimensions, value: rateValue(numerator, scoredDimensions) };
      rows.total.push(row);
      if (evidence) proof.total.push({ row, numerator: totalNumerator, denominator: totalDenominator });
    }
  }
  return { rows: rows.item.concat(rows.dimension, rows.total), evidence: proof.item.concat(proof.dimension, proof.total) };
}

/** Orders repeated measurements of one item, so that their rows do not depend on record order. */
function compareScored(a: Scored, b: Scored): number {
  return a.score - b.score || a.weight - b.weight || compareCodePoints(a.record.source.file, b.record.source.file) || a.record.source.row - b.record.source.row;
}

/** The identity of a business row among the rows of one computation. */
function rowKey(row: IndicatorRow): string {
  return JSON.stringify([row.indicator, row.unit, row.year, row.dimension ?? null, row.item ?? null, row.numerator, row.denominator]);
}

/**
 * The code of the three business.* indicators:
 *
 * - `business.indicator_score`: one row per measurement, with `dimension` and
 *   `item` (the indicator's name): numerator = value = {@link goalpostScore}
 *   (0–100), denominator null. A measurement whose goalposts coincide has no
 *   score and is left out of every business row.
 * - `business.dimension_score` per unit × year × dimension: numerator = Σ
 *   weight × score, denominator = Σ weight, value = the weighted mean (null
 *   when the weights sum to 0).
 * - `business.score` per unit × year: numerator = Σ dimension scores,
 *   denominator = number of dimensions with a score, value = their mean.
 *
 * Sums are exact, so nothing depends on record order. The evidence of a
 * row is its measurements: an indicator score's one measurement (weight =
 * its score); a dimension's measurements (weight × score in the numerator,
 * weight in the denominator); for the total, each measurement of a scored
 * dimension with its share of that dimension (weight / Σ weight) times its
 * score in the numerator and the share in the denominator.
 *
 * @example
 * BUSINESS_SCORES.ids.length; // 3
 */
export const BUSINESS_SCORES: CustomIndicator = {
  ids: BUSINESS_INDICATORS.map((d) => d.id),
  rows: (records) => scoreRows(records.business_environment ?? [], false).rows,
  evidence(records, rows) {
    const byKey = new Map<string, IndicatorEvidence[]>();
    for (const proof of scoreRows(records.business_environment ?? [], true).evidence) {
      const key = rowKey(proof.row);
      byKey.set(key, [...(byKey.get(key) ?? []), proof]);
    }
    return rows.map((row) => {
      const proof = byKey.get(rowKey(row))?.shift();
      if (proof === undefined) throw new RangeError(`invalid row: ${rowKey(row)} is not a business row of these records`);
      return proof;
    });
  },
};

/**
 * The business.* rows (see {@link BUSINESS_SCORES}), by the measurement's
 * `year`. A measurement whose unit is blank belongs to the jurisdiction `*`
 * itself; business rows are not summed over units.
 *
 * @example
 * const rows = businessIndicators(records.business_environment, resolveIndicatorOptions());
 * rows.find((r) => r.indicator === 'business.score' && r.year === 2019)?.value; // 84.91950070432306
 * rows.find((r) => r.indicator === 'business.dimension_score' && r.dimension === '开办企业' && r.year === 2018)?.value; // 94.40758202778599
 */
export function businessIndicators(records: readonly BusinessMeasurementRecord[], _options: ResolvedIndicatorOptions): IndicatorRow[] {
  return scoreRows(records, false).rows;
}
