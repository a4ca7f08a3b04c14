import type { LocalizedText } from '../messages/localized-text.ts';
import type { TrendStatus } from './sdg-trend-status.ts';
import type { TrafficLight } from './traffic-light.ts';

/**
 * The key of a trend label: `status.<status>`, `light.<light>`, or the
 * `status.none` / `light.none` labels that say why there is none.
 *
 * @example
 * const key: TrendMessageKey = 'light.orange';
 */
export type TrendMessageKey = `status.${TrendStatus}` | 'status.none' | `light.${TrafficLight}` | 'light.none';

/**
 * The labels of trend statuses and traffic lights in 繁體中文, 简体中文 and
 * English, in one place for the CLI, charts and dashboard. The statuses follow
 * the SDG Index trend legend (on track or maintaining achievement, moderately
 * improving, stagnating, decreasing), the lights its dashboard legend
 * (achieved, challenges remain, significant challenges remain, major
 * challenges remain); `*.none` labels say why there is none.
 *
 * @example
 * trendMessages['status.moderately_improving']['zh-Hant']; // '適度改善'
 * trendMessages['light.red'].en; // 'Red: major challenges remain'
 */
export const trendMessages: Readonly<Record<TrendMessageKey, LocalizedText>> = {
  'status.on_track': { 'zh-Hant': '達成目標或進度達標', 'zh-Hans': '达成目标或进度达标', en: 'On track or target maintained' },
  'status.moderately_improving': { 'zh-Hant': '適度改善', 'zh-Hans': '适度改善', en: 'Moderately improving' },
  'status.stagnating': { 'zh-Hant': '停滯', 'zh-Hans': '停滞', en: 'Stagnating' },
  'status.worsening': { 'zh-Hant': '惡化', 'zh-Hans': '恶化', en: 'Worsening' },
  'status.none': {
    'zh-Hant': '無趨勢資料（不足兩個年度的數值，或未設定目標，或此指標無好壞方向）',
    'zh-Hans': '无趋势数据（不足两个年度的数值，或未设定目标，或此指标无好坏方向）',
    en: 'Trend unavailable (fewer than two years of values, no target, or the indicator has no better direction)',
  },
  'light.green': { 'zh-Hant': '綠：已達標', 'zh-Hans': '绿：已达标', en: 'Green: achieved' },
  'light.yellow': { 'zh-Hant': '黃：仍有挑戰', 'zh-Hans': '黄：仍有挑战', en: 'Yellow: challenges remain' },
  'light.orange': { 'zh-Hant': '橙：仍有顯著挑戰', 'zh-Hans': '橙：仍有显著挑战', en: 'Orange: significant challenges remain' },
  'light.red': { 'zh-Hant': '紅：仍有重大挑戰', 'zh-Hans': '红：仍有重大挑战', en: 'Red: major challenges remain' },
  'light.none': {
    'zh-Hant': '無燈號（無數值，或未設定門檻，或此指標無好壞方向）',
    'zh-Hans': '无灯号（无数值，或未设定门槛，或此指标无好坏方向）',
    en: 'No light (no value, no thresholds, or the indicator has no better direction)',
  },
};

/**
 * The label of a trend status; null gives the "trend unavailable" label.
 *
 * @example
 * trendStatusLabel('stagnating')['zh-Hans']; // '停滞'
 * trendStatusLabel(null).en; // 'Trend unavailable (…)'
 */
export function trendStatusLabel(status: TrendStatus | null): LocalizedText {
  return trendMessages[status === null ? 'status.none' : (`status.${status}` as const)];
}

/**
 * The label of a traffic light; null gives the "no light" label.
 *
 * @example
 * trafficLightLabel('orange')['zh-Hant']; // '橙：仍有顯著挑戰'
 */
export function trafficLightLabel(light: TrafficLight | null): LocalizedText {
  return trendMessages[light === null ? 'light.none' : (`light.${light}` as const)];
}
