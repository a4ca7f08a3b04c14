import type { ChartLang } from '../chart-base.ts';
import { CHART_MESSAGES } from '../locale/chart-messages.ts';
import { STATUS_COLORS } from '../theme/palette.ts';

/**
 * How a bar or cell of a score chart is coloured: an item's status (met,
 * near, missed: the green, yellow and red lights), `scored` for a value
 * without a status (a bonus item, a total without a requirement), `none` for
 * no value.
 *
 * @example
 * const s: ScoreStatus = 'missed';
 */
export type ScoreStatus = 'met' | 'near' | 'missed' | 'scored' | 'none';

/**
 * Every score status, in legend order.
 *
 * @example
 * SCORE_STATUSES[0]; // 'met'
 */
export const SCORE_STATUSES = ['met', 'near', 'missed', 'scored', 'none'] as const satisfies readonly ScoreStatus[];

const COLORS: Readonly<Record<ScoreStatus, string>> = {
  met: STATUS_COLORS.green,
  near: STATUS_COLORS.yellow,
  missed: STATUS_COLORS.red,
  scored: '#0072B2',
  none: STATUS_COLORS.missing,
};

/**
 * The colour scale and legend of score statuses: only the statuses present,
 * labelled in the language, each with its fixed colour.
 *
 * @example
 * scoreStatusScale(['missed', 'met'], 'en'); // { domain: ['Met', 'Missed'], range: ['#009E73', '#B2182B'] }
 */
export function scoreStatusScale(present: Iterable<ScoreStatus>, lang: ChartLang): { domain: string[]; range: string[] } {
  const seen = new Set(present);
  const statuses = SCORE_STATUSES.filter((s) => seen.has(s));
  return { domain: statuses.map((s) => scoreStatusLabel(s, lang)), range: statuses.map((s) => COLORS[s]) };
}

/**
 * A score status's name in the language.
 *
 * @example
 * scoreStatusLabel('near', 'zh-Hant'); // '接近'
 */
export function scoreStatusLabel(status: ScoreStatus, lang: ChartLang): string {
  return CHART_MESSAGES[status === 'none' ? 'noData' : status][lang];
}

/**
 * Whether text on a cell of this status is written dark (on yellow and grey)
 * or light (on green, red and blue), for contrast.
 *
 * @example
 * scoreStatusInk('near'); // 'dark'
 */
export function scoreStatusInk(status: ScoreStatus): 'dark' | 'light' {
  return status === 'near' || status === 'none' ? 'dark' : 'light';
}
