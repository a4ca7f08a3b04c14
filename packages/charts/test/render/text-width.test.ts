import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AVERAGE_CHAR_WIDTH, textWidth } from '../../src/render/text-width.ts';

const cjkChar = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c));

describe('textWidth', () => {
  it('measures n CJK characters as n em at any font size', () => {
    fc.assert(
      fc.property(fc.array(cjkChar, { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (chars, size) => {
        expect(textWidth(chars.join(''), size)).toBeCloseTo(chars.length * size, 9);
      }),
      { seed: 20190510 },
    );
  });
  it('measures the park unit names at no less than 1 em per character', () => {
    for (const name of ['苏州工业园区管理委员会', '劳动和社会保障局', '蘇州工業園區司法局', '国土环保局（规划）']) {
      expect(textWidth(name, 11)).toBeGreaterThanOrEqual([...name].length * 11);
    }
  });
  it('is additive: the width of a + b is the width of a plus the width of b', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), fc.boolean(), (a, b, bold) => {
        expect(textWidth(a + b, 12, { bold })).toBeCloseTo(textWidth(a, 12, { bold }) + textWidth(b, 12, { bold }), 6);
      }),
      { seed: 7 },
    );
  });
  it('measures digits at their Noto Sans Hans width (0.555 em), narrower than vega’s 0.8 em estimate', () => {
    expect(textWidth('2019', 10)).toBeCloseTo(22.2, 9);
    expect(textWidth('100%', 10)).toBeLessThan(0.8 * 4 * 10);
  });
  it('measures bold Latin text wider than regular, and bold CJK the same (1 em)', () => {
    expect(textWidth('Rule of law 2019', 12, { bold: true })).toBeGreaterThan(textWidth('Rule of law 2019', 12));
    expect(textWidth('法治', 12, { bold: true })).toBe(24);
  });
  it('counts a character the font lacks as the 0.6 em average', () => {
    expect(AVERAGE_CHAR_WIDTH).toBe(0.6);
    expect(textWidth('\u0915', 10)).toBeCloseTo(6, 9);
  });
  it('answers 0 for the empty string', () => {
    expect(textWidth('', 14)).toBe(0);
  });
});
