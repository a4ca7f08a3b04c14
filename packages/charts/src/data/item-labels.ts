import type { IndicatorId, UnitScore } from '@fazhi/core';
import type { ChartLang } from '../chart-base.ts';
import { catalogueEntry } from '../locale/indicator-format.ts';

/**
 * The items of a scheme as the score charts label them, in scheme order:
 * by the catalogue name of the indicator each scores, with the item's id
 * added when two items score the same indicator.
 *
 * @example
 * itemLabels(scores, 'zh-Hans').get('lost-cases'); // '败诉案件数'
 */
export function itemLabels(scores: readonly UnitScore[], lang: ChartLang): Map<string, string> {
  const indicators = new Map<string, IndicatorId>();
  for (const s of scores) for (const i of s.items) if (!indicators.has(i.item)) indicators.set(i.item, i.indicator);
  const names = [...indicators].map(([item, indicator]) => [item, catalogueEntry(indicator).name[lang]] as const);
  const count = new Map<string, number>();
  for (const [, name] of names) count.set(name, (count.get(name) ?? 0) + 1);
  return new Map(names.map(([item, name]) => [item, (count.get(name) ?? 0) > 1 ? `${name} (${item})` : name]));
}
