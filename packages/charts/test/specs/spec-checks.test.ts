import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { compileWarnings, deepFreeze, schemaErrors } from '../support/check-spec.ts';

// The checks every chart passes must be able to fail: each is shown a spec it has to refuse.
describe('the spec checks', () => {
  it('schemaErrors refuses an unknown mark and a width that is not a number, and accepts a valid spec', () => {
    expect(schemaErrors({ data: { values: [] }, mark: 'pie' } as unknown as TopLevelSpec)).not.toEqual([]);
    expect(schemaErrors({ data: { values: [] }, mark: 'bar', width: 'wide' } as unknown as TopLevelSpec)).not.toEqual([]);
    expect(schemaErrors({ data: { values: [] }, mark: 'bar', width: 300 })).toEqual([]);
  });

  it('compileWarnings collects what vega-lite warns about', () => {
    const spec: TopLevelSpec = { data: { values: [{ a: 'x' }] }, mark: 'bar', encoding: { opacity: { field: 'a', type: 'nominal' } } };
    expect(compileWarnings(spec).join()).toMatch(/opacity/);
  });

  it('deepFreeze makes nested mutation throw', () => {
    const value = deepFreeze({ rows: [{ year: 2019 }, { year: 2018 }] });
    expect(() => { (value.rows[0] as { year: number }).year = 2018; }).toThrow(TypeError);
    expect(() => { value.rows.sort((a, b) => a.year - b.year); }).toThrow(TypeError);
  });
});
