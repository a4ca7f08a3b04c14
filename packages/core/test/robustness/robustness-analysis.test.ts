import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import { robustnessAnalysis } from '../../src/robustness/robustness-analysis.ts';
import { checkScheme } from '../../src/scoring/check-scheme.ts';
import { loadFixture } from '../fixtures/load-fixture.ts';

const data = await loadFixture('sip-2019');
const rows = computeIndicators(data.records).rows;
const check = checkScheme(readFileSync(new URL('../../../../schemes/sip-robustness-2019.yaml', import.meta.url), 'utf8'), { fileName: 'sip-robustness-2019.yaml' });
if (!check.ok) throw new Error('scheme');
const options = { year: 2019, unitRecords: data.records.units, runs: 400, sobol: 32, bootstrap: 20 } as const;
const report = robustnessAnalysis(rows, check.scheme, check.stamp, options);

describe('robustnessAnalysis on the park sample', () => {
  it('finds the duplicate safety items and the constant filing items in words', () => {
    const flags = report.coherence.flags;
    const duplicates = flags.filter((f) => f.code === 'duplicate');
    expect(duplicates.map((f) => f.items)).toContainEqual(['incidents', 'deaths']);
    expect(flags.filter((f) => f.code === 'constant').map((f) => f.items[0])).toContain('filing-rate');
    expect(duplicates.find((f) => f.items[0] === 'incidents')?.message['zh-Hant']).toMatch(/^「生產安全事故」與「事故死亡人數」幾乎重複（r = 0\.99/);
    expect(report.coherence.pca?.items).not.toContain('filing-rate');
    expect(report.coherence.units).toBe(27);
  });
  it('runs the PCA on the units complete on every item, so no eigenvalue is negative and the shares add up to 1 (pairwise correlations gave −0.21 and 102.5%)', () => {
    const pca = report.coherence.pca!;
    expect(pca.units).toBeGreaterThanOrEqual(3);
    expect(pca.units).toBeLessThanOrEqual(report.coherence.units);
    expect(Math.min(...pca.eigenvalues)).toBeGreaterThan(-1e-9);
    expect(pca.eigenvalues.reduce((a, b) => a + b, 0)).toBeCloseTo(pca.items.length, 9);
    expect(pca.cumulative.at(-1)).toBeCloseTo(1, 9);
  });
  it('ranks units by nominal rank, unranked last, each with a sentence in three languages and no NaN', () => {
    const ranks = report.units.map((u) => u.nominalRank);
    const ranked = ranks.filter((r) => r !== null) as number[];
    expect(ranked).toEqual([...ranked].sort((a, b) => a - b));
    expect(ranks.slice(ranked.length).every((r) => r === null)).toBe(true);
    const first = report.units[0]!;
    expect(first.sentence['zh-Hant']).toMatch(/^第 1 名；90% 的情形在第 \d+–\d+ 名之間/);
    expect(first.sentence['zh-Hans']).toMatch(/^第 1 名；90% 的情形在第 \d+–\d+ 名之间/);
    expect(first.sentence.en).toMatch(/^rank 1; between ranks \d+ and \d+ in 90% of the runs/);
    expect(report.units.at(-1)!.sentence.en).toBe('not ranked (too little data coverage)');
    expect(JSON.stringify(report)).not.toMatch(/NaN|null,"low":NaN/);
  });
  it('names the input a rank depends on most from the Sobol indices, and lists the inputs with their nominal values', () => {
    expect(report.inputs[1]).toEqual({ type: 'weight', name: { 'zh-Hant': '行政應訴的權重', 'zh-Hans': '行政应诉的权重', en: 'the weight of Administrative litigation' }, nominal: 20 });
    expect(report.inputs[7]?.name['zh-Hant']).toBe('敗訴案件的每件扣分');
    expect(report.sensitivity?.runs).toBe(32 * 12);
    const withDriver = report.units.find((u) => u.driver !== null)!;
    expect(withDriver.sentence['zh-Hant']).toContain(`排名主要取決於${report.inputs[withDriver.driver!]!.name['zh-Hant']}`);
  });
  it('is the same for the same seed (JSON byte for byte)', () => {
    expect(JSON.stringify(robustnessAnalysis(rows, check.scheme, check.stamp, options))).toBe(JSON.stringify(report));
  });
  it('without an uncertainty section reports coherence and treatment only', () => {
    const { uncertainty: _u, ...plain } = check.scheme;
    const bare = robustnessAnalysis(rows, plain, check.stamp, options);
    expect([bare.uncertainty, bare.sensitivity, bare.inputs]).toEqual([null, null, []]);
    expect(bare.units[0]).toMatchObject({ nominalRank: 1, low: 1, high: 1, unranked: 0 });
  });
});
