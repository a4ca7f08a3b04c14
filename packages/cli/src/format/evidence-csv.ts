import { escapeCsvCell, type IndicatorEvidence } from '@fazhi/core';

/**
 * The fixed columns of `fazhi evidence --format csv`; the record fields
 * follow, one column each, in the order first met.
 *
 * @example
 * EVIDENCE_CSV_COLUMNS.join(','); // 'indicator,unit,year,dimension,item,part,dataset,file,row,record_unit,record_year,weight'
 */
export const EVIDENCE_CSV_COLUMNS = [
  'indicator', 'unit', 'year', 'dimension', 'item', 'part', 'dataset', 'file', 'row', 'record_unit', 'record_year', 'weight',
] as const;

/**
 * The records behind indicator rows as CSV, one line per record and part
 * (`numerator` or `denominator`): the row it is behind, its dataset, file
 * and row, its unit and year, what it adds (`weight`) and its fields (key
 * fields first, then those the indicator reads; empty where a record has
 * no such field). RFC 4180 with CRLF line ends, no BOM, every cell through
 * core's `escapeCsvCell`. Ends with a line break.
 *
 * @example
 * evidenceCsv([]); // 'indicator,unit,year,dimension,item,part,dataset,file,row,record_unit,record_year,weight\r\n'
 */
export function evidenceCsv(evidence: readonly IndicatorEvidence[]): string {
  const fields: string[] = [];
  for (const entry of evidence) {
    for (const record of [...entry.numerator, ...(entry.denominator ?? [])]) {
      for (const field of Object.keys(record.fields)) if (!fields.includes(field)) fields.push(field);
    }
  }
  const lines = [[...EVIDENCE_CSV_COLUMNS, ...fields].map(escapeCsvCell).join(',')];
  for (const { row, numerator, denominator } of evidence) {
    for (const [part, records] of [['numerator', numerator], ['denominator', denominator ?? []]] as const) {
      for (const r of records) {
        lines.push([
          row.indicator, row.unit, row.year, row.dimension, row.item, part, r.dataset, r.source.file, r.source.row, r.unit, r.year, r.weight,
          ...fields.map((f) => r.fields[f]),
        ].map(escapeCsvCell).join(','));
      }
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
