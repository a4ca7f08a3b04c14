import { describe, expect, it } from 'vitest';
import { atLeast } from '../../src/trends/at-least.ts';

describe('atLeast', () => {
  it('atLeast is a ≥ b for numbers that differ by more than rounding', () => {
    expect(atLeast(2, 1)).toBe(true);
    expect(atLeast(1, 1)).toBe(true);
    expect(atLeast(1, 2)).toBe(false);
    expect(atLeast(0.0499, 0.05)).toBe(false);
    expect(atLeast(-3, -2)).toBe(false);
  });

  it('atLeast counts paces equal up to floating-point rounding as equal: (0.95 − 0.8) / 3 vs (1 − 0.95) / 1', () => {
    expect((0.95 - 0.8) / 3 >= (1 - 0.95) / 1).toBe(false);
    expect(atLeast((0.95 - 0.8) / 3, (1 - 0.95) / 1)).toBe(true);
  });

  it('atLeast never merges a number with 0 unless it is 0', () => {
    expect(atLeast(-1e-300, 0)).toBe(false);
    expect(atLeast(0, 0)).toBe(true);
  });
});
