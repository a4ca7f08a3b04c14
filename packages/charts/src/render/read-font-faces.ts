/**
 * One face of a font file (a `.ttc` collection holds several): its names, and
 * what the renderer needs to know of its glyphs.
 *
 * @example
 * const face: FontFace = readFontFaces(bytes)[0]!; // bytes of NotoSansHans-Regular.otf
 * face.family;           // 'Noto Sans S Chinese'
 * face.hasGlyph(0x4e2d); // true (中)
 */
export interface FontFace {
  /** The family name (typographic family when the font has one), e.g. `Noto Sans CJK SC`. */
  family: string;
  /** The style within the family, e.g. `Regular` or `Bold`. */
  subfamily: string;
  /** Font units per em, the scale of {@link FontFace.advance}. */
  unitsPerEm: number;
  /** Whether the face maps a code point to a glyph other than `.notdef`. */
  hasGlyph(codePoint: number): boolean;
  /** The advance width of a code point's glyph in em, or null when the face has no glyph for it. */
  advance(codePoint: number): number | null;
}

/**
 * Reads the faces of an OpenType/TrueType font file or collection (`.otf`,
 * `.ttf`, `.ttc`): family names from the `name` table, glyph coverage from
 * `cmap` (formats 4 and 12) and advance widths from `hmtx`. Enough to check
 * that a font covers Chinese and to measure its Latin glyphs; not a shaper.
 * Throws on bytes that are not a font.
 *
 * @example
 * import { readFileSync } from 'node:fs';
 * const [hans] = readFontFaces(readFileSync(bundledFontFiles().hans.regular));
 * hans.family;             // 'Noto Sans S Chinese'
 * hans.advance(0x4e2d);    // 1 (中 is 1 em)
 * const faces = readFontFaces(readFileSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'));
 * faces.map((f) => f.family).includes('Noto Sans CJK SC'); // true (a .ttc: one face per language)
 */
export function readFontFaces(bytes: Uint8Array): FontFace[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12) throw new Error(`not a font file: ${bytes.byteLength} bytes`);
  const tag = tagAt(view, 0);
  if (tag === 'ttcf') {
    const count = view.getUint32(8);
    const faces: FontFace[] = [];
    for (let i = 0; i < count; i += 1) faces.push(readFace(view, view.getUint32(12 + 4 * i)));
    return faces;
  }
  if (tag === 'OTTO' || tag === 'true' || view.getUint32(0) === 0x00010000) return [readFace(view, 0)];
  throw new Error(`not a font file: it starts with ${JSON.stringify(tag)}, not an OpenType/TrueType signature`);
}

function tagAt(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

function readFace(view: DataView, at: number): FontFace {
  const tables = new Map<string, number>();
  const numTables = view.getUint16(at + 4);
  for (let i = 0; i < numTables; i += 1) {
    const record = at + 12 + 16 * i;
    tables.set(tagAt(view, record), view.getUint32(record + 8));
  }
  const table = (name: string): number => {
    const offset = tables.get(name);
    if (offset === undefined) throw new Error(`not a usable font: its "${name}" table is missing`);
    return offset;
  };
  const unitsPerEm = view.getUint16(table('head') + 18);
  const numberOfHMetrics = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const glyphOf = readCmap(view, table('cmap'));
  const names = readNames(view, table('name'));
  const advance = (codePoint: number): number | null => {
    const glyph = glyphOf(codePoint);
    if (glyph === 0) return null;
    const metric = Math.min(glyph, numberOfHMetrics - 1);
    return view.getUint16(hmtx + 4 * metric) / unitsPerEm;
  };
  return {
    family: names.get(16) ?? names.get(1) ?? '',
    subfamily: names.get(17) ?? names.get(2) ?? '',
    unitsPerEm,
    hasGlyph: (codePoint) => glyphOf(codePoint) !== 0,
    advance,
  };
}

function readCmap(view: DataView, cmap: number): (codePoint: number) => number {
  const count = view.getUint16(cmap + 2);
  let format4: number | undefined;
  for (let i = 0; i < count; i += 1) {
    const record = cmap + 4 + 8 * i;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const subtable = cmap + view.getUint32(record + 4);
    const format = view.getUint16(subtable);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) return format12(view, subtable);
    if (format === 4) format4 ??= subtable;
  }
  if (format4 !== undefined) return format4Lookup(view, format4);
  return () => 0;
}

function format12(view: DataView, at: number): (codePoint: number) => number {
  const groups = view.getUint32(at + 12);
  return (codePoint) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const group = at + 16 + 12 * mid;
      if (codePoint < view.getUint32(group)) hi = mid - 1;
      else if (codePoint > view.getUint32(group + 4)) lo = mid + 1;
      else return view.getUint32(group + 8) + codePoint - view.getUint32(group);
    }
    return 0;
  };
}

function format4Lookup(view: DataView, at: number): (codePoint: number) => number {
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segments; i += 1) {
      if (view.getUint16(ends + 2 * i) < codePoint) continue;
      const start = view.getUint16(starts + 2 * i);
      if (start > codePoint) return 0;
      const delta = view.getInt16(deltas + 2 * i);
      const rangeOffset = view.getUint16(rangeOffsets + 2 * i);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + 2 * i + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

function readNames(view: DataView, name: number): Map<number, string> {
  const count = view.getUint16(name + 2);
  const strings = name + view.getUint16(name + 4);
  const names = new Map<number, string>();
  const english = new Map<number, string>();
  for (let i = 0; i < count; i += 1) {
    const record = name + 6 + 12 * i;
    if (view.getUint16(record) !== 3) continue;
    const language = view.getUint16(record + 4);
    const id = view.getUint16(record + 6);
    const length = view.getUint16(record + 8);
    const offset = strings + view.getUint16(record + 10);
    let text = '';
    for (let j = 0; j + 1 < length; j += 2) text += String.fromCharCode(view.getUint16(offset + j));
    if (language === 0x409) english.set(id, text);
    else if (!names.has(id)) names.set(id, text);
  }
  // US English names first: CJK fonts also carry their family in Chinese and Japanese.
  for (const [id, text] of english) names.set(id, text);
  return names;
}
