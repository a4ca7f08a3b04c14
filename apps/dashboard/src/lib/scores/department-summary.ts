import { itemLabels, type SchemeNames } from '@fazhi/charts';
import { formatIndicatorValue, formatNumber, ruleText, type ItemStatus, type Lang, type UnitScore } from '@fazhi/core';
import { scoresMessages as m } from '../i18n/scores-messages.ts';

/**
 * One item of a department's score, printed in one language.
 *
 * @example
 * const line: DepartmentItem = { item: 'lost-cases', name: '败诉案件', value: '3', rule: '每 1 件扣 2 分，扣完为止', points: '4 / 10',
 *   status: 'missed', statusText: '未达标', flags: [], explanation: '败诉 3 件 × 扣 2 分 = −6 分，本项得 4 / 10 分' };
 */
export interface DepartmentItem {
  /** The item's id in the scheme. */
  item: string;
  /** The item's name in the scheme (else its indicator's). */
  name: string;
  /** The indicator's value as printed; "—" without one, with what a missing value became. */
  value: string;
  /** The rule in words. */
  rule: string;
  /** "earned / possible" ("—" when not scored); index mode: the score and the item's weight. */
  points: string;
  /** met / near / missed; null when not rated (excluded, bonus, z-score). */
  status: ItemStatus | null;
  /** The status in words. */
  statusText: string;
  /** The item's flags, each as its sentence. */
  flags: string[];
  /** The engine's sentence for the item's points. */
  explanation: string;
}

/**
 * A dimension's subtotal and its items.
 *
 * @example
 * const d: DepartmentDimension = { dimension: 'litigation', name: '行政应诉', points: '14 / 20', weight: '20', items: [] };
 */
export interface DepartmentDimension {
  /** The dimension's id in the scheme. */
  dimension: string;
  /** The dimension's name. */
  name: string;
  /** "earned / possible" ("—" when not computable). */
  points: string;
  /** The dimension's points (points mode) or weight (index mode) in the scheme. */
  weight: string;
  /** Its items, in scheme order. */
  items: DepartmentItem[];
}

/**
 * A department's score of one year as the department page prints it: the
 * dimensions with their subtotals and, in each, every item with its value,
 * rule, points, status, flags and explanation, in scheme order and in
 * `lang`. The scheme names the items (default: by their indicators).
 *
 * @example
 * departmentSummary(score, 'en', scheme)[1]?.items[0]?.explanation; // 'Lost cases: 3 × −2 = −6; item scores 4 / 10'
 */
export function departmentSummary(score: UnitScore, lang: Lang, scheme?: SchemeNames): DepartmentDimension[] {
  const names = itemLabels([score], lang, scheme);
  return score.dimensions.map((d) => ({
    dimension: d.dimension,
    name: d.name[lang],
    points: pair(d.earned, d.possible, lang),
    weight: formatNumber(d.weight, lang),
    items: score.items.filter((i) => i.dimension === d.dimension).map((i): DepartmentItem => {
      // A missing value is said in words: "—" alone would not tell whether the item was excluded or scored as zero.
      const value = !i.missing ? formatIndicatorValue(i.indicator, i.value, lang) : i.missingAs === 'zero' ? m.missingZero[lang] : m.excluded[lang];
      return {
        item: i.item,
        name: names.get(i.item) ?? i.item,
        value,
        rule: ruleText(i.rule, i.indicator, lang),
        points: i.weight === null ? pair(i.earned, i.possible, lang) : `${pair(i.earned, i.possible, lang)} · ${formatNumber(i.weight, lang)}`,
        status: i.status,
        statusText: m.statusWords[i.status ?? 'none'][lang],
        flags: i.flags.map((f) => f.message[lang]),
        explanation: i.explanation[lang],
      };
    }),
  }));
}

function pair(earned: number | null, possible: number | null, lang: Lang): string {
  if (earned === null) return '—';
  return possible === null ? formatNumber(earned, lang) : `${formatNumber(earned, lang)} / ${formatNumber(possible, lang)}`;
}
