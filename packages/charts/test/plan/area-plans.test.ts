import { catalogueEntry, INDICATOR_IDS } from '@fazhi/core';
import { describe, expect, test } from 'vitest';
import { AREA_IDS, AREA_PLANS, areaPlan } from '../../src/plan/area-plans.ts';
import { OVERVIEW_CHARTS } from '../../src/plan/overview-charts.ts';
import { reportIndicators } from '../../src/plan/report-indicators.ts';

/** The catalogue family of an indicator id, which names its area. */
const family = (id: string) => id.slice(0, id.indexOf('.'));

describe('AREA_PLANS', () => {
  test('has one plan per area, in the order of the park report, each with indicators and at least one chart for the report', () => {
    expect(AREA_PLANS.map((p) => p.id)).toEqual([...AREA_IDS]);
    for (const plan of AREA_PLANS) {
      expect(plan.indicators.length, plan.id).toBeGreaterThan(0);
      expect(plan.charts.filter((c) => c.report !== false).length, plan.id).toBeGreaterThan(0);
    }
  });

  test("an area's table and charts show only its own family's indicators", () => {
    for (const plan of AREA_PLANS) {
      const charted = plan.charts.flatMap((c) => (c.kind === 'monthly' ? [] : [c.indicator]));
      for (const id of [...plan.indicators, ...charted]) expect(family(id), `${plan.id}: ${id}`).toBe(plan.id);
    }
  });

  test("every catalogue indicator is in some area's table", () => {
    const tabled = new Set(AREA_PLANS.flatMap((p) => p.indicators));
    expect(INDICATOR_IDS.filter((id) => !tabled.has(id))).toEqual([]);
  });

  test('the safety area has the monthly incidents and deaths charts of the report', () => {
    expect(areaPlan('safety').charts.filter((c) => c.kind === 'monthly')).toEqual([
      { kind: 'monthly', measure: 'incidents' },
      { kind: 'monthly', measure: 'deaths' },
    ]);
  });

  test('areaPlan throws a RangeError naming an id that is not an area', () => {
    expect(() => areaPlan('scores' as never)).toThrow(/scores/);
  });

  test('the overview charts the business score trend, monthly safety incidents and lost cases by unit', () => {
    expect(OVERVIEW_CHARTS.map((c) => c.kind)).toEqual(['trend', 'monthly', 'yearly']);
  });
});

describe('reportIndicators(plan)', () => {
  test("leaves out the year-on-year indicators, whose change the report already gives beside each indicator", () => {
    expect(reportIndicators(areaPlan('safety'))).toEqual(['safety.incidents', 'safety.deaths', 'safety.major_incidents', 'safety.deaths_per_100m_gdp']);
    for (const plan of AREA_PLANS) {
      const told = reportIndicators(plan);
      expect(told.every((id) => catalogueEntry(id).kind !== 'change'), plan.id).toBe(true);
      expect(plan.indicators.filter((id) => !told.includes(id)).every((id) => catalogueEntry(id).kind === 'change'), plan.id).toBe(true);
    }
  });
});
