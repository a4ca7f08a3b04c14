import { yearOf, daysBetween } from '../values/calendar-date.ts';
import type { DocumentRecord } from '../datasets/records.ts';
import type { IndicatorRow } from './indicator-row.ts';
import type { ResolvedIndicatorOptions } from './indicator-options.ts';
import { tallyRows } from './tally-rows.ts';
import { UnitYearTally } from './unit-year-tally.ts';

const ISSUED = 0;
const REQUIRED = 1;
const FILED_REQUIRED = 2;
const TIMELY = 3;
const FILED = 4;
const COMPLIANT = 5;
const REVIEW_BASE = 6;
const REVIEWED = 7;
const WIDTH = 8;

/**
 * The documents.* indicators, every row by year(issued_on):
 *
 * - `documents.issued`: documents.
 * - `documents.filing_rate`: filing-required documents with a filed_on / filing-required documents.
 * - `documents.timely_filing_rate`: filing-required documents filed at most
 *   `filingDeadlineDays` calendar days after published_on (else issued_on) /
 *   filing-required documents (day 30 is on time, day 31 late).
 * - `documents.compliance_rate`: filed documents (filed_on present) whose
 *   `compliant` is not false — a blank or unrecognised review result counts as
 *   compliant — / filed documents.
 * - `documents.legality_review_rate`: legality_reviewed = yes / documents
 *   whose legality_reviewed is not `na`; a blank counts as not reviewed, `na`
 *   leaves the document out of both.
 *
 * A unit × year with documents has every row; a rate whose denominator is 0
 * has value null.
 *
 * @example
 * const rows = documentIndicators(records.documents, resolveIndicatorOptions());
 * const park = rows.find((r) => r.indicator === 'documents.filing_rate' && r.unit === '*' && r.year === 2019);
 * [park?.numerator, park?.denominator, park?.value]; // [24, 24, 1] (報備率 100%)
 * rows.find((r) => r.indicator === 'documents.timely_filing_rate' && r.unit === '*' && r.year === 2018)?.value; // 0.95 (19 of 20)
 */
export function documentIndicators(records: readonly DocumentRecord[], options: ResolvedIndicatorOptions): IndicatorRow[] {
  const { filingDeadlineDays } = options;
  const tally = new UnitYearTally(WIDTH);
  const delta = new Float64Array(WIDTH);
  for (const r of records) {
    delta.fill(0);
    delta[ISSUED] = 1;
    const filed = r.filed_on !== null;
    if (r.filing_required) {
      delta[REQUIRED] = 1;
      if (filed) {
        delta[FILED_REQUIRED] = 1;
        if (daysBetween(r.published_on ?? r.issued_on, r.filed_on as string) <= filingDeadlineDays) delta[TIMELY] = 1;
      }
    }
    if (filed) {
      delta[FILED] = 1;
      if (r.compliant !== false) delta[COMPLIANT] = 1;
    }
    if (r.legality_reviewed !== 'na') {
      delta[REVIEW_BASE] = 1;
      if (r.legality_reviewed === 'yes') delta[REVIEWED] = 1;
    }
    tally.add(r.unit, yearOf(r.issued_on), delta);
  }
  return tallyRows(tally.entries(), [
    { id: 'documents.issued', present: ISSUED, numerator: (c) => c[ISSUED]!, denominator: null },
    { id: 'documents.filing_rate', present: ISSUED, numerator: (c) => c[FILED_REQUIRED]!, denominator: (c) => c[REQUIRED]! },
    { id: 'documents.timely_filing_rate', present: ISSUED, numerator: (c) => c[TIMELY]!, denominator: (c) => c[REQUIRED]! },
    { id: 'documents.compliance_rate', present: ISSUED, numerator: (c) => c[COMPLIANT]!, denominator: (c) => c[FILED]! },
    { id: 'documents.legality_review_rate', present: ISSUED, numerator: (c) => c[REVIEWED]!, denominator: (c) => c[REVIEW_BASE]! },
  ]);
}
