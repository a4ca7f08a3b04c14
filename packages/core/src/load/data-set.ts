import type { ByteKind } from '../io/sniff-bytes.ts';
import type { DatasetId, DatasetRecords } from '../datasets/records.ts';
import type { Issue } from '../issues/issue.ts';

/**
 * A file handed to the loader: bytes in, never a path, so the browser and Node share the code.
 *
 * @example
 * const file: InputFile = { name: '行政訴訟案件.csv', bytes: new TextEncoder().encode('案號,單位\n') };
 * file.name; // '行政訴訟案件.csv'
 */
export interface InputFile {
  /** File name as the user knows it, e.g. `行政訴訟案件.csv`; its stem helps recognise the dataset. */
  name: string;
  /** The file's whole content: CSV text in any supported encoding, or an XLSX workbook. */
  bytes: Uint8Array;
  /** Force the dataset instead of recognising it by name or headers. */
  dataset?: DatasetId;
  /** Force the text encoding of a CSV file (`utf-8`, `gb18030`, `big5`, …) instead of detecting it. */
  encoding?: string;
  /** XLSX only: the sheet to read; default the first. */
  sheet?: string;
}

/**
 * How a file's dataset was decided: forced by the caller (`user`), by the file
 * name's stem (`name`) or by its header row (`headers`).
 *
 * @example
 * const by: RecognizedBy | null = data.files[0].recognizedBy;
 * by; // 'name'
 */
export type RecognizedBy = 'user' | 'name' | 'headers';

/**
 * What happened to one file: its accounting always satisfies rowsRead = rowsUsed + rowsSkipped.
 *
 * @example
 * const report: FileReport = data.files.find((f) => f.file === 'litigation.csv')!;
 * [report.encoding, report.rowsRead, report.rowsUsed, report.rowsSkipped]; // ['utf-8-bom', 125, 125, 0]
 */
export interface FileReport {
  /** The file's name, as given in {@link InputFile.name}. */
  file: string;
  /**
   * `xlsx` when the file is an XLSX workbook (by its bytes: a ZIP archive that is a workbook, or named
   * `.xlsx`/`.xlsm`); `csv` for text, whatever the name (a CSV export saved as `.xlsx` is read as CSV);
   * otherwise what its bytes are — `xls`, `zip`, `archive`, `pdf`, `image`, `html`, `binary` (see
   * {@link ByteKind}) — and the file was not read (a `file.format` issue says why).
   */
  format: 'csv' | Exclude<ByteKind, 'text'>;
  /** Encoding used to decode a CSV file (`utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`, `big5`, or a forced encoding's name); null for XLSX. */
  encoding: string | null;
  /** XLSX: the sheet read. */
  sheet: string | null;
  /** null when the file could not be recognised or read. */
  dataset: DatasetId | null;
  /** How `dataset` was decided; null when it was not (the file could not be recognised). */
  recognizedBy: RecognizedBy | null;
  /** Header cells matched to canonical columns, in file order; unknown headers map to null (kept, ignored). */
  columns: {
    /** The header cell as written in the file, trimmed. */
    header: string;
    /** The canonical column it matched (e.g. `filed_on`), or null for a header no column of the dataset knows. */
    column: string | null;
  }[];
  /**
   * The headers read as a column through the load's column map
   * (`LoadOptions.columnMap`), in file order; absent when no entry
   * of the map applied to this file.
   */
  mapped?: {
    /** The header cell as written in the file, trimmed. */
    header: string;
    /** The canonical column the map made it. */
    column: string;
  }[];
  /** Data rows below the header, blank lines excluded. */
  rowsRead: number;
  /** Rows that became records. */
  rowsUsed: number;
  /** Rows reported and not used (errors, sub-totals, footers). */
  rowsSkipped: number;
  /**
   * Of the rows used, those that count in no year: every date that gives
   * their year is blank or unreadable (a litigation case with none of
   * filed_on, heard_on and concluded_on), so no year's indicator includes
   * them. A `file.undated-rows` warning names them. 0 for datasets whose rows
   * always have a year (a row without one is skipped instead).
   */
  rowsUndated: number;
}

/**
 * Records of every dataset, each list in file order then row order.
 *
 * @example
 * const tables: DatasetTables = data.records;
 * tables.litigation.length; // 125
 */
export type DatasetTables = { [K in DatasetId]: DatasetRecords[K][] };

/**
 * Everything loaded from a folder of files: records, per-file accounting and issues.
 *
 * @example
 * const dataSet: DataSet = await loadDataSet(files);
 * [dataSet.files.length, dataSet.issues.length]; // [10, 0]
 */
export interface DataSet {
  /** One report per input file, recognised or not, in order of file name (code-point order, whatever order the files were given in). */
  files: FileReport[];
  /** Every issue of every file (errors, warnings, notices), file by file in the order of `files`. */
  issues: Issue[];
  /** The records of every dataset; a dataset no file provided has an empty list. */
  records: DatasetTables;
}
