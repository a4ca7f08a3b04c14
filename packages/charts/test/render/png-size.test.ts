import { describe, expect, it } from 'vitest';
import { pngSize } from '../../src/render/png-size.ts';

describe('pngSize', () => {
  it('reads width and height from the IHDR header', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x03, 0xe8, 0, 0, 0x01, 0x2c, 8, 6, 0, 0, 0]);
    expect(pngSize(png)).toEqual({ width: 1000, height: 300 });
  });
  it('throws on bytes that are not a PNG', () => {
    expect(() => pngSize(new TextEncoder().encode('<svg/>'))).toThrow(/not a PNG: 6 bytes/);
  });
});
