import type { CsvColumns } from './csv-columns.ts';
import { CsvLimitError, MAX_CELL_LENGTH, MAX_COLUMNS, maxSlots } from './csv-limits.ts';
import { unpackCsvColumns, type PackedCsvColumn, type PackedCsvColumns } from './unpack-csv-columns.ts';

const QUOTE = 34; // "
const LF = 10;
const CR = 13;
/** A column stops interning once it has seen this many cells, if nearly all were new (identifiers). */
const INTERN_PROBE = 4096;

/**
 * Options of {@link scanCsvBytes}.
 *
 * @example
 * const options: ScanCsvBytesOptions = { encoding: 'utf-8', delimiter: ',', newline: '\r\n', start: 3 };
 */
export interface ScanCsvBytesOptions {
  /**
   * The encoding of the bytes: `utf-8`, `gb18030`/`gbk` or `big5` — those in
   * which the quote, CR, LF, NUL and the delimiter are single bytes that are
   * never part of a multi-byte character (so not `|` in GB18030 or Big5).
   */
  encoding: string;
  /** The cell delimiter, one ASCII character (not `"`, CR or LF), as {@link guessDelimiter} gives it. */
  delimiter: string;
  /** The line ending, as {@link guessNewline} gives it. */
  newline: string;
  /** Where the text starts, past any BOM. Default 0. */
  start?: number;
  /** Throw a TypeError (as a fatal TextDecoder does) when some cell's bytes are not valid in the encoding. Default false: U+FFFD, as TextDecoder does. */
  fatal?: boolean;
}

/**
 * {@link scanCsvColumns} on the bytes of a CSV file instead of its decoded
 * text: the same rows and cells as `scanCsvColumns(decode(bytes))`, given the
 * delimiter and line ending that scanCsvColumns would guess, but without
 * decoding the whole file. Cells are split and interned per column by their
 * bytes, and only each column's distinct texts are decoded (all together, in
 * one TextDecoder call per column). That is exact because in the encodings
 * allowed the structural bytes (delimiter, quote, CR, LF) never occur inside
 * a multi-byte character, so the decoder is in its initial state at every
 * cell's first byte. Returns null for quoting that scanCsvColumns gives up on
 * (an unterminated quoted cell, text after a closing quote).
 *
 * The text must not start with a BOM past `start` (scanCsvColumns drops one
 * more), and in GB18030 or Big5 the last byte must be ASCII (an incomplete
 * last character decodes differently at the end of the text): the caller
 * checks both.
 *
 * @example
 * const bytes = new TextEncoder().encode('案号,被告单位\n1,司法局\n2,司法局\n');
 * scanCsvBytes(bytes, { encoding: 'utf-8', delimiter: ',', newline: '\n' })?.columns[1]?.values; // ['被告单位', '司法局']
 */
export function scanCsvBytes(bytes: Uint8Array, options: ScanCsvBytesOptions): CsvColumns | null {
  const packed = scanCsvBytesPacked(bytes, options);
  return packed === null ? null : unpackCsvColumns(packed);
}

/**
 * {@link scanCsvBytes} up to the last step: each column's distinct texts
 * decoded but not yet split apart ({@link unpackCsvColumns} does that), so
 * that a worker can scan a file and post the result cheaply.
 *
 * @example
 * const packed = scanCsvBytesPacked(bytes, { encoding: 'utf-8', delimiter: ',', newline: '\n' });
 * if (packed !== null) unpackCsvColumns(packed).rowCount;
 */
export function scanCsvBytesPacked(bytes: Uint8Array, options: ScanCsvBytesOptions): PackedCsvColumns | null {
  const { encoding, delimiter, newline, start = 0, fatal = false } = options;
  const length = bytes.length;
  if (start >= length) return { rowCount: 0, columns: [] };
  const delimCode = delimiter.charCodeAt(0);
  const newlineCode = newline.charCodeAt(0);
  const newlineLength = newline.length;
  const crlf = newlineLength === 2;
  // Valid UTF-8 (checked by the strict decode of every distinct cell) lets a three- or four-byte character be taken in one step.
  const skip = fatal && encoding === 'utf-8';
  const skipEnd = length - 2;

  const builders: ByteColumnBuilder[] = [];
  let capacity = estimateRows(bytes, start);
  const sparseLimit = maxSlots(length - start);
  // A cell has at most as many characters as bytes, so only a cell of more bytes than the limit is decoded to be measured.
  const tooLong = (from: number, to: number, doubled: boolean): boolean => {
    if (to - from <= MAX_CELL_LENGTH) return false;
    // No character takes more than four bytes: this prefix decodes to more than the limit if the cell does.
    let text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(from, Math.min(to, from + 4 * MAX_CELL_LENGTH + 8)));
    if (doubled) text = text.replace(/""/g, '"');
    return text.length > MAX_CELL_LENGTH;
  };
  let row = 0;
  let column = 0;
  let position = start;
  for (;;) {
    if (column === builders.length) {
      if (column === MAX_COLUMNS) throw new CsvLimitError('columns', row + 1, column + 1, MAX_COLUMNS);
      // Every row keeps a slot in every column: a ragged table whose slots outgrow the file goes to the rows path.
      if ((column + 1) * capacity > sparseLimit) return null;
      builders.push(new ByteColumnBuilder(bytes, capacity, skip));
    }
    const builder = builders[column] as ByteColumnBuilder;
    let rowEnds = false;
    let textEnds = false;
    if (bytes[position] === QUOTE) {
      let quote = position + 1;
      let doubled = false;
      for (;;) {
        quote = bytes.indexOf(QUOTE, quote);
        if (quote === -1) {
          if (tooLong(position + 1, length, doubled)) throw new CsvLimitError('quote', row + 1, column + 1, MAX_CELL_LENGTH);
          return null;
        }
        if (bytes[quote + 1] === QUOTE) {
          doubled = true;
          quote += 2;
          continue;
        }
        break;
      }
      const after = quote + 1;
      // A quote followed by anything but a delimiter or a line break does not close the cell: the rows path reads that file
      const closes = after === length || bytes[after] === delimCode || (bytes[after] === newlineCode && (!crlf || bytes[after + 1] === LF));
      if (!closes) return null;
      if (quote - position - 1 > MAX_CELL_LENGTH && tooLong(position + 1, quote, doubled)) throw new CsvLimitError('cell', row + 1, column + 1, MAX_CELL_LENGTH);
      if (doubled) builder.setUnescaped(row, position + 1, quote);
      else builder.setRange(row, position + 1, quote);
      if (after === length) {
        textEnds = true;
      } else if (bytes[after] === delimCode) {
        position = after + 1;
      } else if (bytes[after] === newlineCode && (!crlf || bytes[after + 1] === LF)) {
        rowEnds = true;
        position = after + newlineLength;
      } else {
        return null;
      }
    } else {
      let i = position;
      if (builder.off) {
        for (; i < length; i++) {
          const c = bytes[i] as number;
          if (c >= 0xe0 && skip && i < skipEnd) i += 2;
          else if (c === delimCode || (c === newlineCode && (!crlf || bytes[i + 1] === LF))) break;
        }
        if (i - position > MAX_CELL_LENGTH && tooLong(position, i, false)) throw new CsvLimitError('cell', row + 1, column + 1, MAX_CELL_LENGTH);
        builder.append(row, position, i);
      } else {
        let hash = 0;
        for (; i < length; i++) {
          const c = bytes[i] as number;
          if (c >= 0xe0 && skip && i < skipEnd) {
            hash = (Math.imul(hash, 31) + (c | ((bytes[i + 1] as number) << 8) | ((bytes[i + 2] as number) << 16))) | 0;
            i += 2;
            continue;
          }
          if (c === delimCode || (c === newlineCode && (!crlf || bytes[i + 1] === LF))) break;
          hash = (Math.imul(hash, 31) + c) | 0;
        }
        if (i - position > MAX_CELL_LENGTH && tooLong(position, i, false)) throw new CsvLimitError('cell', row + 1, column + 1, MAX_CELL_LENGTH);
        builder.intern(row, bytes, position, i, hash);
      }
      if (i === length) textEnds = true;
      else if (bytes[i] === delimCode) position = i + 1;
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
  if (column === 0 && bytes[length - 1] === LF && builders[0]?.isEmptyAt(row) === true) {
    for (const b of builders) b.clear(row);
    rowCount--;
  }
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  const strict = fatal ? new TextDecoder(encoding, { ignoreBOM: true, fatal: true }) : null;
  return { rowCount, columns: builders.map((b) => b.finish(decoder, strict)) };
}

/** Rows to allocate for at first: the line breaks of the first 64 KB, scaled to the whole, plus a tenth. */
function estimateRows(bytes: Uint8Array, start: number): number {
  const end = Math.min(bytes.length, start + 65_536);
  let lines = 0;
  for (let i = start; i < end; i++) if (bytes[i] === LF || bytes[i] === CR) lines++;
  const estimate = Math.ceil(((lines + 1) * (bytes.length - start)) / Math.max(1, end - start) * 1.1);
  return Math.max(16, Math.min(estimate, 1 << 26));
}

/**
 * One column's ids and its distinct cells as bytes, interned by hash in an
 * open-addressing table — unless the column's cells are nearly all
 * distinct, in which case each further cell simply gets a new id. The
 * distinct cells' bytes are kept one after another, each followed by a NUL
 * byte, so that all of them decode in one call and split at the NULs.
 */
class ByteColumnBuilder {
  /** Cells seen while probing; -1 once decided. */
  probed = 0;
  /** Interning given up: every further cell is a new entry. */
  off = false;
  ids: Int32Array<ArrayBuffer>;
  /** Distinct entries so far. */
  count = 0;
  /** The entries' bytes, each followed by a 0 byte. */
  arena = new Uint8Array(4096);
  used = 0;
  /** The arena read four bytes at a time. */
  arenaView = new DataView(this.arena.buffer);
  /** Per id: start of its bytes in `arena`, and their length. */
  starts = new Int32Array(64);
  lengths = new Int32Array(64);
  /** Per slot two entries, side by side: id + 1 (0 = free) and the entry's hash. */
  slots = new Int32Array(256);
  mask = 127;
  /** Unescaped bytes of a cell with doubled quotes. */
  scratch = new Uint8Array(256);
  readonly inputView: DataView;

  constructor(
    readonly input: Uint8Array,
    capacity: number,
    /** Hash a three- or four-byte UTF-8 character in one step, as the scan loop does in valid UTF-8. */
    readonly skip: boolean,
  ) {
    this.ids = new Int32Array(capacity).fill(-1);
    this.inputView = new DataView(input.buffer, input.byteOffset, input.byteLength);
  }

  grow(capacity: number): void {
    const ids = new Int32Array(capacity).fill(-1);
    ids.set(this.ids);
    this.ids = ids;
  }

  isEmptyAt(row: number): boolean {
    const id = this.ids[row] ?? -1;
    return id !== -1 && this.lengths[id] === 0;
  }

  clear(row: number): void {
    this.ids[row] = -1;
  }

  /** Row `row`'s cell is `input[start, end)`. */
  setRange(row: number, start: number, end: number): void {
    if (this.off) {
      this.append(row, start, end);
      return;
    }
    this.intern(row, this.input, start, end, hashRange(this.input, start, end, this.skip));
  }

  /** Row `row`'s cell is the quoted text `input[start, end)` with each `""` read as `"`. */
  setUnescaped(row: number, start: number, end: number): void {
    if (this.scratch.length < end - start) this.scratch = new Uint8Array(end - start);
    const input = this.input;
    const scratch = this.scratch;
    let length = 0;
    for (let i = start; i < end; i++) {
      const c = input[i] as number;
      scratch[length++] = c;
      if (c === QUOTE) i++;
    }
    if (this.off) this.append(row, 0, length, scratch);
    else this.intern(row, scratch, 0, length, hashRange(scratch, 0, length, this.skip));
  }

  /** Row `row`'s cell is a new entry `source[start, end)` (an identifier column). */
  append(row: number, start: number, end: number, source: Uint8Array = this.input): void {
    this.ids[row] = this.add(source, start, end);
  }

  /** Row `row`'s cell is `source[start, end)`, whose hash is given: an existing entry with the same bytes, or a new one. */
  intern(row: number, source: Uint8Array, start: number, end: number, hash: number): void {
    if (this.probed !== -1 && ++this.probed === INTERN_PROBE && this.decide()) {
      this.append(row, start, end, source);
      return;
    }
    const length = end - start;
    const lengths = this.lengths;
    const slots = this.slots;
    const mask = this.mask;
    let slot = mix(hash) & mask;
    for (;;) {
      const entry = slots[2 * slot] as number;
      if (entry === 0) break;
      const id = entry - 1;
      if (slots[2 * slot + 1] === hash && lengths[id] === length && this.equals(id, source, start, length)) {
        this.ids[row] = id;
        return;
      }
      slot = (slot + 1) & mask;
    }
    const id = this.add(source, start, end);
    slots[2 * slot] = id + 1;
    slots[2 * slot + 1] = hash;
    if ((id + 1) * 2 > mask + 1) this.rehash();
    this.ids[row] = id;
  }

  /** The column: the distinct entries decoded, all in one call (not yet split at the NULs) when no cell holds a NUL. */
  finish(decoder: TextDecoder, strict: TextDecoder | null): PackedCsvColumn {
    const count = this.count;
    const bytes = this.arena.subarray(0, this.used);
    const text = decoder.decode(bytes);
    // A U+FFFD is an undecodable byte or a genuine U+FFFD; the strict decoder tells which.
    if (strict !== null && text.includes('\uFFFD')) strict.decode(bytes);
    let nuls = 0;
    for (let at = text.indexOf('\0'); at !== -1 && nuls <= count; at = text.indexOf('\0', at + 1)) nuls++;
    if (nuls === count) return { ids: this.ids, count, text, values: null };
    // Some cell holds a NUL. Each entry is decoded with its NUL, as a cell is followed by a delimiter in the
    // file: at the end of the input an incomplete character may decode otherwise (GB18030's four-byte form).
    const values: string[] = [];
    for (let id = 0; id < count; id++) {
      const at = this.starts[id] as number;
      values.push(decoder.decode(this.arena.subarray(at, at + (this.lengths[id] as number) + 1)).slice(0, -1));
    }
    return { ids: this.ids, count, text: null, values };
  }

  /** After the probe: a column whose cells were nearly all new stops interning (dates, say 60 % new at first, still pay off). */
  private decide(): boolean {
    this.probed = -1;
    if (this.count * 8 > INTERN_PROBE * 7) {
      this.off = true;
      this.slots = new Int32Array(0);
    }
    return this.off;
  }

  /** True when entry `id` holds the bytes `source[start, start + length)` (its length already matched), compared four at a time. */
  private equals(id: number, source: Uint8Array, start: number, length: number): boolean {
    const at = this.starts[id] as number;
    const arena = this.arenaView;
    const view = source === this.input ? this.inputView : new DataView(source.buffer, source.byteOffset, source.byteLength);
    let k = 0;
    for (; k + 4 <= length; k += 4) if (arena.getInt32(at + k, true) !== view.getInt32(start + k, true)) return false;
    for (; k < length; k++) if (arena.getUint8(at + k) !== view.getUint8(start + k)) return false;
    return true;
  }

  /** Appends `source[start, end)` and its NUL to the arena as a new entry; its id. */
  private add(source: Uint8Array, start: number, end: number): number {
    const id = this.count++;
    if (id === this.starts.length) {
      this.starts = grown(this.starts);
      this.lengths = grown(this.lengths);
    }
    const length = end - start;
    const used = this.used;
    if (used + length + 4 > this.arena.length) {
      const arena = new Uint8Array(Math.max(this.arena.length * 2, used + length + 4));
      arena.set(this.arena.subarray(0, used));
      this.arena = arena;
      this.arenaView = new DataView(arena.buffer);
    }
    const arena = this.arena;
    if (length > 64) {
      arena.set(source.subarray(start, end), used);
    } else if (source === this.input) {
      const from = this.inputView;
      const to = this.arenaView;
      let k = 0;
      for (; k + 4 <= length; k += 4) to.setInt32(used + k, from.getInt32(start + k, true), true);
      for (; k < length; k++) arena[used + k] = source[start + k] as number;
    } else {
      for (let k = 0; k < length; k++) arena[used + k] = source[start + k] as number;
    }
    arena[used + length] = 0;
    this.starts[id] = used;
    this.lengths[id] = length;
    this.used = used + length + 1;
    return id;
  }

  private rehash(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(2 * size);
    const mask = size - 1;
    for (let s = 0; s < old.length; s += 2) {
      const entry = old[s] as number;
      if (entry === 0) continue;
      const hash = old[s + 1] as number;
      let slot = mix(hash) & mask;
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = entry;
      slots[2 * slot + 1] = hash;
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

/**
 * The hash the scan loop computes over a cell's bytes: 31-multiplier over
 * the bytes, with `skip` over each character of three or four bytes as one
 * step (its first three bytes) — the same hash for the same bytes of valid
 * UTF-8 wherever the cell was found.
 */
function hashRange(bytes: Uint8Array, start: number, end: number, skip: boolean): number {
  let hash = 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i] as number;
    if (c >= 0xe0 && skip && i + 2 < end) {
      hash = (Math.imul(hash, 31) + (c | ((bytes[i + 1] as number) << 8) | ((bytes[i + 2] as number) << 16))) | 0;
      i += 2;
    } else {
      hash = (Math.imul(hash, 31) + c) | 0;
    }
  }
  return hash;
}

/** Spreads a 31-multiplier hash over the low bits the table indexes by. */
function mix(hash: number): number {
  let h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  h ^= h >>> 16;
  return h;
}
