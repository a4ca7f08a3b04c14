import { INDICATOR_IDS } from '@fazhi/core';
import { describe, expect, test } from 'vitest';
import { AREA_PLANS, OVERVIEW_CHARTS } from '../../../src/lib/areas/area-plan.ts';
import { areaOfIndicator } from '../../../src/lib/areas/area-of-indicator.ts';
import { AREA_IDS } from '../../../src/lib/state/view-id.ts';

describe('AREA_PLANS', () => {
  test('every area view has a plan with indicators and at least one chart', () => {
    for (const area of AREA_IDS) {
      expect(AREA_PLANS[area].indicators.length, area).toBeGreaterThan(0);
      expect(AREA_PLANS[area].charts.length, area).toBeGreaterThan(0);
    }
  });

  test("an area's table and charts show only its own family's indicators", () => {
    for (const area of AREA_IDS) {
      const plan = AREA_PLANS[area];
      const charted = plan.charts.flatMap((c) => (c.kind === 'monthly' ? [] : [c.indicator]));
      for (const id of [...plan.indicators, ...charted]) expect(areaOfIndicator(id), `${area}: ${id}`).toBe(area);
    }
  });

  test("every catalogue indicator is in some area's table", () => {
    const tabled = new Set(AREA_IDS.flatMap((a) => AREA_PLANS[a].indicators));
    expect(INDICATOR_IDS.filter((id) => !tabled.has(id))).toEqual([]);
  });

  test('the safety area has the monthly incidents and deaths charts of the report', () => {
    expect(AREA_PLANS.safety.charts.filter((c) => c.kind === 'monthly')).toEqual([
      { kind: 'monthly', measure: 'incidents' },
      { kind: 'monthly', measure: 'deaths' },
    ]);
  });

  test('the overview charts the business score trend, monthly safety incidents and lost cases by unit', () => {
    expect(OVERVIEW_CHARTS.map((c) => c.kind)).toEqual(['trend', 'monthly', 'yearly']);
  });
});
