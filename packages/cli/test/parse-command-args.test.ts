import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../src/parse-command-args.ts';
import { UsageError } from '../src/usage-error.ts';

const options = {
  data: { type: 'string', short: 'd' },
  strict: { type: 'boolean' },
} as const;

function usageError(args: string[]): UsageError {
  try {
    parseCommandArgs('indicators', args, options);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('parseCommandArgs', () => {
  it('parseCommandArgs reads long, short and = forms', () => {
    expect(parseCommandArgs('x', ['--data', 'a'], options).values.data).toBe('a');
    expect(parseCommandArgs('x', ['-d', 'b'], options).values.data).toBe('b');
    expect(parseCommandArgs('x', ['--data=c', '--strict'], options).values).toEqual({ data: 'c', strict: true });
  });
  it('parseCommandArgs turns an unknown option into a UsageError naming it, in three languages', () => {
    const error = usageError(['--bogus']);
    expect(error.text.en).toContain('"--bogus"');
    expect(error.text.en).toContain('fazhi indicators --help');
    expect(error.text['zh-Hant']).toContain('「--bogus」');
    expect(error.text['zh-Hans']).toContain('“--bogus”');
  });
  it('parseCommandArgs names an option whose value is missing by its long form', () => {
    expect(usageError(['-d']).text.en).toBe('option --data needs a value (fazhi indicators --help for usage)');
    expect(usageError(['--data']).text.en).toContain('option --data needs a value');
  });
  it('parseCommandArgs rejects a value given to a flag and a positional argument', () => {
    expect(usageError(['--strict=yes']).text.en).toContain('option --strict takes no value');
    expect(usageError(['fixtures']).text.en).toContain('unexpected argument "fixtures"');
  });
});
