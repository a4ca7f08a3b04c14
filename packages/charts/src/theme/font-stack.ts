import type { ChartLang } from '../chart-base.ts';

/**
 * The charts' font stack, CJK first: Noto Sans CJK (the fonts Debian's
 * `fonts-noto-cjk` installs and the renderer embeds), then the system CJK
 * fonts of macOS and Windows, then any sans-serif.
 *
 * @example
 * FONT_STACK.startsWith('"Noto Sans CJK SC"'); // true
 */
export const FONT_STACK = '"Noto Sans CJK SC", "Noto Sans CJK TC", "PingFang SC", "Microsoft YaHei", "Source Han Sans", sans-serif';

/**
 * The font stack for a chart in `lang`: Traditional Chinese puts Noto Sans CJK
 * TC first, so that 繁體 text is drawn with Traditional glyph forms (the SC and
 * TC faces cover the same characters but shape some differently); Simplified
 * Chinese and English use {@link FONT_STACK}.
 *
 * @example
 * fontStackFor('zh-Hant').startsWith('"Noto Sans CJK TC"'); // true
 * fontStackFor('en') === FONT_STACK; // true
 */
export function fontStackFor(lang: ChartLang): string {
  return lang === 'zh-Hant'
    ? '"Noto Sans CJK TC", "Noto Sans CJK SC", "PingFang TC", "Microsoft JhengHei", "Source Han Sans TC", sans-serif'
    : FONT_STACK;
}
