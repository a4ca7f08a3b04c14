import { compareUnits, formatNumber, type UnitScore } from '@fazhi/core';
import type { ChartLang } from '../chart-base.ts';
import { CHART_MESSAGES } from '../locale/chart-messages.ts';
import { scoreStatusInk, scoreStatusLabel, type ScoreStatus } from './score-status.ts';
import { scoresOfYear } from './scores-of-year.ts';
import { unitLabel } from './unit-label.ts';

/**
 * One bar of the ranking.
 *
 * @example
 * const bar: RankingBar = { unit: '苏州工业园区司法局', label: '苏州工业园区司法局', rankLabel: '1. 苏州工业园区司法局', rank: 1, value: 98.5, x: 98.5, text: '98.5', status: 'met', statusLabel: 'Met', ink: 'light' };
 */
export interface RankingBar {
  /** The unit as in the data. */
  unit: string;
  /** The unit as printed. */
  label: string;
  /** The unit as printed with its rank in front ("1. 苏州工业园区司法局"), as the ranking's axis shows it. */
  rankLabel: string;
  /** The unit's rank among all units (total), or by the item's points (1 = most); null without a value. */
  rank: number | null;
  /** The total, or the item's points earned; null when not computable or excluded. */
  value: number | null;
  /** Where the text sits: the value, or 0 without one. */
  x: number;
  /** The value as printed, "—" without one, with 否決 / Vetoed when a veto failed the unit. */
  text: string;
  /** Met or missed the requirement (total), the item's status (item), or `scored` / `none`. */
  status: ScoreStatus;
  /** The status as printed in the legend. */
  statusLabel: string;
  /** Ink of text drawn on the bar's colour. */
  ink: 'dark' | 'light';
}

/**
 * Options of {@link rankingRows}.
 *
 * @example
 * const o: RankingRowsOptions = { lang: 'en', year: 2019, requirement: 60 };
 */
export interface RankingRowsOptions {
  /** The language of labels and numbers. */
  lang: ChartLang;
  /** The year. */
  year: number;
  /** Rank by this item's points earned; default: by the total. */
  item?: string;
  /** The points a unit must reach; below it (or failed by a veto) is a miss. Default: none (totals are `scored`, items by their status). */
  requirement?: number;
}

/**
 * The bars of a department ranking, best first: by the total (its rank, so
 * units failed by a veto come after the others) or by one item's points
 * earned. A miss — below the requirement, failed by a veto, or an item whose
 * status is `missed` or that misses its higher-level requirement — has the
 * status `missed` (red). Units without a value come last, printed "—". The
 * jurisdiction is left out unless it is the only unit.
 *
 * @example
 * rankingRows(scores, { lang: 'zh-Hans', year: 2019, requirement: 70 }).filter((b) => b.status === 'missed').length; // 2
 */
export function rankingRows(scores: readonly UnitScore[], options: RankingRowsOptions): RankingBar[] {
  const { lang, year, item, requirement } = options;
  const bars = scoresOfYear(scores, year).map((s): RankingBar => {
    const scored = item === undefined ? null : s.items.find((i) => i.item === item);
    if (item !== undefined && scored === undefined) {
      throw new RangeError(`invalid item: ${JSON.stringify(item)} is not an item of scheme ${s.scheme.id}.`);
    }
    const value = scored === null || scored === undefined ? s.total : scored.earned;
    let status: ScoreStatus;
    if (value === null) status = 'none';
    else if (requirement !== undefined && value < requirement) status = 'missed';
    else if (scored === null || scored === undefined) status = s.failed ? 'missed' : requirement === undefined ? 'scored' : 'met';
    else if (scored.flags.some((f) => f.code === 'below_requirement')) status = 'missed';
    else status = scored.status ?? (requirement === undefined ? 'scored' : 'met');
    const number = value === null ? '—' : formatNumber(value, lang);
    return {
      unit: s.unit, label: unitLabel(s.unit, lang), rankLabel: '', rank: item === undefined ? s.rank : null, value, x: value ?? 0,
      text: s.failed && item === undefined ? `${number} ${CHART_MESSAGES.failed[lang]}` : number,
      status, statusLabel: scoreStatusLabel(status, lang), ink: scoreStatusInk(status),
    };
  });
  if (item === undefined) return bars.map(withRankLabel);
  const sorted = bars.sort((a, b) => {
    if (a.value !== b.value) {
      if (a.value === null) return 1;
      if (b.value === null) return -1;
      return b.value - a.value;
    }
    return compareUnits(a.unit, b.unit);
  });
  let rank = 0;
  return sorted.map((bar, i) => {
    const previous = sorted[i - 1];
    if (previous === undefined || previous.value !== bar.value) rank = i + 1;
    return withRankLabel({ ...bar, rank: bar.value === null ? null : rank });
  });
}

function withRankLabel(bar: RankingBar): RankingBar {
  return { ...bar, rankLabel: bar.rank === null ? bar.label : `${bar.rank}. ${bar.label}` };
}
