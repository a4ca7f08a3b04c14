import { catalogueEntry, formatNumber, ruleText, schemeText, type Lang, type Scheme } from '@fazhi/core';
import { reportMessages } from '../messages.ts';
import { htmlTable, type HtmlCell } from './html-table.ts';

/**
 * The scheme's scoring rules as a table of the report: one line per item —
 * its dimension, its name, the indicator it scores, its points (points
 * mode) or weight (index mode; bonus items show "—") and its rule in words
 * by core's `ruleText`, the words the dashboard's scheme editor and
 * department page use — so that a reader can check each explanation against
 * the rule it applies.
 *
 * @example
 * rulesTable(scheme, 'zh-Hans').startsWith('<table>'); // true
 */
export function rulesTable(scheme: Scheme, lang: Lang): string {
  const index = scheme.method === 'index';
  const rows = scheme.dimensions.flatMap((d) => d.items.map((item): HtmlCell[] => {
    const amount = index ? (item.weight ?? 1) : item.points;
    return [
      schemeText(d.name, lang), schemeText(item.name, lang), catalogueEntry(item.indicator).name[lang],
      { text: amount === undefined ? '—' : formatNumber(amount, lang), num: true },
      ruleText(item.rule, item.indicator, lang),
    ];
  }));
  return htmlTable(reportMessages.ruleHeaders(index)[lang], rows, { numeric: [3] });
}
