import { loadDataSet, type ColumnMap, type DataSet, type Lang } from '@fazhi/core';
import type { CliIo } from './cli-io.ts';
import { messages } from './messages.ts';
import { readDataDir } from './read-data-dir.ts';

/**
 * Reads the `--data` folder and loads it with the core's `loadDataSet`,
 * telling the user on stderr (in `lang`) about ignored and unreadable files.
 * Returns null, after saying why, when there is nothing to load: a missing
 * path, a file instead of a folder, an unreadable folder, no data file, or a
 * loader failure. The caller exits with status 1 then. When stderr is a
 * terminal, shows which file is loading, on one line rewritten in place.
 * `columnMap` (from `--map` / `--map-file`) is passed to the loader.
 *
 * @example
 * const data = await loadFolder('fixtures/sip-2019', io, 'en');
 * if (data === null) return 1;
 */
export async function loadFolder(dir: string, io: CliIo, lang: Lang, columnMap?: ColumnMap): Promise<DataSet | null> {
  const say = (text: { [L in Lang]: string }): void => {
    io.stderr.write(`fazhi: ${text[lang]}\n`);
  };
  const read = await readDataDir(dir, io.cwd);
  if (!read.ok) {
    if (read.problem === 'missing') say(messages.dataMissing(dir));
    else if (read.problem === 'not-directory') say(messages.dataNotDirectory(dir));
    else if (read.problem === 'empty') say(messages.dataNoFiles(dir));
    else say(messages.dataUnreadable(dir, read.reason ?? '?'));
    return null;
  }
  for (const name of read.ignored) say(messages.fileIgnored(name));
  for (const { name, reason } of read.unreadable) say(messages.fileUnreadable(name, reason));
  // Progress only on a terminal, rewritten in place; a log file or a pipe gets no control characters.
  const progress = io.stderr.isTTY === true;
  try {
    return await loadDataSet(read.files, {
      ...(progress && { onProgress: ({ done, total, file }) => io.stderr.write(`\r\x1b[K${messages.loading(done, total, file)[lang]}`) }),
      ...(columnMap !== undefined && { columnMap }),
    });
  } catch (error) {
    say(messages.loadFailed(error instanceof Error ? error.message : String(error)));
    return null;
  } finally {
    if (progress) io.stderr.write('\r\x1b[K');
  }
}
