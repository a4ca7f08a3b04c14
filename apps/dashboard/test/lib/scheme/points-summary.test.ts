import { describe, expect, it } from 'vitest';
import { pointsSummary } from '../../../src/lib/scheme/points-summary.ts';
import { repoScheme } from './scheme-fixtures.ts';

describe('pointsSummary', () => {
  it('adds up the example scheme: every dimension matches its items and the dimensions make the total of 100', () => {
    const summary = pointsSummary(repoScheme('sip-example-2019.yaml').scheme)!;
    expect(summary.total).toBe(100);
    expect(summary.dimensionSum).toBe(100);
    expect(summary.matches).toBe(true);
    expect(summary.dimensions[0]).toEqual({ id: 'documents', points: 15, itemSum: 15, matches: true });
  });

  it('shows a dimension whose items no longer add up to its points, and the whole as not matching', () => {
    const { scheme } = repoScheme('sip-example-2019.yaml');
    scheme.dimensions[0]!.items[0]!.points = 7;
    const summary = pointsSummary(scheme)!;
    expect(summary.dimensions[0]).toEqual({ id: 'documents', points: 15, itemSum: 17, matches: false });
    expect(summary.totalMatches).toBe(true);
    expect(summary.matches).toBe(false);
    scheme.dimensions[0]!.points = 17;
    expect(pointsSummary(scheme)).toMatchObject({ dimensionSum: 102, total: 100, totalMatches: false, matches: false });
    delete scheme.total;
    expect(pointsSummary(scheme)).toMatchObject({ dimensionSum: 102, total: null, totalMatches: true, matches: true });
  });

  it('gives null sums, never NaN, when a points field was emptied', () => {
    const { scheme } = repoScheme('sip-example-2019.yaml');
    (scheme.dimensions[0]!.items[0] as { points: unknown }).points = null;
    (scheme.dimensions[1] as { points: unknown }).points = null;
    const summary = pointsSummary(scheme)!;
    expect(summary.dimensions[0]!.itemSum).toBeNull();
    expect(summary.dimensions[1]!.points).toBeNull();
    expect(summary.dimensionSum).toBeNull();
    expect(summary.totalMatches).toBe(false);
    expect(summary.matches).toBe(false);
  });

  it('gives null for an index-method scheme, whose weights need not add up', () => {
    expect(pointsSummary(repoScheme('doing-business-2020.json').scheme)).toBeNull();
  });
});
