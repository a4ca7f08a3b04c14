import { NUMBER_LOCALES, TRAFFIC_LIGHT_COLORS } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { CHART_LANGS } from '../../src/chart-base.ts';
import { changeVerdict } from '../../src/data/change-verdict.ts';
import { scoreStatusScale } from '../../src/data/score-status.ts';
import { TIME_LOCALES } from '../../src/locale/time-locale.ts';
import { chartConfig } from '../../src/theme/chart-config.ts';
import { FONT_STACK, fontStackFor } from '../../src/theme/font-stack.ts';
import { CATEGORY_COLORS, STATUS_COLORS } from '../../src/theme/palette.ts';

describe('chartConfig', () => {
  it.each(CHART_LANGS)('in %s uses the CJK-first font stack, the Okabe–Ito palette and the language\'s locale', (lang) => {
    const config = chartConfig(lang);
    expect(config.font).toBe(fontStackFor(lang));
    expect(config.range?.category).toEqual([...CATEGORY_COLORS]);
    expect(config.locale).toEqual({ number: NUMBER_LOCALES[lang], time: TIME_LOCALES[lang] });
  });

  it('draws Traditional Chinese with the TC face first and Simplified Chinese and English with the SC face first', () => {
    const first = (stack: string) => stack.split(', ')[0]!.replace(/"/g, '');
    expect(first(chartConfig('zh-Hant').font!)).toBe('Noto Sans CJK TC');
    expect(first(chartConfig('zh-Hans').font!)).toBe('Noto Sans CJK SC');
    expect(first(chartConfig('en').font!)).toBe('Noto Sans CJK SC');
  });

  it('starts the font stack with Noto Sans CJK SC and TC and ends it with sans-serif', () => {
    expect(FONT_STACK.split(', ').map((f) => f.replace(/"/g, ''))).toEqual(['Noto Sans CJK SC', 'Noto Sans CJK TC', 'PingFang SC', 'Microsoft YaHei', 'Source Han Sans', 'sans-serif']);
  });

  it('uses d3\'s zh-CN number locale (¥) for both Chinese scripts, and 1月 short months', () => {
    expect(NUMBER_LOCALES['zh-Hans'].currency).toEqual(['¥', '']);
    expect(NUMBER_LOCALES['zh-Hant']).toEqual(NUMBER_LOCALES['zh-Hans']);
    expect(TIME_LOCALES['zh-Hans'].shortMonths[0]).toBe('1月');
    expect(TIME_LOCALES['zh-Hant'].shortDays[0]).toBe('週日');
  });
});

describe('fixed colours', () => {
  it('takes the four traffic lights from core, and better / worse from green / red', () => {
    for (const light of ['green', 'yellow', 'orange', 'red'] as const) expect(STATUS_COLORS[light]).toBe(TRAFFIC_LIGHT_COLORS[light]);
    expect([STATUS_COLORS.better, STATUS_COLORS.worse]).toEqual([TRAFFIC_LIGHT_COLORS.green, TRAFFIC_LIGHT_COLORS.red]);
  });

  it('colours score statuses met / near / missed green / yellow / red, legend in the language, only those present', () => {
    expect(scoreStatusScale(['missed', 'met', 'met'], 'en')).toEqual({ domain: ['Met', 'Missed'], range: [TRAFFIC_LIGHT_COLORS.green, TRAFFIC_LIGHT_COLORS.red] });
    expect(scoreStatusScale(['near', 'none'], 'zh-Hant').domain).toEqual(['接近', '無數據']);
  });
});

describe('changeVerdict', () => {
  it('judges a change by the direction of improvement, and gives none without one', () => {
    expect(changeVerdict(-2, 'lower')).toBe('better');
    expect(changeVerdict(0.01, 'lower')).toBe('worse');
    expect(changeVerdict(3, 'higher')).toBe('better');
    expect(changeVerdict(5, null)).toBe('none');
    expect(changeVerdict(0, 'higher')).toBe('same');
    expect(changeVerdict(0, null)).toBe('same');
    expect(changeVerdict(null, 'higher')).toBe('none');
    expect(changeVerdict(NaN, 'higher')).toBe('none');
  });
});
