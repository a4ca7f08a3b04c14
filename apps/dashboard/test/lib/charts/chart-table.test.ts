import { yearlyComparisonSpec } from '@fazhi/charts';
import { describe, expect, test } from 'vitest';
import { chartTables } from '../../../src/lib/charts/chart-table.ts';
import { parkFixture } from '../areas/park-fixture.ts';

describe('chartTables', () => {
  test('gives one table per distinct tooltip: layers on the same rows share theirs, nested data is inherited', () => {
    const spec = {
      data: { values: [{ u: '甲', t: '4' }, { u: '乙', t: null }] },
      layer: [
        { mark: 'bar', encoding: { tooltip: [{ field: 'u', title: '單位' }, { field: 't', title: '數' }] } },
        { mark: 'text', encoding: { tooltip: [{ field: 'u', title: '單位' }, { field: 't', title: '數' }] } },
        { mark: 'rule', data: { values: [{}] } },
      ],
    };
    expect(chartTables(spec)).toEqual([{ columns: ['單位', '數'], rows: [['甲', '4'], ['乙', '—']] }]);
  });

  test('reads the yearly comparison of the park as its tooltips say it: unit, year, value, change from last year', async () => {
    const { rows } = await parkFixture();
    const [bars, changes] = chartTables(yearlyComparisonSpec(rows, { lang: 'zh-Hant', indicator: 'litigation.lost_cases', years: [2018, 2019] }));
    expect(bars?.columns).toEqual(['單位', '年度', '敗訴案件數', '較上年']);
    expect(bars?.rows).toContainEqual(['蘇州工業園區勞動和社會保障局', '2019', '4', '+2']);
    expect(changes?.columns[1]).toBe('年度');
  });
});
