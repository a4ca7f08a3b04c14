import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueEntry, INDICATOR_IDS, type IndicatorId } from '../../src/indicators/catalogue.ts';
import type { Lang } from '../../src/messages/localized-text.ts';
import { formatIndicatorValue } from '../../src/format/format-indicator-value.ts';
import { INDICATOR_DIGITS } from '../../src/format/indicator-digits.ts';
import { isPercentKind } from '../../src/format/is-percent-kind.ts';

describe('formatIndicatorValue(indicator, value, lang, options)', () => {
  it('prints rates as percentages with one decimal, counts grouped, means with one decimal, ratios with four, null as —', () => {
    const cases: [IndicatorId, number | null, Lang, string][] = [
      ['litigation.loss_rate', 0.140625, 'zh-Hans', '14.1%'],
      ['documents.filing_rate', 1, 'en', '100%'],
      ['litigation.cases', 17701, 'en', '17,701'],
      ['enforcement.mean_score', 80.175, 'zh-Hant', '80.2'],
      ['safety.deaths_per_100m_gdp', 0.009478672985781991, 'en', '0.0095'],
      ['safety.incidents_yoy', -0.30952380952380953, 'en', '\u221231%'],
      ['litigation.cases', null, 'en', '—'],
    ];
    expect(cases.map(([id, value, lang]) => formatIndicatorValue(id, value, lang))).toEqual(cases.map((c) => c[3]));
  });

  it('takes the percentage on the decimal text: 0.145 is 14.5%, 0.1455 rounds up to 14.6%', () => {
    expect(formatIndicatorValue('litigation.loss_rate', 0.145, 'en')).toBe('14.5%');
    expect(formatIndicatorValue('litigation.loss_rate', 0.1455, 'en')).toBe('14.6%');
  });

  it('shows up to `digits` decimals where the kind shows fewer, ratios keeping their four, ungrouped when asked', () => {
    const precise = { digits: 2, grouping: false };
    expect(formatIndicatorValue('litigation.loss_rate', 1376 / 17701, 'en', precise)).toBe('7.77%');
    expect(formatIndicatorValue('enforcement.mean_score', 88.456, 'en', precise)).toBe('88.46');
    expect(formatIndicatorValue('safety.deaths_per_100m_gdp', 0.01234, 'en', precise)).toBe('0.0123');
    expect(formatIndicatorValue('litigation.cases', 17701, 'en', precise)).toBe('17701');
  });

  it('gives every catalogue indicator the digits of its kind, read back within half a unit of the last digit', () => {
    fc.assert(fc.property(fc.constantFrom(...INDICATOR_IDS), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (id, x) => {
      const { kind } = catalogueEntry(id);
      const text = formatIndicatorValue(id, x, 'en');
      const percent = isPercentKind(kind);
      expect(text.endsWith('%')).toBe(percent);
      const back = Number(text.replace(/[,%]/g, '').replace('\u2212', '-'));
      const shown = percent ? x * 100 : x;
      expect(Math.abs(back - shown)).toBeLessThanOrEqual(0.5 * 10 ** -INDICATOR_DIGITS[kind] + 1e-9 * Math.max(1, Math.abs(shown)));
    }), { seed: 13, numRuns: 300 });
  });
});
