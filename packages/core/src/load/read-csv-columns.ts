import type { CsvColumns } from '../io/csv-columns.ts';
import { decodeBytes } from '../io/decode.ts';
import { fallbackEncoding } from '../io/legacy-encoding.ts';
import { scanCsvBytesPacked } from '../io/scan-csv-bytes.ts';
import { scanCsvColumns } from '../io/scan-csv-columns.ts';
import { guessDelimiter, guessDelimiterOfSample, guessNewline } from '../io/scan-csv.ts';
import { unpackCsvColumns, type PackedCsvColumns } from '../io/unpack-csv-columns.ts';
import { mayHoldUnwanted, packedMayHoldUnwanted } from './clean-cells.ts';
import { csvDecodeOptions } from './csv-decode-options.ts';
import type { InputFile } from './data-set.ts';
import { readCsvChunks } from './read-csv-chunks.ts';
import type { InputTable } from './read-input.ts';

/**
 * A CSV file read as dictionary-encoded columns.
 *
 * @example
 * const input: CsvColumnsInput = { format: 'csv', encoding: 'utf-8', columns: scanCsvColumns('a,b\n1,2') as CsvColumns };
 */
export interface CsvColumnsInput {
  format: 'csv';
  /** The encoding used, as `FileReport.encoding` reports it. */
  encoding: string;
  columns: CsvColumns;
  /** True when some cell may hold a control character or U+FFFD, so the loader looks at each. Default false. */
  suspect?: boolean;
}

/**
 * Reads a CSV file the way the loader's `readInput` does (same decoding, same
 * rows), into dictionary-encoded columns: with {@link scanCsvBytes} on the
 * bytes where the encoding allows (UTF-8, GB18030, Big5), so that only
 * distinct cell texts are decoded, else with {@link scanCsvColumns} on the
 * decoded text; when the scan gives up on the file's quoting, into rows as
 * readInput would.
 * Null for a spreadsheet (ZIP or OLE signature, `.xls[xm]` name), which
 * readInput reads. Throws what readInput throws for undecodable bytes.
 *
 * @example
 * const input = readCsvColumns({ name: 'litigation.csv', bytes });
 * if (input !== null && 'columns' in input) input.columns.rowCount;
 */
export function readCsvColumns(file: InputFile): CsvColumnsInput | InputTable | null {
  if (isSpreadsheet(file)) return null;
  const scanned = scanBytes(file);
  if (scanned !== null) {
    return { format: 'csv', encoding: scanned.encoding, columns: unpackCsvColumns(scanned.packed), ...(packedMayHoldUnwanted(scanned.packed) && { suspect: true }) };
  }
  const { text, encoding } = decodeBytes(file.bytes, csvDecodeOptions(file));
  const suspect = mayHoldUnwanted(text) && { suspect: true };
  const columns = scanCsvColumns(text);
  if (columns !== null) return { format: 'csv', encoding, columns, ...suspect };
  const { rows, rest, rowsEstimate } = readCsvChunks(text, { strictQuotes: true });
  return { format: 'csv', encoding, sheet: null, rows, more: rest, rowsEstimate, ...suspect };
}

/**
 * A CSV file scanned as bytes, its columns still packed (see {@link scanCsvFile}).
 *
 * @example
 * const scanned: ScannedCsvFile = { encoding: 'utf-8', packed: { rowCount: 0, columns: [] } };
 * scanned.packed.rowCount; // 0
 */
export interface ScannedCsvFile {
  /** The encoding used, as `FileReport.encoding` reports it. */
  encoding: string;
  /** The file's columns, each column's texts not yet split apart. */
  packed: PackedCsvColumns;
}

/**
 * The part of the loader's CSV reading (`readCsvColumns`) that may run
 * on a worker, for `LoadOptions.scanCsv`: the file scanned as bytes,
 * with its columns packed (`scanCsvBytesPacked`); `unpackCsvColumns` then
 * gives exactly the columns `readCsvColumns` returns. Null where
 * `readCsvColumns` takes another way (a spreadsheet, the text path, bytes
 * it rejects): the loader then reads the file itself. Throws where
 * `readCsvColumns` throws.
 *
 * @example
 * const bytes = new TextEncoder().encode('案號,被告單位\n(2019)1,司法局\n');
 * const scanned = scanCsvFile({ name: 'litigation.csv', bytes });
 * scanned?.encoding; // 'utf-8'
 * scanned?.packed.rowCount; // 2
 * scanCsvFile({ name: 'litigation.xlsx', bytes }); // null
 */
export function scanCsvFile(file: InputFile): ScannedCsvFile | null {
  if (isSpreadsheet(file)) return null;
  return scanBytes(file);
}

function isSpreadsheet(file: InputFile): boolean {
  const { bytes } = file;
  const isOle = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  return isOle || isZip || /\.xls[xm]$/i.test(file.name);
}

/** The delimiters {@link scanCsvColumns} guesses among. */
const DELIMITERS = [',', '\t', ';', '|'];
/** Bytes decoded to guess the line ending and delimiter: enough for guessNewline's first MiB of characters. */
const SAMPLE_BYTES = 4 * 1024 * 1024 + 64;
/** guessNewline looks at this many characters. */
const NEWLINE_SAMPLE = 1024 * 1024;
/** Encodings (TextDecoder names) whose structural bytes are never inside a multi-byte character. */
const BYTE_SAFE = new Set(['utf-8', 'gbk', 'gb18030', 'big5']);

/**
 * The file scanned as bytes, with the encoding {@link decodeBytes} would
 * choose and the delimiter and line ending {@link scanCsvColumns} would
 * guess from the decoded text; null where that cannot be done exactly (a
 * UTF-16 or other encoding, a second BOM, a guess the first 4 MB do not
 * settle, quoting the scan gives up on), left to the text path.
 */
function scanBytes(file: InputFile): ScannedCsvFile | null {
  const { bytes } = file;
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (file.encoding !== undefined) {
    let name: string;
    try {
      name = new TextDecoder(file.encoding).encoding;
    } catch {
      return null;
    }
    if (!BYTE_SAFE.has(name)) return null;
    return scanAs(bytes, name, name, name === 'utf-8' && utf8Bom ? 3 : 0, false);
  }
  if (utf8Bom) return scanAs(bytes, 'utf-8', 'utf-8-bom', 3, false);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  try {
    return scanAs(bytes, 'utf-8', 'utf-8', 0, true);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    // Not UTF-8: a legacy Chinese code page (or damaged UTF-8), chosen as decodeBytes chooses it.
  }
  const chosen = fallbackEncoding(bytes, csvDecodeOptions(file).score);
  return scanAs(bytes, chosen, chosen, 0, false);
}

/** {@link scanBytes} in one encoding; with `fatal`, throws a TypeError for bytes invalid in it. */
function scanAs(bytes: Uint8Array, name: string, reported: string, start: number, fatal: boolean): ScannedCsvFile | null {
  const length = bytes.length;
  if (start >= length) return { encoding: reported, packed: { rowCount: 0, columns: [] } };
  // An incomplete last character decodes differently at the end of the text than before a delimiter: a lead byte
  // last, or (GB18030's four-byte form, whose second byte is a digit) a lead byte and a digit last.
  if (name !== 'utf-8' && endsInLeadBytes(bytes)) return null;
  const whole = length - start <= SAMPLE_BYTES;
  const end = whole ? length : bytes.lastIndexOf(10, start + SAMPLE_BYTES - 1) + 1;
  if (end <= start) return null;
  const text = new TextDecoder(name, { ignoreBOM: true, fatal }).decode(bytes.subarray(start, end));
  // scanCsvColumns drops a BOM left after decoding: rare enough for the text path.
  if (text.charCodeAt(0) === 0xfeff) return null;
  if (!whole && text.length < NEWLINE_SAMPLE) return null;
  const newline = guessNewline(text);
  const delimiter = whole ? guessDelimiter(text, newline, DELIMITERS) : guessDelimiterOfSample(text, newline, DELIMITERS);
  if (delimiter === null || delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') return null;
  // `|` is a trail byte of GB18030 and Big5 characters.
  if (delimiter === '|' && name !== 'utf-8') return null;
  const packed = scanCsvBytesPacked(bytes, { encoding: name, delimiter, newline, start, fatal });
  return packed === null ? null : { encoding: reported, packed };
}

/**
 * True when the bytes may end inside a GB18030 or Big5 character: the last
 * byte is not ASCII, or a byte ≥ 0x81 is followed by a digit — the first
 * half of GB18030's four-byte form (or its complete second half: either way
 * the text path decides).
 */
function endsInLeadBytes(bytes: Uint8Array): boolean {
  const last = bytes[bytes.length - 1] as number;
  if (last >= 0x80) return true;
  return last >= 0x30 && last <= 0x39 && bytes.length >= 2 && (bytes[bytes.length - 2] as number) >= 0x81;
}
