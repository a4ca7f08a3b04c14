import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import { findRow, ndv } from './find-row.ts';
import { litigationRecord as lit } from './records.ts';

describe('litigation indicators', () => {
  it('litigation.* give no rows for no cases', () => {
    expect(computeIndicators({ litigation: [] }).rows).toEqual([]);
  });

  it('litigation.cases counts by year(filed_on) and leaves out cases without filed_on', () => {
    const { rows } = computeIndicators({
      litigation: [lit({ filed_on: '2018-12-20' }), lit(), lit({ filed_on: null })],
    });
    expect(ndv(findRow(rows, 'litigation.cases', '*', 2018))).toEqual([1, null, 1]);
    expect(ndv(findRow(rows, 'litigation.cases', '*', 2019))).toEqual([1, null, 1]);
  });

  it('litigation.concluded and lost_cases count by year(concluded_on); a pending case counts in neither', () => {
    const { rows } = computeIndicators({
      litigation: [
        lit({ filed_on: '2018-11-01', heard_on: null, hearing_held: false, concluded_on: '2019-01-10', lost: true, outcome: '撤销' }),
        lit({ concluded_on: null, outcome: null, lost: false }),
        lit({ concluded_on: '2020-01-05' }),
      ],
    });
    expect(findRow(rows, 'litigation.concluded', '*', 2018)).toBeUndefined();
    expect(ndv(findRow(rows, 'litigation.concluded', '*', 2019))).toEqual([1, null, 1]);
    expect(ndv(findRow(rows, 'litigation.lost_cases', '*', 2019))).toEqual([1, null, 1]);
    expect(ndv(findRow(rows, 'litigation.concluded', '*', 2020))).toEqual([1, null, 1]);
    expect(ndv(findRow(rows, 'litigation.lost_cases', '*', 2020))).toEqual([0, null, 0]);
    expect(ndv(findRow(rows, 'litigation.cases', '*', 2019))).toEqual([2, null, 2]);
  });

  it('litigation.loss_rate keeps withdrawals in the denominator by default', () => {
    const litigation = [lit({ lost: true, outcome: '撤销' }), lit({ withdrawn: true, outcome: '准予撤诉' }), lit(), lit({ concluded_on: null })];
    const { rows, options } = computeIndicators({ litigation });
    expect(options.lossRateIncludesWithdrawals).toBe(true);
    expect(ndv(findRow(rows, 'litigation.loss_rate', '*', 2019))).toEqual([1, 3, 1 / 3]);
  });

  it('litigation.loss_rate leaves withdrawals out when lossRateIncludesWithdrawals is false', () => {
    const litigation = [lit({ lost: true, outcome: '撤销' }), lit({ withdrawn: true, outcome: '准予撤诉' }), lit(), lit({ concluded_on: null })];
    const { rows } = computeIndicators({ litigation }, { lossRateIncludesWithdrawals: false });
    expect(ndv(findRow(rows, 'litigation.loss_rate', '*', 2019))).toEqual([1, 2, 0.5]);
    expect(ndv(findRow(rows, 'litigation.concluded', '*', 2019))).toEqual([3, null, 3]);
  });

  it('litigation.loss_rate keeps a withdrawal flagged lost on both sides when withdrawals are excluded', () => {
    const { rows } = computeIndicators({ litigation: [lit({ withdrawn: true, lost: true })] }, { lossRateIncludesWithdrawals: false });
    expect(ndv(findRow(rows, 'litigation.loss_rate', '*', 2019))).toEqual([1, 1, 1]);
  });

  it('litigation.loss_rate is null, never NaN, when every concluded case was withdrawn and withdrawals are excluded', () => {
    const { rows } = computeIndicators({ litigation: [lit({ withdrawn: true, outcome: '准予撤诉' })] }, { lossRateIncludesWithdrawals: false });
    expect(ndv(findRow(rows, 'litigation.loss_rate', '公安局', 2019))).toEqual([0, 0, null]);
  });

  it('litigation.head_appearance_rate counts hearings where the head appeared over cases with a hearing', () => {
    const { rows } = computeIndicators({
      litigation: [
        lit({ head_appeared: 'yes' }), lit({ head_appeared: 'no' }), lit({ head_appeared: null }),
        lit({ hearing_held: false, heard_on: null, head_appeared: 'yes' }),
      ],
    });
    expect(ndv(findRow(rows, 'litigation.head_appearance_rate', '*', 2019))).toEqual([1, 3, 1 / 3]);
  });

  it('litigation.head_appearance_rate leaves head_appeared = na (不適用) out of both sides', () => {
    const { rows } = computeIndicators({ litigation: [lit({ head_appeared: 'yes' }), lit({ head_appeared: 'na' })] });
    expect(ndv(findRow(rows, 'litigation.head_appearance_rate', '*', 2019))).toEqual([1, 1, 1]);
    const notified = computeIndicators({ litigation: [lit({ head_appeared: 'yes' }), lit({ head_appeared: 'na' })] }, { headAppearanceBase: 'notified' });
    expect(ndv(findRow(notified.rows, 'litigation.head_appearance_rate', '*', 2019))).toEqual([1, 1, 1]);
  });

  it("litigation.head_appearance_rate with base 'notified' counts cases whose head was notified", () => {
    const litigation = [
      lit({ head_notified: 'yes', head_appeared: 'yes', hearing_held: false, heard_on: null }),
      lit({ head_notified: 'yes', head_appeared: 'no' }),
      lit({ head_notified: 'no', head_appeared: 'no' }),
      lit({ head_notified: null, head_appeared: 'yes' }),
    ];
    expect(ndv(findRow(computeIndicators({ litigation }, { headAppearanceBase: 'notified' }).rows, 'litigation.head_appearance_rate', '*', 2019)))
      .toEqual([1, 2, 0.5]);
    expect(ndv(findRow(computeIndicators({ litigation }).rows, 'litigation.head_appearance_rate', '*', 2019))).toEqual([1, 3, 1 / 3]);
  });

  it('litigation.head_appearance_rate is by year(heard_on), else year(concluded_on), else year(filed_on)', () => {
    const { rows } = computeIndicators({
      litigation: [
        lit({ filed_on: '2017-05-01', heard_on: '2018-03-01', concluded_on: '2019-01-01' }),
        lit({ filed_on: '2017-05-01', heard_on: null, hearing_held: true, concluded_on: '2019-01-01' }),
        lit({ filed_on: '2017-05-01', heard_on: null, hearing_held: true, concluded_on: null }),
        lit({ filed_on: null, heard_on: null, hearing_held: true, concluded_on: null }),
      ],
    });
    expect(ndv(findRow(rows, 'litigation.head_appearance_rate', '*', 2018))).toEqual([1, 1, 1]);
    expect(ndv(findRow(rows, 'litigation.head_appearance_rate', '*', 2019))).toEqual([1, 1, 1]);
    expect(ndv(findRow(rows, 'litigation.head_appearance_rate', '*', 2017))).toEqual([1, 1, 1]);
  });

  it('litigation.head_appearance_rate is null when cases had no hearing', () => {
    const { rows } = computeIndicators({ litigation: [lit({ hearing_held: false, heard_on: null })] });
    expect(ndv(findRow(rows, 'litigation.head_appearance_rate', '公安局', 2019))).toEqual([0, 0, null]);
  });

  it('litigation rows are per unit, and * also counts cases without a unit', () => {
    const { rows } = computeIndicators({ litigation: [lit({ unit: '公安局', lost: true }), lit({ unit: null, lost: true }), lit({ unit: '税务局' })] });
    expect(ndv(findRow(rows, 'litigation.lost_cases', '*', 2019))).toEqual([2, null, 2]);
    expect(ndv(findRow(rows, 'litigation.lost_cases', '公安局', 2019))).toEqual([1, null, 1]);
    expect(ndv(findRow(rows, 'litigation.lost_cases', '税务局', 2019))).toEqual([0, null, 0]);
    expect(ndv(findRow(rows, 'litigation.loss_rate', '*', 2019))).toEqual([2, 3, 2 / 3]);
  });

  it('litigation.loss_rate reproduces Jiangsu courts 2022: 1,376 lost of 17,701 concluded first-instance cases = 7.77%', () => {
    const litigation = Array.from({ length: 17_701 }, (_, i) =>
      lit({ filed_on: '2022-01-10', heard_on: null, concluded_on: '2022-06-30', lost: i < 1_376, unit: `法院${i % 13}` }));
    const row = findRow(computeIndicators({ litigation }).rows, 'litigation.loss_rate', '*', 2022);
    expect([row?.numerator, row?.denominator]).toEqual([1_376, 17_701]);
    expect(row?.value).toBeCloseTo(0.0777, 4);
  });
});
