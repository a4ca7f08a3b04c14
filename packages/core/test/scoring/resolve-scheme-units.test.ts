import { describe, expect, it } from 'vitest';
import { resolveSchemeUnits } from '../../src/scoring/resolve-scheme-units.ts';
import type { Scheme } from '../../src/scoring/scheme.ts';

const base: Scheme = {
  format: 'fazhi-scheme/1', id: 't', version: '1', name: 't', total: 10,
  dimensions: [{ id: 'd', name: 'd', points: 10, items: [{ id: 'i', name: 'i', indicator: 'litigation.lost_cases', points: 10, rule: { type: 'deduct', per: 2 } }] }],
};
const records = [
  { unit: '苏州工业园区劳动和社会保障局', aliases: ['劳动和社会保障局', '劳保局'] },
  { unit: '苏州工业园区司法局', aliases: ['司法局'] },
];

describe('resolveSchemeUnits(scheme, unitRecords)', () => {
  it('gives the canonical names of aliases and Traditional spellings in include and exclude', () => {
    const scheme = { ...base, units: { include: ['劳保局', '勞保局', ' 司法局 '], exclude: ['蘇州工業園區司法局'], jurisdiction: true } };
    expect(resolveSchemeUnits(scheme, records).units).toEqual({
      include: ['苏州工业园区劳动和社会保障局', '苏州工业园区劳动和社会保障局', '苏州工业园区司法局'],
      exclude: ['苏州工业园区司法局'],
      jurisdiction: true,
    });
  });

  it('keeps a name the register does not know as written (trimmed), and every name without records', () => {
    const scheme = { ...base, units: { include: [' 新部门 ', '劳保局'] } };
    expect(resolveSchemeUnits(scheme, records).units?.include).toEqual(['新部门', '苏州工业园区劳动和社会保障局']);
    expect(resolveSchemeUnits(scheme, []).units?.include).toEqual(['新部门', '劳保局']);
  });

  it('returns a scheme without include or exclude as is, and never mutates the scheme', () => {
    expect(resolveSchemeUnits(base, records)).toBe(base);
    const jurisdiction = { ...base, units: { jurisdiction: true } };
    expect(resolveSchemeUnits(jurisdiction, records)).toBe(jurisdiction);
    const scheme = { ...base, units: { include: ['劳保局'] } };
    const copy = structuredClone(scheme);
    resolveSchemeUnits(scheme, records);
    expect(scheme).toEqual(copy);
  });
});
