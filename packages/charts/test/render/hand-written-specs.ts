import type { TopLevelSpec } from 'vega-lite';
import { chartConfig } from '../../src/theme/chart-config.ts';

/** Test fixture: a grouped bar chart with long unit names, written by hand (not by a spec builder); `labelLimit` caps the unit labels' width. */
export function unitBarsSpec(o: { labelLimit?: number } = {}): TopLevelSpec {
  return {
    title: '行政机关负责人出庭应诉率',
    width: 300,
    data: {
      values: [
        { unit: '苏州工业园区管理委员会', year: 2018, rate: 0.5 },
        { unit: '苏州工业园区管理委员会', year: 2019, rate: 0.8 },
        { unit: '劳动和社会保障局', year: 2018, rate: 0.3 },
        { unit: '劳动和社会保障局', year: 2019, rate: 1 },
        { unit: '蘇州工業園區司法局', year: 2018, rate: 0.25 },
        { unit: '蘇州工業園區司法局', year: 2019, rate: 0.75 },
      ],
    },
    mark: { type: 'bar', clip: true },
    encoding: {
      y: { field: 'unit', type: 'nominal', title: '单位', sort: null, ...(o.labelLimit === undefined ? {} : { axis: { labelLimit: o.labelLimit } }) },
      yOffset: { field: 'year', type: 'ordinal' },
      x: { field: 'rate', type: 'quantitative', axis: { format: '.0%' }, title: '出庭应诉率（%）' },
      color: { field: 'year', type: 'ordinal', title: '年度' },
    },
    config: chartConfig('zh-Hans'),
  };
}
