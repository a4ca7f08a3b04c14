import * as OpenCC from 'opencc-js/cn2t';
import type { Lang, LocalizedText } from '../messages/localized-text.ts';
import { toSimplified } from '../values/to-simplified.ts';
import type { SchemeText } from './scheme.ts';

let toTraditional: ((text: string) => string) | undefined;

function traditional(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return toTraditional(text);
}

/**
 * A scheme's name or text in one language. A plain string serves every
 * language, in the script asked for (converted with OpenCC: Traditional ⇄
 * Simplified, Taiwan standard). A text per language falls back when the
 * language is missing: zh-Hant ← zh-Hans (converted) ← en; zh-Hans ← zh-Hant
 * (converted) ← en; en ← zh-Hant ← zh-Hans. An object with no text at all
 * gives `''`.
 *
 * @example
 * schemeText('依法行政', 'zh-Hans'); // '依法行政'
 * schemeText('規範性文件', 'zh-Hans'); // '规范性文件'
 * schemeText({ 'zh-Hans': '行政应诉' }, 'zh-Hant'); // '行政應訴'
 * schemeText({ 'zh-Hant': '行政應訴', en: 'Litigation' }, 'en'); // 'Litigation'
 */
export function schemeText(text: SchemeText, lang: Lang): string {
  if (typeof text === 'string') {
    if (lang === 'zh-Hans') return toSimplified(text);
    if (lang === 'zh-Hant') return traditional(text);
    return text;
  }
  const hant = text['zh-Hant'];
  const hans = text['zh-Hans'];
  const en = text.en;
  if (lang === 'zh-Hant') return hant ?? (hans !== undefined ? traditional(hans) : (en ?? ''));
  if (lang === 'zh-Hans') return hans ?? (hant !== undefined ? toSimplified(hant) : (en ?? ''));
  return en ?? hant ?? hans ?? '';
}

/**
 * A scheme's name or text in all three languages, by {@link schemeText}.
 *
 * @example
 * localizeSchemeText('行政應訴'); // { 'zh-Hant': '行政應訴', 'zh-Hans': '行政应诉', en: '行政應訴' }
 */
export function localizeSchemeText(text: SchemeText): LocalizedText {
  return { 'zh-Hant': schemeText(text, 'zh-Hant'), 'zh-Hans': schemeText(text, 'zh-Hans'), en: schemeText(text, 'en') };
}
