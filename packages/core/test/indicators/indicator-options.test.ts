import { describe, expect, it } from 'vitest';
import { resolveIndicatorOptions } from '../../src/indicators/indicator-options.ts';

describe('resolveIndicatorOptions', () => {
  it('resolveIndicatorOptions applies the documented defaults', () => {
    expect(resolveIndicatorOptions()).toEqual({
      filingDeadlineDays: 30, lossRateIncludesWithdrawals: true, headAppearanceBase: 'hearings',
      reconsiderationDeadlineDays: 60, reconsiderationExtensionDays: 30, reconsiderationSimpleDays: 30,
      enforcementPassScore: 60, enforcementExcellentScore: 90, years: null,
    });
  });

  it('resolveIndicatorOptions keeps given values and sorts and de-duplicates years', () => {
    const o = resolveIndicatorOptions({ reconsiderationSimpleDays: 15, enforcementPassScore: 70, years: [2020, 2018, 2020] });
    expect([o.reconsiderationSimpleDays, o.enforcementPassScore, o.years]).toEqual([15, 70, [2018, 2020]]);
  });

  it('resolveIndicatorOptions treats an explicit undefined as the default', () => {
    const given: { filingDeadlineDays?: number } = {};
    expect(resolveIndicatorOptions(given).filingDeadlineDays).toBe(30);
  });

  it('resolveIndicatorOptions throws a RangeError quoting a bad value', () => {
    expect(() => resolveIndicatorOptions({ filingDeadlineDays: -1 })).toThrow(/invalid filingDeadlineDays: -1/);
    expect(() => resolveIndicatorOptions({ reconsiderationDeadlineDays: Number.NaN })).toThrow(RangeError);
    expect(() => resolveIndicatorOptions({ enforcementPassScore: Number.POSITIVE_INFINITY })).toThrow(/enforcementPassScore/);
    expect(() => resolveIndicatorOptions({ headAppearanceBase: 'court' as 'hearings' })).toThrow(/invalid headAppearanceBase: "court"/);
    expect(() => resolveIndicatorOptions({ years: [2019.5] })).toThrow(/2019.5/);
  });
});
