import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderScoreGolden, scoreGoldenCases } from '../../../../scripts/golden.ts';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import { loadDataSet } from '../../src/load/load-data-set.ts';
import { checkScheme } from '../../src/scoring/check-scheme.ts';
import { scoreUnits } from '../../src/scoring/score-units.ts';
import type { UnitScore } from '../../src/scoring/unit-score.ts';

const root = new URL('../../../../', import.meta.url).pathname;

async function score(dataDir: string, schemeFile: string): Promise<UnitScore[]> {
  const dir = join(root, dataDir);
  const files = readdirSync(dir).filter((n) => n.endsWith('.csv')).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  const data = await loadDataSet(files);
  const check = checkScheme(readFileSync(join(root, schemeFile), 'utf8'), { fileName: schemeFile });
  if (!check.ok) throw new Error(check.errors.map((e) => e.message.en).join('; '));
  return scoreUnits(computeIndicators(data.records).rows, check.scheme, check.stamp);
}

describe('golden score files', () => {
  for (const c of scoreGoldenCases) {
    it(`${c.golden.split('/').pop()} equals a fresh scoring of ${c.data.split('/').pop()} with ${c.scheme.split('/').pop()} (regenerate with pnpm golden)`, async () => {
      expect(await renderScoreGolden(c)).toBe(readFileSync(c.golden, 'utf8'));
    });
  }
});

describe('the example scheme agrees with the park report', () => {
  const golden: UnitScore[] = JSON.parse(readFileSync(join(root, 'fixtures/golden/sip-2019-scores.json'), 'utf8'));
  const find = (unit: string, year: number) => golden.find((r) => r.unit === unit && r.year === year)!;
  const item = (unit: string, year: number, id: string) => find(unit, year).items.find((i) => i.item === id)!;

  it('is stamped with the example scheme, marked as an example', () => {
    expect(golden.every((r) => r.scheme.id === 'sip-example-2019' && r.scheme.version === '2019.1' && r.scheme.hash.startsWith('sha256:'))).toBe(true);
    expect(readFileSync(join(root, 'schemes/sip-example-2019.yaml'), 'utf8')).toMatch(/^example: true$/m);
  });

  it('gives the park full points for the 100% filing, timeliness and compliance rates of 2019 (and not for 95% in 2018)', () => {
    for (const id of ['filing-rate', 'timely-filing-rate', 'compliance-rate']) {
      expect(item('*', 2019, id)).toMatchObject({ value: 1, earned: 5, possible: 5, status: 'met' });
    }
    expect(item('*', 2018, 'timely-filing-rate')).toMatchObject({ value: 0.95, earned: 4.75, status: 'near' });
  });

  it('deducts nothing from the committee itself for lost cases in 2019 (1 lost in 2018: −2)', () => {
    expect(item('苏州工业园区管理委员会', 2019, 'lost-cases')).toMatchObject({ value: 0, earned: 10 });
    expect(item('苏州工业园区管理委员会', 2018, 'lost-cases')).toMatchObject({ value: 1, earned: 8 });
    expect(item('苏州工业园区管理委员会', 2019, 'lost-cases').change).toEqual({ value: -1, earned: 2 });
  });

  it('deducts points from the departments that lose cases and flags them as outliers (少數部門敗訴案件數量偏多)', () => {
    const labour = item('苏州工业园区劳动和社会保障局', 2019, 'lost-cases');
    const planning = item('苏州工业园区规划建设委员会', 2019, 'lost-cases');
    expect(labour).toMatchObject({ value: 4, earned: 2 });
    expect(labour.explanation['zh-Hant']).toBe('敗訴案件 4 件 × 扣 2 分 = −8 分，本項得 2 / 10 分');
    expect(planning).toMatchObject({ value: 3, earned: 4 });
    expect(labour.flags.map((f) => f.code)).toEqual(['outlier']);
    expect(planning.flags.map((f) => f.code)).toEqual(['outlier']);
    const others = golden.filter((r) => r.year === 2019 && r.unit !== '*' && !['苏州工业园区劳动和社会保障局', '苏州工业园区规划建设委员会'].includes(r.unit));
    expect(others.every((r) => r.items.find((i) => i.item === 'lost-cases')!.flags.length === 0)).toBe(true);
  });

  it('flags the park head-appearance rate, short of the 80% requirement in both years', () => {
    for (const [year, value] of [[2019, 0.5], [2018, 0.3]] as const) {
      const head = item('*', year, 'head-appearance');
      expect(head.value).toBe(value);
      expect(head.flags).toEqual([expect.objectContaining({ code: 'below_requirement', value, reference: 0.8 })]);
    }
  });

  it('applies the major-incident veto in 2018 only (one incident graded 较大) and scores the park but never ranks it', () => {
    expect(find('*', 2018).flags.some((f) => f.code === 'veto' && f.item === 'major-incident')).toBe(true);
    expect(golden.filter((r) => r.year === 2019).some((r) => r.flags.some((f) => f.code === 'veto'))).toBe(false);
    expect(find('*', 2019).rank).toBeNull();
    expect(find('*', 2019).total).not.toBeNull();
  });

  it('gives every 2019 result the change from 2018 where the unit was scored in 2018', () => {
    const units2018 = new Set(golden.filter((r) => r.year === 2018).map((r) => r.unit));
    for (const r of golden.filter((x) => x.year === 2019)) expect(r.change === null).toBe(!units2018.has(r.unit));
  });
});

describe('the Doing Business 2020 scheme', () => {
  it('reproduces the published Singapore starting-a-business topic score 98.22968 from unrounded inputs (load → indicators → score)', async () => {
    const results = await score('fixtures/doing-business', 'schemes/doing-business-2020.json');
    const singapore = results.find((r) => r.unit === '新加坡');
    expect(singapore?.year).toBe(2019);
    const items = singapore!.items.filter((i) => i.dimension === 'starting-a-business').map((i) => i.earned!);
    expect(items[0]).toBeCloseTo(94.11765, 5);
    expect(items[1]).toBeCloseTo(98.99497, 5);
    expect(items[2]).toBeCloseTo(99.80609, 5);
    expect(items[3]).toBe(100);
    expect(Math.abs(singapore!.dimensions[0]!.earned! - 98.22968)).toBeLessThan(1e-5);
    // One topic of six: not enough coverage for a total, which the result says.
    expect(singapore!.total).toBeNull();
    expect(singapore!.notComputable?.en).toMatch(/^only 16\.67% of the scheme has data/);
  });

  it('reproduces New Zealand DB2017 (99.96) and Afghanistan DB2018 (starting a business 84.28, construction permits 22.54) to the published 2 decimals', async () => {
    const results = await score('fixtures/doing-business', 'schemes/doing-business-2020.json');
    const nz = results.find((r) => r.unit === '新西兰')!;
    const af = results.find((r) => r.unit === '阿富汗')!;
    expect([nz.year, af.year]).toEqual([2016, 2017]);
    expect(Math.abs(nz.dimensions[0]!.earned! - 99.96)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(af.dimensions[0]!.earned! - 84.28)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(af.dimensions[1]!.earned! - 22.54)).toBeLessThanOrEqual(0.005);
    // A cost of 89.8% of the warehouse value lies beyond the worst goalpost (20%): clamped to 0, not negative.
    expect(af.items.find((i) => i.item === 'dealing-with-construction-permits.cost')!.earned).toBe(0);
  });

  it('scores the park total as the equal-weight mean of its six topics, the business.score indicator (84.9195 in 2019)', async () => {
    const park = (await score('fixtures/sip-2019', 'schemes/doing-business-2020.json')).filter((r) => r.unit === '*');
    expect(park.map((r) => r.year)).toEqual([2018, 2019]);
    expect(park[1]!.total).toBeCloseTo(84.9195, 4);
    expect(park[0]!.total).toBeCloseTo(78.6682, 4);
    expect(park[1]!.coverage).toBe(1);
  });
});
