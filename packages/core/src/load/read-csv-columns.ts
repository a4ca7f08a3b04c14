import type { CsvColumns } from '../io/csv-columns.ts';
import { decodeBytes } from '../io/decode.ts';
import { scanCsvColumns } from '../io/scan-csv-columns.ts';
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
  /** The encoding used, as {@link readInput} reports it. */
  encoding: string;
  columns: CsvColumns;
}

/**
 * Reads a CSV file the way {@link readInput} does (same decoding, same
 * rows), into dictionary-encoded columns with {@link scanCsvColumns}; when
 * the scan gives up on the file's quoting, into rows as readInput would.
 * Null for a spreadsheet (ZIP or OLE signature, `.xls[xm]` name), which
 * readInput reads. Throws what readInput throws for undecodable bytes.
 *
 * @example
 * const input = readCsvColumns({ name: 'litigation.csv', bytes });
 * if (input !== null && 'columns' in input) input.columns.rowCount;
 */
export function readCsvColumns(file: InputFile): CsvColumnsInput | InputTable | null {
  const { bytes } = file;
  const isOle = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isOle || isZip || /\.xls[xm]$/i.test(file.name)) return null;
  const { text, encoding } = decodeBytes(bytes, csvDecodeOptions(file));
  const columns = scanCsvColumns(text);
  if (columns !== null) return { format: 'csv', encoding, columns };
  const { rows, rest, rowsEstimate } = readCsvChunks(text);
  return { format: 'csv', encoding, sheet: null, rows, more: rest, rowsEstimate };
}

