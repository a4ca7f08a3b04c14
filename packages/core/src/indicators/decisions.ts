import type { DecisionRecord, Flag } from '../datasets/records.ts';
import type { IndicatorRow } from './indicator-row.ts';
import type { ResolvedIndicatorOptions } from './indicator-options.ts';
import { tallyRows } from './tally-rows.ts';
import { UnitYearTally } from './unit-year-tally.ts';

const COUNT = 0;
const COMPLIANT = 1;
const WIDTH = 2;

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

/**
 * Whether a decision went through every procedure that applies to it: each
 * procedure is yes or `na`; a blank procedure counts as not done. A decision
 * whose procedures are all `na` complies.
 *
 * @example
 * followsProcedures({ public_participation: 'yes', expert_argumentation: 'na', risk_assessment: 'yes',
 *   legality_review: 'yes', collective_discussion: null }); // false
 */
export function followsProcedures(record: Pick<DecisionRecord, (typeof DECISION_PROCEDURES)[number]>): boolean {
  for (const procedure of DECISION_PROCEDURES) {
    const flag: Flag | null = record[procedure];
    if (flag !== 'yes' && flag !== 'na') return false;
  }
  return true;
}

/**
 * The decisions.* indicators, by the record's `year` (year(decided_on), else
 * the year column):
 *
 * - `decisions.count`: decisions.
 * - `decisions.procedure_compliance_rate`: decisions that {@link followsProcedures} / decisions.
 *
 * @example
 * const rows = decisionIndicators(records.decisions, resolveIndicatorOptions());
 * rows.filter((r) => r.indicator === 'decisions.procedure_compliance_rate' && r.unit === '*')
 *   .map((r) => [r.year, r.numerator, r.denominator]); // [[2018, 5, 6], [2019, 8, 8]]
 */
export function decisionIndicators(records: readonly DecisionRecord[], _options: ResolvedIndicatorOptions): IndicatorRow[] {
  const tally = new UnitYearTally(WIDTH);
  const delta = new Float64Array(WIDTH);
  for (const r of records) {
    delta[COUNT] = 1;
    delta[COMPLIANT] = followsProcedures(r) ? 1 : 0;
    tally.add(r.unit, r.year, delta);
  }
  return tallyRows(tally.entries(), [
    { id: 'decisions.count', present: COUNT, numerator: (c) => c[COUNT]!, denominator: null },
    { id: 'decisions.procedure_compliance_rate', present: COUNT, numerator: (c) => c[COMPLIANT]!, denominator: (c) => c[COUNT]! },
  ]);
}
