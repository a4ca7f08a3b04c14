import type { IndicatorId } from '@fazhi/core';

/**
 * Which number's records to list: an indicator's row for a unit (`*` for
 * the jurisdiction) and year, and for the business scores the dimension and
 * item of the row — the arguments of core's `indicatorEvidence`.
 *
 * @example
 * const query: EvidenceQuery = { indicator: 'litigation.lost_cases', unit: '*', year: 2019 };
 */
export interface EvidenceQuery {
  indicator: IndicatorId;
  /** A canonical unit name, or `*` for the jurisdiction. */
  unit: string;
  year: number;
  /** business.indicator_score and business.dimension_score: the row's dimension (一級指標). Default: every dimension. */
  dimension?: string | undefined;
  /** business.indicator_score: the row's item (二級指標). Default: every item. */
  item?: string | undefined;
}
