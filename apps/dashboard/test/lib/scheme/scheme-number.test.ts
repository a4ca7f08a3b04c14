import { checkScheme } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { readSchemeNumber, writeSchemeNumber } from '../../../src/lib/scheme/scheme-number.ts';
import { repoScheme } from './scheme-fixtures.ts';

describe('readSchemeNumber', () => {
  it('reads a number at a path and gives null for absent, null or non-number values', () => {
    const node = { points: 5, rule: { type: 'target', target: 0.8 }, weight: null, name: '五' };
    expect(readSchemeNumber(node, ['points'])).toBe(5);
    expect(readSchemeNumber(node, ['rule', 'target'])).toBe(0.8);
    expect(readSchemeNumber(node, ['rule', 'floor'])).toBeNull();
    expect(readSchemeNumber(node, ['weight'])).toBeNull();
    expect(readSchemeNumber(node, ['name'])).toBeNull();
    expect(readSchemeNumber(node, ['missing', 'deep'])).toBeNull();
  });
});

describe('writeSchemeNumber', () => {
  it('writes a number in place', () => {
    const node = { points: 5, rule: { type: 'deduct', per: 2 } };
    writeSchemeNumber(node, ['rule', 'per'], 1.5, true);
    writeSchemeNumber(node, ['points'], 0, true);
    expect(node).toEqual({ points: 0, rule: { type: 'deduct', per: 1.5 } });
  });

  it('removes an emptied optional field, so its default applies again', () => {
    const node = { rule: { type: 'deduct', per: 2, cap: 4 } };
    writeSchemeNumber(node, ['rule', 'cap'], null, false);
    expect(node.rule).toEqual({ type: 'deduct', per: 2 });
    expect('cap' in node.rule).toBe(false);
  });

  it('stores null in an emptied (or NaN) required field, which the scheme check reports at that field', () => {
    const { scheme } = repoScheme('sip-example-2019.yaml');
    const lost = scheme.dimensions[1]!.items[0]!;
    writeSchemeNumber(lost, ['points'], Number.NaN, true);
    expect(lost.points).toBeNull();
    const check = checkScheme(scheme);
    expect(check.ok).toBe(false);
    expect(check.ok ? [] : check.errors.map((e) => e.path)).toContain('dimensions[1].items[0].points');
  });
});
