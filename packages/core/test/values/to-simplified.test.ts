import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../src/values/to-simplified.ts';

describe('toSimplified', () => {
  it('toSimplified makes 準予備案 and 准予備案 meet at 准予备案', () => {
    expect(toSimplified('準予備案')).toBe('准予备案');
    expect(toSimplified('准予備案')).toBe('准予备案');
    expect(toSimplified('准予备案')).toBe('准予备案');
  });
  it('toSimplified converts headers, enums and units and leaves ASCII alone', () => {
    expect(toSimplified('被告單位')).toBe('被告单位');
    expect(toSimplified('確認違法')).toBe('确认违法');
    expect(toSimplified('較大')).toBe('较大');
    expect(toSimplified('case_no')).toBe('case_no');
  });
  it('toSimplified gives the same answer from its cache', () => {
    expect(toSimplified('行政訴訟')).toBe('行政诉讼');
    expect(toSimplified('行政訴訟')).toBe('行政诉讼');
  });
});
