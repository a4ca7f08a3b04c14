import { describe, expect, it } from 'vitest';
import { itemChange, totalChange } from '../../../src/scoring/engine/score-change.ts';

describe('totalChange', () => {
  it('gives this year − last year for the total and last rank − this rank (positive = moved up)', () => {
    expect(totalChange({ total: 92, rank: 2 }, { total: 88, rank: 5 })).toEqual({ total: 4, rank: 3 });
    expect(totalChange({ total: 80, rank: 6 }, { total: 88, rank: 5 })).toEqual({ total: -8, rank: -1 });
  });

  it('is null without a previous result, and null per part when either side is null', () => {
    expect(totalChange({ total: 92, rank: 2 }, undefined)).toBeNull();
    expect(totalChange({ total: null, rank: null }, { total: 88, rank: 5 })).toEqual({ total: null, rank: null });
  });
});

describe('itemChange', () => {
  it('gives the value and points differences, null per part when either side is null', () => {
    expect(itemChange({ value: 4, earned: 2 }, { value: 1, earned: 8 })).toEqual({ value: 3, earned: -6 });
    expect(itemChange({ value: null, earned: null }, { value: 1, earned: 8 })).toEqual({ value: null, earned: null });
    expect(itemChange({ value: 4, earned: 2 }, undefined)).toBeNull();
  });
});
