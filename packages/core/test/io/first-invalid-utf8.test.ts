import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../src/io/first-invalid-utf8.ts';

describe('firstInvalidUtf8', () => {
  it('firstInvalidUtf8(bytes) is -1 exactly when a fatal TextDecoder accepts the bytes, else the offset where it stops', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), fc.string({ unit: 'binary', maxLength: 8 }), (random, text) => {
        const bytes = Uint8Array.from([...new TextEncoder().encode(text), ...random]);
        const at = firstInvalidUtf8(bytes);
        let valid = true;
        try {
          fatal.decode(bytes);
        } catch {
          valid = false;
        }
        expect(at === -1).toBe(valid);
        if (at !== -1) expect(() => fatal.decode(bytes.subarray(0, at))).not.toThrow();
      }),
      { seed: 12, numRuns: 2000 },
    );
  });

  it('firstInvalidUtf8(bytes, start) names stray, truncated, overlong and surrogate sequences', () => {
    expect(firstInvalidUtf8(Uint8Array.of(0x61, 0xe5, 0x94, 0xaf, 0xff))).toBe(4);
    expect(firstInvalidUtf8(Uint8Array.of(0x80))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.of(0x61, 0xe5, 0x94))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.of(0xc0, 0xaf))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.of(0xed, 0xa0, 0x80))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61), 3)).toBe(-1);
  });
});
