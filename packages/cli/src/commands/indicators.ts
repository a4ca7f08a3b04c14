import { computeIndicators, type IndicatorRow, type Lang } from '@fazhi/core';
import type { CliIo } from '../cli-io.ts';
import { indicatorsCsv } from '../format/indicators-csv.ts';
import { indicatorsJson } from '../format/indicators-json.ts';
import { indicatorsTable } from '../format/indicators-table.ts';
import { fileSummary, issueTotals } from '../format/issues-text.ts';
import { writeIssues } from '../format/write-issues.ts';
import { loadFolder } from '../load-folder.ts';
import { messages } from '../messages.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
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

function parseYear(raw: string): number {
  const text = raw.trim();
  if (!/^\d{4}$/.test(text)) throw new UsageError(messages.badYear(raw));
  return Number(text);
}

/**
 * `fazhi indicators --data DIR [--format json|csv|table] [--year Y]… [--option NAME=VALUE]… [--strict] [--lang L]`:
 * loads the folder, computes every indicator over all years with the
 * `--option`s given (the core's IndicatorOptions), keeps the rows of the
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
  const years = [...new Set((values.year ?? []).flatMap((y) => y.split(',')).map(parseYear))].sort((a, b) => a - b);
  const options = parseIndicatorOptions(values.option ?? []);
  if (values.data === undefined || values.data === '') throw new UsageError(messages.missingData('indicators'));

  const columnMap = await readColumnMap(values, io, lang);
  if (columnMap === null) return 1;
  const data = await loadFolder(values.data, io, lang, columnMap);
  if (data === null) return 1;
  writeIssues(io.stderr, data.issues, lang);
  io.stderr.write(fileSummary(data.files, lang));
  io.stderr.write(`${issueTotals(data, lang)}\n`);

  // Computed over every year, filtered afterwards: a year-on-year row needs the year before.
  const all = computeIndicators(data.records, options).rows;
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
