import type { EnforcementReviewRecord } from '../datasets/records.ts';
import type { IndicatorRow } from './indicator-row.ts';
import type { ResolvedIndicatorOptions } from './indicator-options.ts';
import { tallyRows } from './tally-rows.ts';
import { UnitYearTally } from './unit-year-tally.ts';

const FILES = 0;
const SCORE_SUM = 1;
const PASSED = 2;
const EXCELLENT = 3;
const WIDTH = 4;

/**
 * The score a reviewed case file counts with: 0 when it failed the basic
 * standard (basic_pass = no), else its score as given (`na` or blank
 * basic_pass keeps the score).
 *
 * @example
 * effectiveScore({ basic_pass: 'no', score: 88 }); // 0
 * effectiveScore({ basic_pass: null, score: 88 }); // 88
 */
export function effectiveScore(record: Pick<EnforcementReviewRecord, 'basic_pass' | 'score'>): number {
  return record.basic_pass === 'no' ? 0 : record.score;
}

/**
 * The enforcement.* indicators, by the review `year`, over reviewed files:
 *
 * - `enforcement.files_reviewed`: files.
 * - `enforcement.mean_score`: numerator = sum of effective scores (see
 *   {@link effectiveScore}), denominator = files, value = their mean; the sum
 *   is exact, so it does not depend on record order.
 * - `enforcement.pass_rate`: files with effective score ≥ `enforcementPassScore` (60) / files.
 * - `enforcement.excellent_rate`: files with effective score ≥ `enforcementExcellentScore` (90) / files.
 *
 * @example
 * const rows = enforcementIndicators(records.enforcement_reviews, resolveIndicatorOptions({ enforcementPassScore: 70 }));
 * const park2019 = rows.filter((r) => r.unit === '*' && r.year === 2019);
 * park2019.map((r) => r.value); // [40, 80.175, 0.975, 0.15] (files reviewed, mean score, pass rate at 70, excellent rate)
 */
export function enforcementIndicators(records: readonly EnforcementReviewRecord[], options: ResolvedIndicatorOptions): IndicatorRow[] {
  const { enforcementPassScore, enforcementExcellentScore } = options;
  const tally = new UnitYearTally(WIDTH, { exact: [SCORE_SUM] });
  const delta = new Float64Array(WIDTH);
  for (const r of records) {
    const score = effectiveScore(r);
    delta[FILES] = 1;
    delta[SCORE_SUM] = score;
    delta[PASSED] = score >= enforcementPassScore ? 1 : 0;
    delta[EXCELLENT] = score >= enforcementExcellentScore ? 1 : 0;
    tally.add(r.unit, r.year, delta);
  }
  return tallyRows(tally.entries(), [
    { id: 'enforcement.files_reviewed', present: FILES, numerator: (c) => c[FILES]!, denominator: null },
    { id: 'enforcement.mean_score', present: FILES, numerator: (c) => c[SCORE_SUM]!, denominator: (c) => c[FILES]! },
    { id: 'enforcement.pass_rate', present: FILES, numerator: (c) => c[PASSED]!, denominator: (c) => c[FILES]! },
    { id: 'enforcement.excellent_rate', present: FILES, numerator: (c) => c[EXCELLENT]!, denominator: (c) => c[FILES]! },
  ]);
}
