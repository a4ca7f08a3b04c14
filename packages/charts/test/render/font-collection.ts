/**
 * Test helper: a font collection (`.ttc`) holding the given single-face
 * OpenType/TrueType files, so that collections are read without an installed
 * `.ttc`. Each font is copied whole; its table offsets, relative to its own
 * start in a lone file, are moved to be relative to the collection's start.
 */
export function fontCollection(fonts: readonly Uint8Array[]): Uint8Array {
  const header = 12 + 4 * fonts.length;
  const starts: number[] = [];
  let size = header;
  for (const font of fonts) {
    size = Math.ceil(size / 4) * 4;
    starts.push(size);
    size += font.byteLength;
  }
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set([0x74, 0x74, 0x63, 0x66], 0); // 'ttcf'
  view.setUint32(4, 0x00010000);
  view.setUint32(8, fonts.length);
  fonts.forEach((font, i) => {
    const base = starts[i]!;
    view.setUint32(12 + 4 * i, base);
    out.set(font, base);
    const numTables = view.getUint16(base + 4);
    for (let t = 0; t < numTables; t += 1) {
      const record = base + 12 + 16 * t + 8;
      view.setUint32(record, view.getUint32(record) + base);
    }
  });
  return out;
}
