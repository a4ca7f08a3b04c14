import {
  computeIndicators, localizeSchemeText, scoreUnits, UnitRegistry,
  type Lang, type UnitScore,
} from '@fazhi/core';
import type { CliIo } from '../cli-io.ts';
import { writeLoadReport } from '../format/write-load-report.ts';
import { loadFolder } from '../load-folder.ts';
import { messages, scoreMessages } from '../messages.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { COLUMN_MAP_OPTIONS, readColumnMap } from '../read-column-map.ts';
import { readSchemeFile } from '../read-scheme-file.ts';
import { UsageError } from '../usage-error.ts';
import { scoresCsv } from './score-csv.ts';
import { scoresJson } from './score-json.ts';
import { scoresTable } from './score-table.ts';

/**
 * Output formats of `fazhi score`; the first is the default (a table for
 * people: scores are read by people first; programs ask for json).
 *
 * @example
 * SCORE_FORMATS[0]; // 'table'
 */
export const SCORE_FORMATS = ['table', 'json', 'csv'] as const;

function parseYear(raw: string): number {
  const text = raw.trim();
  if (!/^\d{4}$/.test(text)) throw new UsageError(messages.badYear(raw));
  return Number(text);
}

/**
 * `fazhi score --data DIR --scheme FILE [--year Y] [--unit NAME]… [--format table|json|csv] [--explain] [--lang L]`:
 * checks the scheme with the core's `checkScheme` (errors, each naming the
 * bad node, go to stderr and the status is 1; warnings go to stderr), loads
 * the folder as `fazhi indicators` does, computes every indicator and scores
 * the year asked for (default: the latest year in the data; the year before
 * is scored too, for the change) with `scoreUnits`. `--unit` (full name or
 * alias, `*` for the jurisdiction) keeps only those units in the output; the
 * ranks stay those among every unit. Prints a table (default; `--explain`
 * adds every item's arithmetic under each unit), the UnitScore JSON array
 * (docs/schemes.md) or CSV. Data issues and the per-file summary go to
 * stderr. Returns 0 when scores were printed, 1 when the scheme has errors,
 * the data cannot be loaded, the year has no data or no unit was scored;
 * throws {@link UsageError} for a bad command line (status 2).
 *
 * @example
 * const status = await scoreCommand(['--data', 'fixtures/sip-2019', '--scheme', 'schemes/sip-example-2019.yaml', '--explain'], io, 'zh-Hant');
 */
export async function scoreCommand(args: string[], io: CliIo, lang: Lang): Promise<number> {
  const { values } = parseCommandArgs('score', args, {
    data: { type: 'string', short: 'd' },
    scheme: { type: 'string', short: 's' },
    year: { type: 'string', short: 'y' },
    unit: { type: 'string', short: 'u', multiple: true },
    format: { type: 'string', short: 'f', default: SCORE_FORMATS[0] },
    explain: { type: 'boolean', short: 'e', default: false },
    lang: { type: 'string' },
    ...COLUMN_MAP_OPTIONS,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(`${scoreMessages.scoreHelp()[lang]}\n`);
    return 0;
  }
  const format = values.format;
  if (!(SCORE_FORMATS as readonly string[]).includes(format)) throw new UsageError(messages.badFormat(format, SCORE_FORMATS));
  const year = values.year === undefined ? null : parseYear(values.year);
  if (values.data === undefined || values.data === '') throw new UsageError(messages.missingData('score'));
  if (values.scheme === undefined || values.scheme === '') throw new UsageError(scoreMessages.missingScheme());
  const say = (text: { [L in Lang]: string }): void => {
    io.stderr.write(`fazhi: ${text[lang]}\n`);
  };

  // The scheme first: a broken scheme is cheaper to report than a folder is to load.
  const check = await readSchemeFile(values.scheme, io, lang);
  if (check === null) return 1;

  const columnMap = await readColumnMap(values, io, lang);
  if (columnMap === null) return 1;
  const data = await loadFolder(values.data, io, lang, columnMap);
  if (data === null) return 1;
  writeLoadReport(io.stderr, data, lang);

  const rows = computeIndicators(data.records).rows;
  if (rows.length === 0) {
    say(messages.nothingComputed(values.data));
    return 1;
  }
  const available = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
  const scoredYear = year ?? available[available.length - 1]!;
  if (!available.includes(scoredYear)) {
    say(scoreMessages.yearNotInData(scoredYear, available));
    return 1;
  }
  // The core resolves the scheme's unit names (aliases, either script) through units.csv, as the dashboard does.
  const all = scoreUnits(rows, check.scheme, check.stamp, { years: [scoredYear], unitRecords: data.records.units });
  if (all.length === 0) {
    say(scoreMessages.nothingScored(scoredYear));
    return 1;
  }
  let results: UnitScore[] = all;
  if (values.unit !== undefined && values.unit.length > 0) {
    const registry = new UnitRegistry(data.records.units);
    const wanted: string[] = [];
    for (const raw of values.unit) {
      const name = raw.trim() === '*' ? '*' : registry.resolve(raw).name;
      if (!all.some((r) => r.unit === name)) {
        say(scoreMessages.unitNotScored(raw, all.map((r) => r.unit)));
        return 1;
      }
      wanted.push(name);
    }
    results = all.filter((r) => wanted.includes(r.unit));
  }

  if (format === 'json') io.stdout.write(scoresJson(results));
  else if (format === 'csv') io.stdout.write(scoresCsv(results, lang));
  else {
    const previous = available.includes(scoredYear - 1) ? scoredYear - 1 : null;
    const heading = { name: localizeSchemeText(check.scheme.name), example: check.scheme.example === true, year: scoredYear, previous, scored: all.length };
    io.stdout.write(scoresTable(results, heading, lang, values.explain === true));
  }
  return 0;
}
