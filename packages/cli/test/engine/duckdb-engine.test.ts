import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeIndicators, INDICATOR_IDS, loadDataSet, type DataSet, type IndicatorOptions } from '@fazhi/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataSet } from '../../../../bench/src/generate-data-set.ts';
import { makeInput } from '../../../../scripts/fuzz/make-input.ts';
import { seedFiles } from '../../../../scripts/fuzz/seed-files.ts';
import { DuckdbEngine } from '../../src/engine/duckdb-engine.ts';

const ROOT = new URL('../../../../', import.meta.url).pathname;

/** Every data file of a folder (READMEs and sub-folders left out), loaded by fazhi's loader. */
function loadFolder(dir: string): Promise<DataSet> {
  const names = readdirSync(dir).filter((n) => !n.endsWith('.md') && n !== 'manifest.json' && statSync(join(dir, n)).isFile());
  return loadDataSet(names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) })));
}

// One DuckDB database for the whole file: each compute replaces the tables (and the views when the options change).
let engine: DuckdbEngine;
beforeAll(async () => {
  engine = await DuckdbEngine.open();
});
afterAll(() => engine.close());

/** The rows of both engines for the same records and options. */
async function both(data: DataSet, options: IndicatorOptions = {}) {
  return { js: computeIndicators(data.records, options).rows, sql: (await engine.compute(data.records, options)).rows };
}

describe('DuckdbEngine: the compiled SQL run by DuckDB gives the JS engine\'s rows, in its order, numerator, denominator and value alike', () => {
  it.each(['fixtures/sip-2019', 'fixtures/messy', 'fixtures/hostile/data', 'fixtures/doing-business'])('on %s', async (folder) => {
    const { js, sql } = await both(await loadFolder(join(ROOT, folder)));
    expect(js.length).toBeGreaterThan(0);
    expect(sql).toEqual(js);
  });

  it('on the park\'s fixture every indicator of the catalogue has rows, so no declaration is compared vacuously', async () => {
    const { sql } = await both(await loadFolder(join(ROOT, 'fixtures/sip-2019')));
    expect(new Set(sql.map((r) => r.indicator))).toEqual(new Set(INDICATOR_IDS));
  });

  it('with every option away from its default, and years kept, the options are constants of the views', async () => {
    const data = await loadFolder(join(ROOT, 'fixtures/sip-2019'));
    const options: IndicatorOptions = {
      filingDeadlineDays: 12, lossRateIncludesWithdrawals: false, headAppearanceBase: 'notified', reconsiderationDeadlineDays: 40,
      reconsiderationExtensionDays: 10, reconsiderationSimpleDays: 15, enforcementPassScore: 75.5, enforcementExcellentScore: 88, years: [2019],
    };
    const { js, sql } = await both(data, options);
    expect(sql).toEqual(js);
    expect(sql.every((r) => r.year === 2019)).toBe(true);
    const timely = (rows: typeof sql) => rows.find((r) => r.indicator === 'documents.timely_filing_rate' && r.unit === '*' && r.year === 2019)?.numerator;
    expect(timely(sql)).not.toBe(timely((await both(data)).sql));
  });

  it('on data sets of the bench\'s generator (不适用, blanks, every date form), three seeds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-duckdb-'));
    try {
      for (const seed of [1, 2, 3]) {
        generateDataSet({ dir: join(dir, String(seed)), records: 300, seed });
        const { js, sql } = await both(await loadFolder(join(dir, String(seed))));
        expect(js.length).toBeGreaterThan(100);
        expect(sql, `seed ${seed}`).toEqual(js);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('on 12 fuzzed inputs (scripts/fuzz, seed 2026: mutated bytes, encodings, dates, quotes)', async () => {
    const seeds = seedFiles({ rows: 40 });
    let compared = 0;
    for (let index = 0; index < 12; index++) {
      const { files, steps } = makeInput(seeds, 2026, index);
      const { js, sql } = await both(await loadDataSet(files));
      compared += js.length;
      expect(sql, steps.join('; ')).toEqual(js);
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('on no records at all: no rows', async () => {
    expect((await engine.compute({})).rows).toEqual([]);
  });

  it('the rows view of no declarations has the columns of every rows view, and no row', async () => {
    const { compileSql } = await import('@fazhi/core');
    const duckdb = await import('@duckdb/node-api');
    const instance = await duckdb.DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const program = compileSql([], 'duckdb');
    for (const view of program.views) await connection.run(view.sql);
    const reader = await connection.runAndReadAll(program.query);
    expect([reader.columnNames(), reader.getRows()]).toEqual([['indicator', 'unit', 'year', 'numerator', 'denominator', 'value', 'dimension', 'item'], []]);
    connection.closeSync();
    instance.closeSync();
  });
});
