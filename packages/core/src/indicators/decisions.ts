import type { DecisionRecord } from '../datasets/records.ts';
import { compilePredicate, compileScope } from './compile-expression.ts';
import type { FieldOf, DeclarationOf, IndicatorDeclaration, Predicate } from './indicator-declaration.ts';
import type { IndicatorRow } from './indicator-row.ts';
import { resolveIndicatorOptions, type ResolvedIndicatorOptions } from './indicator-options.ts';
import { runDeclarations } from './run-declarations.ts';

type F = FieldOf<'decisions'>;

/**
 * The five statutory procedures of a major administrative decision
 * (公众参与, 专家论证, 风险评估, 合法性审查, 集体讨论), as record fields.
 *
 * @example
 * DECISION_PROCEDURES.length; // 5
 */
export const DECISION_PROCEDURES = [
  'public_participation', 'expert_argumentation', 'risk_assessment', 'legality_review', 'collective_discussion',
] as const satisfies readonly (keyof DecisionRecord)[];

/** Every procedure is yes or not applicable. */
const FOLLOWS_PROCEDURES: Predicate<F> = { all: DECISION_PROCEDURES.map((field) => ({ field, in: ['yes', 'na'] })) };
const follows = compilePredicate(FOLLOWS_PROCEDURES, resolveIndicatorOptions(), compileScope(null, 1));

/**
 * Whether a decision went through every procedure that applies to it: each
 * procedure is yes or `na`; a blank procedure counts as not done. A decision
 * whose procedures are all `na` complies. (The numerator of
 * `decisions.procedure_compliance_rate`, compiled from its declaration.)
 *
 * @example
 * followsProcedures({ public_participation: 'yes', expert_argumentation: 'na', risk_assessment: 'yes',
 *   legality_review: 'yes', collective_discussion: null }); // false
 */
export function followsProcedures(record: Pick<DecisionRecord, (typeof DECISION_PROCEDURES)[number]>): boolean {
  follows.run([record], 0, 1);
  return follows.out[0] === 1;
}

const DECLARED = [
  {
    id: 'decisions.count', dataset: 'decisions', compute: 'tally',
    name: { 'zh-Hant': '重大行政決策數', 'zh-Hans': '重大行政决策数', en: 'Major administrative decisions' },
    kind: 'count', better: null, year: ['year'],
    numerator: { count: true },
    denominator: null,
  },
  {
    id: 'decisions.procedure_compliance_rate', dataset: 'decisions', compute: 'tally',
    name: { 'zh-Hant': '決策程序履行率', 'zh-Hans': '决策程序履行率', en: 'Decision procedure compliance rate' },
    kind: 'rate', better: 'higher', year: ['year'],
    numerator: { count: FOLLOWS_PROCEDURES },
    denominator: { count: true },
  },
] as const satisfies readonly IndicatorDeclaration<F>[];

/**
 * The id of a decisions indicator, e.g. `'decisions.count'`.
 *
 * @example
 * const id: DecisionIndicatorId = 'decisions.count';
 * @useDeclaredType
 */
export type DecisionIndicatorId = (typeof DECLARED)[number]['id'];

/**
 * The declarations of the decisions.* indicators, by the record's `year`
 * (year(decided_on), else the year column):
 *
 * - `decisions.count`: decisions.
 * - `decisions.procedure_compliance_rate`: decisions that {@link followsProcedures} / decisions.
 *
 * @example
 * DECISION_INDICATORS.map((d) => d.year); // [['year'], ['year']]
 */
export const DECISION_INDICATORS: readonly DeclarationOf<DecisionIndicatorId>[] = DECLARED;

/**
 * The decisions.* rows of {@link DECISION_INDICATORS}.
 *
 * @example
 * const rows = decisionIndicators(records.decisions, resolveIndicatorOptions());
 * rows.filter((r) => r.indicator === 'decisions.procedure_compliance_rate' && r.unit === '*')
 *   .map((r) => [r.year, r.numerator, r.denominator]); // [[2018, 5, 6], [2019, 8, 8]]
 */
export function decisionIndicators(records: readonly DecisionRecord[], options: ResolvedIndicatorOptions): IndicatorRow[] {
  return runDeclarations(DECISION_INDICATORS, { decisions: records as DecisionRecord[] }, options);
}
