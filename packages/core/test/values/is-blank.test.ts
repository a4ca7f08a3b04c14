import { describe, expect, it } from 'vitest';
import { isBlank } from '../../src/values/is-blank.ts';

describe('isBlank', () => {
  it.each(['', '   ', '—', '-', '/', '無', '无', 'N/A', ' — '])('isBlank treats %j as no value', (raw) => {
    expect(isBlank(raw)).toBe(true);
  });
  it.each(['0', '否', 'x', '2019', '--5'])('isBlank keeps %j as a value', (raw) => {
    expect(isBlank(raw)).toBe(false);
  });
  it('isBlank treats null and undefined as blank', () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank(undefined)).toBe(true);
  });
});
