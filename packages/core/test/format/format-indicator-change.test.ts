import { describe, expect, it } from 'vitest';
import { formatIndicatorChange, roundsToZero } from '../../src/format/format-indicator-change.ts';

describe('formatIndicatorChange(indicator, change, lang, options)', () => {
  it('prints signed counts and rate changes in percentage points per language; 0 without a unit; null as —', () => {
    expect(formatIndicatorChange('litigation.lost_cases', 3, 'zh-Hant')).toBe('+3');
    expect(formatIndicatorChange('litigation.lost_cases', -1234, 'en')).toBe('\u22121,234');
    expect(formatIndicatorChange('litigation.loss_rate', -0.025, 'zh-Hans')).toBe('\u22122.5个百分点');
    expect(formatIndicatorChange('litigation.loss_rate', 0.025, 'zh-Hant')).toBe('+2.5個百分點');
    expect(formatIndicatorChange('litigation.loss_rate', 0.025, 'en')).toBe('+2.5 pp');
    expect(formatIndicatorChange('litigation.loss_rate', 0.0001, 'en')).toBe('0');
    expect(formatIndicatorChange('litigation.loss_rate', null, 'en')).toBe('—');
  });

  it('writes the long words of a sentence, with one percentage point in the singular', () => {
    const gap = { sign: false, words: 'long', digits: 2 } as const;
    expect(formatIndicatorChange('documents.filing_rate', 0.0525, 'zh-Hant', gap)).toBe('5.25 個百分點');
    expect(formatIndicatorChange('documents.filing_rate', 0.0525, 'zh-Hans', gap)).toBe('5.25 个百分点');
    expect(formatIndicatorChange('documents.filing_rate', 0.01, 'en', gap)).toBe('1 percentage point');
    expect(formatIndicatorChange('documents.filing_rate', 0.05, 'en', { words: 'long' })).toBe('+5 percentage points');
  });

  it('roundsToZero says a change is zero exactly when it prints as 0', () => {
    expect(roundsToZero('litigation.loss_rate', 0.0004)).toBe(true);
    expect(roundsToZero('litigation.loss_rate', 0.0006)).toBe(false);
    expect(roundsToZero('litigation.lost_cases', 0)).toBe(true);
    expect(roundsToZero('litigation.lost_cases', 0.4)).toBe(true);
  });
});
