import type { DocumentRecord } from '../datasets/records.ts';
import type { FieldOf, DeclarationOf, IndicatorDeclaration, Predicate } from './indicator-declaration.ts';
import type { IndicatorRow } from './indicator-row.ts';
import type { ResolvedIndicatorOptions } from './indicator-options.ts';
import { runDeclarations } from './run-declarations.ts';

type F = FieldOf<'documents'>;
const REQUIRED: Predicate<F> = { field: 'filing_required', eq: true };
const FILED: Predicate<F> = { field: 'filed_on', present: true };

const DECLARED = [
  {
    id: 'documents.issued', dataset: 'documents', compute: 'tally',
    name: { 'zh-Hant': '規範性文件制發數', 'zh-Hans': '规范性文件制发数', en: 'Normative documents issued' },
    kind: 'count', better: null, year: ['issued_on'],
    numerator: { count: true },
    denominator: null,
  },
  {
    id: 'documents.filing_rate', dataset: 'documents', compute: 'tally',
    name: { 'zh-Hant': '報備率', 'zh-Hans': '报备率', en: 'Filing rate' },
    kind: 'rate', better: 'higher', year: ['issued_on'],
    numerator: { count: { all: [REQUIRED, FILED] } },
    denominator: { count: REQUIRED },
  },
  {
    id: 'documents.timely_filing_rate', dataset: 'documents', compute: 'tally',
    name: { 'zh-Hant': '報備及時率', 'zh-Hans': '报备及时率', en: 'Timely filing rate' },
    kind: 'rate', better: 'higher', year: ['issued_on'],
    numerator: {
      count: {
        all: [REQUIRED, { daysBetween: [{ field: ['published_on', 'issued_on'] }, { field: 'filed_on' }], le: { option: 'filingDeadlineDays' } }],
      },
    },
    denominator: { count: REQUIRED },
  },
  {
    id: 'documents.compliance_rate', dataset: 'documents', compute: 'tally',
    name: { 'zh-Hant': '規範率', 'zh-Hans': '规范率', en: 'Compliance rate of filed documents' },
    kind: 'rate', better: 'higher', year: ['issued_on'],
    numerator: { count: { all: [FILED, { field: 'compliant', ne: false }] } },
    denominator: { count: FILED },
  },
  {
    id: 'documents.legality_review_rate', dataset: 'documents', compute: 'tally',
    name: { 'zh-Hant': '合法性審核率', 'zh-Hans': '合法性审核率', en: 'Legality review rate' },
    kind: 'rate', better: 'higher', year: ['issued_on'],
    numerator: { count: { field: 'legality_reviewed', eq: 'yes' } },
    denominator: { count: { field: 'legality_reviewed', ne: 'na' } },
  },
] as const satisfies readonly IndicatorDeclaration<F>[];

/**
 * The id of a documents indicator, e.g. `'documents.issued'`.
 *
 * @example
 * const id: DocumentIndicatorId = 'documents.issued';
 * @useDeclaredType
 */
export type DocumentIndicatorId = (typeof DECLARED)[number]['id'];

/**
 * The declarations of the documents.* indicators, every row by
 * year(issued_on):
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
 * @example
 * DOCUMENT_INDICATORS.map((d) => d.id).slice(0, 2); // ['documents.issued', 'documents.filing_rate']
 * DOCUMENT_INDICATORS[4].denominator; // { count: { field: 'legality_reviewed', ne: 'na' } }
 */
export const DOCUMENT_INDICATORS: readonly DeclarationOf<DocumentIndicatorId>[] = DECLARED;

/**
 * The documents.* rows of {@link DOCUMENT_INDICATORS}: a unit × year with
 * documents has every row; a rate whose denominator is 0 has value null.
 *
 * @example
 * const rows = documentIndicators(records.documents, resolveIndicatorOptions());
 * const park = rows.find((r) => r.indicator === 'documents.filing_rate' && r.unit === '*' && r.year === 2019);
 * [park?.numerator, park?.denominator, park?.value]; // [24, 24, 1] (報備率 100%)
 * rows.find((r) => r.indicator === 'documents.timely_filing_rate' && r.unit === '*' && r.year === 2018)?.value; // 0.95 (19 of 20)
 */
export function documentIndicators(records: readonly DocumentRecord[], options: ResolvedIndicatorOptions): IndicatorRow[] {
  return runDeclarations(DOCUMENT_INDICATORS, { documents: records as DocumentRecord[] }, options);
}
