import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkScheme, computeIndicators, loadDataSet, scoreUnits, type UnitScore } from '@fazhi/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageRecords } from '../../../apps/dashboard/src/lib/load/page-datasets.ts';
import type { LoadResult } from '../../../apps/dashboard/src/lib/load/load-protocol.ts';
import { scoreData } from '../../../apps/dashboard/src/lib/scores/score-data.ts';
import { runCli } from './capture-io.ts';
import { useTempData } from './temp-data.ts';

const root = new URL('../../../', import.meta.url).pathname;
const dataDir = join(root, 'fixtures/sip-2019');
const YEARS = [2018, 2019];

/** The shipped schemes (yaml and json; not the JSON Schema), by file name. */
const SHIPPED = readdirSync(join(root, 'schemes')).filter((n) => /\.(ya?ml|json)$/.test(n) && n !== 'scheme.schema.json').sort();

/** The example scheme, restricted to two units named by their units.csv aliases. */
function aliasScheme(): string {
  const check = checkScheme(readFileSync(join(root, 'schemes/sip-example-2019.yaml'), 'utf8'), { fileName: 'sip-example-2019.yaml' });
  if (!check.ok) throw new Error('the example scheme has errors');
  return JSON.stringify({ ...check.scheme, id: 'sip-example-aliases', units: { include: ['劳保局', '司法局'] } }, null, 2);
}

/** The sample as the dashboard's load worker hands it to the page: page records and indicator rows. */
async function dashboardData(): Promise<LoadResult> {
  const files = readdirSync(dataDir).filter((n) => n.endsWith('.csv')).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dataDir, name))) }));
  const data = await loadDataSet(files);
  return { files: data.files, issues: data.issues, records: pageRecords(data.records), rows: computeIndicators(data.records).rows };
}

/** `fazhi score --format json` of one year, parsed. */
async function cliScores(schemeFile: string, year: number): Promise<UnitScore[]> {
  const run = await runCli(['score', '--data', dataDir, '--scheme', schemeFile, '--year', String(year), '--format', 'json']);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as UnitScore[];
}

/** The dashboard's scores of one year, through JSON as the CLI's are. */
function dashboardScores(data: LoadResult, text: string, fileName: string, year: number): UnitScore[] {
  const check = checkScheme(text, { fileName });
  expect(check.ok, fileName).toBe(true);
  return JSON.parse(JSON.stringify(scoreData(data, check).filter((s) => s.year === year))) as UnitScore[];
}

describe('fazhi score and the dashboard score the park sample identically (one path: core scoreUnits with units.csv)', () => {
  const temp = useTempData();
  let data: LoadResult;
  beforeAll(async () => {
    data = await dashboardData();
  });

  const cases = [...SHIPPED.map((name) => [name] as const), ['units named by alias (劳保局, 司法局)'] as const];
  it.each(cases)('%s: every unit × year, every field', async (name) => {
    const shipped = SHIPPED.includes(name);
    const text = shipped ? readFileSync(join(root, 'schemes', name), 'utf8') : aliasScheme();
    const fileName = shipped ? name : 'aliases.json';
    const file = shipped ? join(root, 'schemes', name) : join(temp({ [fileName]: text }), fileName);
    for (const year of YEARS) {
      const cli = await cliScores(file, year);
      const dashboard = dashboardScores(data, text, fileName, year);
      expect(cli.length, `${name} ${year}`).toBeGreaterThan(0);
      expect(dashboard, `${name} ${year}`).toEqual(cli);
    }
  });

  it('the alias scheme scores 苏州工业园区劳动和社会保障局 in both paths (司法局 has no row of its indicators), where canonical names alone scored none', async () => {
    const text = aliasScheme();
    const dir = temp({ 'aliases.json': text });
    const cli = await cliScores(join(dir, 'aliases.json'), 2019);
    const dashboard = dashboardScores(data, text, 'aliases.json', 2019);
    expect(cli.map((s) => [s.unit, s.rank, s.ranked])).toEqual([['苏州工业园区劳动和社会保障局', 1, 1]]);
    expect(dashboard.map((s) => [s.unit, s.rank, s.ranked])).toEqual([['苏州工业园区劳动和社会保障局', 1, 1]]);
    const check = checkScheme(text);
    expect(check.ok && scoreUnits(data.rows, check.scheme, check.stamp)).toEqual([]);
  });

  it('counts: sip-example (and sip-robustness, the same scheme with an uncertainty section) scores 26 units in 2018 and 28 in 2019, doing-business the park alone', async () => {
    const counts = Object.fromEntries(SHIPPED.map((name) => [name, YEARS.map((y) => dashboardScores(data, readFileSync(join(root, 'schemes', name), 'utf8'), name, y).length)]));
    expect(counts).toEqual({ 'doing-business-2020.json': [1, 1], 'sip-example-2019.yaml': [26, 28], 'sip-robustness-2019.yaml': [26, 28] });
  });
});
