import { formatSchemePath, schemeText, type Lang, type Scheme } from '@fazhi/core';
import { schemeMessages as m } from '../i18n/scheme-messages.ts';
import type { EditableFieldName } from './editable-fields.ts';

/** The editable fields by the keys they are written with (`rule.best` is the goalposts' target). */
const FIELD_OF_KEYS: Readonly<Record<string, EditableFieldName>> = {
  total: 'total', points: 'points', weight: 'weight',
  'rule.target': 'target', 'rule.best': 'target', 'rule.floor': 'floor', 'rule.worst': 'worst',
  'rule.per': 'per', 'rule.step': 'step', 'rule.cap': 'cap',
};

const PATH = /^dimensions\[(\d+)\](?:\.items\[(\d+)\])?(?:\.(.+))?$/;

/**
 * Where a scheme finding is, named as the analyst sees the scheme: the
 * dimension's and the item's names in the language (quoted), then the
 * field's label (分值, 目標…) or, for a node the editor does not show, the
 * rest of the path; the scheme's total is "方案總分". Null for the whole
 * scheme (`''`) and for paths outside the dimensions (vetoes, units…),
 * which keep their path.
 *
 * @example
 * schemePlace(scheme, 'dimensions[1].items[0].rule.best', 'zh-Hans'); // '维度“依法行政” › 指标项“规范性文件备案率” › 目标'
 * schemePlace(scheme, 'dimensions[1].points', 'en'); // 'Dimension "Lawful administration" › Points'
 * schemePlace(scheme, '', 'en'); // null
 */
export function schemePlace(scheme: Scheme, path: string, lang: Lang): string | null {
  if (path === 'total') return m.total[lang];
  const match = PATH.exec(path);
  if (match === null) return null;
  const dimension = scheme.dimensions[Number(match[1])];
  const parts: string[] = [dimension === undefined ? formatSchemePath(['dimensions', Number(match[1])]) : m.dimensionNamed(schemeText(dimension.name, lang))[lang]];
  if (match[2] !== undefined) {
    const item = dimension?.items[Number(match[2])];
    parts.push(item === undefined ? `items[${match[2]}]` : m.itemNamed(schemeText(item.name, lang))[lang]);
  }
  const rest = match[3];
  if (rest !== undefined) {
    const field = FIELD_OF_KEYS[rest];
    parts.push(field !== undefined ? m.fields[field][lang] : rest === 'indicator' ? m.indicator[lang] : rest === 'rule' || rest === 'rule.type' ? m.rule[lang] : rest);
  }
  return parts.join(' › ');
}
