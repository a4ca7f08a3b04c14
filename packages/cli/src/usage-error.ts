import type { LocalizedText } from '@fazhi/core';

/**
 * A command line that cannot be run as written (unknown option, missing
 * `--data`, bad `--format` …): `main` prints its text on stderr and exits
 * with status 2.
 *
 * @example
 * throw new UsageError(messages.missingData('indicators'));
 */
export class UsageError extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
    this.name = 'UsageError';
  }
}
