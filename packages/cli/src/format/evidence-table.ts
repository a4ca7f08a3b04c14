import { catalogueEntry, formatIndicatorValue, formatNumber, type EvidenceRecord, type IndicatorEvidence, type IndicatorId, type Lang } from '@fazhi/core';
import { evidenceMessages, messages } from '../messages.ts';
import { textTable } from './text-table.ts';

/**
 * The records behind indicator rows for people: for each row, a heading
 * (indicator name, unit, year, value = numerator / denominator), then the
 * numerator's records and the denominator's, each an aligned table of file,
 * row, unit, year, the record's fields (key fields first) and what it adds.
 * Headers follow `lang`; field names are the record fields of data.md. Not
 * a contract. Ends with a newline.
 *
 * @example
 * evidenceTable(indicatorEvidence(records, 'litigation.lost_cases', '*', 2019), 'en');
 * // Cases lost · * all units · 2019: 9
 * //
 * // numerator: 9 records
 * // file            row  unit  year  case_no  …  adds
 */
export function evidenceTable(evidence: readonly IndicatorEvidence[], lang: Lang): string {
  const text = evidenceMessages;
  const out: string[] = [];
  for (const { row, numerator, denominator } of evidence) {
    const id = row.indicator as IndicatorId;
    const name = [catalogueEntry(id).name[lang], row.dimension, row.item].filter((p) => p !== undefined && p !== '').join(' · ');
    const unit = row.unit === '*' ? `* ${messages.jurisdiction()[lang]}` : row.unit;
    const figures = row.denominator === null
      ? formatNumber(row.numerator, lang)
      : `${formatIndicatorValue(id, row.value, lang)} = ${formatNumber(row.numerator, lang)} / ${formatNumber(row.denominator, lang)}`;
    out.push(`${name} · ${unit} · ${row.year}: ${figures}`);
    for (const [part, records] of [['numerator', numerator], ['denominator', denominator]] as const) {
      if (records === null) continue;
      out.push('', text.partHeading(part, records.length)[lang]);
      if (records.length > 0) out.push(recordsTable(records, lang));
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function recordsTable(records: readonly EvidenceRecord[], lang: Lang): string {
  const fields: string[] = [];
  // A record's year has its own column.
  for (const r of records) for (const f of Object.keys(r.fields)) if (f !== 'year' && !fields.includes(f)) fields.push(f);
  const [file, row, unit, year, adds] = evidenceMessages.columnHeaders()[lang];
  const cell = (value: string | number | boolean | null | undefined) =>
    value === null || value === undefined ? '—' : typeof value === 'number' ? String(value) : String(value);
  const rows = records.map((r) => [
    r.source.file, String(r.source.row), r.unit ?? '—', String(r.year), ...fields.map((f) => cell(r.fields[f])), formatNumber(r.weight, lang),
  ]);
  const align = ['left', 'right', 'left', 'right', ...fields.map(() => 'left' as const), 'right'] as const;
  return textTable([file!, row!, unit!, year!, ...fields, adds!], rows, { align: [...align] });
}
