import {
  catalogueEntry, formatIndicatorValue, formatNumber,
  type EvidenceRecord, type IndicatorEvidence, type IndicatorId, type IndicatorRow, type Lang,
} from '@fazhi/core';
import type { ExportCell, ExportTable } from '../export/export-table.ts';
import { evidenceMessages as m } from '../i18n/evidence-messages.ts';

/** One part of a number, numerator or denominator: its records, how many, and what they add up to. */
export interface EvidencePart {
  part: 'numerator' | 'denominator';
  records: readonly EvidenceRecord[];
  /** What the records add (their weights summed in order): the row's numerator or denominator. */
  sum: number;
  /** The part's heading: "分子：4 条记录，合计 4". */
  heading: string;
}

/**
 * One indicator row of the records panel: its label, the figure as the
 * page prints it (value = numerator / denominator), the parts with their
 * records, and the record fields to show as columns (key fields first,
 * `year` left to its own column).
 *
 * @example
 * const [row] = evidencePanel(evidence, 'en');
 * row?.parts.map((p) => p.sum); // [4]
 */
export interface EvidencePanelRow {
  row: IndicatorRow;
  /** The indicator's name, then the row's dimension and item. */
  label: string;
  /** "14.1% = 9 / 64", or "9" for a count. */
  figure: string;
  parts: EvidencePart[];
  fields: string[];
}

function sum(records: readonly EvidenceRecord[]): number {
  let total = 0;
  for (const r of records) total += r.weight;
  return total;
}

/** The record fields of a list, each once, in the order the records give them, less `year` (a column of its own). */
function fieldsOf(records: readonly EvidenceRecord[]): string[] {
  const fields: string[] = [];
  for (const r of records) for (const f of Object.keys(r.fields)) if (f !== 'year' && !fields.includes(f)) fields.push(f);
  return fields;
}

/**
 * The records panel's content from core's `indicatorEvidence` answer: per
 * row, the numerator's records and the denominator's (none for a count),
 * each with its count and sum, so that the panel shows them adding up to
 * the number clicked.
 *
 * @example
 * evidencePanel(indicatorEvidence(records, 'litigation.lost_cases', '*', 2019), 'zh-Hans')[0]?.parts[0]?.heading;
 * // '分子：9 条记录，合计 9'
 */
export function evidencePanel(evidence: readonly IndicatorEvidence[], lang: Lang): EvidencePanelRow[] {
  return evidence.map(({ row, numerator, denominator }) => {
    const id = row.indicator as IndicatorId;
    const label = [catalogueEntry(id).name[lang], row.dimension, row.item].filter((p) => p !== undefined && p !== '').join(' · ');
    const value = formatIndicatorValue(id, row.value, lang);
    const figure = row.denominator === null ? value : `${value} = ${formatNumber(row.numerator, lang)} / ${formatNumber(row.denominator, lang)}`;
    const parts = ([['numerator', numerator], ['denominator', denominator]] as const)
      .filter((p): p is ['numerator' | 'denominator', EvidenceRecord[]] => p[1] !== null)
      .map(([part, records]): EvidencePart => {
        const total = sum(records);
        return { part, records, sum: total, heading: m.part(part, formatNumber(records.length, lang), formatNumber(total, lang))[lang] };
      });
    return { row, label, figure, parts, fields: fieldsOf([...numerator, ...(denominator ?? [])]) };
  });
}

/**
 * A record field's value as the panel shows it: yes/no for booleans, numbers
 * in the language's format, "—" for a blank.
 *
 * @example
 * fieldText(true, 'zh-Hant'); // '是'
 */
export function fieldText(value: string | number | boolean | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return (value ? m.yes : m.no)[lang];
  return typeof value === 'number' ? formatNumber(value, lang) : value;
}

/**
 * The panel's records as one table to download (CSV or XLSX through the
 * dashboard's export helpers): a line per record — part (numerator or
 * denominator), file, row, unit, year, the record's fields, what it adds;
 * numbers and booleans stay values, a blank is an empty cell.
 *
 * @example
 * evidenceExportTable(evidence, 'litigation-lost-cases-2019', 'en').headers.slice(0, 3); // ['part', 'file', 'row']
 */
export function evidenceExportTable(evidence: readonly IndicatorEvidence[], name: string, lang: Lang): ExportTable {
  const c = m.columns;
  const fields = fieldsOf(evidence.flatMap((e) => [...e.numerator, ...(e.denominator ?? [])]));
  const rows: ExportCell[][] = [];
  for (const row of evidencePanel(evidence, lang)) {
    for (const part of row.parts) {
      for (const r of part.records) {
        rows.push([m.partName(part.part)[lang], r.source.file, r.source.row, r.unit, r.year, ...fields.map((f) => r.fields[f] ?? null), r.weight]);
      }
    }
  }
  return { name, headers: [c.part[lang], c.file[lang], c.row[lang], c.unit[lang], c.year[lang], ...fields, c.adds[lang]], rows };
}
