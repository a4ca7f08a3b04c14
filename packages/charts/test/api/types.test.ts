import type { IndicatorRow, UnitScore } from '@fazhi/core';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expectTypeOf, it } from 'vitest';
import { kpiTiles, rankingSpec, trendSpec, yearlyComparisonSpec, type ChartLang, type KpiTile } from '../../src/index.ts';

const rows: IndicatorRow[] = [];
const scores: UnitScore[] = [];

// These lines are checked by tsc (pnpm typecheck), not run: each @ts-expect-error pins a misuse the types refuse.
function misuses(): void {
  // @ts-expect-error an indicator id must be in the catalogue
  yearlyComparisonSpec(rows, { lang: 'en', indicator: 'litigation.nonsense', years: [2019] });
  // @ts-expect-error the language is one of zh-Hant, zh-Hans, en
  yearlyComparisonSpec(rows, { lang: 'zh-CN', indicator: 'litigation.cases', years: [2019] });
  // @ts-expect-error years are numbers, not date strings
  yearlyComparisonSpec(rows, { lang: 'en', indicator: 'litigation.cases', years: ['2019-01-01'] });
  // @ts-expect-error a trend is of one unit
  trendSpec(rows, { lang: 'en', indicator: 'litigation.cases' });
  // @ts-expect-error a ranking needs its year
  rankingSpec(scores, { lang: 'en' });
  // @ts-expect-error exactOptionalPropertyTypes: leave the title out rather than pass undefined
  yearlyComparisonSpec(rows, { lang: 'en', indicator: 'litigation.cases', years: [2019], title: undefined });
}

describe('public types', () => {
  it('builders return vega-lite TopLevelSpec and kpiTiles KpiTile[] (checked by tsc)', () => {
    expectTypeOf(yearlyComparisonSpec).returns.toEqualTypeOf<TopLevelSpec>();
    expectTypeOf(kpiTiles).returns.toEqualTypeOf<KpiTile[]>();
    expectTypeOf<KpiTile['arrow']>().toEqualTypeOf<'↑' | '➚' | '→' | '↓' | null>();
    expectTypeOf<ChartLang>().toEqualTypeOf<'zh-Hant' | 'zh-Hans' | 'en'>();
    expectTypeOf(misuses).toBeFunction();
  });
});
