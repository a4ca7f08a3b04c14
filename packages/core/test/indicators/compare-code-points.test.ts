import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodePoints } from '../../src/indicators/compare-code-points.ts';
import { compareUnits } from '../../src/indicators/compare-units.ts';

const byCodePoints = (a: string, b: string) => {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
};

describe('compareCodePoints', () => {
  it('compareCodePoints puts U+20000 after U+FF21, unlike UTF-16 order', () => {
    expect(compareCodePoints('\uFF21', '\u{20000}')).toBeLessThan(0);
    expect(compareCodePoints('\u{20000}', '\uFF21')).toBeGreaterThan(0);
    expect(compareCodePoints('a', 'ab')).toBeLessThan(0);
    expect(compareCodePoints('甲', '甲')).toBe(0);
  });

  it('compareCodePoints agrees in sign with a code-point-by-code-point comparison', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'z', '甲', '\uE000', '\uFF21', '\u{20000}', '\u{1F600}'), maxLength: 4 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(byCodePoints(a, b)));
      }),
      { seed: 3, numRuns: 300 },
    );
  });

  it('compareUnits puts the jurisdiction * first, even before characters below U+002A', () => {
    expect(['乙', '!', '*', '甲'].sort(compareUnits)).toEqual(['*', '!', '乙', '甲']);
  });
});
