import {
  catalogueEntry, formatIndicatorValue, formatNumber, JURISDICTION,
  type EvidenceRecord, type IndicatorEvidence, type Lang,
} from '@fazhi/core';
import { evidenceMessages, messages } from '../messages.ts';
import type { DeductionGround } from './deduction-grounds.ts';
import { escapeHtml } from './escape-html.ts';
import { groundsMessages as g } from './grounds-messages.ts';
import { htmlTable, type HtmlCell } from './html-table.ts';

/** What the records of one part add, summed in source order as the engine sums them. */
function sum(records: readonly EvidenceRecord[]): number {
  let total = 0;
  for (const r of records) total += r.weight;
  return total;
}

function fieldText(value: string | number | boolean | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return g.yesNo(value)[lang];
  return typeof value === 'number' ? formatNumber(value, lang) : value;
}

/** One part's records: file, row, (unit and year when they vary), the record's fields, what it adds. */
function recordsTable(records: readonly EvidenceRecord[], lang: Lang): string {
  const fields: string[] = [];
  for (const r of records) for (const f of Object.keys(r.fields)) if (f !== 'year' && !fields.includes(f)) fields.push(f);
  const withUnit = new Set(records.map((r) => r.unit)).size > 1;
  const withYear = new Set(records.map((r) => r.year)).size > 1;
  const [file, row, unit, year, adds] = evidenceMessages.columnHeaders()[lang];
  const headers = [file, row, ...(withUnit ? [unit] : []), ...(withYear ? [year] : []), ...fields, adds];
  const rows = records.map((r): HtmlCell[] => [
    r.source.file, { text: String(r.source.row), num: true },
    ...(withUnit ? [r.unit ?? '—'] : []), ...(withYear ? [{ text: String(r.year), num: true }] : []),
    ...fields.map((f) => fieldText(r.fields[f], lang)),
    { text: formatNumber(r.weight, lang), num: true },
  ]);
  return htmlTable(headers, rows, { numeric: [1, headers.length - 1] });
}

function evidenceHtml(evidence: IndicatorEvidence, lang: Lang): string {
  const { row } = evidence;
  const id = row.indicator as Parameters<typeof catalogueEntry>[0];
  const label = [catalogueEntry(id).name[lang], row.dimension, row.item].filter((p) => p !== undefined && p !== '').join(' · ');
  const figure = g.figure(formatIndicatorValue(id, row.value, lang), formatNumber(row.numerator, lang), row.denominator === null ? null : formatNumber(row.denominator, lang))[lang];
  const parts = [`<p class="note">${escapeHtml(`${label}: ${figure}`)}</p>`];
  for (const [part, records] of [['numerator', evidence.numerator], ['denominator', evidence.denominator]] as const) {
    if (records === null) continue;
    parts.push(`<p class="part" data-part="${part}" data-count="${records.length}">${escapeHtml(g.partSum(part, records.length, formatNumber(sum(records), lang))[lang])}</p>`);
    if (records.length > 0) parts.push(recordsTable(records, lang));
  }
  return parts.join('\n');
}

/**
 * The report's appendix 扣分依據 / 扣分依据 / Grounds for deductions as an
 * HTML section: a lead sentence, then per unit (a heading) each deduction
 * and veto — its item or veto name and kind, the sentence that explains it
 * (the item's explanation or the veto's flag), the figure the rule read
 * (value = numerator / denominator) and the records behind it, the
 * numerator's then the denominator's, each headed by how many records there
 * are and what they add up to, in a table of file, row, the record's key
 * fields (case or document number) and the fields the indicator reads, and
 * what each adds. `names` gives item and veto names by id (the id is shown
 * without one). Everything is in `lang` and escaped.
 *
 * @example
 * groundsHtml(grounds, 9, 2019, 'zh-Hant', itemNames).startsWith('<section id="s-grounds">'); // true
 */
export function groundsHtml(grounds: readonly DeductionGround[], number: number, year: number, lang: Lang, names: ReadonlyMap<string, string>): string {
  const units = [...new Set(grounds.map((x) => x.unit))];
  const parts = [`<section id="s-grounds">`, `<h2>${number}. ${escapeHtml(g.title()[lang])}</h2>`];
  parts.push(`<p>${escapeHtml((grounds.length === 0 ? g.none(year) : g.lead(year, grounds.length, units.length))[lang])}</p>`);
  for (const unit of units) {
    parts.push(`<h3>${escapeHtml(unit === JURISDICTION ? `* ${messages.jurisdiction()[lang]}` : unit)}</h3>`);
    for (const ground of grounds.filter((x) => x.unit === unit)) {
      parts.push(`<article class="ground" data-kind="${ground.kind}" data-id="${escapeHtml(ground.id)}">`);
      parts.push(`<h4>${escapeHtml(names.get(ground.id) ?? ground.id)} · ${escapeHtml(g.kind(ground.kind)[lang])}</h4>`);
      parts.push(`<p>${escapeHtml(ground.sentence[lang])}</p>`);
      if (ground.evidenceUnit !== ground.unit) parts.push(`<p class="note">${escapeHtml(g.jurisdictionRecords()[lang])}</p>`);
      for (const evidence of ground.evidence) parts.push(evidenceHtml(evidence, lang));
      parts.push('</article>');
    }
  }
  parts.push('</section>');
  return parts.join('\n');
}
