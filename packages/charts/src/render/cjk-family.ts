import { readFileSync } from 'node:fs';
import type { ChartLang } from '../chart-base.ts';
import { readFontFaces } from './read-font-faces.ts';

/**
 * What choosing a CJK family needs of a face; kept instead of the face so
 * that the font's bytes are not held.
 *
 * @example
 * const face: FaceSummary = { family: 'Noto Sans CJK TC', coversChinese: true };
 */
export interface FaceSummary {
  /** The face's family name. */
  family: string;
  /** Whether the face has glyphs for 中 and 國. */
  coversChinese: boolean;
}

const summaries = new Map<string, FaceSummary[]>();

/**
 * The faces of a font file, summarised for {@link cjkFamily}; cached per
 * path. Throws when the file cannot be read or is not a font.
 *
 * @example
 * faceSummaries(bundledFontFiles().hans.regular); // [{ family: 'Noto Sans S Chinese', coversChinese: true }]
 */
export function faceSummaries(file: string): FaceSummary[] {
  let faces = summaries.get(file);
  if (!faces) {
    faces = readFontFaces(readFileSync(file)).map((face) => ({ family: face.family, coversChinese: face.hasGlyph(0x4e2d) && face.hasGlyph(0x570b) }));
    summaries.set(file, faces);
  }
  return faces;
}

const TRADITIONAL = [/\b(TC|T Chinese|Hant)\b/, /\bHK\b/, /\b(SC|S Chinese|Hans)\b/];
const SIMPLIFIED = [/\b(SC|S Chinese|Hans)\b/, /\b(TC|T Chinese|Hant)\b/];

/**
 * The family to draw Chinese in among `faces`: one covering Chinese and not
 * monospaced, Traditional (TC, then HK) first for zh-Hant and Simplified (SC)
 * first otherwise; null when no face covers Chinese.
 *
 * @example
 * cjkFamily([{ family: 'Noto Sans CJK SC', coversChinese: true }, { family: 'Noto Sans CJK TC', coversChinese: true }], 'zh-Hant'); // 'Noto Sans CJK TC'
 */
export function cjkFamily(faces: readonly FaceSummary[], lang: ChartLang | undefined): string | null {
  const cjk = faces.filter((face) => face.coversChinese && !/mono/i.test(face.family));
  for (const pattern of lang === 'zh-Hant' ? TRADITIONAL : SIMPLIFIED) {
    const face = cjk.find((f) => pattern.test(f.family));
    if (face) return face.family;
  }
  return cjk[0]?.family ?? faces.find((face) => face.coversChinese)?.family ?? null;
}
