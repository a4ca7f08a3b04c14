import { describe, expect, it } from 'vitest';
import { progressPercent } from '../../../src/lib/load/progress-percent.ts';

describe('progressPercent', () => {
  it('is null while the row count is unknown, so the bar shows no false figure', () => {
    expect(progressPercent({ rows: 0, rowsTotal: 0, done: false })).toBeNull();
  });

  it('rounds down, so 100 % means finished', () => {
    expect(progressPercent({ rows: 65536, rowsTotal: 200001, done: false })).toBe(32);
    expect(progressPercent({ rows: 199999, rowsTotal: 200000, done: false })).toBe(99);
  });

  it('is 100 once the file is done, even for a file whose rows could not be counted', () => {
    expect(progressPercent({ rows: 0, rowsTotal: 0, done: true })).toBe(100);
  });

  it('stays within 0–100 when an estimate of the row count was too low', () => {
    expect(progressPercent({ rows: 300, rowsTotal: 200, done: false })).toBe(100);
  });
});
