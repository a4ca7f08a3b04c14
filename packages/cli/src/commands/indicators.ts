import { computeIndicators, type IndicatorOptions, type IndicatorRow, type Lang } from '@fazhi/core';
import type { CliIo } from '../cli-io.ts';
import { DuckdbEngine } from '../engine/duckdb-engine.ts';
import { DuckdbMissingError, DUCKDB_NODE_API_VERSION } from '../engine/import-duckdb.ts';
import { indicatorsCsv } from '../format/indicators-csv.ts';
import { indicatorsJson } from '../format/indicators-json.ts';
import { indicatorsTable } from '../format/indicators-table.ts';
import { writeLoadReport } from '../format/write-load-report.ts';
import { loadFolder } from '../load-folder.ts';
import { messages, sqlMessages } from '../messages.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { parseYearList } from '../parse-year-list.ts';
import { COLUMN_MAP_OPTIONS, readColumnMap } from '../read-column-map.ts';
import { indicatorOptionDefaults, parseIndicatorOptions } from '../parse-indicator-options.ts';
import { UsageError } from '../usage-error.ts';

/**
 * Output formats of `fazhi indicators`; the first is the default (JSON, the
 * safest for programs, whether or not stdout is a terminal).
 *
 * @example
 * INDICATOR_FORMATS[0]; // 'json'
 */
export const INDICATOR_FORMATS = ['json', 'csv', 'table'] as const;

/**
 * The engines of `fazhi indicators --engine`; the first is the default: `js`
 * (fazhi's own, `computeIndicators`) or `duckdb` (DuckDB running the views of
 * `compileSql`, the same rows; needs the optional `@duckdb/node-api`).
 *
 * @example
 * INDICATOR_ENGINES[0]; // 'js'
 */
export const INDICATOR_ENGINES = ['js', 'duckdb'] as const;

/**
 * `fazhi indicators --data DIR [--format json|csv|table] [--year Y]… [--option NAME=VALUE]… [--engine js|duckdb] [--strict] [--lang L]`:
 * loads the folder, computes every indicator over all years with the
 * `--option`s given (the core's IndicatorOptions) — with fazhi's own engine,
 * or with `--engine duckdb` in DuckDB from the views of `compileSql` (one
 * line on stderr and status 1 when `@duckdb/node-api` is not installed) —, keeps the rows of the
 * `--year`s asked for (so year-on-year rows still see the year before), and
 * prints them to stdout as JSON (default: the public contract of
 * INDICATORS.md), CSV or an aligned table. Issues, the per-file summary and
 * totals go to stderr. Returns the exit status: 0 when rows were printed, 1
 * when nothing could be computed (or, with `--strict`, when the input had an
 * error-level issue — the rows are printed all the same); throws
 * {@link UsageError} for a bad command line (status 2).
 *
 * @example
 * const status = await indicatorsCommand(['--data', 'fixtures/sip-2019', '--year', '2019'], io, 'en');
 */
export async function indicatorsCommand(args: string[], io: CliIo, lang: Lang): Promise<number> {
  const { values } = parseCommandArgs('indicators', args, {
    data: { type: 'string', short: 'd' },
    format: { type: 'string', short: 'f', default: INDICATOR_FORMATS[0] },
    year: { type: 'string', short: 'y', multiple: true },
    option: { type: 'string', short: 'o', multiple: true },
    engine: { type: 'string', default: INDICATOR_ENGINES[0] },
    strict: { type: 'boolean', default: false },
    lang: { type: 'string' },
    ...COLUMN_MAP_OPTIONS,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(`${messages.indicatorsHelp(indicatorOptionDefaults())[lang]}\n`);
    return 0;
  }
  const format = values.format;
  if (!(INDICATOR_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(messages.badFormat(format, INDICATOR_FORMATS));
  }
  if (!(INDICATOR_ENGINES as readonly string[]).includes(values.engine)) {
    throw new UsageError(sqlMessages.badEngine(values.engine, INDICATOR_ENGINES));
  }
  const years = parseYearList(values.year ?? []);
  const options = parseIndicatorOptions(values.option ?? []);
  if (values.data === undefined || values.data === '') throw new UsageError(messages.missingData('indicators'));
  // DuckDB is opened before the data is read, so that a missing package costs one line and no wait.
  let duckdb: DuckdbEngine | null = null;
  if (values.engine === 'duckdb') {
    try {
      duckdb = await DuckdbEngine.open();
    } catch (error) {
      if (!(error instanceof DuckdbMissingError)) throw error;
      io.stderr.write(`fazhi: ${sqlMessages.duckdbMissing(DUCKDB_NODE_API_VERSION)[lang]}\n`);
      return 1;
    }
  }

  const columnMap = await readColumnMap(values, io, lang);
  if (columnMap === null) {
    duckdb?.close();
    return 1;
  }
  const data = await loadFolder(values.data, io, lang, columnMap);
  if (data === null) {
    duckdb?.close();
    return 1;
  }
  writeLoadReport(io.stderr, data, lang);

  // Computed over every year, filtered afterwards: a year-on-year row needs the year before.
  const all = duckdb === null ? computeIndicators(data.records, options).rows : await duckdbRows(duckdb, data.records, options);
  if (all.length === 0) {
    io.stderr.write(`fazhi: ${messages.nothingComputed(values.data)[lang]}\n`);
    return 1;
  }
  const wanted = new Set(years);
  const rows: IndicatorRow[] = years.length === 0 ? all : all.filter((row) => wanted.has(row.year));
  if (rows.length === 0) {
    const available = [...new Set(all.map((row) => row.year))].sort((a, b) => a - b);
    io.stderr.write(`fazhi: ${messages.noRowsForYears(years, available)[lang]}\n`);
    return 1;
  }

  if (format === 'csv') io.stdout.write(indicatorsCsv(rows));
  else if (format === 'table') io.stdout.write(indicatorsTable(rows, lang));
  else io.stdout.write(indicatorsJson(rows));

  const errors = data.issues.filter((issue) => issue.severity === 'error').length;
  if (values.strict && errors > 0) {
    io.stderr.write(`fazhi: ${messages.strictFailed(errors)[lang]}\n`);
    return 1;
  }
  return 0;
}

/** The rows computed by DuckDB, the database closed afterwards. */
async function duckdbRows(engine: DuckdbEngine, records: Parameters<typeof computeIndicators>[0], options: IndicatorOptions): Promise<IndicatorRow[]> {
  try {
    return (await engine.compute(records, options)).rows;
  } finally {
    engine.close();
  }
}
