import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import { gdpByYear } from '../../src/indicators/safety.ts';
import { findRow, ndv } from './find-row.ts';
import { economyRecord as eco, safetyRecord as inc } from './records.ts';

describe('safety indicators', () => {
  it('safety.* give no rows for no incidents, even with GDP', () => {
    expect(computeIndicators({ safety_incidents: [], economy: [eco()] }).rows).toEqual([]);
  });

  it('safety.incidents, deaths and major_incidents count by year(occurred_on); 较大 and worse are major', () => {
    const { rows } = computeIndicators({
      safety_incidents: [
        inc({ deaths: 1 }), inc({ deaths: 3, grade: '较大' }), inc({ deaths: 12, grade: '重大' }), inc({ deaths: 0, grade: '一般' }),
        inc({ occurred_on: '2018-12-31', deaths: 2 }),
      ],
    });
    expect(ndv(findRow(rows, 'safety.incidents', '*', 2019))).toEqual([4, null, 4]);
    expect(ndv(findRow(rows, 'safety.deaths', '*', 2019))).toEqual([16, null, 16]);
    expect(ndv(findRow(rows, 'safety.major_incidents', '*', 2019))).toEqual([2, null, 2]);
    expect(ndv(findRow(rows, 'safety.deaths', '*', 2018))).toEqual([2, null, 2]);
  });

  it('safety.deaths counts a year with incidents but no deaths as 0', () => {
    const { rows } = computeIndicators({ safety_incidents: [inc({ deaths: 0 })] });
    expect(ndv(findRow(rows, 'safety.deaths', '娄葑街道', 2019))).toEqual([0, null, 0]);
  });

  it('safety.incidents_yoy is (this − last) / last', () => {
    const { rows } = computeIndicators({
      safety_incidents: [
        ...Array.from({ length: 4 }, () => inc({ occurred_on: '2018-05-01', deaths: 1 })),
        ...Array.from({ length: 3 }, () => inc({ occurred_on: '2019-05-01', deaths: 2 })),
      ],
    });
    expect(ndv(findRow(rows, 'safety.incidents_yoy', '*', 2019))).toEqual([-1, 4, -0.25]);
    expect(ndv(findRow(rows, 'safety.deaths_yoy', '*', 2019))).toEqual([2, 4, 0.5]);
  });

  it('safety.*_yoy has a row with numerator = this year, denominator 0 and value null when last year had no incidents', () => {
    const { rows } = computeIndicators({ safety_incidents: [inc({ deaths: 2 })] });
    expect(ndv(findRow(rows, 'safety.incidents_yoy', '*', 2019))).toEqual([1, 0, null]);
    expect(ndv(findRow(rows, 'safety.deaths_yoy', '*', 2019))).toEqual([2, 0, null]);
  });

  it('safety.deaths_yoy is null when last year had incidents but no deaths', () => {
    const { rows } = computeIndicators({ safety_incidents: [inc({ occurred_on: '2018-01-01', deaths: 0 }), inc({ deaths: 1 })] });
    expect(ndv(findRow(rows, 'safety.deaths_yoy', '*', 2019))).toEqual([1, 0, null]);
    expect(ndv(findRow(rows, 'safety.incidents_yoy', '*', 2019))).toEqual([0, 1, 0]);
  });

  it('safety.*_yoy shows a unit that went down to no incidents as −100% when the jurisdiction has data that year', () => {
    const { rows } = computeIndicators({
      safety_incidents: [inc({ unit: '甲', occurred_on: '2018-03-01', deaths: 1 }), inc({ unit: '乙', occurred_on: '2019-03-01' })],
    });
    expect(ndv(findRow(rows, 'safety.incidents_yoy', '甲', 2019))).toEqual([-1, 1, -1]);
    expect(ndv(findRow(rows, 'safety.deaths_yoy', '甲', 2019))).toEqual([-1, 1, -1]);
    expect(findRow(rows, 'safety.incidents', '甲', 2019)).toBeUndefined();
    expect(findRow(rows, 'safety.incidents_yoy', '甲', 2020)).toBeUndefined();
    expect(findRow(rows, 'safety.incidents_yoy', '*', 2020)).toBeUndefined();
    expect(ndv(findRow(rows, 'safety.incidents_yoy', '*', 2019))).toEqual([0, 1, 0]);
  });

  it('safety.deaths_per_100m_gdp is jurisdiction-only deaths / GDP (億元) of the year, absent without GDP', () => {
    const { rows } = computeIndicators({
      safety_incidents: [inc({ deaths: 3 }), inc({ unit: null, deaths: 1 }), inc({ occurred_on: '2018-01-01', deaths: 5 })],
      economy: [eco({ year: 2019, gdp: 2000 }), eco({ year: 2018, gdp: null })],
    });
    expect(ndv(findRow(rows, 'safety.deaths_per_100m_gdp', '*', 2019))).toEqual([4, 2000, 0.002]);
    expect(findRow(rows, 'safety.deaths_per_100m_gdp', '*', 2018)).toBeUndefined();
    expect(rows.filter((r) => r.indicator === 'safety.deaths_per_100m_gdp' && r.unit !== '*')).toEqual([]);
  });

  it('safety.deaths_per_100m_gdp is null, never Infinity, when GDP is 0', () => {
    const { rows } = computeIndicators({ safety_incidents: [inc({ deaths: 1 })], economy: [eco({ gdp: 0 })] });
    expect(ndv(findRow(rows, 'safety.deaths_per_100m_gdp', '*', 2019))).toEqual([1, 0, null]);
  });

  it('gdpByYear takes the GDP of the earliest source row when a year is given twice, whatever the record order', () => {
    const a = eco({ source: { file: 'economy.csv', row: 3 }, gdp: 100 });
    const b = eco({ source: { file: 'economy.csv', row: 2 }, gdp: 200 });
    const c = eco({ source: { file: 'a.csv', row: 9 }, gdp: null });
    expect(gdpByYear([a, b, c]).get(2019)).toBe(200);
    expect(gdpByYear([c, b, a]).get(2019)).toBe(200);
  });
});
