import { CsvLimitError, MAX_CELL_LENGTH, MAX_COLUMNS } from './csv-limits.ts';

const QUOTE = 34; // "
const DOUBLED_QUOTES = /""/g;
/** Delimiters papaparse refuses (it then uses `,`). */
const BAD_DELIMITERS = ['\r', '\n', '"', '\ufeff'];
/** Candidates papaparse tries, in its order, when no delimiter is given. */
const GUESSED_DELIMITERS = [',', '\t', '|', ';', '\x1e', '\x1f'];
/** papaparse guesses line endings from the first MiB of the text. */
const NEWLINE_SAMPLE = 1024 * 1024;
/** papaparse guesses the delimiter from the first 10 rows. */
const DELIMITER_SAMPLE_ROWS = 10;

/**
 * Splits CSV text into rows of cells, returning exactly what
 * `Papa.parse(text, {delimiter, skipEmptyLines: false}).data` returns, only
 * faster: a single forward scan with `indexOf` jumps and slices, unescaping
 * doubled quotes only in the cells that have them.
 *
 * papaparse's rules are kept, malformed input included: a leading BOM is
 * dropped; the line ending (`\n`, `\r\n` or `\r`) is guessed from the first
 * MiB outside quotes and other line breaks are ordinary characters; a quote
 * inside an unquoted cell is literal; a closing quote may be followed by
 * whitespace before the delimiter or line ending; a quote not followed by one
 * of those is kept as text; an unterminated quoted cell runs to the end of the
 * text, unescaped; a trailing line ending yields a last row `['']`; blank
 * lines are rows `['']`. An empty text gives `[]`. Beyond papaparse, a row
 * of more than {@link MAX_COLUMNS} cells, a cell of more than
 * {@link MAX_CELL_LENGTH} characters and an unterminated quoted cell longer
 * than that throw a {@link CsvLimitError}, so that no input costs memory
 * out of proportion to its size.
 *
 * @param text The decoded CSV text.
 * @param delimiter The cell delimiter. When absent or empty it is guessed the
 *   way papaparse guesses it (`,` `\t` `|` `;` and the ASCII record / unit
 *   separators, the most consistent field count over the first 10 rows winning,
 *   `,` when none gives two or more fields); an array guesses among those
 *   candidates instead, like papaparse's `delimitersToGuess`. `\r`, `\n`, `"`
 *   and the BOM are refused in favour of `,`, as papaparse does.
 * @example
 * scanCsv('案号,被告单位\n"（2019）苏0591行初1号","区建设局"\n');
 * // [['案号', '被告单位'], ['（2019）苏0591行初1号', '区建设局'], ['']]
 * scanCsv('案号;被告单位;审级\n1;2;一审', [',', ';']); // [['案号', '被告单位', '审级'], ['1', '2', '一审']]
 */
export function scanCsv(text: string, delimiter?: string | readonly string[], options: ScanCsvOptions = {}): string[][] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (input === '') return [];
  const newline = guessNewline(input);
  let delim: string;
  if (delimiter === undefined || delimiter === '') delim = guessDelimiter(input, newline, GUESSED_DELIMITERS);
  else if (typeof delimiter !== 'string') delim = guessDelimiter(input, newline, delimiter.length > 0 ? delimiter : GUESSED_DELIMITERS);
  else delim = BAD_DELIMITERS.includes(delimiter) ? ',' : delimiter;
  return scan(input, delim, newline, 0, null, options.strictQuotes === true);
}

/**
 * Options of {@link scanCsv}.
 *
 * @example
 * scanCsv('a,"b\n1,2', ',', { strictQuotes: true }); // throws CsvLimitError('quote', 1, 2, …)
 */
export interface ScanCsvOptions {
  /**
   * Throw a {@link CsvLimitError} of kind `quote` for a quoted cell that is
   * never closed and takes line breaks (so rows) with it, instead of keeping
   * the rest of the text as that cell as papaparse does. Default false.
   */
  strictQuotes?: boolean;
}

/**
 * papaparse's line-ending guess: drop quoted stretches from the first MiB,
 * then `\n` unless a `\r` comes first; `\r\n` when at least half the `\r`-split
 * pieces start with `\n`, else `\r`. The text must not start with a BOM.
 *
 * @example
 * guessNewline('a,b\r\n1,2\r\n'); // '\r\n'
 */
export function guessNewline(input: string): string {
  const sample = input.substring(0, NEWLINE_SAMPLE).replace(/"([^]*?)"/gm, '');
  const firstR = sample.indexOf('\r');
  if (firstR === -1) return '\n';
  const firstN = sample.indexOf('\n');
  if (firstN !== -1 && firstN < firstR) return '\n';
  let pieces = 1;
  let withN = 0;
  for (let i = firstR; i !== -1; i = sample.indexOf('\r', i + 1)) {
    pieces++;
    if (sample.charCodeAt(i + 1) === 10) withN++;
  }
  return withN >= pieces / 2 ? '\r\n' : '\r';
}

/**
 * papaparse's delimiter guess (without its skipEmptyLines and comments
 * branches, which scanCsv never uses; empty candidates are skipped): the
 * candidate with the most consistent field count over the first 10 rows,
 * `,` when none gives two or more fields. The text must not start with a BOM.
 *
 * @example
 * guessDelimiter('a;b\n1;2', '\n', [',', ';']); // ';'
 */
export function guessDelimiter(input: string, newline: string, candidates: readonly string[]): string {
  return guess(input, newline, candidates, null) as string;
}

/**
 * {@link guessDelimiter} on the first lines of a longer text: the same
 * guess as on the whole text, or null when it cannot be told from the
 * sample — when some candidate's first 10 rows do not all end inside it.
 * The sample must end with a line break (outside any quotes or not) and
 * must not start with a BOM.
 *
 * @example
 * guessDelimiterOfSample('a;b\n1;2\n', '\n', [',', ';']); // null: fewer than 10 rows
 */
export function guessDelimiterOfSample(sample: string, newline: string, candidates: readonly string[]): string | null {
  return guess(sample, newline, candidates, { early: false });
}

/** The guess; with `stop`, null unless every candidate's preview stopped at its 10th row. */
function guess(input: string, newline: string, candidates: readonly string[], stop: { early: boolean } | null): string | null {
  let best: string | undefined;
  let bestDelta = 0;
  let bestFieldCount = 0;
  for (const candidate of candidates) {
    if (candidate === '') continue;
    // papaparse's Parser turns a refused candidate into `,`.
    const delim = BAD_DELIMITERS.includes(candidate) ? ',' : candidate;
    if (stop !== null) stop.early = false;
    const rows = scan(input, delim, newline, DELIMITER_SAMPLE_ROWS, stop);
    if (stop !== null && !stop.early) return null;
    let delta = 0;
    let fieldSum = 0;
    let previous: number | undefined;
    for (const row of rows) {
      const fieldCount = row.length;
      fieldSum += fieldCount;
      if (previous === undefined) {
        previous = fieldCount;
      } else if (fieldCount > 0) {
        delta += Math.abs(fieldCount - previous);
        previous = fieldCount;
      }
    }
    const average = rows.length > 0 ? fieldSum / rows.length : 0;
    if (average > 1.99 && (best === undefined || delta < bestDelta || (delta === bestDelta && average > bestFieldCount))) {
      best = delim;
      bestDelta = delta;
      bestFieldCount = average;
    }
  }
  return best ?? ',';
}

/**
 * papaparse's whitespace allowance after a closing quote at `quote`: the length
 * of the text up to `until` when that text is all whitespace, else 0.
 */
function extraSpaces(input: string, quote: number, until: number): number {
  if (until === -1) return 0;
  const between = input.substring(quote + 1, until);
  return between !== '' && between.trim() === '' ? between.length : 0;
}

/** The rows of a text without quotes: split on the line ending, then on the delimiter. */
function scanUnquoted(input: string, delim: string, newline: string, preview: number, stop: { early: boolean } | null): string[][] {
  const data: string[][] = [];
  if (preview === 0) {
    for (const line of input.split(newline)) data.push(line.split(delim));
    return data;
  }
  // A preview must not split the whole text into lines only to read ten of them.
  let start = 0;
  while (data.length < preview) {
    const end = input.indexOf(newline, start);
    // A preview needs no more cells than the limit: a wider row is refused by the scan proper.
    data.push((end === -1 ? input.substring(start) : input.substring(start, end)).split(delim, MAX_COLUMNS + 1));
    if (end === -1) return data;
    start = end + newline.length;
  }
  return stopped(data, stop);
}

/** Rows returned at the preview's last row: marks the scan as stopped before the text's end. */
function stopped(data: string[][], stop: { early: boolean } | null): string[][] {
  if (stop !== null) stop.early = true;
  return data;
}

/**
 * The scan proper, following papaparse's Parser step for step (`preview` > 0
 * stops after that many rows). `nextDelim` / `nextNewline` always hold the
 * first occurrence at or after the cursor (or -1), as in papaparse, because
 * its whitespace rules are defined in terms of them.
 */
function scan(input: string, delim: string, newline: string, preview: number, stop: { early: boolean } | null = null, strict = false): string[][] {
  if (preview > 0 && input.indexOf('"') === -1) return scanUnquoted(input, delim, newline, preview, stop);

  const length = input.length;
  const delimLength = delim.length;
  const newlineLength = newline.length;
  const delimCode = delimLength === 1 ? delim.charCodeAt(0) : -1;
  const newlineCode = newline.charCodeAt(0);
  const data: string[][] = [];
  let row: string[] = [];
  let cursor = 0;
  let nextDelim = input.indexOf(delim, 0);
  let nextNewline = input.indexOf(newline, 0);
  let nextQuote = input.indexOf('"', 0);
  const interner = delimCode !== -1 && preview === 0 ? new CellInterner() : null;

  for (;;) {
    if (row.length === 0) {
      // At the start of a row, a row without quotes is split in one go; papaparse's
      // field-by-field walk gives the same cells there.
      if (nextQuote !== -1 && nextQuote < cursor) nextQuote = input.indexOf('"', cursor);
      if (nextQuote === -1 || (nextNewline !== -1 && nextNewline < nextQuote)) {
        if (nextNewline === -1) {
          data.push(splitRow(input, cursor, length, delim, interner, data.length + 1));
          return data;
        }
        data.push(splitRow(input, cursor, nextNewline, delim, interner, data.length + 1));
        cursor = nextNewline + newlineLength;
        nextNewline = input.indexOf(newline, cursor);
        if (preview > 0 && data.length >= preview) return stopped(data, stop);
        continue;
      }
      if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(delim, cursor);
    }
    if (input.charCodeAt(cursor) === QUOTE) {
      let quote = cursor;
      cursor++;
      // Only cells that met a second quote inside can hold `""` to unescape.
      let quoted = false;
      for (;;) {
        quote = input.indexOf('"', quote + 1);
        if (quote === -1) {
          // Unterminated: papaparse keeps the rest of the text, unescaped.
          if (length - cursor > MAX_CELL_LENGTH || (strict && /[\r\n]/.test(input.substring(cursor).replace(/\r?\n$/, '')))) {
            throw new CsvLimitError('quote', data.length + 1, row.length + 1, MAX_CELL_LENGTH);
          }
          push(row, input.substring(cursor), data.length);
          data.push(row);
          return data;
        }
        if (quote === length - 1) {
          push(row, unescape(input.substring(cursor, quote), quoted), data.length);
          data.push(row);
          return data;
        }
        const after = input.charCodeAt(quote + 1);
        if (after === QUOTE) {
          quote++;
          quoted = true;
          continue;
        }
        if (nextDelim !== -1 && nextDelim < quote + 1) nextDelim = input.indexOf(delim, quote + 1);
        if (nextNewline !== -1 && nextNewline < quote + 1) nextNewline = input.indexOf(newline, quote + 1);

        if (after === delimCode) {
          push(row, interner !== null && !quoted ? interner.slice(input, cursor, quote, row.length) : unescape(input.substring(cursor, quote), quoted), data.length);
          cursor = quote + 2;
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(delim, cursor);
          break;
        }
        if (delimCode !== -1 && after === newlineCode && nextNewline === quote + 1) {
          push(row, interner !== null && !quoted ? interner.slice(input, cursor, quote, row.length) : unescape(input.substring(cursor, quote), quoted), data.length);
          cursor = quote + 1 + newlineLength;
          data.push(row);
          row = [];
          nextNewline = input.indexOf(newline, cursor);
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(delim, cursor);
          if (preview > 0 && data.length >= preview) return stopped(data, stop);
          break;
        }

        // The general rules: whitespace may sit between the closing quote and the delimiter or line ending.
        const checkUpTo = nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline);
        const spacesToDelim = extraSpaces(input, quote, checkUpTo);
        if (input.substr(quote + 1 + spacesToDelim, delimLength) === delim) {
          push(row, unescape(input.substring(cursor, quote), quoted), data.length);
          cursor = quote + 1 + spacesToDelim + delimLength;
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(delim, cursor);
          if (nextNewline !== -1 && nextNewline < cursor) nextNewline = input.indexOf(newline, cursor);
          break;
        }
        const spacesToNewline = extraSpaces(input, quote, nextNewline);
        const newlineAt = quote + 1 + spacesToNewline;
        if (input.substring(newlineAt, newlineAt + newlineLength) === newline) {
          push(row, unescape(input.substring(cursor, quote), quoted), data.length);
          cursor = newlineAt + newlineLength;
          data.push(row);
          row = [];
          nextNewline = input.indexOf(newline, cursor);
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(delim, cursor);
          if (preview > 0 && data.length >= preview) return stopped(data, stop);
          break;
        }
        // A stray quote inside a quoted cell is text; papaparse also steps over the character after it.
        quote++;
        quoted = true;
      }
      continue;
    }

    if (nextDelim !== -1 && (nextDelim < nextNewline || nextNewline === -1)) {
      push(row, input.substring(cursor, nextDelim), data.length);
      cursor = nextDelim + delimLength;
      nextDelim = input.indexOf(delim, cursor);
      continue;
    }
    if (nextNewline !== -1) {
      push(row, input.substring(cursor, nextNewline), data.length);
      cursor = nextNewline + newlineLength;
      data.push(row);
      row = [];
      nextNewline = input.indexOf(newline, cursor);
      if (preview > 0 && data.length >= preview) return stopped(data, stop);
      continue;
    }
    break;
  }
  push(row, input.substring(cursor), data.length);
  data.push(row);
  return data;
}

/** Adds a cell to the row at index `rowIndex`, refusing a row or a cell past the limits. */
function push(row: string[], cell: string, rowIndex: number): void {
  if (row.length >= MAX_COLUMNS) throw new CsvLimitError('columns', rowIndex + 1, row.length + 1, MAX_COLUMNS);
  if (cell.length > MAX_CELL_LENGTH) throw new CsvLimitError('cell', rowIndex + 1, row.length + 1, MAX_CELL_LENGTH);
  row.push(cell);
}

/**
 * The cells of a quote-free row `input[start, end)`. With an interner (a
 * one-character delimiter), repeated cells of a column come back as one
 * shared string, found by a hash computed while looking for the delimiter,
 * so that most cells of a long export allocate nothing.
 */
function splitRow(input: string, start: number, end: number, delim: string, interner: CellInterner | null, rowNumber: number): string[] {
  if (interner === null) {
    const cells = input.substring(start, end).split(delim, MAX_COLUMNS + 1);
    if (cells.length > MAX_COLUMNS) throw new CsvLimitError('columns', rowNumber, MAX_COLUMNS + 1, MAX_COLUMNS);
    // Only a line longer than the limit can hold a cell that is.
    if (end - start > MAX_CELL_LENGTH) {
      const long = cells.findIndex((cell) => cell.length > MAX_CELL_LENGTH);
      if (long !== -1) throw new CsvLimitError('cell', rowNumber, long + 1, MAX_CELL_LENGTH);
    }
    return cells;
  }
  const delimCode = delim.charCodeAt(0);
  const row: string[] = [];
  let column = 0;
  let position = start;
  const checkLength = end - start > MAX_CELL_LENGTH;
  for (;;) {
    if (column === MAX_COLUMNS) throw new CsvLimitError('columns', rowNumber, column + 1, MAX_COLUMNS);
    let cellEnd: number;
    if (interner.isOff(column)) {
      cellEnd = input.indexOf(delim, position);
      if (cellEnd === -1 || cellEnd > end) cellEnd = end;
      row.push(input.substring(position, cellEnd));
    } else {
      let hash = 0;
      let i = position;
      for (; i < end; i++) {
        const c = input.charCodeAt(i);
        if (c === delimCode) break;
        hash = (Math.imul(hash, 31) + c) | 0;
      }
      cellEnd = i;
      row.push(interner.cell(input, position, cellEnd, column, hash));
    }
    if (checkLength && cellEnd - position > MAX_CELL_LENGTH) throw new CsvLimitError('cell', rowNumber, column + 1, MAX_CELL_LENGTH);
    if (cellEnd >= end) return row;
    position = cellEnd + 1;
    column++;
  }
}

/** Cells longer than this are not interned: long texts rarely repeat. */
const INTERN_MAX_LENGTH = 24;
/** A column stops interning once it has seen this many cells, if most were new. */
const INTERN_PROBE = 2048;
/** A column stops interning when its table reaches this many distinct values. */
const INTERN_MAX_SIZE = 1 << 16;

/**
 * Per-column tables of the cell strings seen, keyed by a hash of their
 * characters. A column whose cells are mostly distinct (identifiers, titles)
 * switches interning off, so it costs nothing there.
 */
class CellInterner {
  private readonly tables: Map<number, string>[] = [];
  private readonly seen: number[] = [];
  private readonly misses: number[] = [];
  private readonly off: boolean[] = [];

  isOff(column: number): boolean {
    return this.off[column] === true;
  }

  /** `input.substring(start, end)` through the column's table, hashing the characters here. */
  slice(input: string, start: number, end: number, column: number): string {
    const length = end - start;
    if (this.off[column] === true || length > INTERN_MAX_LENGTH) return input.substring(start, end);
    let hash = 0;
    for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + input.charCodeAt(i)) | 0;
    return this.cell(input, start, end, column, hash);
  }

  cell(input: string, start: number, end: number, column: number, hash: number): string {
    const length = end - start;
    if (length === 0) return '';
    if (length > INTERN_MAX_LENGTH) return input.substring(start, end);
    let table = this.tables[column];
    if (table === undefined) {
      table = new Map();
      this.tables[column] = table;
      this.seen[column] = 0;
      this.misses[column] = 0;
    }
    const seen = (this.seen[column] as number) + 1;
    this.seen[column] = seen;
    const known = table.get(hash);
    if (known !== undefined && known.length === length && input.startsWith(known, start)) return known;
    const cell = input.substring(start, end);
    if (known === undefined) table.set(hash, cell);
    const misses = (this.misses[column] as number) + 1;
    this.misses[column] = misses;
    if ((seen >= INTERN_PROBE && misses * 2 > seen) || table.size >= INTERN_MAX_SIZE) {
      this.off[column] = true;
      this.tables[column] = new Map();
    }
    return cell;
  }
}

function unescape(cell: string, quoted: boolean): string {
  return quoted ? cell.replace(DOUBLED_QUOTES, '"') : cell;
}
