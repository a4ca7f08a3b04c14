import { describe, expect, it } from 'vitest';
import { foldOptions } from '../../src/indicators/fold-options.ts';
import type { Predicate } from '../../src/indicators/indicator-declaration.ts';
import { resolveIndicatorOptions } from '../../src/indicators/indicator-options.ts';

const defaults = resolveIndicatorOptions();
const lost: Predicate = { field: 'lost', eq: true };

describe('foldOptions', () => {
  it('foldOptions decides option tests: eq, ne, in and present', () => {
    expect(foldOptions({ option: 'headAppearanceBase', eq: 'hearings' }, defaults)).toBe(true);
    expect(foldOptions({ option: 'headAppearanceBase', ne: 'hearings' }, defaults)).toBe(false);
    expect(foldOptions({ option: 'filingDeadlineDays', in: [15, 30] }, defaults)).toBe(true);
    expect(foldOptions({ option: 'filingDeadlineDays', present: false }, defaults)).toBe(false);
  });

  it('foldOptions lets a true decide an any and a false an all, and drops the other constant', () => {
    const keep = { option: 'lossRateIncludesWithdrawals', eq: true } as const;
    expect(foldOptions({ any: [keep, lost] }, defaults)).toBe(true);
    expect(foldOptions({ any: [keep, lost] }, resolveIndicatorOptions({ lossRateIncludesWithdrawals: false }))).toEqual(lost);
    expect(foldOptions({ all: [keep, lost] }, defaults)).toEqual(lost);
    expect(foldOptions({ all: [keep, lost] }, resolveIndicatorOptions({ lossRateIncludesWithdrawals: false }))).toBe(false);
  });

  it('foldOptions gives the empty all true, the empty any false, and folds not', () => {
    expect(foldOptions({ all: [] }, defaults)).toBe(true);
    expect(foldOptions({ any: [] }, defaults)).toBe(false);
    expect(foldOptions({ not: { option: 'headAppearanceBase', eq: 'notified' } }, defaults)).toBe(true);
    expect(foldOptions({ not: lost }, defaults)).toEqual({ not: lost });
  });

  it('foldOptions leaves a comparison that reads the record (or compares an option with a field) as it is', () => {
    const timely: Predicate = { daysBetween: [{ field: 'issued_on' }, { field: 'filed_on' }], le: { option: 'filingDeadlineDays' } };
    expect(foldOptions(timely, defaults)).toBe(timely);
    const againstField: Predicate = { option: 'enforcementPassScore', le: { field: 'score' } };
    expect(foldOptions(againstField, defaults)).toBe(againstField);
  });
});
