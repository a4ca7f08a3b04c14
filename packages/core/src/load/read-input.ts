import type { XlsxCell } from '../io/read-xlsx.ts';
import { decodeBytes } from '../io/decode.ts';
import { parseCsv } from '../io/parse-csv.ts';
import { readXlsx } from '../io/read-xlsx.ts';
import { sniffBytes } from '../io/sniff-bytes.ts';
import { mayHoldUnwanted } from './clean-cells.ts';
import { csvDecodeOptions } from './csv-decode-options.ts';
import type { InputFile } from './data-set.ts';
import { readCsvChunks } from './read-csv-chunks.ts';

/**
 * A file read into physical rows of cells, before any schema is applied.
 *
 * @example
 * const { format, encoding, rows } = await readInput(file); // 'csv', 'gb18030', [['案号', …], …]
 */
export interface InputTable {
  /** `xlsx` for a ZIP archive or a `.xlsx`/`.xlsm` name, else `csv`. */
  format: 'csv' | 'xlsx';
  /** CSV: the encoding used; XLSX: null. */
  encoding: string | null;
  /** XLSX: the sheet read; CSV: null. */
  sheet: string | null;
  /** The first rows (all of an XLSX sheet; the first chunk of a large CSV file): index + 1 is the row number. CSV cells are strings. */
  rows: XlsxCell[][];
  /** The rows after `rows`, chunk by chunk, numbering continuing (a large CSV file); empty otherwise. Iterate once. */
  more: Iterable<XlsxCell[][]>;
  /** Row count of the whole file, estimated when it is read in chunks. */
  rowsEstimate: number;
  /** True when some cell may hold a control character or U+FFFD (always for XLSX), so the loader looks at each. Default false. */
  suspect?: boolean;
}

/**
 * Options of {@link readInput}.
 *
 * @example
 * await readInput(file, { chunkLines: 10_000 });
 */
export interface ReadInputOptions {
  /** CSV: lines per chunk for large files. Default 65,536. */
  chunkLines?: number;
  /** CSV: texts shorter than this many characters are parsed whole. Default 4 MiB. */
  minChunkedChars?: number;
}

/**
 * Reads a file's bytes into rows: XLSX (by its ZIP signature, or by its
 * extension unless the bytes are text)
 * through {@link readXlsx}, anything else as CSV text decoded by
 * {@link decodeBytes}, choosing between candidate encodings by how many
 * cells of the first lines are known column headers; a large CSV file's
 * rows come in chunks ({@link readCsvChunks}). Throws (with a reason
 * a user can act on) when the file cannot be read.
 *
 * @example
 * const table = await readInput({ name: 'litigation.csv', bytes });
 */
export async function readInput(file: InputFile, options: ReadInputOptions = {}): Promise<InputTable> {
  const { bytes } = file;
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new Error('old Excel 97–2003 .xls format; save it as .xlsx');
  }
  // By the bytes: a damaged workbook is named as one but may have lost its signature; a text file named .xlsx is CSV.
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isZip || (/\.xls[xm]$/i.test(file.name) && sniffBytes(bytes) !== 'text')) {
    const options = file.sheet === undefined ? {} : { sheet: file.sheet };
    const { sheet, rows } = await readXlsx(bytes, options);
    return { format: 'xlsx', encoding: null, sheet, rows, more: [], rowsEstimate: rows.length, suspect: true };
  }
  const { text, encoding } = decodeBytes(bytes, csvDecodeOptions(file));
  const chunkOptions = {
    strictQuotes: true,
    ...(options.chunkLines !== undefined && { chunkLines: options.chunkLines }),
    ...(options.minChunkedChars !== undefined && { minChars: options.minChunkedChars }),
  };
  const { rows, rest, rowsEstimate } = readCsvChunks(text, chunkOptions);
  return { format: 'csv', encoding, sheet: null, rows, more: rest, rowsEstimate, ...(mayHoldUnwanted(text) && { suspect: true }) };
}

const PEEK_BYTES = 64 * 1024;

/**
 * The first rows of a CSV file, decoded from its first 64 KB (cut at a line
 * break) without reading the rest, so a large file's dataset can be
 * recognised by its headers before it is loaded. Null for XLSX and UTF-16
 * files, which must be read whole.
 *
 * @example
 * peekCsvRows({ name: 'export.csv', bytes })?.[0]; // ['案號', '被告單位', …]
 */
export function peekCsvRows(file: InputFile): string[][] | null {
  const { bytes } = file;
  if (isXlsx(file) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  let end = Math.min(bytes.length, PEEK_BYTES);
  if (end < bytes.length) end = bytes.lastIndexOf(0x0a, end - 1) + 1;
  return parseCsv(decodeBytes(bytes.subarray(0, end), csvDecodeOptions(file)).text);
}

function isXlsx(file: InputFile): boolean {
  const { bytes } = file;
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const isOle = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return isZip || isOle || /\.xls[xm]?$/i.test(file.name);
}

