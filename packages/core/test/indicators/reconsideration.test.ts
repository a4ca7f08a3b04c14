import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import { findRow, ndv } from './find-row.ts';
import { reconsiderationRecord as rec } from './records.ts';

const onTime = (records: ReturnType<typeof rec>[], options = {}) =>
  ndv(findRow(computeIndicators({ reconsideration: records }, options).rows, 'reconsideration.on_time_rate', '*', 2019));

describe('reconsideration indicators', () => {
  it('reconsideration.* give no rows for no cases', () => {
    expect(computeIndicators({ reconsideration: [] }).rows).toEqual([]);
  });

  it('reconsideration.cases counts by year(received_on), pending cases included', () => {
    const { rows } = computeIndicators({ reconsideration: [rec(), rec({ decided_on: null, decision: null }), rec({ received_on: '2018-12-30', decided_on: '2019-01-20' })] });
    expect(ndv(findRow(rows, 'reconsideration.cases', '*', 2019))).toEqual([2, null, 2]);
    expect(ndv(findRow(rows, 'reconsideration.cases', '*', 2018))).toEqual([1, null, 1]);
    expect(findRow(rows, 'reconsideration.on_time_rate', '*', 2018)).toBeUndefined();
    expect(ndv(findRow(rows, 'reconsideration.on_time_rate', '*', 2019))).toEqual([2, 2, 1]);
  });

  it('reconsideration.correction_rate counts 撤销 变更 确认违法 责令履行 确认无效 over decisions on the merits', () => {
    const decisions = ['维持', '驳回', '撤销', '变更', '确认违法', '责令履行', '确认无效', '终止', '调解', '和解', null] as const;
    const { rows } = computeIndicators({ reconsideration: decisions.map((decision) => rec({ decision })) });
    expect(ndv(findRow(rows, 'reconsideration.correction_rate', '*', 2019))).toEqual([5, 7, 5 / 7]);
  });

  it('reconsideration.correction_rate is null when no decision was on the merits, and pending cases never count', () => {
    const { rows } = computeIndicators({ reconsideration: [rec({ decision: '终止' }), rec({ decision: '撤销', decided_on: null })] });
    expect(ndv(findRow(rows, 'reconsideration.correction_rate', '*', 2019))).toEqual([0, 0, null]);
  });

  it('reconsideration.on_time_rate: an ordinary case decided on day 60 is on time, on day 61 late', () => {
    expect(onTime([rec({ received_on: '2019-01-01', decided_on: '2019-03-02' })])).toEqual([1, 1, 1]);
    expect(onTime([rec({ received_on: '2019-01-01', decided_on: '2019-03-03' })])).toEqual([0, 1, 0]);
  });

  it('reconsideration.on_time_rate: an extended case has 90 days (day 90 on time, day 91 late)', () => {
    expect(onTime([rec({ extended: true, received_on: '2019-01-01', decided_on: '2019-04-01' })])).toEqual([1, 1, 1]);
    expect(onTime([rec({ extended: true, received_on: '2019-01-01', decided_on: '2019-04-02' })])).toEqual([0, 1, 0]);
  });

  it('reconsideration.on_time_rate: a simple-procedure case has 30 days, extended or not (day 30 on time, day 31 late)', () => {
    expect(onTime([rec({ procedure: 'simple', received_on: '2019-01-01', decided_on: '2019-01-31' })])).toEqual([1, 1, 1]);
    expect(onTime([rec({ procedure: 'simple', received_on: '2019-01-01', decided_on: '2019-02-01' })])).toEqual([0, 1, 0]);
    expect(onTime([rec({ procedure: 'simple', extended: true, received_on: '2019-01-01', decided_on: '2019-02-01' })])).toEqual([0, 1, 0]);
  });

  it('reconsideration.on_time_rate follows the deadline options', () => {
    const late = [rec({ received_on: '2019-01-01', decided_on: '2019-03-03' })];
    expect(onTime(late, { reconsiderationDeadlineDays: 61 })).toEqual([1, 1, 1]);
    const extended = [rec({ extended: true, received_on: '2019-01-01', decided_on: '2019-04-01' })];
    expect(onTime(extended, { reconsiderationExtensionDays: 29 })).toEqual([0, 1, 0]);
    const simple = [rec({ procedure: 'simple', received_on: '2019-01-01', decided_on: '2019-02-01' })];
    expect(onTime(simple, { reconsiderationSimpleDays: 31 })).toEqual([1, 1, 1]);
  });

  it('reconsideration.on_time_rate counts terminations and settlements among decided cases', () => {
    expect(onTime([rec({ decision: '和解' }), rec({ decision: null, received_on: '2019-01-01', decided_on: '2019-12-01' })])).toEqual([1, 2, 0.5]);
  });
});
