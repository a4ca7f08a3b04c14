import { GLYPH_WIDTHS } from './glyph-widths.ts';
import { isFullWidth } from './is-full-width.ts';

/**
 * Options of {@link textWidth}.
 *
 * @example
 * const o: TextWidthOptions = { bold: true };
 */
export interface TextWidthOptions {
  /** Measure the bold face (wider Latin glyphs); default false. */
  bold?: boolean;
}

/**
 * The width in em of a character that is neither full-width nor in the glyph table.
 *
 * @example
 * textWidth('\u0915', 10) === AVERAGE_CHAR_WIDTH * 10; // true (Devanagari ka: not in Noto Sans Hans)
 */
export const AVERAGE_CHAR_WIDTH = 0.6;

/**
 * The width in pixels of one line of text as the renderer draws it, without a
 * canvas: every full-width character (CJK ideographs, kana, hangul, CJK
 * punctuation, full-width forms; see {@link isFullWidth}) counts 1 em, every
 * other character its advance width in Noto Sans Hans (regular or bold, the
 * font the PNGs embed from npm, whose Latin is the same as Noto Sans Hant's;
 * table in `glyph-widths.ts`), and a character that font
 * lacks 0.6 em. vega's own estimate, 0.8 em for every character, is too
 * narrow for Chinese (labels overlap their axis title) and too wide for
 * digits. Kerning is ignored, so the result may exceed the drawn width by a
 * little, never fall short of it by much.
 *
 * @example
 * textWidth('苏州工业园区', 10);      // 60
 * textWidth('2019', 10);              // 22.2 (4 × 0.555 em)
 * textWidth('2019', 10, { bold: true }) > textWidth('2019', 10); // true
 */
export function textWidth(text: string, fontSize: number, o: TextWidthOptions = {}): number {
  const { bold = false } = o;
  let em = 0;
  for (const char of text) {
    if (isFullWidth(char.codePointAt(0)!)) {
      em += 1;
      continue;
    }
    const widths = GLYPH_WIDTHS.get(char);
    em += widths ? widths[bold ? 1 : 0] : AVERAGE_CHAR_WIDTH;
  }
  return em * fontSize;
}
