import { inflateSync } from 'node:zlib';
import { pngSize } from '../../src/render/png-size.ts';

/**
 * Test helper: the RGBA pixels of an 8-bit RGBA, non-interlaced PNG (what
 * resvg writes), unfiltered. Enough to count inked pixels in tests.
 */
export function decodePng(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const { width, height } = pngSize(png);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (png[24] !== 8 || png[25] !== 6 || png[28] !== 0) throw new Error('decodePng reads 8-bit RGBA non-interlaced PNGs only');
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.byteLength; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x += 1) {
      const byte = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? rgba[y * stride + x - 4]! : 0;
      const b = y > 0 ? rgba[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? rgba[(y - 1) * stride + x - 4]! : 0;
      let predicted = 0;
      if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = (a + b) >>> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      rgba[y * stride + x] = (byte + predicted) & 0xff;
    }
  }
  return { width, height, rgba };
}

/** Test helper: how many pixels are opaque and darker than mid-grey. */
export function inkedPixels(image: { rgba: Uint8Array }): number {
  let n = 0;
  for (let i = 0; i < image.rgba.length; i += 4) {
    if (image.rgba[i + 3]! > 128 && image.rgba[i]! + image.rgba[i + 1]! + image.rgba[i + 2]! < 3 * 128) n += 1;
  }
  return n;
}

/** Test helper: the width in pixels of the columns that hold ink (opaque, darker than mid-grey); 0 when none. */
export function inkedWidth(image: { width: number; rgba: Uint8Array }): number {
  let left = Infinity;
  let right = -Infinity;
  for (let i = 0; i < image.rgba.length; i += 4) {
    if (image.rgba[i + 3]! > 128 && image.rgba[i]! + image.rgba[i + 1]! + image.rgba[i + 2]! < 3 * 128) {
      const x = (i / 4) % image.width;
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  return right < left ? 0 : right - left + 1;
}
