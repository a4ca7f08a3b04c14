import type { Lang } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { sqlMessages } from '../../src/messages.ts';
import { runCli } from '../capture-io.ts';
import { SMALL_DATA } from '../small-data.ts';
import { useTempData } from '../temp-data.ts';

const temp = useTempData();
const LANGS: Lang[] = ['zh-Hant', 'zh-Hans', 'en'];

describe('fazhi sql', () => {
  it('prints the tables, one view per indicator, the rows view and the closing query, and exits 0', async () => {
    const run = await runCli(['sql']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('CREATE TABLE IF NOT EXISTS "documents" (');
    expect(run.stdout.match(/^CREATE OR REPLACE VIEW /gm)).toHaveLength(30);
    expect(run.stdout).toContain('CREATE OR REPLACE VIEW "fazhi_litigation_loss_rate" AS');
    expect(run.stdout.trimEnd().endsWith('ORDER BY position, unit <> \'*\', unit, year, dimension, item, numerator;')).toBe(true);
  });
  it('--dialect duckdb is the default; --option and --year become constants of the views', async () => {
    const byDefault = await runCli(['sql']);
    expect((await runCli(['sql', '--dialect', 'duckdb'])).stdout).toBe(byDefault.stdout);
    const run = await runCli(['sql', '--option', 'filing-deadline-days=15', '--year', '2019,2018']);
    expect(run.stdout).toContain('/* filingDeadlineDays */ 15');
    expect(run.stdout).toContain('WHERE year IN (2018, 2019);');
    expect(byDefault.stdout).not.toContain('WHERE year IN');
  });
  it('refuses an unknown dialect, option or year with status 2 and a message naming it', async () => {
    const dialect = await runCli(['sql', '--dialect', 'postgres']);
    expect([dialect.status, dialect.stdout]).toEqual([2, '']);
    expect(dialect.stderr).toContain('invalid --dialect "postgres"');
    expect((await runCli(['sql', '--option', 'deadline=3'])).status).toBe(2);
    expect((await runCli(['sql', '--year', '19'])).stderr).toContain('19');
  });
  it('the printed script runs as it is in DuckDB: tables, views and the closing query, which reads the rows of records inserted after', async () => {
    const duckdb = await import('@duckdb/node-api');
    const instance = await duckdb.DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const statements = await connection.extractStatements((await runCli(['sql'])).stdout);
      for (let i = 0; i < statements.count; i++) await (await statements.prepare(i)).run();
      await connection.run(`INSERT INTO documents (unit, issued_on, filing_required, filed_on, legality_reviewed) VALUES
        ('司法局', DATE '2019-01-02', TRUE, DATE '2019-02-20', 'na'), (NULL, DATE '2019-03-01', TRUE, NULL, NULL)`);
      const reader = await connection.runAndReadAll(`SELECT unit, numerator, denominator FROM fazhi_documents_legality_review_rate ORDER BY unit`);
      expect(reader.getRows()).toEqual([['*', 0, 1], ['司法局', 0, 0]]);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
  it('--help names every option in all three languages', async () => {
    for (const lang of LANGS) {
      const run = await runCli(['sql', '--help', '--lang', lang]);
      expect(run.status).toBe(0);
      for (const flag of ['--dialect', '--option', '--year', '--lang', '--help', 'duckdb', 'filingDeadlineDays=30']) expect(run.stdout).toContain(flag);
    }
    expect((await runCli(['--help'])).stdout).toContain('fazhi sql');
  });
});

describe('fazhi indicators --engine', () => {
  it('--engine duckdb prints the same bytes as the default --engine js, in every format', async () => {
    const dir = temp(SMALL_DATA);
    for (const format of ['json', 'csv', 'table']) {
      const js = await runCli(['indicators', '--data', dir, '--format', format]);
      const duckdb = await runCli(['indicators', '--data', dir, '--format', format, '--engine', 'duckdb', '--option', 'headAppearanceBase=notified']);
      const jsNotified = await runCli(['indicators', '--data', dir, '--format', format, '--option', 'headAppearanceBase=notified']);
      expect(js.status).toBe(0);
      expect((await runCli(['indicators', '--data', dir, '--format', format, '--engine', 'js'])).stdout).toBe(js.stdout);
      expect(duckdb.status).toBe(0);
      expect(duckdb.stdout).toBe(jsNotified.stdout);
    }
  });
  it('refuses an unknown engine with status 2 before reading anything', async () => {
    const run = await runCli(['indicators', '--data', 'no-such-folder', '--engine', 'spark']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`fazhi: ${sqlMessages.badEngine('spark', ['js', 'duckdb']).en}\n`);
  });
  it('the help of indicators names --engine in all three languages', async () => {
    for (const lang of LANGS) expect((await runCli(['indicators', '--help', '--lang', lang])).stdout).toContain('--engine');
  });
});
