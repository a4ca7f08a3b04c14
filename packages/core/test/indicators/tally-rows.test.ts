import { describe, expect, it } from 'vitest';
import { tallyRows } from '../../src/indicators/tally-rows.ts';

const entries = [
  { unit: '*', year: 2019, counts: new Float64Array([2, 1, 0]) },
  { unit: '甲', year: 2019, counts: new Float64Array([0, 0, 0]) },
];

describe('tallyRows', () => {
  it('tallyRows emits counts with a null denominator and rates with value null on a zero denominator', () => {
    expect(tallyRows(entries, [
      { id: 'litigation.cases', present: 0, numerator: (c) => c[0]!, denominator: null },
      { id: 'litigation.loss_rate', present: 0, numerator: (c) => c[1]!, denominator: (c) => c[2]! },
    ])).toEqual([
      { indicator: 'litigation.cases', unit: '*', year: 2019, numerator: 2, denominator: null, value: 2 },
      { indicator: 'litigation.loss_rate', unit: '*', year: 2019, numerator: 1, denominator: 0, value: null },
    ]);
  });

  it('tallyRows leaves out buckets whose presence slot is 0', () => {
    expect(tallyRows(entries, [{ id: 'litigation.cases', present: 1, numerator: (c) => c[0]!, denominator: null }]).map((r) => r.unit)).toEqual(['*']);
  });
});
