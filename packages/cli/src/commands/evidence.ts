import { computeIndicators, indicatorEvidence, INDICATOR_IDS, isIndicatorId, UnitRegistry, type Lang } from '@fazhi/core';
import type { CliIo } from '../cli-io.ts';
import { evidenceCsv } from '../format/evidence-csv.ts';
import { evidenceTable } from '../format/evidence-table.ts';
import { writeLoadReport } from '../format/write-load-report.ts';
import { loadFolder } from '../load-folder.ts';
import { evidenceMessages, messages } from '../messages.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { parseIndicatorOptions } from '../parse-indicator-options.ts';
import { COLUMN_MAP_OPTIONS, readColumnMap } from '../read-column-map.ts';
import { UsageError } from '../usage-error.ts';

/**
 * Output formats of `fazhi evidence`; the first is the default (a table
 * for people, as `fazhi score` prints).
 *
 * @example
 * EVIDENCE_FORMATS[0]; // 'table'
 */
export const EVIDENCE_FORMATS = ['table', 'json', 'csv'] as const;

/** Ids that share the given id's family or name, for a "did you mean". */
function closestIds(raw: string): string[] {
  const [family, name] = raw.split('.');
  return INDICATOR_IDS.filter((id) => id.startsWith(`${family}.`) || (name !== undefined && name !== '' && id.endsWith(`.${name}`))).slice(0, 6);
}

/**
 * `fazhi evidence --data DIR --indicator ID --unit NAME --year YEAR [--format table|json|csv] [--option NAME=VALUE]…
 * [--dimension D] [--item I] [--lang L]`: loads the folder and prints the
 * records behind the indicator's row for the unit and year — core's
 * `indicatorEvidence`, so they add up to the row's numerator and
 * denominator — as a table (default), the IndicatorEvidence JSON array or
 * CSV (one line per record). The unit may be a full name, an alias from
 * units.csv (either script) or `*`, as for `fazhi score`. Issues and the
 * per-file summary go to stderr. Returns 0 when records were printed, 1 when
 * the data could not be loaded or the unit has no row of the indicator that
 * year (the years it has are named); throws {@link UsageError} for a bad
 * command line (status 2).
 *
 * @example
 * const status = await evidenceCommand(['--data', 'fixtures/sip-2019', '--indicator', 'litigation.lost_cases', '--unit', '劳保局', '--year', '2019'], io, 'en');
 */
export async function evidenceCommand(args: string[], io: CliIo, lang: Lang): Promise<number> {
  const { values } = parseCommandArgs('evidence', args, {
    data: { type: 'string', short: 'd' },
    indicator: { type: 'string', short: 'i' },
    unit: { type: 'string', short: 'u' },
    year: { type: 'string', short: 'y' },
    format: { type: 'string', short: 'f', default: EVIDENCE_FORMATS[0] },
    option: { type: 'string', short: 'o', multiple: true },
    dimension: { type: 'string' },
    item: { type: 'string' },
    lang: { type: 'string' },
    ...COLUMN_MAP_OPTIONS,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(`${evidenceMessages.evidenceHelp()[lang]}\n`);
    return 0;
  }
  const format = values.format;
  if (!(EVIDENCE_FORMATS as readonly string[]).includes(format)) throw new UsageError(messages.badFormat(format, EVIDENCE_FORMATS));
  if (values.data === undefined || values.data === '') throw new UsageError(messages.missingData('evidence'));
  const indicator = values.indicator?.trim();
  if (indicator === undefined || indicator === '') throw new UsageError(evidenceMessages.missingIndicator());
  if (!isIndicatorId(indicator)) throw new UsageError(evidenceMessages.badIndicator(indicator, closestIds(indicator)));
  const rawUnit = values.unit?.trim();
  if (rawUnit === undefined || rawUnit === '') throw new UsageError(evidenceMessages.missingUnit());
  if (values.year === undefined) throw new UsageError(evidenceMessages.missingYear());
  if (!/^\d{4}$/.test(values.year.trim())) throw new UsageError(messages.badYear(values.year));
  const year = Number(values.year.trim());
  const options = parseIndicatorOptions(values.option ?? []);

  const columnMap = await readColumnMap(values, io, lang);
  if (columnMap === null) return 1;
  const data = await loadFolder(values.data, io, lang, columnMap);
  if (data === null) return 1;
  writeLoadReport(io.stderr, data, lang);

  // The unit as `fazhi score --unit` reads it: * for the jurisdiction, else a name or alias resolved through units.csv.
  const unit = rawUnit === '*' ? '*' : new UnitRegistry(data.records.units).resolve(rawUnit).name;
  const evidence = indicatorEvidence(data.records, indicator, unit, year, {
    ...options,
    ...(values.dimension === undefined ? {} : { dimension: values.dimension }),
    ...(values.item === undefined ? {} : { item: values.item }),
  });
  if (evidence.length === 0) {
    const years = [...new Set(computeIndicators(data.records, options).rows.filter((r) => r.indicator === indicator && r.unit === unit).map((r) => r.year))];
    io.stderr.write(`fazhi: ${evidenceMessages.noRow(indicator, unit, year, years.sort((a, b) => a - b))[lang]}\n`);
    return 1;
  }
  if (format === 'json') io.stdout.write(`${JSON.stringify(evidence, null, 2)}\n`);
  else if (format === 'csv') io.stdout.write(evidenceCsv(evidence));
  else io.stdout.write(evidenceTable(evidence, lang));
  return 0;
}
