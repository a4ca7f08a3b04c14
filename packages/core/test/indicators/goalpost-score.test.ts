import { describe, expect, it } from 'vitest';
import { goalpostScore } from '../../src/indicators/goalpost-score.ts';

describe('goalpostScore', () => {
  it('goalpostScore reproduces Doing Business 2020 Singapore: 2 procedures (1, 18) → 94.11765', () => {
    expect(goalpostScore(2, 1, 18)).toBeCloseTo(94.11765, 5);
  });

  it('goalpostScore reproduces 1.5 days (0.5, 100) → 98.99497', () => {
    expect(goalpostScore(1.5, 0.5, 100)).toBeCloseTo(98.99497, 5);
  });

  it('goalpostScore reproduces paid-in minimum capital 0 (0, 400) → 100', () => {
    expect(goalpostScore(0, 0, 400)).toBe(100);
  });

  it('goalpostScore gives 99.80609 for the unrounded cost 0.38782% (0, 200); the published "0.4" gives 99.8', () => {
    expect(goalpostScore(0.38782, 0, 200)).toBeCloseTo(99.80609, 5);
    expect(goalpostScore(0.4, 0, 200)).toBeCloseTo(99.8, 10);
  });

  it('goalpostScore clamps beyond the goalposts to 0 and 100', () => {
    expect(goalpostScore(30, 1, 18)).toBe(0);
    expect(goalpostScore(0, 1, 18)).toBe(100);
  });

  it('goalpostScore works when higher is better (best > worst)', () => {
    expect(goalpostScore(75, 100, 0)).toBe(75);
  });

  it('goalpostScore raises the share to the exponent (tax rate uses 0.8)', () => {
    expect(goalpostScore(25, 0, 50, 0.8)).toBeCloseTo(100 * 0.5 ** 0.8, 10);
  });

  it('goalpostScore is null when best = worst or an input is not finite', () => {
    expect(goalpostScore(3, 5, 5)).toBeNull();
    expect(goalpostScore(Number.NaN, 0, 5)).toBeNull();
  });
});
