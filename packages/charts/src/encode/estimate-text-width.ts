/**
 * A rough width in pixels of a label, for sizing a column before any
 * renderer measures it: full-width characters (CJK, full-width forms) 1 em,
 * everything else 0.6 em. Renderers measure exactly; this only has to be
 * generous enough that a column of change labels does not overlap the next.
 *
 * @example
 * estimateTextWidth('+35.7個百分點', 11); // 77
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    ems += (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60) ? 1 : 0.6;
  }
  return Math.round(ems * fontSize * 10) / 10;
}
