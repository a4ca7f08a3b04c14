import { formatNumber, type UnitScore } from '@fazhi/core';
import type { ChartLang } from '../chart-base.ts';
import { itemLabels, type SchemeNames } from './item-labels.ts';
import { scoreStatusInk, scoreStatusLabel, type ScoreStatus } from './score-status.ts';
import { scoresOfYear } from './scores-of-year.ts';
import { unitLabel } from './unit-label.ts';

/**
 * One cell of the unit × item heatmap.
 *
 * @example
 * const cell: HeatmapCell = { unit: '唯亭街道', label: '唯亭街道', item: 'lost-cases', itemLabel: '败诉案件数', earned: 10, possible: 10, text: '10', status: 'met', statusLabel: '达标', ink: 'light' };
 */
export interface HeatmapCell {
  /** The unit as in the data. */
  unit: string;
  /** The unit as printed. */
  label: string;
  /** The item's id in the scheme. */
  item: string;
  /** The item as printed (its name in the scheme when given, else the catalogue name of its indicator). */
  itemLabel: string;
  /** Points earned (index mode: the item's score); null when not scored. */
  earned: number | null;
  /** Points possible; null when not scored. */
  possible: number | null;
  /** The points as printed, "—" when not scored. */
  text: string;
  /** met / near / missed; `scored` for an item scored without a status (a bonus); `none` when not scored. */
  status: ScoreStatus;
  /** The status as printed in the legend. */
  statusLabel: string;
  /** Ink of the cell's text, for contrast with its colour. */
  ink: 'dark' | 'light';
}

/**
 * The data of a heatmap.
 *
 * @example
 * heatmapCells(scores, { lang: 'en', year: 2019 }).items.length; // the scheme's items
 */
export interface HeatmapData {
  /** The units as printed, rows top to bottom (by rank). */
  labels: string[];
  /** The items as printed, columns left to right (scheme order). */
  items: string[];
  /** One cell per unit × item. */
  cells: HeatmapCell[];
}

/**
 * The cells of a unit × item heatmap of one year: each unit's points on each
 * item of the scheme, coloured by the item's status (met, near, missed);
 * items not scored (no data, excluded) are `none`, printed "—". Rows follow
 * the ranking, columns the scheme; the jurisdiction is left out unless it is
 * the only unit.
 *
 * @example
 * heatmapCells(scores, { lang: 'zh-Hans', year: 2019 }).cells.find((c) => c.unit === '苏州工业园区劳动和社会保障局' && c.item === 'lost-cases')?.text; // '2'
 */
export function heatmapCells(scores: readonly UnitScore[], options: { lang: ChartLang; year: number; scheme?: SchemeNames }): HeatmapData {
  const { lang, year, scheme } = options;
  const units = scoresOfYear(scores, year);
  const names = itemLabels(units, lang, scheme);
  const cells: HeatmapCell[] = [];
  for (const s of units) {
    const label = unitLabel(s.unit, lang);
    for (const i of s.items) {
      const status: ScoreStatus = i.earned === null ? 'none' : i.status ?? 'scored';
      cells.push({
        unit: s.unit, label, item: i.item, itemLabel: names.get(i.item) ?? i.item,
        earned: i.earned, possible: i.possible,
        text: i.earned === null ? '—' : formatNumber(i.earned, lang, { digits: 1 }),
        status, statusLabel: scoreStatusLabel(status, lang), ink: scoreStatusInk(status),
      });
    }
  }
  return { labels: units.map((s) => unitLabel(s.unit, lang)), items: [...names.values()], cells };
}
