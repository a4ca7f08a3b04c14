import { catalogueEntry, schemeText, type IndicatorId, type Scheme, type UnitScore } from '@fazhi/core';
import type { ChartLang } from '../chart-base.ts';

/**
 * The items of a scheme as the score charts label them, in scheme order: by
 * their names in the scheme when it is given, else by the catalogue name of
 * the indicator each scores (scores carry item ids, not names); the item's
 * id is added when two items would read the same.
 *
 * @example
 * itemLabels(scores, 'zh-Hans').get('lost-cases'); // '败诉案件数'
 * itemLabels(scores, 'en', { dimensions: [{ items: [{ id: 'lost-cases', name: { en: 'Lost cases' } }] }] }).get('lost-cases'); // 'Lost cases'
 */
export function itemLabels(scores: readonly UnitScore[], lang: ChartLang, scheme?: SchemeNames): Map<string, string> {
  const named = new Map((scheme?.dimensions ?? []).flatMap((d) => d.items.map((i) => [i.id, schemeText(i.name, lang)] as const)));
  const indicators = new Map<string, IndicatorId>();
  for (const s of scores) for (const i of s.items) if (!indicators.has(i.item)) indicators.set(i.item, i.indicator);
  const names = [...indicators].map(([item, indicator]) => [item, named.get(item) ?? catalogueEntry(indicator).name[lang]] as const);
  const count = new Map<string, number>();
  for (const [, name] of names) count.set(name, (count.get(name) ?? 0) + 1);
  return new Map(names.map(([item, name]) => [item, (count.get(name) ?? 0) > 1 ? `${name} (${item})` : name]));
}

/**
 * The part of a scheme that names its items: what {@link itemLabels} and the
 * score charts read from a scheme.
 *
 * @example
 * const names: SchemeNames = scheme; // a whole Scheme will do
 */
export type SchemeNames = { readonly dimensions: readonly { readonly items: readonly Pick<Scheme['dimensions'][number]['items'][number], 'id' | 'name'>[] }[] };
