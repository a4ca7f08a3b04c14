import { describe, expect, test } from 'vitest';
import { departmentUnits } from '../../../src/lib/scores/department-units.ts';
import { makeScore } from '../../../../../packages/charts/test/support/make-score.ts';

describe('departmentUnits(scores, units)', () => {
  test('lists every scored unit and every unit with data once, the jurisdiction first, then in code-point order', () => {
    const scores = [makeScore({ unit: '乙', year: 2019 }), makeScore({ unit: '*', year: 2019 }), makeScore({ unit: '乙', year: 2018 })];
    expect(departmentUnits(scores, ['丙', '甲', '乙'])).toEqual(['*', '丙', '乙', '甲']);
  });

  test('is empty without scores or units', () => {
    expect(departmentUnits([], [])).toEqual([]);
  });
});
