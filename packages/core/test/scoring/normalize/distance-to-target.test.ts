import { describe, expect, it } from 'vitest';
import { distanceToTarget } from '../../../src/scoring/normalize/distance-to-target.ts';

describe('distanceToTarget', () => {
  it('distanceToTarget is 100 at the target exactly and beyond it', () => {
    expect(distanceToTarget(1, 1, 'higher')).toBe(100);
    expect(distanceToTarget(1.2, 1, 'higher')).toBe(100);
    expect(distanceToTarget(0.05, 0.05, 'lower')).toBe(100);
  });

  it('distanceToTarget is 100 × value / target short of a higher target and 100 × target / value past a lower one', () => {
    expect(distanceToTarget(0.8, 1, 'higher')).toBe(80);
    expect(distanceToTarget(0.1, 0.05, 'lower')).toBe(50);
  });

  it('distanceToTarget is 0 for a value of 0 against a positive higher target', () => {
    expect(distanceToTarget(0, 1, 'higher')).toBe(0);
  });
});
