import { trendRows } from '@fazhi/charts';
import type { IndicatorId, IndicatorRow } from '@fazhi/core';
import { describe, expect, test } from 'vitest';
import { trendDescription } from '../../../src/lib/areas/trend-description.ts';

const row = (indicator: IndicatorId, year: number, value: number | null): IndicatorRow => ({ indicator, unit: '*', year, numerator: 0, denominator: 1, value });

describe('trendDescription', () => {
  const rows = [row('litigation.head_appearance_rate', 2017, 0.25), row('litigation.head_appearance_rate', 2018, 0.3), row('litigation.head_appearance_rate', 2019, 0.5)];

  test('tells each year’s value, the last change in percentage points and the requirement, in three languages', () => {
    const data = (lang: 'zh-Hant' | 'zh-Hans' | 'en') => trendRows(rows, { lang, indicator: 'litigation.head_appearance_rate', unit: '*', target: 0.8 });
    expect(trendDescription(data('zh-Hans'), 'litigation.head_appearance_rate', '全区', 'zh-Hans')).toBe(
      '负责人出庭应诉率，全区，2017—2019 年走势：2017 年 25%；2018 年 30%；2019 年 50%；较 2018 年 +20个百分点；要求 80%。',
    );
    expect(trendDescription(data('zh-Hant'), 'litigation.head_appearance_rate', '全區', 'zh-Hant')).toBe(
      '負責人出庭應訴率，全區，2017—2019 年走勢：2017 年 25%；2018 年 30%；2019 年 50%；較 2018 年 +20個百分點；要求 80%。',
    );
    expect(trendDescription(data('en'), 'litigation.head_appearance_rate', 'Whole jurisdiction', 'en')).toBe(
      'Rate of agency heads appearing in court, Whole jurisdiction, 2017–2019: 25% in 2017; 30% in 2018; 50% in 2019; +20 pp on 2018; required 80%.',
    );
  });

  test('a year without a value is left out, and the change is from the last year with one', () => {
    const gap = [row('safety.incidents', 2017, 40), row('safety.incidents', 2018, null), row('safety.incidents', 2019, 29)];
    const data = trendRows(gap, { lang: 'zh-Hans', indicator: 'safety.incidents', unit: '*' });
    expect(trendDescription(data, 'safety.incidents', '全区', 'zh-Hans')).toBe('生产安全事故起数，全区，2017—2019 年走势：2017 年 40 起；2019 年 29 起；较 2017 年 −11。');
  });

  test('a detail qualifies the name (a business dimension)', () => {
    const dims = [{ ...row('business.dimension_score', 2019, 96.7), dimension: '开办企业' }];
    const data = trendRows(dims, { lang: 'en', indicator: 'business.dimension_score', unit: '*', select: { dimension: '开办企业' } });
    expect(trendDescription(data, 'business.dimension_score', 'Whole jurisdiction', 'en', '开办企业')).toBe(
      'Business-environment dimension score (开办企业), Whole jurisdiction, 2019: 96.7 in 2019.',
    );
  });
});
