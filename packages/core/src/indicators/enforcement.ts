import type { EnforcementReviewRecord } from '../datasets/records.ts';
import { compileExpr, compileScope } from './compile-expression.ts';
import type { ExprNode, FieldOf, DeclarationOf, IndicatorDeclaration } from './indicator-declaration.ts';
import type { IndicatorRow } from './indicator-row.ts';
import { resolveIndicatorOptions, type ResolvedIndicatorOptions } from './indicator-options.ts';
import { runDeclarations } from './run-declarations.ts';

type F = FieldOf<'enforcement_reviews'>;

/**
 * The score a reviewed case file counts with, as a declared expression: 0
 * when it failed the basic standard (basic_pass = no), else its score as
 * given (`na` or blank basic_pass keeps the score).
 *
 * @example
 * EFFECTIVE_SCORE.then; // 0
 */
export const EFFECTIVE_SCORE: ExprNode<FieldOf<'enforcement_reviews'>> = {
  if: { field: 'basic_pass', eq: 'no' }, then: 0, else: { field: 'score' },
};

const effective = compileExpr(EFFECTIVE_SCORE, resolveIndicatorOptions(), compileScope(null, 1));

/**
 * The score a reviewed case file counts with ({@link EFFECTIVE_SCORE}): 0
 * when it failed the basic standard (basic_pass = no), else its score as
 * given (`na` or blank basic_pass keeps the score).
 *
 * @example
 * effectiveScore({ basic_pass: 'no', score: 88 }); // 0
 * effectiveScore({ basic_pass: null, score: 88 }); // 88
 */
export function effectiveScore(record: Pick<EnforcementReviewRecord, 'basic_pass' | 'score'>): number {
  effective.run([record], 0, 1);
  return effective.out[0] as number;
}

const DECLARED = [
  {
    id: 'enforcement.files_reviewed', dataset: 'enforcement_reviews', compute: 'tally',
    name: { 'zh-Hant': '評查案卷數', 'zh-Hans': '评查案卷数', en: 'Case files reviewed' },
    kind: 'count', better: null, year: ['year'],
    numerator: { count: true },
    denominator: null,
  },
  {
    id: 'enforcement.mean_score', dataset: 'enforcement_reviews', compute: 'tally',
    name: { 'zh-Hant': '案卷平均分', 'zh-Hans': '案卷平均分', en: 'Mean case-file score' },
    kind: 'mean', better: 'higher', year: ['year'],
    numerator: { sum: EFFECTIVE_SCORE },
    denominator: { count: true },
  },
  {
    id: 'enforcement.pass_rate', dataset: 'enforcement_reviews', compute: 'tally',
    name: { 'zh-Hant': '案卷合格率', 'zh-Hans': '案卷合格率', en: 'Case-file pass rate' },
    kind: 'rate', better: 'higher', year: ['year'],
    numerator: { count: { ...EFFECTIVE_SCORE, ge: { option: 'enforcementPassScore' } } },
    denominator: { count: true },
  },
  {
    id: 'enforcement.excellent_rate', dataset: 'enforcement_reviews', compute: 'tally',
    name: { 'zh-Hant': '案卷優秀率', 'zh-Hans': '案卷优秀率', en: 'Case-file excellence rate' },
    kind: 'rate', better: 'higher', year: ['year'],
    numerator: { count: { ...EFFECTIVE_SCORE, ge: { option: 'enforcementExcellentScore' } } },
    denominator: { count: true },
  },
] as const satisfies readonly IndicatorDeclaration<F>[];

/**
 * The id of a enforcement indicator, e.g. `'enforcement.files_reviewed'`.
 *
 * @example
 * const id: EnforcementIndicatorId = 'enforcement.files_reviewed';
 * @useDeclaredType
 */
export type EnforcementIndicatorId = (typeof DECLARED)[number]['id'];

/**
 * The declarations of the enforcement.* indicators, by the review `year`,
 * over reviewed files:
 *
 * - `enforcement.files_reviewed`: files.
 * - `enforcement.mean_score`: numerator = sum of effective scores (see
 *   {@link EFFECTIVE_SCORE}), denominator = files, value = their mean; the sum
 *   is exact, so it does not depend on record order.
 * - `enforcement.pass_rate`: files with effective score ≥ `enforcementPassScore` (60) / files.
 * - `enforcement.excellent_rate`: files with effective score ≥ `enforcementExcellentScore` (90) / files.
 *
 * @example
 * ENFORCEMENT_INDICATORS.map((d) => d.kind); // ['count', 'mean', 'rate', 'rate']
 */
export const ENFORCEMENT_INDICATORS: readonly DeclarationOf<EnforcementIndicatorId>[] = DECLARED;

/**
 * The enforcement.* rows of {@link ENFORCEMENT_INDICATORS}.
 *
 * @example
 * const rows = enforcementIndicators(records.enforcement_reviews, resolveIndicatorOptions({ enforcementPassScore: 70 }));
 * const park2019 = rows.filter((r) => r.unit === '*' && r.year === 2019);
 * park2019.map((r) => r.value); // [40, 80.175, 0.975, 0.15] (files reviewed, mean score, pass rate at 70, excellent rate)
 */
export function enforcementIndicators(records: readonly EnforcementReviewRecord[], options: ResolvedIndicatorOptions): IndicatorRow[] {
  return runDeclarations(ENFORCEMENT_INDICATORS, { enforcement_reviews: records as EnforcementReviewRecord[] }, options);
}
