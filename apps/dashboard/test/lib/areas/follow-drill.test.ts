import { describe, expect, it } from 'vitest';
import { followDrill } from '../../../src/lib/areas/follow-drill.ts';

function fakeState(years: number[]) {
  const calls: [string, string | null][] = [];
  return {
    calls,
    year: null as number | null,
    years,
    show(view: string, department: string | null = null) {
      calls.push([view, department]);
    },
  };
}

describe('followDrill', () => {
  it('opens the department page of a clicked unit bar', () => {
    const state = fakeState([2018, 2019]);
    followDrill(state as never, 'unit', { unit: '苏州工业园区司法局' });
    expect(state.calls).toEqual([['department', '苏州工业园区司法局']]);
    expect(state.year).toBeNull();
  });

  it('sets the year filter from a clicked trend point of a year with data', () => {
    const state = fakeState([2018, 2019]);
    followDrill(state as never, 'year', { year: 2018 });
    expect(state.year).toBe(2018);
    expect(state.calls).toEqual([]);
  });

  it('does nothing for a mark without a unit or year', () => {
    const state = fakeState([2018, 2019]);
    followDrill(state as never, 'unit', { label: '合计' });
    expect(state.calls).toEqual([]);
    expect(state.year).toBeNull();
  });
});
