import { describe, expect, test } from 'vitest';
import { rankHistory } from '../../src/data/rank-history.ts';
import { park } from '../fixtures/park.ts';
import { makeScore } from '../support/make-score.ts';

describe('rankHistory(scores, unit)', () => {
  test('gives the unit’s total and rank per year, oldest first, whatever the input order', () => {
    const scores = [
      makeScore({ unit: '甲', year: 2020, total: 70, rank: 3, ranked: 9 }),
      makeScore({ unit: '乙', year: 2019, total: 60, rank: 1 }),
      makeScore({ unit: '甲', year: 2018, total: null, rank: null, ranked: 8 }),
      makeScore({ unit: '甲', year: 2019, total: 80, rank: 1, ranked: 9, failed: true }),
    ];
    expect(rankHistory(scores, '甲')).toEqual([
      { year: 2018, total: null, possible: 100, rank: null, ranked: 8, failed: false },
      { year: 2019, total: 80, possible: 100, rank: 1, ranked: 9, failed: true },
      { year: 2020, total: 70, possible: 100, rank: 3, ranked: 9, failed: false },
    ]);
    expect(rankHistory([...scores].reverse(), '甲')).toEqual(rankHistory(scores, '甲'));
  });

  test('is empty for a unit never scored', () => {
    expect(rankHistory([makeScore({ unit: '乙', year: 2019 })], '甲')).toEqual([]);
  });

  test('on the park: 唯亭街道 ranked 12th of 16 in 2018 and 13th of 15 in 2019', async () => {
    expect(rankHistory((await park()).scores, '唯亭街道').map((p) => [p.year, p.total, p.rank, p.ranked])).toEqual([[2018, 70, 12, 16], [2019, 74, 13, 15]]);
  });
});
