import { describe, expect, it } from 'vitest';
import { indicatorOptionDefaults, parseIndicatorOptions } from '../src/parse-indicator-options.ts';
import { UsageError } from '../src/usage-error.ts';

function usageError(args: string[]): UsageError {
  try {
    parseIndicatorOptions(args);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('parseIndicatorOptions', () => {
  it('parseIndicatorOptions reads numbers, booleans and the head-appearance base by camelCase or kebab-case name', () => {
    expect(
      parseIndicatorOptions([
        'filing-deadline-days=15', 'lossRateIncludesWithdrawals=false', 'headAppearanceBase=notified',
        'enforcementPassScore=59.5', 'reconsideration-simple-days = 20',
      ]),
    ).toEqual({
      filingDeadlineDays: 15, lossRateIncludesWithdrawals: false, headAppearanceBase: 'notified',
      enforcementPassScore: 59.5, reconsiderationSimpleDays: 20,
    });
  });
  it('parseIndicatorOptions accepts yes/no and 1/0 for switches, and a later occurrence wins', () => {
    expect(parseIndicatorOptions(['lossRateIncludesWithdrawals=no', 'lossRateIncludesWithdrawals=YES'])).toEqual({
      lossRateIncludesWithdrawals: true,
    });
    expect(parseIndicatorOptions(['loss-rate-includes-withdrawals=0'])).toEqual({ lossRateIncludesWithdrawals: false });
  });
  it('parseIndicatorOptions gives {} for no arguments', () => {
    expect(parseIndicatorOptions([])).toEqual({});
  });
  it('parseIndicatorOptions rejects unknown names, a missing "=", and years (which --year sets)', () => {
    expect(usageError(['deadline=3']).text.en).toContain('invalid --option "deadline=3"');
    expect(usageError(['filingDeadlineDays']).text.en).toContain('invalid --option "filingDeadlineDays"');
    expect(usageError(['years=2019']).text.en).toContain('filingDeadlineDays=30');
  });
  it('parseIndicatorOptions rejects values the computation would refuse', () => {
    expect(usageError(['filingDeadlineDays=-1']).text.en).toContain('invalid value "-1" for --option filingDeadlineDays');
    expect(usageError(['filingDeadlineDays=abc']).text.en).toContain('invalid value "abc"');
    expect(usageError(['filingDeadlineDays=']).text.en).toContain('invalid value ""');
    expect(usageError(['enforcementPassScore=Infinity']).text.en).toContain('invalid value "Infinity"');
    expect(usageError(['lossRateIncludesWithdrawals=maybe']).text['zh-Hant']).toContain('「maybe」無效');
    expect(usageError(['headAppearanceBase=all']).text['zh-Hans']).toContain('“all”无效');
  });
});

describe('indicatorOptionDefaults', () => {
  it('indicatorOptionDefaults lists every option with the core\'s default, enumerations with their choices', () => {
    expect(indicatorOptionDefaults()).toEqual([
      'filingDeadlineDays=30', 'lossRateIncludesWithdrawals=true', 'headAppearanceBase=hearings (hearings|notified)',
      'reconsiderationDeadlineDays=60', 'reconsiderationExtensionDays=30', 'reconsiderationSimpleDays=30',
      'enforcementPassScore=60', 'enforcementExcellentScore=90',
    ]);
  });
});
