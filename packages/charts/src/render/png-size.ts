const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The size of a PNG image in pixels.
 *
 * @example
 * const size: PngSize = { width: 960, height: 600 };
 */
export interface PngSize {
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
}

/**
 * The pixel size of a PNG, read from its IHDR header. Throws when the bytes
 * are not a PNG.
 *
 * @example
 * pngSize(await renderPng(spec)); // { width: 2 × the SVG's width, height: 2 × its height }
 */
export function pngSize(png: Uint8Array): PngSize {
  const isPng = png.byteLength >= 24 && PNG_SIGNATURE.every((byte, i) => png[i] === byte) && String.fromCharCode(...png.subarray(12, 16)) === 'IHDR';
  if (!isPng) throw new Error(`not a PNG: ${png.byteLength} bytes without a PNG signature and IHDR header`);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
