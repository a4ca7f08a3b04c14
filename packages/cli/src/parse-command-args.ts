import { parseArgs, type ParseArgsConfig } from 'node:util';
import { messages } from './messages.ts';
import { UsageError } from './usage-error.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What parseArgs returns for `options` in strict mode without positionals (spelled out so declarations can name it). */
type ParsedCommandArgs<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: false }>>;

function quoted(message: string, pattern: RegExp): string | null {
  return pattern.exec(message)?.[1] ?? null;
}

/**
 * `node:util` parseArgs in strict mode, without positionals, whose errors
 * become {@link UsageError}s that name the offending option in the user's
 * language and point to `fazhi <command> --help`.
 *
 * @example
 * const { values } = parseCommandArgs('validate', ['--data', 'x'], { data: { type: 'string' } });
 * values.data; // 'x'
 */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O): ParsedCommandArgs<O> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : null;
    const message = error instanceof Error ? error.message : String(error);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new UsageError(messages.unknownOption(quoted(message, /option '([^']+)'/i) ?? message, command));
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new UsageError(messages.unexpectedArgument(quoted(message, /argument '([^']+)'/i) ?? message, command));
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      // Node writes the option as e.g. `-d, --data <value>`: name it by its long form.
      const spec = quoted(message, /Option '([^']+)'/) ?? '';
      const option = /--[\w-]+/.exec(spec)?.[0] ?? spec;
      if (/argument missing/.test(message)) throw new UsageError(messages.missingOptionValue(option, command));
      if (/does not take an argument/.test(message)) throw new UsageError(messages.optionTakesNoValue(option, command));
    }
    throw new UsageError(messages.badArguments(message, command));
  }
}
