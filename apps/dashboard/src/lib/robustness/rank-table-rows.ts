import { unitLabel } from '@fazhi/charts';
import type { Lang, RobustnessReport } from '@fazhi/core';
import { formatValue } from '../i18n/format.ts';

/** One row of the Robustness view's table of units, formatted for the screen. */
export interface RankTableRow {
  /** The unit as in the data, and as printed (the reader's script, the jurisdiction by its name). */
  unit: string;
  label: string;
  nominal: string;
  median: string;
  interval: string;
  top3: string;
  bottom3: string;
  sentence: string;
}

/**
 * The units of a robustness report as the view's table prints them, in the
 * report's order (nominal rank, unranked last): ranks as integers, "—" for
 * none (never NaN), the unit's name in the reader's script, the 90% interval as "2–5", chances as percentages, and
 * the unit's sentence in the language.
 *
 * @example
 * rankTableRows(report, 'en')[0]; // { unit: '…', label: '…', nominal: '1', median: '4', interval: '1–6', top3: '26%', bottom3: '0%', sentence: 'rank 1; …' }
 */
export function rankTableRows(report: RobustnessReport, lang: Lang): RankTableRow[] {
  const rank = (r: number | null): string => formatValue(r, lang, { digits: 0 });
  const share = (x: number): string => formatValue(x, lang, { percent: true, digits: 0 });
  return report.units.map((u) => ({
    unit: u.unit,
    label: unitLabel(u.unit, lang),
    nominal: rank(u.nominalRank),
    median: rank(u.medianRank),
    interval: u.low === null || u.high === null ? '—' : `${rank(u.low)}–${rank(u.high)}`,
    top3: share(u.top3),
    bottom3: share(u.bottom3),
    sentence: u.sentence[lang],
  }));
}
