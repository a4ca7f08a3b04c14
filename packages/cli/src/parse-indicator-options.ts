import { resolveIndicatorOptions, type IndicatorOptions } from '@fazhi/core';
import { messages } from './messages.ts';
import { UsageError } from './usage-error.ts';

/** The value each computation option takes on the command line: a number, a boolean, or one of some words. */
const OPTION_KINDS = {
  filingDeadlineDays: 'number',
  lossRateIncludesWithdrawals: 'boolean',
  headAppearanceBase: ['hearings', 'notified'],
  reconsiderationDeadlineDays: 'number',
  reconsiderationExtensionDays: 'number',
  reconsiderationSimpleDays: 'number',
  enforcementPassScore: 'number',
  enforcementExcellentScore: 'number',
} as const satisfies Record<Exclude<keyof IndicatorOptions, 'years'>, 'number' | 'boolean' | readonly string[]>;

type OptionName = keyof typeof OPTION_KINDS;

/**
 * The computation options `--option` accepts, each with its default, as
 * `name=default` strings in the core's order, enumerations followed by their
 * choices (for the help text).
 *
 * @example
 * indicatorOptionDefaults()[0]; // 'filingDeadlineDays=30'
 */
export function indicatorOptionDefaults(): string[] {
  const defaults = resolveIndicatorOptions();
  return (Object.keys(OPTION_KINDS) as OptionName[]).map((name) => {
    const kind = OPTION_KINDS[name];
    return `${name}=${String(defaults[name])}${Array.isArray(kind) ? ` (${kind.join('|')})` : ''}`;
  });
}

function canonicalName(raw: string): OptionName | null {
  // Accept the core's camelCase and the kebab-case people type on command lines.
  const camel = raw.trim().replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return Object.hasOwn(OPTION_KINDS, camel) ? (camel as OptionName) : null;
}

/**
 * Reads `--option NAME=VALUE` arguments into the core's `IndicatorOptions`:
 * names in camelCase or kebab-case (`filing-deadline-days=15`), numbers for
 * day limits and scores, `true`/`false` (also `yes`/`no`, `1`/`0`) for flags,
 * `hearings`/`notified` for the head-appearance base. A later occurrence of
 * an option wins. Throws {@link UsageError} for an unknown name, a missing
 * `=`, or a value the computation would refuse.
 *
 * @example
 * parseIndicatorOptions(['filing-deadline-days=15', 'headAppearanceBase=notified']);
 * // { filingDeadlineDays: 15, headAppearanceBase: 'notified' }
 */
export function parseIndicatorOptions(args: readonly string[]): IndicatorOptions {
  const options: Record<string, number | boolean | string> = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    const name = canonicalName(eq === -1 ? arg : arg.slice(0, eq));
    if (name === null || eq === -1) {
      throw new UsageError(messages.badIndicatorOption(arg, indicatorOptionDefaults()));
    }
    const raw = arg.slice(eq + 1).trim();
    const kind = OPTION_KINDS[name];
    const bad = (): UsageError => new UsageError(messages.badIndicatorOptionValue(name, raw, indicatorOptionDefaults()));
    if (kind === 'number') {
      const value = Number(raw);
      if (raw === '' || !Number.isFinite(value)) throw bad();
      options[name] = value;
    } else if (kind === 'boolean') {
      const value = raw.toLowerCase();
      if (['true', 'yes', '1'].includes(value)) options[name] = true;
      else if (['false', 'no', '0'].includes(value)) options[name] = false;
      else throw bad();
    } else {
      if (!(kind as readonly string[]).includes(raw)) throw bad();
      options[name] = raw;
    }
    try {
      resolveIndicatorOptions({ [name]: options[name] });
    } catch {
      throw bad();
    }
  }
  return options as IndicatorOptions;
}
