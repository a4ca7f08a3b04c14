import type { XlsxCell } from '../io/read-xlsx.ts';
import { decodeBytes } from '../io/decode.ts';
import { parseCsv } from '../io/parse-csv.ts';
import { readXlsx } from '../io/read-xlsx.ts';
import { isKnownHeader } from '../datasets/match-headers.ts';
import type { InputFile } from './data-set.ts';

/**
 * A file read into physical rows of cells, before any schema is applied.
 *
 * @example
 * const { format, encoding, rows } = await readInput(file); // 'csv', 'gb18030', [['案号', …], …]
 */
export interface InputTable {
  format: 'csv' | 'xlsx';
  /** CSV: the encoding used; XLSX: null. */
  encoding: string | null;
  /** XLSX: the sheet read; CSV: null. */
  sheet: string | null;
  /** Rows as a spreadsheet shows them: index + 1 is the row number. CSV cells are strings. */
  rows: XlsxCell[][];
}

const HEADER_SEPARATOR = /[,\t;|]/;

/**
 * Reads a file's bytes into rows: XLSX (by its ZIP signature or extension)
 * through {@link readXlsx}, anything else as CSV text decoded by
 * {@link decodeBytes}, choosing between candidate encodings by how many
 * cells of the first lines are known column headers. Throws (with a reason
 * a user can act on) when the file cannot be read.
 *
 * @example
 * const table = await readInput({ name: 'litigation.csv', bytes });
 */
export async function readInput(file: InputFile): Promise<InputTable> {
  const { bytes } = file;
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new Error('old Excel 97–2003 .xls format; save it as .xlsx');
  }
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isZip || /\.xls[xm]$/i.test(file.name)) {
    const options = file.sheet === undefined ? {} : { sheet: file.sheet };
    const { sheet, rows } = await readXlsx(bytes, options);
    return { format: 'xlsx', encoding: null, sheet, rows };
  }
  const decodeOptions = file.encoding === undefined ? { score: knownHeaderCount } : { encoding: file.encoding, score: knownHeaderCount };
  const { text, encoding } = decodeBytes(bytes, decodeOptions);
  return { format: 'csv', encoding, sheet: null, rows: parseCsv(text) };
}

/** The largest number of known headers in any of the first non-blank lines. */
function knownHeaderCount(text: string): number {
  let best = 0;
  let seen = 0;
  for (const line of text.slice(0, 8192).split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const count = line.split(HEADER_SEPARATOR).filter((cell) => isKnownHeader(cell.replace(/^"|"$/g, ''))).length;
    best = Math.max(best, count);
    if (++seen >= 5) break;
  }
  return best;
}
