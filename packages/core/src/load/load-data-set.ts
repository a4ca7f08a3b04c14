import type { DatasetSchema } from '../datasets/dataset-schema.ts';
import type { DatasetId, UnitRecord } from '../datasets/records.ts';
import { DATASET_IDS } from '../datasets/records.ts';
import { resolveColumnMap, type ColumnMap } from '../datasets/column-map.ts';
import { recognizeDataset, type Recognition } from '../datasets/recognize-dataset.ts';
import { DATASET_SCHEMAS } from '../datasets/registry.ts';
import { UnitRegistry } from '../datasets/unit-registry.ts';
import { unknownHeaderIssues } from '../datasets/unknown-header-issues.ts';
import { headerKey } from '../datasets/match-headers.ts';
import type { Issue, Severity } from '../issues/issue.ts';
import type { LocalizedText } from '../messages/localized-text.ts';
import { CsvLimitError } from '../io/csv-limits.ts';
import { EncodingError } from '../io/encoding-error.ts';
import { firstInvalidUtf8 } from '../io/first-invalid-utf8.ts';
import { sniffBytes } from '../io/sniff-bytes.ts';
import { unpackCsvColumns } from '../io/unpack-csv-columns.ts';
import { MAX_XLSX_EXPANSION, XlsxSizeError } from '../io/xlsx-limits.ts';
import { messages } from '../messages/messages.ts';
import { cellText } from './cell-text.ts';
import { cleanColumns, cleanRows, escapeUnwanted, packedMayHoldUnwanted, type CellHit } from './clean-cells.ts';
import type { DataSet, DatasetTables, FileReport, InputFile, RecognizedBy } from './data-set.ts';
import { findHeaderRow } from './find-header-row.ts';
import { IdentityIndex } from './identity-index.ts';
import { isBlankRow } from './is-blank-row.ts';
import { blankRowTest } from './blank-row-test.ts';
import { normalizeColumns } from './normalize-columns.ts';
import type { IdentitySeen, NormalizedRows } from './normalize-context.ts';
import { normalizeRows } from './normalize-rows.ts';
import { readCsvColumns, type CsvColumnsInput, type ScannedCsvFile } from './read-csv-columns.ts';
import { peekCsvRows, readInput, type InputTable } from './read-input.ts';

/**
 * Progress of a load: reported while a large file's rows are normalised
 * and after each file.
 *
 * @example
 * const p: LoadProgress = { file: 'litigation.csv', done: 0, total: 3, rows: 65536, rowsTotal: 1000001 };
 */
export interface LoadProgress {
  /** The file being loaded, or just finished. */
  file: string;
  /** Files finished so far. */
  done: number;
  /** Files in the load. */
  total: number;
  /** Rows of this file handled so far (all of them once it is finished). */
  rows: number;
  /** Rows of this file, blank lines and header included (0 when it could not be read). */
  rowsTotal: number;
}

/**
 * Options of {@link loadDataSet}.
 *
 * @example
 * await loadDataSet(files, { onProgress: ({ done, total }) => console.log(`${done}/${total}`) });
 */
export interface LoadOptions {
  /** Called every 65,536 rows of a file and after each file. Default: none. */
  onProgress?: (progress: LoadProgress) => void;
  /** Checked between files; an aborted signal rejects the load with its reason. Default: none. */
  signal?: AbortSignal;
  /**
   * A unit registry to use besides any `units` file of the load (its names
   * win). Default: none — units.csv alone, or, without it, the first
   * spelling seen is canonical.
   */
  units?: readonly Pick<UnitRecord, 'unit' | 'aliases'>[];
  /**
   * How CSV files are read: `columns` scans each into dictionary-encoded
   * columns (falling back to rows for quoting it does not follow); `rows`
   * always parses rows of cells, the reference path. Both give the same
   * DataSet. Default 'columns'.
   */
  csvPath?: 'columns' | 'rows';
  /**
   * Scans a CSV file somewhere else — typically `scanCsvFile` on a worker
   * thread — so that the next files are scanned while this thread
   * normalises the current one. Resolves to what `scanCsvFile(file)` gives
   * (null, or a rejection, has the file read here as usual); the DataSet is
   * the same either way. Asked for each file after the first that is not
   * named as a spreadsheet, in load order, one or two files ahead of the
   * file being normalised. Used with `csvPath: 'columns'` only. Default: none — every file is
   * scanned in this thread.
   */
  scanCsv?: (file: InputFile) => Promise<ScannedCsvFile | null>;
  /**
   * Headers fazhi does not recognise, mapped to the columns they hold, by
   * dataset: `{ enforcement_reviews: { 基本要求: 'basic_pass' } }`. Applied
   * before the headers are matched (ahead of the aliases; width, case and
   * script aside), in every file of that dataset, and recorded in each
   * file's {@link FileReport.mapped}. An unknown dataset or column is a
   * `column.map-dataset` / `column.map-column` warning (file `''`, first in
   * `issues`) and that entry is not used. Default: none.
   */
  columnMap?: ColumnMap;
}

/** One file's way through the load. */
interface Job {
  file: InputFile;
  /** The dataset, or null when neither the user, the name nor the headers tell. */
  recognition: { dataset: DatasetId; by: RecognizedBy } | null;
  /** Rows already read (an XLSX file recognised by its headers); read again otherwise. */
  table: InputTable | null;
  issues: Issue[];
  report: FileReport;
  /** The bytes are not a format fazhi reads (a `file.format` issue says which): nothing is read. */
  rejected: boolean;
}

/**
 * Loads a data set: reads every file (CSV in any of UTF-8 ± BOM, UTF-16,
 * GB18030/GBK, Big5; or XLSX), recognises its dataset (forced, by name, by
 * headers), and validates and normalises its rows into records, collecting
 * issues instead of throwing. Files are processed in file-name order (code
 * points) whatever order they are given in, the unit registry (`units`
 * files) first, so canonical unit names and duplicate detection never
 * depend on input order. One file's rows are in memory at a time. Every
 * file's report satisfies rowsRead = rowsUsed + rowsSkipped.
 *
 * @example
 * const bytes = new TextEncoder().encode('案號,被告單位\n(2019)蘇0591行初1號,司法局\n');
 * const data = await loadDataSet([{ name: '行政訴訟.csv', bytes }]);
 * data.records.litigation[0]?.case_no; // '(2019)苏0591行初1号'
 */
export async function loadDataSet(files: InputFile[], options: LoadOptions = {}): Promise<DataSet> {
  const { onProgress, signal, units: extraUnits = [], csvPath = 'columns', scanCsv, columnMap = {} } = options;
  const mapping = resolveColumnMap(columnMap);
  const ordered = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const jobs: Job[] = [];
  for (const file of ordered) {
    signal?.throwIfAborted();
    jobs.push(await plan(file));
  }

  const records = emptyTables();
  const seen = new Map<DatasetId, IdentityIndex>();
  const isUnits = (job: Job) => job.recognition?.dataset === 'units';
  const order = [...jobs.filter(isUnits), ...jobs.filter((j) => !isUnits(j))];
  const columnar = csvPath === 'columns';
  const scans = new Map<Job, Promise<ScannedCsvFile | null>>();
  const prefetch = (job: Job | undefined) => {
    if (scanCsv === undefined || !columnar || job === undefined || job.table !== null || job.report.format !== 'csv' || scans.has(job)) return;
    scans.set(job, scanCsv(job.file).catch(() => null));
  };
  let done = 0;
  const run = async (index: number, units: UnitRegistry) => {
    signal?.throwIfAborted();
    const job = order[index] as Job;
    // This thread reads the first file itself while the next ones are scanned elsewhere.
    for (let ahead = 1; ahead <= 2; ahead++) prefetch(order[index + ahead]);
    const scanned = scans.get(job);
    scans.delete(job);
    const dataset = job.recognition?.dataset;
    let seenHere = dataset === undefined ? undefined : seen.get(dataset);
    if (dataset !== undefined && seenHere === undefined) seen.set(dataset, (seenHere = new IdentityIndex()));
    const onRows = onProgress && ((rows: number, rowsTotal: number) => onProgress({ file: job.file.name, done, total: jobs.length, rows, rowsTotal }));
    const schema = dataset === undefined ? null : (mapping.schemas.get(dataset) ?? DATASET_SCHEMAS[dataset]);
    const rowsTotal = await load(job, schema, units, seenHere ?? new IdentityIndex(), records, onRows, columnar, scanned);
    onProgress?.({ file: job.file.name, done: ++done, total: jobs.length, rows: rowsTotal, rowsTotal });
  };

  const unitJobs = jobs.filter(isUnits).length;
  const bootstrap = new UnitRegistry();
  for (let i = 0; i < unitJobs; i++) await run(i, bootstrap);
  const registry = new UnitRegistry([...extraUnits, ...records.units]);
  for (let i = unitJobs; i < order.length; i++) await run(i, registry);

  return {
    files: jobs.map((j) => recordMapping(j.report, mapping.entries)),
    issues: [...mapping.issues, ...jobs.flatMap((j) => j.issues)],
    records,
  };
}

/** Decides a file's dataset, reading as little as possible: the user's choice, the name, else the headers. */
async function plan(file: InputFile): Promise<Job> {
  const job: Job = {
    file,
    recognition: null,
    table: null,
    issues: [],
    rejected: false,
    report: {
      file: file.name,
      format: /\.xls[xm]$/i.test(file.name) ? 'xlsx' : 'csv',
      encoding: null,
      sheet: null,
      dataset: null,
      recognizedBy: null,
      columns: [],
      rowsRead: 0,
      rowsUsed: 0,
      rowsSkipped: 0,
      rowsUndated: 0,
    },
  };
  // The bytes say what a file is before its name or any guess of encoding or dataset does.
  let kind = file.bytes instanceof Uint8Array ? sniffBytes(file.bytes) : 'text';
  // A damaged workbook is named as one: its reader says what is wrong with it.
  if (kind === 'zip' && job.report.format === 'xlsx') kind = 'xlsx';
  // A text file is read as CSV whatever its name (a CSV export saved as .xlsx).
  if (kind === 'xlsx' || kind === 'text') job.report.format = kind === 'xlsx' ? 'xlsx' : 'csv';
  else {
    job.report.format = kind;
    job.rejected = true;
    job.issues.push(issue('error', 'file.format', file.name, null, null, messages['file.format'](kind)));
    return job;
  }
  let recognition: Recognition | null;
  if (file.dataset !== undefined) {
    job.recognition = { dataset: file.dataset, by: 'user' };
  } else if ((recognition = recognizeDataset(file.name, [])) !== null) {
    job.recognition = recognition;
  } else {
    let rows: readonly (readonly unknown[])[] | null = null;
    try {
      rows = peekCsvRows(file);
    } catch {
      // Left to the full read, which reports why the file is unreadable.
    }
    if (rows === null) {
      job.table = await read(job);
      rows = job.table?.rows ?? [];
    }
    const headerIndex = findHeaderRow(rows as InputTable['rows']);
    const headers = headerIndex === -1 ? [] : (rows[headerIndex] ?? []).map((c) => cellText(c as InputTable['rows'][number][number]).trim());
    job.recognition = recognizeDataset(file.name, headers);
  }
  if (job.recognition !== null) {
    job.report.dataset = job.recognition.dataset;
    job.report.recognizedBy = job.recognition.by;
  }
  return job;
}

/** Reads a file whole; null (with a `file.unreadable` issue) when it cannot be read. */
async function read(job: Job): Promise<InputTable | null> {
  try {
    return await readInput(job.file);
  } catch (error) {
    fail(job, error);
    return null;
  }
}

/** Reports why a file could not be read (once, however often it is tried): a limit broken, an encoding not found, or the reader's reason. */
function fail(job: Job, error: unknown): void {
  let failure: Issue;
  const name = job.file.name;
  if (error instanceof CsvLimitError) {
    const { kind, row, column, limit } = error;
    const code = kind === 'columns' ? 'file.wide-row' : kind === 'cell' ? 'file.long-cell' : 'file.unclosed-quote';
    failure = { ...issue('error', code, name, row, null, messages[code](row, column, limit)), column: columnLabel(column) };
  } else if (error instanceof XlsxSizeError) {
    failure = issue('error', 'file.xlsx-size', name, null, null, messages['file.xlsx-size'](job.file.bytes.byteLength, error.unpacked, MAX_XLSX_EXPANSION));
  } else if (error instanceof EncodingError) {
    failure = issue('error', 'file.encoding', name, null, null, messages['file.encoding'](error.offset));
  } else {
    const reason = error instanceof Error ? error.message : String(error);
    failure = issue('error', 'file.unreadable', name, null, null, messages['file.unreadable'](reason));
  }
  if (!job.issues.some((i) => i.code === failure.code)) job.issues.push(failure);
}

/** A column number as a spreadsheet's letters (1 → A, 27 → AA): the issue's column when no header can be named. */
function columnLabel(column: number): string {
  let out = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}

/** Reads (unless already read), normalises and accounts for one file, then lets its rows go; resolves to the file's row count. */
async function load(
  job: Job,
  schema: DatasetSchema | null,
  units: UnitRegistry,
  seen: IdentitySeen,
  records: DatasetTables,
  onRows: ((done: number, total: number) => void) | undefined,
  columnar: boolean,
  scanned: Promise<ScannedCsvFile | null> | undefined,
): Promise<number> {
  if (job.rejected) return 0;
  let table: InputTable | null;
  let input: ReturnType<typeof readColumns> | undefined;
  if (job.table === null && columnar) {
    const elsewhere = scanned === undefined ? null : await scanned;
    input =
      elsewhere === null
        ? readColumns(job)
        : { format: 'csv', encoding: elsewhere.encoding, columns: unpackCsvColumns(elsewhere.packed), suspect: packedMayHoldUnwanted(elsewhere.packed) };
  }
  if (input === null) return 0;
  if (input !== undefined && input !== 'spreadsheet') {
    if ('columns' in input) return loadColumns(job, input, schema, units, seen, records, onRows);
    table = input;
  } else {
    table = job.table ?? (await read(job));
  }
  job.table = null;
  if (table === null) return 0;
  const hits: CellHit[] = [];
  if (table.suspect === true) {
    cleanRows(table.rows, 1, hits);
    const chunks = table.more;
    let next = table.rows.length + 1;
    const more = (function* () {
      for (const chunk of chunks) {
        cleanRows(chunk, next, hits);
        next += chunk.length;
        yield chunk;
      }
    })();
    table = { ...table, more };
  }
  if (findHeaderRow(table.rows) === -1 && table.rows.length > 0) {
    // A first chunk of blank lines only: look for the header in the whole file.
    const rows = table.rows.concat(...table.more);
    table = { ...table, rows, more: [], rowsEstimate: rows.length };
  }
  let rowsTotal = table.rowsEstimate;
  const { report, issues, file } = job;
  report.format = table.format;
  report.encoding = table.encoding;
  report.sheet = table.sheet;

  const headerIndex = findHeaderRow(table.rows);
  const headers = headerIndex === -1 ? [] : (table.rows[headerIndex] ?? []).map((c) => cellText(c).trim());
  if (headerIndex === -1) {
    issues.push(issue('warning', 'file.empty', file.name, null, null, messages['file.empty'](file.name)));
    reportHits(job, hits, headers);
    return rowsTotal;
  }
  for (let r = 0; r < headerIndex; r++) {
    const text = (table.rows[r] ?? []).map((c) => cellText(c).trim()).filter((t) => t !== '').join(' ');
    if (text !== '') issues.push(issue('notice', 'row.title', file.name, r + 1, text, messages['row.title'](text)));
  }

  if (schema === null) {
    let rowsRead = 0;
    for (let r = headerIndex + 1; r < table.rows.length; r++) if (!isBlankRow(table.rows[r] ?? [])) rowsRead++;
    rowsTotal = table.rows.length;
    for (const chunk of table.more) {
      rowsTotal += chunk.length;
      for (const row of chunk) if (!isBlankRow(row)) rowsRead++;
    }
    report.columns = (table.rows[headerIndex] ?? []).map((c) => ({ header: cellText(c).trim(), column: null }));
    report.rowsRead = rowsRead;
    report.rowsSkipped = rowsRead;
    issues.push(issue('error', 'file.unrecognized', file.name, null, null, messages['file.unrecognized'](file.name)));
    reportHits(job, hits, headers);
    return rowsTotal;
  }

  issues.push(...unknownHeaderIssues(file.name, headers, schema));
  let rowsSeen = table.rows.length;
  const more = (function* (chunks: Iterable<InputTable['rows']>) {
    for (const chunk of chunks) {
      rowsSeen += chunk.length;
      yield chunk;
    }
  })(table.more);
  const out = normalizeRows(table.rows, headerIndex, { file: file.name, schema, units, seen, issues, more, rowsTotal, ...(onRows && { onRows }) });
  rowsTotal = rowsSeen;
  adopt(out, report, records, schema.id);
  reportHits(job, hits, headers);
  return rowsTotal;
}

/**
 * Reports the cells cleaned of control characters (`value.control`) or of
 * U+FFFD (`value.replacement`), each with its value escaped, and, for a
 * UTF-8 file with invalid bytes, where the first one is (`file.invalid-utf8`).
 */
function reportHits(job: Job, hits: readonly CellHit[], headers: readonly string[]): void {
  if (hits.length === 0) return;
  const { issues, file, report } = job;
  const utf8 = report.encoding === 'utf-8' || report.encoding === 'utf-8-bom';
  if (utf8 && hits.some((h) => h.raw.includes('\uFFFD'))) {
    const offset = firstInvalidUtf8(file.bytes, report.encoding === 'utf-8-bom' ? 3 : 0);
    if (offset !== -1) issues.push(issue('warning', 'file.invalid-utf8', file.name, null, null, messages['file.invalid-utf8'](offset)));
  }
  for (const hit of hits) {
    const column = headers[hit.column] || columnLabel(hit.column + 1);
    const escaped = escapeUnwanted(hit.raw);
    const code = hit.raw.includes('\uFFFD') ? 'value.replacement' : 'value.control';
    issues.push({ severity: 'warning', code, file: file.name, row: hit.row, column, value: escaped, message: messages[code](escaped, hit.cleaned, column) });
  }
}

/** {@link read} through {@link readCsvColumns}: CSV files as columns where the scan can, rows otherwise. */
function readColumns(job: Job): CsvColumnsInput | InputTable | 'spreadsheet' | null {
  try {
    return readCsvColumns(job.file) ?? 'spreadsheet';
  } catch (error) {
    fail(job, error);
    return null;
  }
}

/** {@link load} for a CSV file read as columns: the same issues, report and records. */
function loadColumns(
  job: Job,
  input: CsvColumnsInput,
  schema: DatasetSchema | null,
  units: UnitRegistry,
  seen: IdentitySeen,
  records: DatasetTables,
  onRows: ((done: number, total: number) => void) | undefined,
): number {
  const { columns: table, encoding } = input;
  const { report, issues, file } = job;
  const rowsTotal = table.rowCount;
  report.format = 'csv';
  report.encoding = encoding;
  report.sheet = null;
  const hits = input.suspect === true ? cleanColumns(table) : [];

  // findHeaderRow looks at the first non-blank row and the three non-blank rows after it.
  const isBlank = blankRowTest(table);
  const prefix: string[][] = [];
  for (let r = 0, filled = 0; r < table.rowCount && filled < 4; r++) {
    prefix.push(table.row(r));
    if (!isBlank(r)) filled++;
  }
  const headerIndex = findHeaderRow(prefix);
  const headers = headerIndex === -1 ? [] : (prefix[headerIndex] ?? []).map((c) => c.trim());
  if (headerIndex === -1) {
    issues.push(issue('warning', 'file.empty', file.name, null, null, messages['file.empty'](file.name)));
    reportHits(job, hits, headers);
    return rowsTotal;
  }
  for (let r = 0; r < headerIndex; r++) {
    const text = (prefix[r] ?? []).map((c) => c.trim()).filter((t) => t !== '').join(' ');
    if (text !== '') issues.push(issue('notice', 'row.title', file.name, r + 1, text, messages['row.title'](text)));
  }

  if (schema === null) {
    let rowsRead = 0;
    for (let r = headerIndex + 1; r < table.rowCount; r++) if (!isBlank(r)) rowsRead++;
    report.columns = (prefix[headerIndex] ?? []).map((c) => ({ header: c.trim(), column: null }));
    report.rowsRead = rowsRead;
    report.rowsSkipped = rowsRead;
    issues.push(issue('error', 'file.unrecognized', file.name, null, null, messages['file.unrecognized'](file.name)));
    reportHits(job, hits, headers);
    return rowsTotal;
  }

  issues.push(...unknownHeaderIssues(file.name, headers, schema));
  // A dataset's first file is checked for repeats without the index (normalizeColumns), so it needs no room.
  if (seen instanceof IdentityIndex && !seen.isEmpty) seen.reserve(seen.size + rowsTotal);
  const out = normalizeColumns(table, headerIndex, { file: file.name, schema, units, seen, issues, rowsTotal, ...(onRows && { onRows }) });
  adopt(out, report, records, schema.id);
  reportHits(job, hits, headers);
  return rowsTotal;
}

/** Records in a file's report the headers the column map gave their column (a mapped header that lost to an earlier one for the same column is left out). */
function recordMapping(report: FileReport, entries: ReadonlyMap<DatasetId, ReadonlyMap<string, string>>): FileReport {
  const map = report.dataset === null ? undefined : entries.get(report.dataset);
  if (map === undefined) return report;
  const byKey = new Map([...map].map(([header, column]) => [headerKey(header), column]));
  const mapped = report.columns.filter((c) => c.column !== null && byKey.get(headerKey(c.header)) === c.column).map((c) => ({ header: c.header, column: c.column as string }));
  if (mapped.length > 0) report.mapped = mapped;
  return report;
}

/** Takes one file's normalised rows into its report and its dataset's records (the file's own array when it is the dataset's first). */
function adopt(out: NormalizedRows<unknown>, report: FileReport, records: DatasetTables, dataset: DatasetId): void {
  report.columns = out.columns;
  report.rowsRead = out.rowsRead;
  report.rowsUsed = out.rowsUsed;
  report.rowsSkipped = out.rowsSkipped;
  report.rowsUndated = out.rowsUndated;
  const target = records[dataset] as unknown[];
  if (target.length === 0) (records as unknown as Record<DatasetId, unknown[]>)[dataset] = out.records;
  else for (const record of out.records) target.push(record);
}

function issue(severity: Severity, code: string, file: string, row: number | null, value: string | null, message: LocalizedText): Issue {
  return { severity, code, file, row, column: null, value, message };
}

function emptyTables(): DatasetTables {
  return Object.fromEntries(DATASET_IDS.map((id) => [id, []])) as unknown as DatasetTables;
}
