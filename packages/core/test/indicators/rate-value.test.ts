import { describe, expect, it } from 'vitest';
import { rateValue } from '../../src/indicators/rate-value.ts';

describe('rateValue', () => {
  it('rateValue divides', () => {
    expect(rateValue(3, 41)).toBe(3 / 41);
    expect(rateValue(-13, 42)).toBe(-13 / 42);
  });

  it('rateValue is null, never NaN or Infinity, for a zero or overflowing denominator', () => {
    expect(rateValue(0, 0)).toBeNull();
    expect(rateValue(5, 0)).toBeNull();
    expect(rateValue(1e308, 1e-308)).toBeNull();
  });
});
