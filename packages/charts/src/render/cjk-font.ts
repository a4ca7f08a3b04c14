/**
 * The fonts the PNG renderer loads, and the family it draws text in by default.
 *
 * @example
 * const font: CjkFont = { files: ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'], family: 'Noto Sans CJK SC' };
 */
export interface CjkFont {
  /** Font files to load: the CJK font(s), then symbol fallbacks (DejaVu Sans has ➚ and ➘). A character the first font lacks is drawn from the next that has it. */
  files: string[];
  /** The family of a face covering Chinese, e.g. `Noto Sans S Chinese`. */
  family: string;
}
