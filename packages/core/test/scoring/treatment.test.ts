import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../src/indicators/indicator-row.ts';
import { imputeMissing } from '../../src/scoring/treatment/impute-missing.ts';
import { jrcOutliers } from '../../src/scoring/treatment/jrc-outliers.ts';
import { treatRows } from '../../src/scoring/treatment/treat-rows.ts';
import type { Scheme } from '../../src/scoring/scheme.ts';
import { scoreUnits } from '../../src/scoring/score-units.ts';
import type { UnitScore } from '../../src/scoring/unit-score.ts';
import { treatmentReasonText, treatmentSummary } from '../../src/scoring/treatment/treatment-summary.ts';

const row = (unit: string, indicator: string, value: number | null, year = 2019): IndicatorRow =>
  ({ indicator, unit, year, numerator: value ?? 0, denominator: null, value });

const scheme: Scheme = {
  format: 'fazhi-scheme/1', id: 't', version: '1', name: 't', total: 20,
  dimensions: [{ id: 'd', name: 'd', points: 20, items: [
    { id: 'appear', name: '出庭', indicator: 'litigation.head_appearance_rate', points: 10, rule: { type: 'target', target: 1 } },
    { id: 'lost', name: '敗訴', indicator: 'litigation.lost_cases', points: 10, rule: { type: 'deduct', per: 2 } },
  ] }],
};

describe('imputeMissing', () => {
  it('fills gaps by each method and leaves values it has no source for', () => {
    expect(imputeMissing([1, null, 3, 8], 'none')).toEqual([1, null, 3, 8]);
    expect(imputeMissing([1, null, 3, 8], 'mean')).toEqual([1, 4, 3, 8]);
    expect(imputeMissing([1, null, 3, 8], 'median')).toEqual([1, 3, 3, 8]);
    expect(imputeMissing([1, null, 3, null], 'kind-mean', { kinds: ['a', 'b', 'b', 'c'] })).toEqual([1, 3, 3, 2]);
    expect(imputeMissing([1, null, null], 'last-year', { lastYear: [0, 5, null] })).toEqual([1, 5, null]);
    expect(imputeMissing([1, null], 'zero', { count: true })).toEqual([1, 0]);
    expect(imputeMissing([1, null], 'zero')).toEqual([1, null]);
    expect(imputeMissing([null, null], 'mean')).toEqual([null, null]);
  });
});

describe('jrcOutliers', () => {
  it('winsorises the most extreme value on the skewed side to the next one while |skewness| > 2 and kurtosis > 3.5', () => {
    const t = jrcOutliers([1, 2, 1, 2, 1, 2, 1, 2, 1, 40]);
    expect(t.winsorised).toEqual([9]);
    expect(t.values).toEqual([1, 2, 1, 2, 1, 2, 1, 2, 1, 2]);
    expect(t.logged).toBe(false);
    expect(t.before.skewness).toBeGreaterThan(2);
  });
  it('log-transforms when the allowed winsorisations are not enough, and only reports it when a log is not allowed', () => {
    const skewed = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 50, 60];
    const logged = jrcOutliers(skewed, { maxWinsorised: 1 });
    expect(logged.winsorised).toEqual([13]);
    expect(logged.logged).toBe(true);
    expect(logged.values[0]).toBe(0);
    expect(logged.values[12]).toBeCloseTo(Math.log(51), 12);
    const kept = jrcOutliers(skewed, { maxWinsorised: 1, allowLog: false });
    expect(kept.logged).toBe(false);
    expect(kept.stillSkewed).toBe(true);
  });
  it('leaves a column within the thresholds, and its nulls, alone', () => {
    expect(jrcOutliers([1, null, 2, 3, 4])).toMatchObject({ values: [1, null, 2, 3, 4], winsorised: [], logged: false, stillSkewed: false });
  });
});

describe('treatRows', () => {
  const rows = [
    row('A', 'litigation.head_appearance_rate', 0.5), row('B', 'litigation.head_appearance_rate', 1),
    row('C', 'litigation.head_appearance_rate', null), row('D', 'litigation.lost_cases', 2),
    row('C', 'litigation.head_appearance_rate', 0.25, 2018),
  ];
  const units = ['A', 'B', 'C', 'D'];

  it('fills a rate the items would exclude and lists every change; a missing count is 0 events, not a gap', () => {
    const treated = treatRows(rows, scheme, { year: 2019, units, imputation: 'mean' });
    expect(treated.changes).toEqual([
      { unit: 'C', indicator: 'litigation.head_appearance_rate', items: ['appear'], from: null, to: 0.75, reason: 'imputed', imputation: 'mean' },
      { unit: 'D', indicator: 'litigation.head_appearance_rate', items: ['appear'], from: null, to: 0.75, reason: 'imputed', imputation: 'mean' },
    ]);
    expect(treated.rows.find((r) => r.unit === 'C' && r.year === 2019)?.value).toBe(0.75);
    expect(treated.rows.find((r) => r.unit === 'D' && r.indicator === 'litigation.head_appearance_rate')).toMatchObject({ value: 0.75, denominator: null });
    expect(rows[2]!.value).toBeNull();
  });
  it('reads last year\'s value of the same unit for last-year, and changes nothing for none', () => {
    expect(treatRows(rows, scheme, { year: 2019, units, imputation: 'last-year' }).changes.map((c) => [c.unit, c.to])).toEqual([['C', 0.25]]);
    const none = treatRows(rows, scheme, { year: 2019, units });
    expect(none.changes).toEqual([]);
    expect(none.rows).toEqual(rows);
  });
  it('does not log-transform the counts a deduction reads, and says they stay skewed', () => {
    const many = [...'ABCDEFGHIJKL'].map((u, i) => row(u, 'litigation.lost_cases', i === 11 ? 30 : i % 2));
    const treated = treatRows(many, scheme, { year: 2019, units: [...'ABCDEFGHIJKL'], outliers: { maxWinsorised: 0 } });
    expect(treated.changes).toEqual([]);
    expect(treated.notes).toMatchObject([{ indicator: 'litigation.lost_cases', items: ['lost'], logAllowed: false }]);
  });
});

describe('scoreUnits applies the scheme\'s treatment', () => {
  const stamp = { id: 't', version: '1', hash: 'sha256:0' };
  const rows = [
    row('A', 'litigation.head_appearance_rate', 0.5), row('B', 'litigation.head_appearance_rate', 1),
    row('C', 'litigation.head_appearance_rate', null), row('C', 'litigation.lost_cases', 1),
    row('C', 'litigation.head_appearance_rate', 0.25, 2018), row('A', 'litigation.head_appearance_rate', 0.5, 2018),
  ];
  const item = (scores: UnitScore[], unit: string, year = 2019) => scores.find((s) => s.unit === unit && s.year === year)!.items[0]!;

  it('scores the imputed value, records what was done and says it in the explanation', () => {
    const untreated = scoreUnits(rows, scheme, stamp, { years: [2019] });
    expect(item(untreated, 'C')).toMatchObject({ value: null, missing: true, treatment: null, earned: null });
    const treated = scoreUnits(rows, { ...scheme, treatment: { imputation: 'median' } }, stamp, { years: [2019] });
    expect(item(treated, 'C')).toMatchObject({ value: 0.75, missing: false, treatment: { reason: 'imputed', imputation: 'median', from: null }, earned: 7.5 });
    expect(item(treated, 'C').explanation['zh-Hant']).toMatch(/^無數據，按各單位中位數插補為 75(\.0)?%：/);
    expect(item(treated, 'C').explanation.en).toMatch(/^no data, imputed as 75(\.0)?% \(the units’ median\): /);
    expect(item(treated, 'A').treatment).toBeNull();
    // The previous year, scored for the change, is treated on its own: C's 2018 value was there.
    expect(treatRows(rows, scheme, { year: 2018, units: ['A', 'C'], imputation: 'median' }).changes).toEqual([]);
    expect(item(treated, 'C').change).toMatchObject({ value: 0.5 });
  });

  it('winsorises by the JRC rule and lists the value before; vetoes still read the rows as they are', () => {
    const units = [...'ABCDEFGHIJ'];
    const skewed = units.map((u, i) => row(u, 'litigation.head_appearance_rate', i === 9 ? 0.05 : 0.9 + (i % 2) * 0.05));
    const withOutliers: Scheme = { ...scheme, treatment: { outliers: {} } };
    const scores = scoreUnits(skewed, withOutliers, stamp, { years: [2019] });
    expect(item(scores, 'J').treatment).toEqual({ reason: 'winsorised', imputation: null, from: 0.05 });
    expect(item(scores, 'J').value).toBe(0.9);
    expect(item(scores, 'J').explanation['zh-Hans']).toMatch(/^原值 5(\.0)?% 经缩尾处理（JRC 离群值规则）为 90(\.0)?%：/);
    expect(scores.filter((s) => item([s], s.unit).treatment !== null).map((s) => s.unit)).toEqual(['J']);
  });
});

describe('treatmentSummary', () => {
  it('counts the changed values by what was done, in three languages, and is null when nothing changed', () => {
    const item = (reason: 'imputed' | 'winsorised' | 'log' | null) => ({ treatment: reason === null ? null : { reason, imputation: null, from: 1 } });
    const results = [{ items: [item('imputed'), item(null), item('winsorised')] }, { items: [item('imputed')] }] as unknown as UnitScore[];
    expect(treatmentSummary(results)).toEqual({
      'zh-Hant': '方案的數據處理（treatment）在計分前插補 2 個值、縮尾處理 1 個值，各項說明註明處理及原值。',
      'zh-Hans': '方案的数据处理（treatment）在计分前插补 2 个值、缩尾处理 1 个值，各项说明注明处理及原值。',
      en: 'The scheme\'s data treatment imputed 2 value(s), winsorised 1 value(s) before scoring; each item\'s sentence says what was done and the value before.',
    });
    expect(treatmentSummary([{ items: [item(null)] }] as unknown as UnitScore[])).toBeNull();
    expect(treatmentReasonText('log').en).toBe('log-transformed');
  });
});
