import type { IndicatorRow } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/format/display-width.ts';
import { runCli } from '../capture-io.ts';
import { DATA_WITH_ERROR, SMALL_DATA } from '../small-data.ts';
import { useTempData } from '../temp-data.ts';

const temp = useTempData();

const KEYS = ['indicator', 'unit', 'year', 'numerator', 'denominator', 'value'];

describe('fazhi indicators --format json (the public contract)', () => {
  it('prints exactly one parseable JSON array on stdout and exits 0', async () => {
    const run = await runCli(['indicators', '--data', temp(SMALL_DATA)]);
    expect(run.status).toBe(0);
    const rows: unknown = JSON.parse(run.stdout);
    expect(Array.isArray(rows)).toBe(true);
    expect((rows as unknown[]).length).toBeGreaterThan(0);
  });
  it('json is the default format and --format json gives the same bytes', async () => {
    const dir = temp(SMALL_DATA);
    const byDefault = await runCli(['indicators', '--data', dir]);
    const explicit = await runCli(['indicators', '--data', dir, '--format', 'json']);
    expect(byDefault.stdout.startsWith('[\n{"indicator":')).toBe(true);
    expect(explicit.stdout).toBe(byDefault.stdout);
  });
  it('every object has the keys indicator, unit, year, numerator, denominator, value in that order, then dimension and item only on business rows', async () => {
    const run = await runCli(['indicators', '--data', temp(SMALL_DATA)]);
    const rows = JSON.parse(run.stdout) as Record<string, unknown>[];
    for (const row of rows) {
      const keys = Object.keys(row);
      expect(keys.slice(0, 6)).toEqual(KEYS);
      const extra = keys.slice(6);
      if (String(row.indicator).startsWith('business.')) {
        expect(['', 'dimension', 'dimension,item']).toContain(extra.join(','));
      } else {
        expect(extra).toEqual([]);
      }
    }
    const item = rows.find((row) => row.indicator === 'business.indicator_score' && row.item === '开办企业程序');
    expect(item).toMatchObject({ unit: '*', year: 2019, dimension: '开办企业' });
    expect(item!.value as number).toBeCloseTo(94.11765, 5);
  });
  it('a zero denominator gives "value": null, never NaN, and counts give "denominator": null', async () => {
    const run = await runCli(['indicators', '--data', temp(SMALL_DATA)]);
    expect(run.stdout).not.toMatch(/NaN|Infinity/);
    const rows = JSON.parse(run.stdout) as IndicatorRow[];
    for (const row of rows) {
      if (row.denominator === 0) expect(row.value).toBeNull();
    }
    const cases = rows.find((row) => row.indicator === 'litigation.cases' && row.unit === '*' && row.year === 2019);
    expect(cases).toEqual({ indicator: 'litigation.cases', unit: '*', year: 2019, numerator: 2, denominator: null, value: 2 });
    // 司法局 issued one 2019 document that needed no filing: its filing rate is 0 / 0.
    const filing = rows.find((row) => row.indicator === 'documents.filing_rate' && row.unit === '司法局');
    expect(filing).toEqual({ indicator: 'documents.filing_rate', unit: '司法局', year: 2019, numerator: 0, denominator: 0, value: null });
  });
  it('issues and the per-file summary go to stderr, never to stdout', async () => {
    const run = await runCli(['indicators', '--data', temp(DATA_WITH_ERROR)]);
    expect(run.status).toBe(0);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stderr).toMatch(/error {2}safety_incidents\.csv:5 {2}\[occurred_on\] {2}"not a date" {2}value\.\w+/);
    expect(run.stderr).toMatch(/safety_incidents\.csv\s+safety_incidents\s+utf-8\s+4\s+3\s+1/);
  });
});

describe('fazhi indicators --format csv', () => {
  it('prints the contract header, one record per row, empty cells for null and RFC 4180 quotes', async () => {
    const dir = temp(SMALL_DATA);
    const json = JSON.parse((await runCli(['indicators', '--data', dir])).stdout) as IndicatorRow[];
    const run = await runCli(['indicators', '--data', dir, '--format', 'csv']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe('indicator,unit,year,numerator,denominator,value,dimension,item');
    expect(lines).toHaveLength(json.length + 2);
    expect(run.stdout).toContain('litigation.cases,"司法局,法制科",2019,1,,1,,\r\n');
    expect(run.stdout).toContain('documents.filing_rate,司法局,2019,0,0,,,\r\n');
  });
});

describe('fazhi indicators --year', () => {
  it('--year keeps only that year\'s rows while year-on-year rows still see the year before', async () => {
    const run = await runCli(['indicators', '--data', temp(SMALL_DATA), '--year', '2019']);
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as IndicatorRow[];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.year))).toEqual(new Set([2019]));
    const yoy = rows.find((row) => row.indicator === 'safety.incidents_yoy' && row.unit === '*');
    expect(yoy).toEqual({ indicator: 'safety.incidents_yoy', unit: '*', year: 2019, numerator: -1, denominator: 2, value: -0.5 });
  });
  it('--year rows are exactly the unfiltered rows of that year', async () => {
    const dir = temp(SMALL_DATA);
    const all = JSON.parse((await runCli(['indicators', '--data', dir])).stdout) as IndicatorRow[];
    const y2018 = JSON.parse((await runCli(['indicators', '--data', dir, '-y', '2018'])).stdout) as IndicatorRow[];
    expect(y2018).toEqual(all.filter((row) => row.year === 2018));
    const both = JSON.parse((await runCli(['indicators', '--data', dir, '--year', '2019', '--year', '2018'])).stdout);
    expect(both).toEqual(all);
    const comma = JSON.parse((await runCli(['indicators', '--data', dir, '--year', '2018,2019'])).stdout);
    expect(comma).toEqual(all);
  });
  it('a year without rows exits 1 and names the years the data covers', async () => {
    const run = await runCli(['indicators', '--data', temp(SMALL_DATA), '--year', '2030']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('no indicator for 2030: the data covers 2018, 2019');
  });
});

describe('fazhi indicators --option', () => {
  it('--option passes computation options to the core: withdrawals left out of the loss rate', async () => {
    const dir = temp(SMALL_DATA);
    const find = (rows: IndicatorRow[]) =>
      rows.find((row) => row.indicator === 'litigation.loss_rate' && row.unit === '*' && row.year === 2018);
    const byDefault = JSON.parse((await runCli(['indicators', '--data', dir])).stdout) as IndicatorRow[];
    expect(find(byDefault)).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
    const run = await runCli(['indicators', '--data', dir, '--option', 'loss-rate-includes-withdrawals=false']);
    expect(run.status).toBe(0);
    expect(find(JSON.parse(run.stdout) as IndicatorRow[])).toMatchObject({ numerator: 0, denominator: 0, value: null });
  });
  it('a bad --option exits 2 before reading any data', async () => {
    const run = await runCli(['indicators', '--data', 'no-such-dir', '-o', 'filingDeadlineDays=soon']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('invalid value "soon" for --option filingDeadlineDays');
  });
  it('fazhi indicators --help lists every option with its default', async () => {
    const run = await runCli(['indicators', '--help']);
    expect(run.stdout).toContain('--option NAME=VALUE');
    expect(run.stdout).toContain('filingDeadlineDays=30');
    expect(run.stdout).toContain('enforcementExcellentScore=90');
  });
});

describe('fazhi indicators --strict', () => {
  it('without --strict, rejected rows are reported and the exit status is 0', async () => {
    const run = await runCli(['indicators', '--data', temp(DATA_WITH_ERROR)]);
    expect(run.status).toBe(0);
  });
  it('with --strict, an error-level issue makes the exit status 1 but the rows are still printed', async () => {
    const run = await runCli(['indicators', '--data', temp(DATA_WITH_ERROR), '--strict']);
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBeGreaterThan(0);
    expect(run.stderr).toContain('--strict: 1 error(s) in the input');
  });
  it('with --strict, clean data still exits 0', async () => {
    const run = await runCli(['indicators', '--data', temp(SMALL_DATA), '--strict']);
    expect(run.stderr).not.toMatch(/^error /m);
    expect(run.status).toBe(0);
  });
});

describe('fazhi indicators: nothing computed', () => {
  it('a folder whose files give no usable record exits 1 with a hint to run validate', async () => {
    const run = await runCli(['indicators', '--data', temp({ 'stuff.csv': 'a,b\n1,2\n' })]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('no indicator could be computed');
    expect(run.stderr).toContain('fazhi validate --data');
  });
});

describe('fazhi indicators --format table', () => {
  it('prints Chinese indicator names with columns aligned by display width', async () => {
    const run = await runCli(['indicators', '--data', temp(SMALL_DATA), '--format', 'table', '--lang', 'zh-Hant']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^指標\s+單位\s+年度\s+值\s+分子\s+分母$/);
    expect(run.stdout).toContain('行政訴訟收案數');
    expect(run.stdout).toContain('事故起數同比');
    // The year column is right-aligned: every year ends at the header's 年度 column.
    const end = displayWidth(lines[0]!.slice(0, lines[0]!.indexOf('年度') + 2));
    for (const line of lines.slice(2)) {
      const match = /(?<=\s)(2018|2019)(?=\s)/.exec(line);
      expect(match).not.toBeNull();
      expect(displayWidth(line.slice(0, match!.index + 4))).toBe(end);
    }
  });
  it('shows rates as percentages', async () => {
    const run = await runCli(['indicators', '--data', temp(SMALL_DATA), '--format', 'table', '--lang', 'en', '--year', '2019']);
    expect(run.stdout).toMatch(/Incidents.*\* all units\s+2019\s+\u221250%/);
  });
});
