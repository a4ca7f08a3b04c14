import { parseCsv } from '../io/parse-csv.ts';

/**
 * Options of {@link readCsvChunks}.
 *
 * @example
 * const options: ReadCsvChunksOptions = { chunkLines: 16, minChars: 0 };
 * readCsvChunks('a,b\n1,2\n', options).rows; // [['a', 'b'], ['1', '2']]
 */
export interface ReadCsvChunksOptions {
  /** Lines per chunk, at least 16 (so the first chunk holds the rows the delimiter is guessed from). Default 65,536. */
  chunkLines?: number;
  /** Texts shorter than this are parsed whole. Default 4 MiB (characters). */
  minChars?: number;
  /** Refuse a quote never closed that takes line breaks with it (see `parseCsv`). Default false. */
  strictQuotes?: boolean;
}

/**
 * The rows of a CSV text: the first chunk now, the rest on demand.
 *
 * @example
 * const chunks: CsvChunks = readCsvChunks('a,b\n1,2\n');
 * [chunks.rows.length, chunks.rowsEstimate]; // [2, 2]
 */
export interface CsvChunks {
  /** The first chunk's rows (the whole text when it is not split). */
  rows: string[][];
  /** The following chunks' rows, parsed one at a time as they are iterated. */
  rest: Iterable<string[][]>;
  /** Estimated row count of the whole text (exact when not split). */
  rowsEstimate: number;
}

const DELIMITERS = [',', '\t', ';', '|'];
/** The parser guesses the delimiter from the first 10 rows: the first chunk must hold them all. */
const MIN_CHUNK_LINES = 16;
const MIXED_WITH_CRLF = /(?:^|[^\r])\n|\r(?!\n)/;

/**
 * Parses a large CSV text in chunks of lines, so that only one chunk's rows
 * are alive at a time while a file is normalised. The split is exact only
 * where a line is a row, so a text with any `"` (where a quoted cell may
 * span lines) is parsed whole, as is a short text or one whose delimiter the
 * first line does not show. Later chunks use the delimiter the first chunk
 * was parsed with, so every chunk splits the same way.
 *
 * @example
 * const { rows, rest } = readCsvChunks(text, { chunkLines: 2, minChars: 0 });
 * [...rows, ...[...rest].flat()]; // the same rows as parseCsv(text)
 */
export function readCsvChunks(text: string, options: ReadCsvChunksOptions = {}): CsvChunks {
  const { minChars = 4 * 1024 * 1024 } = options;
  const chunkLines = Math.max(MIN_CHUNK_LINES, options.chunkLines ?? 65_536);
  const whole = (): CsvChunks => {
    const rows = parseCsv(text, options.strictQuotes === true ? { strictQuotes: true } : {});
    return { rows, rest: [], rowsEstimate: rows.length };
  };
  if (text.length < minChars || text.includes('"')) return whole();
  // Split only at the line ending the parser uses: all \r\n or all \n.
  const crlf = text.includes('\r\n');
  if (crlf ? MIXED_WITH_CRLF.test(text) : text.includes('\r')) return whole();
  const newline = crlf ? '\r\n' : '\n';
  const firstEnd = endOfLines(text, 0, chunkLines, newline);
  if (firstEnd >= text.length) return whole();
  const first = text.slice(0, firstEnd);
  const rows = parseCsv(first);
  const delimiter = delimiterOf(first, rows);
  if (delimiter === null) return whole();
  return {
    rows,
    rest: chunksAfter(text, firstEnd, chunkLines, newline, delimiter),
    rowsEstimate: Math.round((rows.length * text.length) / firstEnd),
  };
}

/** Index just after the `count`-th line break from `start`, or the text's end. */
function endOfLines(text: string, start: number, count: number, newline: string): number {
  let pos = start;
  for (let n = 0; n < count; n++) {
    const nl = text.indexOf(newline, pos);
    if (nl === -1) return text.length;
    pos = nl + newline.length;
  }
  return pos;
}

/** The delimiter that splits the first non-blank line into the cells parsed from it; null when unsure. */
function delimiterOf(text: string, rows: string[][]): string | null {
  const index = rows.findIndex((row) => row.length > 1 || (row[0] ?? '') !== '');
  const cells = rows[index];
  if (cells === undefined || cells.length < 2) return null;
  let lineStart = 0;
  for (let i = 0; i < index; i++) lineStart = text.indexOf('\n', lineStart) + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '').replace(/^\ufeff/, '');
  return DELIMITERS.find((d) => line.split(d).length === cells.length && line.split(d).every((c, i) => c === cells[i])) ?? null;
}

function* chunksAfter(text: string, from: number, chunkLines: number, newline: string, delimiter: string): Generator<string[][]> {
  let start = from;
  while (start < text.length) {
    const end = endOfLines(text, start, chunkLines, newline);
    yield parseCsv(text.slice(start, end), { delimiter });
    start = end;
  }
}
