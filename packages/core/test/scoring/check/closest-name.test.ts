import { describe, expect, it } from 'vitest';
import { closestName } from '../../../src/scoring/check/closest-name.ts';

describe('closestName', () => {
  it('prefers a candidate that starts with the name, the shortest one', () => {
    expect(closestName('litigation.lost', ['litigation.loss_rate', 'litigation.lost_cases'])).toBe('litigation.lost_cases');
  });
  it('finds a typo within a third of the length, case ignored', () => {
    expect(closestName('pionts', ['weight', 'points'])).toBe('points');
    expect(closestName('Deduct', ['deduct', 'bonus'])).toBe('deduct');
    expect(closestName('dedcut', ['goalposts', 'deduct'])).toBe('deduct');
  });
  it('returns null when nothing is close, and for no candidates', () => {
    expect(closestName('xyz', ['points', 'weight'])).toBeNull();
    expect(closestName('points', [])).toBeNull();
  });
});
