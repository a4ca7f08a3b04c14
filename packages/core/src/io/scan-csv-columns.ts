import { CsvColumns, type CsvColumn } from './csv-columns.ts';
import { CsvLimitError, MAX_CELL_LENGTH, MAX_COLUMNS, maxSlots } from './csv-limits.ts';
import { guessDelimiter, guessNewline } from './scan-csv.ts';

const QUOTE = 34; // "
const LF = 10;
const DOUBLED_QUOTES = /""/g;
/** The candidates {@link parseCsv} guesses among. */
const DELIMITERS = [',', '\t', ';', '|'];

/**
 * Options of {@link scanCsvColumns}.
 *
 * @example
 * scanCsvColumns('a;b\n1;2', { delimiter: ';' });
 */
export interface ScanCsvColumnsOptions {
  /** The cell delimiter (one character). Default: guessed among `,` tab `;` `|` as parseCsv guesses it. */
  delimiter?: string;
}

/**
 * Splits CSV text into dictionary-encoded columns in one forward scan:
 * each cell's text is hashed while its end is looked for and interned in
 * its column's open-addressing table, so only distinct texts become
 * strings and no array is made per row. The rows are exactly those of
 * `parseCsv(text)` (papaparse's): BOM dropped, line ending and delimiter
 * guessed the same way, quotes literal inside unquoted cells, `""` inside
 * quoted ones, a trailing line break adding no row. Returns null for text
 * whose quoting it does not follow papaparse through — an unterminated
 * quoted cell, or a closing quote followed by anything but the delimiter,
 * the line ending or the end — so the caller falls back to {@link parseCsv}.
 *
 * @example
 * const table = scanCsvColumns('案号,被告单位\n1,司法局\n2,司法局\n');
 * table?.rowCount;             // 3
 * table?.columns[1]?.values;   // ['被告单位', '司法局']
 */
export function scanCsvColumns(text: string, options: ScanCsvColumnsOptions = {}): CsvColumns | null {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (input === '') return new CsvColumns(0, []);
  const newline = guessNewline(input);
  const delim = options.delimiter ?? guessDelimiter(input, newline, DELIMITERS);
  if (delim.length !== 1 || delim === '"' || delim === '\r' || delim === '\n') return null;
  const delimCode = delim.charCodeAt(0);
  const newlineCode = newline.charCodeAt(0);
  const newlineLength = newline.length;
  const length = input.length;

  const builders: ColumnBuilder[] = [];
  let capacity = estimateRows(input);
  const sparseLimit = maxSlots(length);
  let row = 0;
  let column = 0;
  let position = 0;
  for (;;) {
    if (column === builders.length) {
      if (column === MAX_COLUMNS) throw new CsvLimitError('columns', row + 1, column + 1, MAX_COLUMNS);
      // Every row keeps a slot in every column: a ragged table whose slots outgrow the text goes to the rows path.
      if ((column + 1) * capacity > sparseLimit) return null;
      builders.push(new ColumnBuilder(input, capacity));
    }
    const builder = builders[column] as ColumnBuilder;
    let rowEnds = false;
    let textEnds = false;
    if (input.charCodeAt(position) === QUOTE) {
      let quote = position + 1;
      let doubled = false;
      for (;;) {
        quote = input.indexOf('"', quote);
        if (quote === -1) {
          if (length - position - 1 > MAX_CELL_LENGTH) throw new CsvLimitError('quote', row + 1, column + 1, MAX_CELL_LENGTH);
          return null;
        }
        if (input.charCodeAt(quote + 1) === QUOTE) {
          doubled = true;
          quote += 2;
          continue;
        }
        break;
      }
      const after = quote + 1;
      // A quote followed by anything but a delimiter or a line break does not close the cell: the rows path reads that file
      if (after !== length && input.charCodeAt(after) !== delimCode && !input.startsWith(newline, after)) return null;
      if (quote - position - 1 > MAX_CELL_LENGTH && (!doubled || input.substring(position + 1, quote).replace(DOUBLED_QUOTES, '"').length > MAX_CELL_LENGTH)) {
        throw new CsvLimitError('cell', row + 1, column + 1, MAX_CELL_LENGTH);
      }
      if (doubled) builder.setString(row, input.substring(position + 1, quote).replace(DOUBLED_QUOTES, '"'));
      else builder.setRange(row, position + 1, quote, hashRange(input, position + 1, quote));
      if (after === length) {
        textEnds = true;
      } else if (input.charCodeAt(after) === delimCode) {
        position = after + 1;
      } else if (input.startsWith(newline, after)) {
        rowEnds = true;
        position = after + newlineLength;
      } else {
        return null;
      }
    } else {
      let hash = 0;
      let i = position;
      for (; i < length; i++) {
        const c = input.charCodeAt(i);
        if (c === delimCode || (c === newlineCode && (newlineLength === 1 || input.charCodeAt(i + 1) === LF))) break;
        hash = (Math.imul(hash, 31) + c) | 0;
      }
      if (i - position > MAX_CELL_LENGTH) throw new CsvLimitError('cell', row + 1, column + 1, MAX_CELL_LENGTH);
      builder.setRange(row, position, i, hash);
      if (i === length) textEnds = true;
      else if (input.charCodeAt(i) === delimCode) position = i + 1;
      else {
        rowEnds = true;
        position = i + newlineLength;
      }
    }
    if (textEnds) break;
    if (rowEnds) {
      row++;
      column = 0;
      if (row === capacity) {
        capacity *= 2;
        if (builders.length * capacity > sparseLimit) return null;
        for (const b of builders) b.grow(capacity);
      }
    } else {
      column++;
    }
  }
  let rowCount = row + 1;
  // parseCsv: a trailing line break adds no row.
  if (column === 0 && rowCount > 0 && /\r?\n$/.test(text.slice(-2)) && builders[0]?.isEmptyAt(row) === true) {
    for (const b of builders) b.clear(row);
    rowCount--;
  }
  return new CsvColumns(rowCount, builders.map((b) => b.finish()));
}

/** Rows to allocate for at first: the line breaks of the first 64 Ki characters, scaled to the whole, plus a tenth; at most 2^20. */
function estimateRows(input: string): number {
  const end = Math.min(input.length, 65_536);
  let lines = 0;
  for (let at = input.indexOf('\n'); at !== -1 && at < end; at = input.indexOf('\n', at + 1)) lines++;
  const estimate = Math.ceil((((lines + 1) * input.length) / Math.max(1, end)) * 1.1);
  return Math.max(16, Math.min(estimate, 1 << 20));
}

/** The hash {@link ColumnBuilder} keys texts by: 31-multiplier over the UTF-16 code units. */
function hashRange(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

/** A column stops interning once it has seen this many cells, if nearly all were new (identifiers). */
const INTERN_PROBE = 4096;

/**
 * One column's ids and its dictionary of texts, interned by hash in an
 * open-addressing table — unless the column's texts are nearly all distinct,
 * in which case each further cell simply gets a new id.
 */
class ColumnBuilder {
  /** Cells seen while probing; -1 once decided. */
  probed = 0;
  /** Interning given up: every further cell is a new entry. */
  off = false;
  ids: Int32Array;
  readonly values: string[] = [];
  /**
   * The characters of the distinct texts one after another: candidates are
   * compared here, in a compact hot array, rather than at their first
   * occurrence somewhere in a large input.
   */
  chars = new Uint16Array(1024);
  used = 0;
  /** Per id: start of its characters in `chars`. */
  starts = new Int32Array(64);
  lengths = new Int32Array(64);
  hashes = new Int32Array(64);
  /** id + 1 per slot, 0 = free. */
  slots = new Int32Array(128);
  mask = 127;

  constructor(
    readonly input: string,
    capacity: number,
  ) {
    this.ids = new Int32Array(capacity).fill(-1);
  }

  grow(capacity: number): void {
    const ids = new Int32Array(capacity).fill(-1);
    ids.set(this.ids);
    this.ids = ids;
  }

  isEmptyAt(row: number): boolean {
    const id = this.ids[row] ?? -1;
    return id !== -1 && this.values[id] === '';
  }

  clear(row: number): void {
    this.ids[row] = -1;
  }

  /** Interns `input[start, end)` (hash precomputed) as row `row`'s cell. */
  setRange(row: number, start: number, end: number, hash: number): void {
    const input = this.input;
    if (this.off) {
      this.ids[row] = this.values.length;
      this.values.push(input.substring(start, end));
      return;
    }
    if (this.probed !== -1 && ++this.probed === INTERN_PROBE && this.decide()) {
      this.setRange(row, start, end, hash);
      return;
    }
    const length = end - start;
    let slot = mix(hash) & this.mask;
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === 0) break;
      const id = entry - 1;
      if (this.hashes[id] === hash && this.lengths[id] === length && this.equals(id, input, start, length)) {
        this.ids[row] = id;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    this.ids[row] = this.add(slot, input.substring(start, end), hash);
  }

  /** Interns a text that is not a stretch of the input (an unescaped quoted cell) as row `row`'s cell. */
  setString(row: number, text: string): void {
    if (this.off) {
      this.ids[row] = this.values.length;
      this.values.push(text);
      return;
    }
    const length = text.length;
    const hash = hashRange(text, 0, length);
    let slot = mix(hash) & this.mask;
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === 0) break;
      const id = entry - 1;
      if (this.hashes[id] === hash && this.lengths[id] === length && this.equals(id, text, 0, length)) {
        this.ids[row] = id;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    this.ids[row] = this.add(slot, text, hash);
  }

  /** After the probe: a column whose cells were nearly all new stops interning (dates, say 60 % new at first, still pay off). */
  private decide(): boolean {
    this.probed = -1;
    if (this.values.length * 8 > INTERN_PROBE * 7) {
      this.off = true;
      this.slots = new Int32Array(0);
      this.starts = new Int32Array(0);
      this.lengths = new Int32Array(0);
      this.hashes = new Int32Array(0);
      this.chars = new Uint16Array(0);
    }
    return this.off;
  }

  finish(): CsvColumn {
    return { ids: this.ids, values: this.values };
  }

  private equals(id: number, source: string, start: number, length: number): boolean {
    const chars = this.chars;
    const at = this.starts[id] as number;
    for (let k = 0; k < length; k++) if (chars[at + k] !== source.charCodeAt(start + k)) return false;
    return true;
  }

  private add(slot: number, text: string, hash: number): number {
    const id = this.values.length;
    if (id === this.starts.length) {
      this.starts = grown(this.starts);
      this.lengths = grown(this.lengths);
      this.hashes = grown(this.hashes);
    }
    const length = text.length;
    while (this.used + length > this.chars.length) {
      const chars = new Uint16Array(this.chars.length * 2);
      chars.set(this.chars);
      this.chars = chars;
    }
    for (let k = 0; k < length; k++) this.chars[this.used + k] = text.charCodeAt(k);
    this.values.push(text);
    this.starts[id] = this.used;
    this.used += length;
    this.lengths[id] = length;
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    if ((id + 1) * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const size = this.slots.length * 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    const count = this.values.length;
    for (let id = 0; id < count; id++) {
      let slot = mix(this.hashes[id] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}

/** Spreads a 31-multiplier hash over the low bits the table indexes by. */
function mix(hash: number): number {
  let h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  h ^= h >>> 16;
  return h;
}
