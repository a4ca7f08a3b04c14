import { areaPlan } from '@fazhi/charts';
import type { IndicatorId, IndicatorRow, Lang } from '@fazhi/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { indicatorTableRows } from '../../../src/lib/areas/indicator-table-rows.ts';
import { AREA_IDS } from '../../../src/lib/state/view-id.ts';
import { parkFixture, reversed, type ParkFixture } from './park-fixture.ts';

const LANGS: readonly Lang[] = ['zh-Hant', 'zh-Hans', 'en'];
const LABOUR = '苏州工业园区劳动和社会保障局';
const row = (indicator: IndicatorId, unit: string, year: number, numerator: number, denominator: number | null, value: number | null, extra: Partial<IndicatorRow> = {}): IndicatorRow =>
  ({ indicator, unit, year, numerator, denominator, value, ...extra });
let park: ParkFixture;

beforeAll(async () => {
  park = await parkFixture();
});

describe('indicatorTableRows', () => {
  test('orders by the indicators given, then the jurisdiction first and units by code point', () => {
    const rows = [
      row('litigation.loss_rate', '乙局', 2019, 1, 4, 0.25), row('litigation.lost_cases', '乙局', 2019, 1, null, 1),
      row('litigation.lost_cases', '*', 2019, 3, null, 3), row('litigation.lost_cases', '甲局', 2019, 2, null, 2),
    ];
    const table = indicatorTableRows(rows, { lang: 'zh-Hans', indicators: ['litigation.lost_cases', 'litigation.loss_rate'], year: 2019, unit: null });
    expect(table.map((r) => [r.indicator, r.unitLabel])).toEqual([
      ['litigation.lost_cases', '全区'], ['litigation.lost_cases', '乙局'], ['litigation.lost_cases', '甲局'], ['litigation.loss_rate', '乙局'],
    ]);
  });

  test('prints values as the charts do and the change from the same row a year before (percentage points for rates)', () => {
    const rows = [row('litigation.loss_rate', '*', 2019, 9, 64, 9 / 64), row('litigation.loss_rate', '*', 2018, 5, 52, 5 / 52)];
    const [hans] = indicatorTableRows(rows, { lang: 'zh-Hans', indicators: ['litigation.loss_rate'], year: 2019, unit: null });
    expect(hans).toMatchObject({ label: '败诉率', numeratorText: '9', denominatorText: '64', valueText: '14.1%', changeText: '+4.4个百分点' });
    expect(hans!.change).toBeCloseTo(9 / 64 - 5 / 52, 12);
    const [en] = indicatorTableRows(rows, { lang: 'en', indicators: ['litigation.loss_rate'], year: 2019, unit: null });
    expect(en).toMatchObject({ label: 'Loss rate', unitLabel: 'Whole jurisdiction', changeText: '+4.4 pp' });
    const [hant] = indicatorTableRows(rows, { lang: 'zh-Hant', indicators: ['litigation.loss_rate'], year: 2019, unit: null });
    expect(hant).toMatchObject({ label: '敗訴率', unitLabel: '全區', changeText: '+4.4個百分點' });
  });

  test("prints unit names in the reader's script (Traditional in zh-Hant, Simplified in zh-Hans, as written in English) and keeps the data's spelling in unit", () => {
    const rows = [row('litigation.lost_cases', '苏州工业园区司法局', 2019, 2, null, 2), row('litigation.lost_cases', '蘇州工業園區財政局', 2019, 1, null, 1)];
    const labels = (lang: Lang) => indicatorTableRows(rows, { lang, indicators: ['litigation.lost_cases'], year: 2019, unit: null }).map((r) => [r.unit, r.unitLabel]);
    expect(labels('zh-Hant')).toEqual([['苏州工业园区司法局', '蘇州工業園區司法局'], ['蘇州工業園區財政局', '蘇州工業園區財政局']]);
    expect(labels('zh-Hans')).toEqual([['苏州工业园区司法局', '苏州工业园区司法局'], ['蘇州工業園區財政局', '苏州工业园区财政局']]);
    expect(labels('en')).toEqual([['苏州工业园区司法局', '苏州工业园区司法局'], ['蘇州工業園區財政局', '蘇州工業園區財政局']]);
  });

  test('null values and zero denominators print —, never NaN; no row a year before gives no change', () => {
    const rows = [row('litigation.loss_rate', '甲局', 2019, 0, 0, null), row('litigation.loss_rate', '甲局', 2018, 1, 2, 0.5), row('litigation.lost_cases', '甲局', 2019, 0, null, 0)];
    const table = indicatorTableRows(rows, { lang: 'en', indicators: ['litigation.loss_rate', 'litigation.lost_cases'], year: 2019, unit: null });
    expect(table.map((r) => [r.valueText, r.denominatorText, r.changeText])).toEqual([['—', '0', '—'], ['0', '—', '—']]);
  });

  test('business rows are told apart by dimension and item, each compared with its own a year before', () => {
    const rows = [
      row('business.dimension_score', '*', 2019, 80, 1, 80, { dimension: '纳税' }), row('business.dimension_score', '*', 2019, 90, 1, 90, { dimension: '开办企业' }),
      row('business.dimension_score', '*', 2018, 70, 1, 70, { dimension: '纳税' }), row('business.dimension_score', '*', 2018, 95, 1, 95, { dimension: '开办企业' }),
    ];
    const table = indicatorTableRows(rows, { lang: 'zh-Hans', indicators: ['business.dimension_score'], year: 2019, unit: null });
    expect(table.map((r) => [r.label, r.changeText])).toEqual([['一级指标得分（开办企业）', '−5'], ['一级指标得分（纳税）', '+10']]);
    expect(new Set(table.map((r) => r.key)).size).toBe(2);
  });

  test("the unit filter keeps the unit's rows only", () => {
    const table = indicatorTableRows(park.rows, { lang: 'zh-Hans', indicators: areaPlan('litigation').indicators, year: 2019, unit: LABOUR });
    expect(table.map((r) => r.indicator)).toEqual(areaPlan('litigation').indicators);
    expect(new Set(table.map((r) => r.unit))).toEqual(new Set([LABOUR]));
    expect(table.find((r) => r.indicator === 'litigation.lost_cases')).toMatchObject({ valueText: '4', changeText: '+2' });
  });

  test('every area of the park has rows in every language, with unique keys, no NaN, independent of row order', () => {
    for (const lang of LANGS) {
      for (const area of AREA_IDS) {
        const options = { lang, indicators: areaPlan(area).indicators, year: 2019, unit: null };
        const table = indicatorTableRows(park.rows, options);
        expect(table.length, area).toBeGreaterThan(0);
        expect(new Set(table.map((r) => r.key)).size, area).toBe(table.length);
        for (const r of table) expect(`${r.label} ${r.numeratorText} ${r.denominatorText} ${r.valueText} ${r.changeText}`).not.toMatch(/NaN|undefined|null/);
        expect(indicatorTableRows(reversed(park.rows), options), area).toEqual(table);
      }
    }
  });
});
