import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './capture-io.ts';
import { useTempData } from './temp-data.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const temp = useTempData();

/** `fazhi ARGS` from the repository's root, in-process (bin.test.ts runs bin.ts as a real process). */
function fazhi(args: string[], env: Record<string, string> = {}) {
  return runCli(args, { cwd: root, env: { PATH: process.env.PATH ?? '', LANG: 'C', ...env } });
}

const PARK = ['score', '--data', 'fixtures/sip-2019', '--scheme', 'schemes/sip-example-2019.yaml'];

describe('fazhi score', () => {
  it('prints every unit of the latest year with rank, total, change from last year, coverage and flags, and each item explained', async () => {
    const run = await fazhi([...PARK, '--year', '2019', '--explain', '--lang', 'zh-Hant']);
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out).toContain('sip-example-2019 2019.1 · sha256:');
    expect(out).toContain('2019 年度，與 2018 年比較 · 示例方案，非官方');
    expect(out).toMatch(/^排名\s+單位\s+總分\s+較上年\s+名次變化\s+數據覆蓋\s+標記$/m);
    expect(out).toMatch(/^\s+14 {2}苏州工业园区劳动和社会保障局\s+66\.73 \/ 100\s+↓ 10\.17\s+↓ 4\s+90%\s+異常值×2、未達要求$/m);
    expect(out).toMatch(/^\s+— {2}\* 全區\s+62\.15 \/ 100\s+↑ 8\.38\s+—\s+100%\s+未達要求$/m);
    expect(out).toMatch(/^\s+— {2}东沙湖社工委\s+不予計算/m);
    expect(out).toContain('  · 敗訴案件 4 件 × 扣 2 分 = −8 分，本項得 2 / 10 分');
    expect(out).toContain('  ⚑ 負責人出庭應訴率 50% 未達「上級考核要求」要求的 80%');
    expect(out).toContain('  = 規範性文件備案 15 / 15、行政應訴 4 / 20、');
    expect(run.stderr).toContain('0 個錯誤');
  });

  it('scores the values after the scheme\'s data treatment and says so: a line under the table, each item\'s sentence, the CSV\'s columns', async () => {
    const text = `${readFileSync(`${root}schemes/sip-example-2019.yaml`, 'utf8')}\ntreatment:\n  imputation: median\n`;
    const dir = temp({ 'treated.yaml': text });
    const plain = await fazhi([...PARK, '--year', '2019', '--lang', 'zh-Hant']);
    expect(plain.stdout).not.toContain('數據處理');
    const run = await fazhi(['score', '--data', 'fixtures/sip-2019', '--scheme', `${dir}/treated.yaml`, '--year', '2019', '--explain', '--lang', 'zh-Hant']);
    expect(run.status).toBe(0);
    const imputed = /方案的數據處理（treatment）在計分前插補 (\d+) 個值，各項說明註明處理及原值。（--explain 逐項說明/.exec(run.stdout);
    expect(imputed).not.toBeNull();
    const sentences = run.stdout.split('\n').filter((l) => l.startsWith('  · 無數據，按各單位中位數插補為 '));
    expect(sentences.length).toBe(Number(imputed![1]));
    const csv = await fazhi(['score', '--data', 'fixtures/sip-2019', '--scheme', `${dir}/treated.yaml`, '--year', '2019', '--format', 'csv']);
    const header = csv.stdout.split('\r\n')[0]!.replace('\uFEFF', '').split(',');
    const rows = csv.stdout.split('\r\n').slice(1).filter((l) => l !== '').map((l) => l.split(','));
    expect(rows.filter((r) => r[header.indexOf('treatment')] === 'imputed').length).toBe(sentences.length);
    expect(rows.every((r) => r[header.indexOf('value_before')] === '')).toBe(true);
  });

  it('defaults to the latest year, a table, and English under LANG=C', async () => {
    const run = await fazhi(PARK);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('year 2019, compared with 2018 · an example, not an official scheme');
    expect(run.stdout).toMatch(/^rank\s+unit\s+total/m);
    expect(run.stdout).not.toContain('  · ');
  });

  it('prints the UnitScore array as JSON, the golden file’s 2019 results exactly', async () => {
    const run = await fazhi([...PARK, '--format', 'json']);
    expect(run.status).toBe(0);
    const golden = JSON.parse(readFileSync(`${root}fixtures/golden/sip-2019-scores.json`, 'utf8')) as { year: number }[];
    expect(JSON.parse(run.stdout)).toEqual(golden.filter((r) => r.year === 2019));
  });

  it('keeps only the --unit asked for (an alias is enough), ranked among all units', async () => {
    const run = await fazhi([...PARK, '--format', 'json', '--unit', '劳保局', '--unit', '*']);
    expect(run.status).toBe(0);
    const results = JSON.parse(run.stdout) as { unit: string; rank: number | null; ranked: number }[];
    expect(results.map((r) => [r.unit, r.rank, r.ranked])).toEqual([['苏州工业园区劳动和社会保障局', 14, 15], ['*', null, 15]]);
  });

  it('prints CSV with a BOM, one row per unit × item, the scheme stamp on every row and the sentence in --lang', async () => {
    const run = await fazhi([...PARK, '--format', 'csv', '--unit', '劳保局', '--lang', 'zh-Hans']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe('\uFEFFscheme_id,scheme_version,scheme_hash,year,unit,rank,ranked,total,possible,coverage,failed,total_change,rank_change,dimension,item,indicator,value,numerator,denominator,missing_as,treatment,value_before,earned,item_possible,weight,status,value_change,earned_change,flags,explanation');
    expect(lines).toHaveLength(1 + 14 + 1);
    const lost = lines.find((l) => l.includes(',lost-cases,'))!;
    expect(lost).toMatch(/^sip-example-2019,2019\.1,sha256:[0-9a-f]{64},2019,苏州工业园区劳动和社会保障局,14,15,66\.73/);
    expect(lost).toContain(',litigation,lost-cases,litigation.lost_cases,4,4,,,,,2,10,,missed,');
    expect(lost.endsWith(',outlier,败诉案件 4 件 × 扣 2 分 = −8 分，本项得 2 / 10 分')).toBe(true);
  });

  it('scores a single economy with the Doing Business scheme and reports why it has no total', async () => {
    const run = await fazhi(['score', '--data', 'fixtures/doing-business', '--scheme', 'schemes/doing-business-2020.json', '--explain']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\s+— {2}新加坡\s+not computable\s+—\s+—\s+16\.67%/m);
    expect(run.stdout).toContain('Starting a business 98.23 / 100');
  });

  it('exits 1 and names the bad node of a broken scheme, before loading anything', async () => {
    const text = readFileSync(`${root}schemes/sip-example-2019.yaml`, 'utf8').replace('rule: { type: deduct, per: 2 }', 'rule: { type: deduct, per: two }');
    const dir = temp({ 'broken.yaml': text });
    const run = await fazhi(['score', '--data', 'no/such/folder', '--scheme', `${dir}/broken.yaml`]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/broken\.yaml:\d+:\d+: dimensions\[1\]\.items\[0\]\.rule\.per: /);
    expect(run.stderr).toContain('has 1 error(s), nothing was scored');
    expect(run.stderr).not.toContain('cannot find the data folder');
  });

});

describe('fazhi score in-process (main)', () => {
  const cli = (args: string[]) => runCli(args, { cwd: root });

  it('exits 1 for a year without data, a unit not scored and an unreadable scheme file', async () => {
    const year = await cli([...PARK, '--year', '2017']);
    expect(year).toMatchObject({ status: 1, stdout: '' });
    expect(year.stderr).toContain('the data has no indicator for 2017, nothing to score: the data covers 2018, 2019');
    const unit = await cli([...PARK, '--unit', '不存在局']);
    expect(unit.status).toBe(1);
    expect(unit.stderr).toContain('the unit "不存在局" was not scored under this scheme');
    const missing = await cli(['score', '--data', 'fixtures/sip-2019', '--scheme', 'schemes/none.yaml']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read the scheme file "schemes/none.yaml" (ENOENT)');
  });

  it('exits 2 for bad usage: no --scheme, no --data, a bad format or year; --help exits 0', async () => {
    const noScheme = await cli(['score', '--data', 'fixtures/sip-2019']);
    expect(noScheme.status).toBe(2);
    expect(noScheme.stderr).toContain('missing --scheme');
    expect((await cli(['score', '--scheme', 'schemes/sip-example-2019.yaml'])).status).toBe(2);
    expect((await cli([...PARK, '--format', 'xml'])).status).toBe(2);
    expect((await cli([...PARK, '--year', '19'])).status).toBe(2);
    const help = await cli(['score', '--help', '--lang', 'zh-Hans']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('用法：fazhi score --data 文件夹 --scheme 方案文件');
  });
});
