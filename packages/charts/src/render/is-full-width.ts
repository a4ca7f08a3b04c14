/**
 * Code point ranges drawn 1 em wide by CJK fonts: Unicode's East Asian Wide
 * and Fullwidth characters (Hangul Jamo, CJK radicals and punctuation, kana,
 * bopomofo, the CJK ideographs and their extensions, Yi, Hangul syllables,
 * compatibility ideographs, vertical and small forms, full-width forms), and
 * the wide emoji blocks.
 */
const FULL_WIDTH_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

/**
 * Whether a code point is full-width, i.e. 1 em wide in a CJK font: CJK
 * ideographs, kana, hangul, CJK punctuation (，。、「」) and full-width forms
 * (（）％０-９).
 *
 * @example
 * isFullWidth('國'.codePointAt(0)!); // true
 * isFullWidth('，'.codePointAt(0)!); // true
 * isFullWidth('A'.codePointAt(0)!);  // false
 */
export function isFullWidth(codePoint: number): boolean {
  for (const [from, to] of FULL_WIDTH_RANGES) {
    if (codePoint < from) return false;
    if (codePoint <= to) return true;
  }
  return false;
}
