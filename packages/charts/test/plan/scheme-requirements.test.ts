import type { Scheme } from '@fazhi/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { schemeRequirements } from '../../src/plan/scheme-requirements.ts';
import { park as loadPark, type Park } from '../fixtures/park.ts';

let park: Park;
beforeAll(async () => {
  park = await loadPark();
});

describe('schemeRequirements', () => {
  test("the example scheme requires 80% of agency heads appearing in court, higher meeting it", () => {
    expect([...schemeRequirements(park.scheme)]).toEqual([['litigation.head_appearance_rate', { value: 0.8, direction: 'higher' }]]);
  });

  test("the direction defaults to the indicator's better one, the first item of an indicator wins, and narrowed business items are left out", () => {
    const scheme = structuredClone(park.scheme) as Scheme;
    const items = scheme.dimensions[0]!.items;
    const first = items[0]!;
    items.push(
      { ...first, id: 'loss', indicator: 'litigation.loss_rate', requirement: { value: 0.1 } },
      { ...first, id: 'loss2', indicator: 'litigation.loss_rate', requirement: { value: 0.5, direction: 'higher' } },
      { ...first, id: 'start', indicator: 'business.dimension_score', select: { dimension: '开办企业' }, requirement: { value: 90 } },
    );
    const found = schemeRequirements(scheme);
    expect(found.get('litigation.loss_rate')).toEqual({ value: 0.1, direction: 'lower' });
    expect(found.has('business.dimension_score')).toBe(false);
  });
});
