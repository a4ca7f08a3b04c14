import { toSimplified } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { CHART_MESSAGES } from '../../src/locale/chart-messages.ts';
import { CHART_TITLES } from '../../src/locale/chart-titles.ts';

const hant = { 'zh-Hant': '敗訴率', 'zh-Hans': '败诉率', en: 'Loss rate' };
const titles = {
  yearly: CHART_TITLES.yearly(hant, [2018, 2019]),
  yearlyOne: CHART_TITLES.yearly(hant, [2019]),
  trend: CHART_TITLES.trend(hant),
  monthly: CHART_TITLES.monthly(hant, 2019),
  ranking: CHART_TITLES.ranking(hant, 2019),
  heatmap: CHART_TITLES.heatmap(2019),
  composition: CHART_TITLES.composition(2019),
  qualified: CHART_TITLES.qualified(hant, '唯亭街道'),
  target: CHART_TITLES.target('20', 2021),
  targetNoYear: CHART_TITLES.target('20'),
  requirement: CHART_TITLES.requirement('70'),
  compositionAxis: CHART_TITLES.compositionAxis(),
};
const texts = [...Object.entries(CHART_MESSAGES), ...Object.entries(titles)];

describe('chart messages and titles', () => {
  it.each(texts)('%s reads in Simplified Chinese as the Traditional text converted by OpenCC', (_, text) => {
    expect(text['zh-Hans']).toBe(toSimplified(text['zh-Hant']));
  });

  it.each(texts)('%s has English without Chinese characters (other than data)', (key, text) => {
    const en = key === 'qualified' ? text.en.replace('唯亭街道', '') : text.en;
    expect(en).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
    expect(en.trim()).not.toBe('');
  });

  it('titles the park\'s charts as the annual report would', () => {
    expect(titles.yearly['zh-Hant']).toBe('敗訴率：2018—2019年度對比');
    expect(titles.yearly.en).toBe('Loss rate, 2018–2019');
    expect(titles.yearlyOne['zh-Hans']).toBe('败诉率：2019年度对比');
    expect(titles.monthly.en).toBe('Loss rate by month, 2019 against 2018');
    expect(titles.target['zh-Hans']).toBe('目标 20（2021年）');
    expect(titles.ranking['zh-Hant']).toBe('2019年敗訴率排名');
  });
});
