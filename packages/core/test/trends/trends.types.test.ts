import { describe, expectTypeOf, it } from 'vitest';
import type { IndicatorRow } from '../../src/indicators/indicator-row.ts';
import { indicatorTrend } from '../../src/trends/indicator-trend.ts';
import { sdgTrendStatus, type TrendArrow, type TrendStatus } from '../../src/trends/sdg-trend-status.ts';
import type { SeriesPoint } from '../../src/trends/series-point.ts';
import { trafficLight, type TrafficLight } from '../../src/trends/traffic-light.ts';
import { yearOverYear } from '../../src/trends/year-over-year.ts';

describe('public trends API types', () => {
  it('the trend measures keep their published signatures', () => {
    expectTypeOf(yearOverYear).returns.toEqualTypeOf<{ change: number | null; percent: number | null }>();
    expectTypeOf(sdgTrendStatus).returns.toEqualTypeOf<{ status: TrendStatus | null; arrow: TrendArrow | null; observed: number | null; required: number | null }>();
    expectTypeOf(trafficLight).returns.toEqualTypeOf<TrafficLight | null>();
    expectTypeOf<TrendStatus>().toEqualTypeOf<'on_track' | 'moderately_improving' | 'stagnating' | 'worsening'>();
    expectTypeOf<TrendArrow>().toEqualTypeOf<'↑' | '➚' | '→' | '↓'>();
  });

  it('misuse is a type error: unknown indicators, statuses and a missing direction', () => {
    const rows: IndicatorRow[] = [];
    const series: SeriesPoint[] = [];
    // @ts-expect-error indicators are catalogue ids only
    void (() => indicatorTrend(rows, 'safety.dead', '*'));
    // @ts-expect-error a status needs the better direction
    void sdgTrendStatus(series, { target: 1, targetYear: 2030 });
    // @ts-expect-error directions are 'higher' or 'lower'
    void (() => trafficLight(1, { green: 1, red: 0 }, 'up'));
    // @ts-expect-error there is no 'improving' status
    const status: TrendStatus = 'improving';
    void status;
  });
});
