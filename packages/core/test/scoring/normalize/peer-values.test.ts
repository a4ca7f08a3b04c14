import { describe, expect, it } from 'vitest';
import { peerValues } from '../../../src/scoring/normalize/peer-values.ts';

describe('peerValues', () => {
  it('peerValues keeps finite peers and adds the unit when missing', () => {
    expect(peerValues(3, [1, 3, Number.NaN, Infinity])).toEqual([1, 3]);
    expect(peerValues(3, [1, 2])).toEqual([1, 2, 3]);
    expect(peerValues(3, [])).toEqual([3]);
  });

  it('peerValues does not add a non-finite unit value', () => {
    expect(peerValues(Number.NaN, [1])).toEqual([1]);
  });
});
