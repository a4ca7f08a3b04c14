import type { Lang, RobustnessReport } from '@fazhi/core';
import { formatValue } from '../i18n/format.ts';

/** One uncertain input's Sobol indices as the view's table prints them. */
export interface SobolTableRow {
  input: string;
  first: string;
  total: string;
  interval: string;
  /** The unrounded total index, to order and to describe. */
  totalValue: number;
}

/**
 * The Sobol indices on the mean absolute rank shift of a robustness report,
 * one row per uncertain input in the scheme's order, with two decimals and
 * the total index's 95% bootstrap interval; empty before the Sobol analysis
 * (or when the shift never varies).
 *
 * @example
 * sobolTableRows(report, 'en').map((r) => r.input); // ['the weight of Normative documents', …]
 */
export function sobolTableRows(report: RobustnessReport, lang: Lang): SobolTableRow[] {
  const indices = report.sensitivity?.meanAbsoluteShift ?? null;
  if (indices === null) return [];
  // Rounded first, and + 0 turns −0 into 0: an index of −0.001 reads "0", not "-0".
  const x = (v: number): string => formatValue(Math.round(v * 100) / 100 + 0, lang, { digits: 2 });
  return indices.map((s, i) => ({
    input: report.inputs[i]?.name[lang] ?? String(i + 1),
    first: x(s.first),
    total: x(s.total),
    interval: s.totalInterval === null ? '—' : `${x(s.totalInterval[0])}–${x(s.totalInterval[1])}`,
    totalValue: s.total,
  }));
}
