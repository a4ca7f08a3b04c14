import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AREA_PLANS } from '@fazhi/charts';
import { checkScheme, type Lang } from '@fazhi/core';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportMessages } from '../src/messages.ts';
import { findChromium } from '../src/report/find-chromium.ts';
import type { ReportResults } from '../src/report/results-json.ts';
import { runCli } from './capture-io.ts';
import { SMALL_DATA } from './small-data.ts';
import { useTempData } from './temp-data.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SCHEME = 'schemes/sip-example-2019.yaml';
const PARK = ['report', '--data', 'fixtures/sip-2019', '--scheme', SCHEME, '--years', '2018,2019'];
const LANGS: readonly Lang[] = ['zh-Hans', 'zh-Hant', 'en'];
const temp = useTempData();

/** Runs the real `fazhi` binary (the report takes long; three runs go side by side). */
function fazhi(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/bin.ts', ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', LANG: 'C', ...(process.env.FAZHI_CHROMIUM === undefined ? {} : { FAZHI_CHROMIUM: process.env.FAZHI_CHROMIUM }), ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

const chromium = findChromium(process.env);
const outRoot = mkdtempSync(join(tmpdir(), 'fazhi-report-'));
const out = (lang: Lang) => join(outRoot, lang);
const runs = new Map<Lang, Awaited<ReturnType<typeof fazhi>>>();

let pdfRun: Awaited<ReturnType<typeof fazhi>>;

beforeAll(async () => {
  // The PDF is asked for in Simplified Chinese only: with Chromium it is printed, without it the run must refuse
  // (writing nothing), and then the Simplified report is made again without --pdf for the other checks.
  const results = await Promise.all(LANGS.map((lang) =>
    fazhi([...PARK, '--out', out(lang), '--lang', lang, ...(lang === 'zh-Hans' ? ['--pdf'] : [])])));
  LANGS.forEach((lang, i) => runs.set(lang, results[i]!));
  pdfRun = results[0]!;
  if (chromium.kind !== 'found') {
    expect(existsSync(out('zh-Hans'))).toBe(false);
    runs.set('zh-Hans', await fazhi([...PARK, '--out', out('zh-Hans'), '--lang', 'zh-Hans']));
  }
}, 600_000);
afterAll(() => rmSync(outRoot, { recursive: true, force: true }));

const read = (lang: Lang, name: string) => readFileSync(join(out(lang), name), 'utf8');

describe('fazhi report on the park fixture', () => {
  it('with --pdf and Chromium installed prints a multi-page A4 PDF; without Chromium it refuses at once and says how to install it', () => {
    const run = pdfRun;
    if (chromium.kind === 'found') {
      expect(run.status, run.stderr).toBe(0);
      const pdf = readFileSync(join(out('zh-Hans'), 'report.pdf'));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages.length).toBeGreaterThan(1);
      expect(run.stderr).toContain(reportMessages.writingPdf()['zh-Hans']);
    } else {
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('apt-get install chromium');
      expect(run.stderr).toContain('FAZHI_CHROMIUM');
      expect(run.stderr).not.toContain(reportMessages.loading()['zh-Hans']);
    }
  });

  it.each(LANGS)('writes index.html, charts/, results.json and results.csv in %s (status 0), and report.pdf only when asked', (lang) => {
    const run = runs.get(lang)!;
    expect(run.status, run.stderr).toBe(0);
    const pdf = lang === 'zh-Hans' && chromium.kind === 'found' ? ['report.pdf'] : [];
    expect(readdirSync(out(lang)).sort()).toEqual(['charts', 'index.html', ...pdf, 'results.csv', 'results.json']);
  });

  it('draws the same charts, under the same file names, in the three languages', () => {
    const names = LANGS.map((lang) => readdirSync(join(out(lang), 'charts')).sort());
    expect(names[1]).toEqual(names[0]);
    expect(names[2]).toEqual(names[0]);
  });

  it.each(LANGS)('shows progress on stderr in %s: loading, scoring, each chart numbered, the files written', (lang) => {
    const err = runs.get(lang)!.stderr;
    expect(err).toContain(reportMessages.loading()[lang]);
    expect(err).toContain(reportMessages.scoring()[lang]);
    expect(err).toMatch(lang === 'en' ? /rendering chart 3\/\d+: / : /绘制图表 3\/\d+：|繪製圖表 3\/\d+：/);
  });

  it.each(LANGS)('index.html in %s is self-contained: no script, link, src or external URL, only SVG namespaces', (lang) => {
    const html = read(lang, 'index.html');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\((?!#)/i);
    const withoutNamespaces = html.replace(/xmlns(:\w+)?="http:\/\/www\.w3\.org\/[^"]*"/g, '');
    expect(withoutNamespaces).not.toMatch(/https?:/);
    expect(html).toContain('@page { size: A4; margin: 15mm; }');
    expect(html).toContain('break-inside: avoid');
    expect(html).toContain('thead { display: table-header-group; }');
  });

  it.each(LANGS)('index.html in %s has every section heading of the park report, the scores and the data quality, in that language', (lang) => {
    const html = read(lang, 'index.html');
    for (const section of AREA_PLANS) expect(html).toContain(reportMessages.section(section.id)[lang]);
    expect(html).toContain(reportMessages.scores()[lang]);
    expect(html).toContain(reportMessages.explanations()[lang]);
    expect(html).toContain(reportMessages.dataQuality()[lang]);
    const others = LANGS.filter((l) => l !== lang && reportMessages.section('documents')[l] !== reportMessages.section('documents')[lang]);
    for (const other of others) expect(html).not.toContain(`>${reportMessages.dataQuality()[other]}<`);
  });

  it.each(LANGS)('index.html in %s inlines every chart it names, and each named chart exists as a non-empty SVG and PNG', (lang) => {
    const html = read(lang, 'index.html');
    const named = [...html.matchAll(/charts\/([a-z0-9-]+)\.svg/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThanOrEqual(9);
    expect(named).toContain('litigation-lost-cases-by-unit-2018-2019');
    expect(named).toContain('documents-filing-rate-by-unit-2018-2019');
    const inline = html.match(/<svg[\s>]/g) ?? [];
    expect(inline.length).toBe(named.length);
    for (const name of named) {
      const svg = join(out(lang), 'charts', `${name}.svg`);
      const png = join(out(lang), 'charts', `${name}.png`);
      expect(statSync(svg).size, svg).toBeGreaterThan(1000);
      expect(readFileSync(png).subarray(1, 4).toString('latin1'), png).toBe('PNG');
    }
    expect(readdirSync(join(out(lang), 'charts')).sort()).toEqual(named.flatMap((n) => [`${n}.png`, `${n}.svg`]).sort());
  });

  it.each(LANGS)('results.json in %s parses, carries the scheme’s stamp and the input files, and scores both years', (lang) => {
    const results = JSON.parse(read(lang, 'results.json')) as ReportResults;
    const check = checkScheme(readFileSync(join(root, SCHEME), 'utf8'), { fileName: SCHEME });
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(results.stamp).toEqual(check.stamp);
    expect(results.years).toEqual([2018, 2019]);
    expect(new Set(results.scores.map((s) => s.year))).toEqual(new Set([2018, 2019]));
    expect(results.scores.every((s) => s.scheme.hash === check.stamp.hash)).toBe(true);
    expect(results.files.map((f) => f.file)).toContain('litigation.csv');
    const lost = results.indicators.find((r) => r.indicator === 'litigation.loss_rate' && r.unit === '*' && r.year === 2019);
    expect(lost).toMatchObject({ numerator: 9, denominator: 64 });
  });

  it.each(LANGS)('results.csv in %s is UTF-8 with a BOM and holds the indicator, total and item rows', (lang) => {
    const csv = read(lang, 'results.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, delimiter: ',', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(new Set(parsed.data.map((r) => r.kind))).toEqual(new Set(['indicator', 'total', 'item']));
    for (const r of parsed.data) expect(r.unit ?? '').not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes the generated paragraph with the park’s figures and their change from 2018', () => {
    const html = read('zh-Hant', 'index.html');
    expect(html).toMatch(/2019 年，規範性文件制發數 \d+ 件（較 2018 年 [+−]\d+ 件，[+−][\d.]+%）；報備率 [\d.]+%/);
    expect(read('en', 'index.html')).toMatch(/In 2019: normative documents issued \d+ \([+−]\d+, [+−][\d.]+% on 2018\); filing rate/);
  });
});

describe('fazhi report: refusals', () => {
  it('exits 2 without --out, --data or --scheme, and for a bad --years or an unknown option', async () => {
    for (const args of [
      ['report', '--data', 'fixtures/sip-2019', '--scheme', SCHEME],
      ['report', '--scheme', SCHEME, '--out', 'x'],
      ['report', '--data', 'fixtures/sip-2019', '--out', 'x'],
      ['report', '--data', 'fixtures/sip-2019', '--scheme', SCHEME, '--out', 'x', '--years', '2019,19'],
      ['report', '--data', 'fixtures/sip-2019', '--scheme', SCHEME, '--out', 'x', '--format', 'pdf'],
      ['report', '--data', 'fixtures/sip-2019', '--scheme', SCHEME, '--out', 'x', 'extra'],
    ]) {
      const run = await runCli(args, { cwd: root });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
    }
    expect((await runCli(['report', '--data', 'd', '--scheme', 's', '--out', 'o', '--years', 'last'], { cwd: root })).stderr)
      .toContain('invalid --years "last": give four-digit years separated by commas, e.g. --years 2018,2019');
  });

  it('prints its help with --help in the language asked for, and is listed in the main help', async () => {
    const help = await runCli(['report', '--help', '--lang', 'zh-Hant'], { cwd: root });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('用法：fazhi report --data 資料夾 --scheme 方案檔案 --out 輸出資料夾');
    expect((await runCli(['--help'], { cwd: root })).stdout).toContain('fazhi report     --data DIR --scheme FILE --out DIR');
  });

  it('exits 1 naming the years the data has when --years asks for another', async () => {
    const dir = temp(SMALL_DATA);
    const outDir = join(temp({}), 'out');
    const run = await runCli(['report', '--data', dir, '--scheme', join(root, SCHEME), '--out', outDir, '--years', '2017,2019'], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the data has no indicator for 2017: it covers 2018, 2019; use --years 2018,2019');
    expect(existsSync(outDir)).toBe(false);
  });

  it('exits 1 with the scheme’s errors before loading anything when the scheme is invalid', async () => {
    const dir = temp({ ...SMALL_DATA, 'bad.yaml': 'format: fazhi-scheme/1\nid: x\n' });
    const run = await runCli(['report', '--data', dir, '--scheme', join(dir, 'bad.yaml'), '--out', join(dir, 'out')], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bad\.yaml.*error/s);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('with --pdf and FAZHI_CHROMIUM pointing nowhere exits 1 at once, writes nothing and says what to do', async () => {
    const dir = temp(SMALL_DATA);
    const outDir = join(dir, 'out');
    const run = await runCli(['report', '--data', dir, '--scheme', join(root, SCHEME), '--out', outDir, '--pdf'], {
      cwd: root, env: { LANG: 'C', FAZHI_CHROMIUM: join(dir, 'no-such-chrome') },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`FAZHI_CHROMIUM points at "${join(dir, 'no-such-chrome')}"`);
    expect(run.stderr).toContain('sudo apt-get install chromium');
    expect(existsSync(outDir)).toBe(false);
  });
});
