import { compileSql, INDICATOR_DECLARATIONS, SQL_DIALECT_NAMES, type Lang, type SqlDialectName } from '@fazhi/core';
import type { CliIo } from '../cli-io.ts';
import { sqlMessages } from '../messages.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { parseIndicatorOptions } from '../parse-indicator-options.ts';
import { parseYearList } from '../parse-year-list.ts';
import { UsageError } from '../usage-error.ts';

/**
 * `fazhi sql [--dialect duckdb] [--option NAME=VALUE]… [--year Y]…`:
 * prints the script of `compileSql` for the whole catalogue — the dataset
 * tables, one view per indicator with the options as constants, the rows
 * view (kept to the `--year`s given) and the query that reads it — for a
 * data team to run in their own warehouse. Returns 0; throws
 * {@link UsageError} for a bad command line (status 2).
 *
 * @example
 * const status = await sqlCommand(['--dialect', 'duckdb', '--option', 'filingDeadlineDays=15'], io, 'en');
 */
export async function sqlCommand(args: string[], io: CliIo, _lang: Lang): Promise<number> {
  const { values } = parseCommandArgs('sql', args, {
    dialect: { type: 'string', default: SQL_DIALECT_NAMES[0] },
    option: { type: 'string', short: 'o', multiple: true },
    year: { type: 'string', short: 'y', multiple: true },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!(SQL_DIALECT_NAMES as readonly string[]).includes(values.dialect)) {
    throw new UsageError(sqlMessages.badDialect(values.dialect, SQL_DIALECT_NAMES));
  }
  const options = parseIndicatorOptions(values.option ?? []);
  const years = parseYearList(values.year ?? []);
  const program = compileSql(INDICATOR_DECLARATIONS, values.dialect as SqlDialectName, years.length === 0 ? options : { ...options, years });
  io.stdout.write(program.script);
  return 0;
}
