import { robustnessAnalysis } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { robustnessSteps } from '../../../src/lib/robustness/robustness-steps.ts';
import { parkFixture, reversed } from '../areas/park-fixture.ts';
import { robustnessScheme } from './park-robustness.ts';

const options = { year: 2019, runs: 450, seed: 7, sobol: 16, bootstrap: 10, every: 200 } as const;

describe('robustnessSteps(rows, scheme, stamp, options)', () => {
  it("ends with core's robustnessAnalysis report for the same runs, Sobol N and seed", async () => {
    const { rows } = await parkFixture();
    const { scheme, stamp } = robustnessScheme();
    const steps = [...robustnessSteps(rows, scheme, stamp, options)];
    expect(steps.at(-1)!.final).toBe(true);
    expect(steps.at(-1)!.report).toEqual(robustnessAnalysis(rows, scheme, stamp, options));
  });

  it('hands on a snapshot every `every` runs, over the runs so far and without Sobol indices, then the final report', async () => {
    const { rows } = await parkFixture();
    const { scheme, stamp } = robustnessScheme();
    const steps = [...robustnessSteps(rows, scheme, stamp, options)];
    const total = 450 + 16 * (10 + 2);
    expect(steps.map((s) => [s.done, s.total, s.final, s.report.uncertainty?.runs])).toEqual([[200, total, false, 200], [400, total, false, 400], [450, total, false, 450], [total, total, true, 450]]);
    expect(steps.slice(0, -1).every((s) => s.report.sensitivity === null && s.report.units.every((u) => u.driver === null))).toBe(true);
    expect(steps.at(-1)!.report.sensitivity?.meanAbsoluteShift).toHaveLength(10);
  });

  it('spaces the snapshots by `every` runs, then by a quarter of the runs done, and always ends with the last run', async () => {
    const { rows } = await parkFixture();
    const { scheme, stamp } = robustnessScheme();
    const steps = [...robustnessSteps(rows, scheme, stamp, { ...options, runs: 1300, every: 100, sobol: false })];
    expect(steps.map((s) => s.done)).toEqual([100, 200, 300, 400, 500, 700, 900, 1200, 1300]);
    expect(steps.map((s) => s.final)).toEqual([...new Array<boolean>(8).fill(false), true]);
  });

  it('reports the progress of the Sobol runs too, up to the runs due', async () => {
    const { rows } = await parkFixture();
    const { scheme, stamp } = robustnessScheme();
    const seen: number[] = [];
    for (const _ of robustnessSteps(rows, scheme, stamp, { ...options, onProgress: (done) => seen.push(done) }));
    expect(seen.at(-1)).toBe(450 + 16 * 12);
    expect(seen.every((d, i) => i === 0 || d >= seen[i - 1]!)).toBe(true);
  });

  it('gives the same report whatever the order of the rows, and no NaN anywhere', async () => {
    const { rows } = await parkFixture();
    const { scheme, stamp } = robustnessScheme();
    const last = (r: typeof rows) => [...robustnessSteps(r, scheme, stamp, { ...options, sobol: false })].at(-1)!.report;
    const report = last(rows);
    expect(last(reversed(rows))).toEqual(report);
    expect(JSON.stringify(report)).not.toContain('NaN');
    // A unit without a rank (the jurisdiction) comes last, with null figures rather than made-up ones.
    const unranked = report.units.filter((u) => u.nominalRank === null);
    expect(report.units.slice(report.units.length - unranked.length)).toEqual(unranked);
    expect(unranked.every((u) => u.meanShift === null)).toBe(true);
  });

  it('yields the nominal ranks alone for a scheme without uncertain inputs', async () => {
    const { rows, scheme } = await parkFixture();
    const { stamp } = robustnessScheme();
    const steps = [...robustnessSteps(rows, scheme, stamp, options)];
    expect(steps).toHaveLength(1);
    expect(steps[0]!.report.uncertainty).toBeNull();
    expect(steps[0]!.report.units.every((u) => u.low === u.nominalRank)).toBe(true);
  });
});
