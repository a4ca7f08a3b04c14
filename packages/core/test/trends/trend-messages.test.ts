import { describe, expect, it } from 'vitest';
import { TREND_STATUSES } from '../../src/trends/sdg-trend-status.ts';
import { TRAFFIC_LIGHTS } from '../../src/trends/traffic-light.ts';
import { trafficLightLabel, trendMessages, trendStatusLabel } from '../../src/trends/trend-messages.ts';

describe('trendMessages', () => {
  it('trendMessages labels every status and light in all three languages, none blank', () => {
    const labels = [...TREND_STATUSES.map(trendStatusLabel), ...TRAFFIC_LIGHTS.map(trafficLightLabel), trendStatusLabel(null), trafficLightLabel(null)];
    for (const label of labels) {
      for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) expect(label[lang].trim()).not.toBe('');
    }
  });

  it('trendMessages gives distinct labels to distinct statuses and lights', () => {
    for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
      expect(new Set(TREND_STATUSES.map((s) => trendStatusLabel(s)[lang])).size).toBe(4);
      expect(new Set(TRAFFIC_LIGHTS.map((l) => trafficLightLabel(l)[lang])).size).toBe(4);
    }
  });

  it('trendMessages: the Traditional and Simplified labels of a status differ where the scripts do (適度 / 适度, 惡化 / 恶化)', () => {
    expect(trendStatusLabel('moderately_improving')['zh-Hant']).not.toBe(trendStatusLabel('moderately_improving')['zh-Hans']);
    expect(trendStatusLabel('worsening')).toEqual({ 'zh-Hant': '惡化', 'zh-Hans': '恶化', en: 'Worsening' });
  });

  it('trendStatusLabel and trafficLightLabel read the catalogue of messages', () => {
    expect(trendStatusLabel('moderately_improving')).toEqual({ 'zh-Hant': '適度改善', 'zh-Hans': '适度改善', en: 'Moderately improving' });
    expect(trafficLightLabel('red').en).toBe('Red: major challenges remain');
    expect(trendStatusLabel(null)).toBe(trendMessages['status.none']);
  });
});
