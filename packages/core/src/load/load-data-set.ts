import type { DatasetSchema } from '../datasets/dataset-schema.ts';
import type { DatasetId, RecordSource, UnitRecord } from '../datasets/records.ts';
import { DATASET_IDS } from '../datasets/records.ts';
import { recognizeDataset } from '../datasets/recognize-dataset.ts';
import { DATASET_SCHEMAS } from '../datasets/registry.ts';
import { UnitRegistry } from '../datasets/unit-registry.ts';
import type { Issue } from '../issues/issue.ts';
import { messages } from '../messages/messages.ts';
import { cellText } from './cell-text.ts';
import type { DataSet, DatasetTables, FileReport, InputFile, RecognizedBy } from './data-set.ts';
import { findHeaderRow } from './find-header-row.ts';
import { isBlankRow } from './is-blank-row.ts';
import { normalizeRows } from './normalize-rows.ts';
import { readInput, type InputTable } from './read-input.ts';

/** Progress of a load, reported after each file. */
export interface LoadProgress {
  /** The file just finished. */
  file: string;
  /** Files finished so far. */
  done: number;
  /** Files in the load. */
  total: number;
}

/** Options of {@link loadDataSet}. */
export interface LoadOptions {
  /** Called after each file is normalised. Default: none. */
  onProgress?: (progress: LoadProgress) => void;
  /** Checked between files; an aborted signal rejects the load with its reason. Default: none. */
  signal?: AbortSignal;
  /**
   * A unit registry to use in addition to any `units` file in the load
   * (its names come first). Default: none — units.csv alone, or, without
   * it, the first spelling seen is canonical.
   */
  units?: readonly Pick<UnitRecord, 'unit' | 'aliases'>[];
}

interface Prepared {
  file: InputFile;
  table: InputTable | null;
  headerIndex: number;
  dataset: DatasetId | null;
  recognizedBy: RecognizedBy | null;
  issues: Issue[];
  report: FileReport;
}

/**
 * Loads a data set: reads every file (CSV in any of UTF-8 ± BOM, UTF-16,
 * GB18030/GBK, Big5; or XLSX), recognises its dataset (forced, by name, by
 * headers), and validates and normalises its rows into records, collecting
 * issues instead of throwing. Files are processed in file-name order (code
 * points) whatever order they are given in, the unit registry (`units`
 * files) first, so canonical unit names and duplicate detection never
 * depend on input order. Every file's report satisfies rowsRead = rowsUsed
 * + rowsSkipped.
 *
 * @example
 * const bytes = new TextEncoder().encode('案號,被告單位\n(2019)蘇0591行初1號,司法局\n');
 * const data = await loadDataSet([{ name: '行政訴訟.csv', bytes }]);
 * data.records.litigation[0]?.case_no; // '(2019)苏0591行初1号'
 */
export async function loadDataSet(files: InputFile[], options: LoadOptions = {}): Promise<DataSet> {
  const { onProgress, signal, units: extraUnits = [] } = options;
  const ordered = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const prepared: Prepared[] = [];
  for (const file of ordered) {
    signal?.throwIfAborted();
    prepared.push(await prepare(file));
  }

  const records = emptyTables();
  const seen = new Map<DatasetId, Map<string, RecordSource>>();
  const seenOf = (id: DatasetId) => {
    let map = seen.get(id);
    if (!map) seen.set(id, (map = new Map()));
    return map;
  };

  let done = 0;
  const finish = (p: Prepared) => {
    done++;
    onProgress?.({ file: p.file.name, done, total: prepared.length });
  };

  const unitFiles = prepared.filter((p) => p.dataset === 'units');
  const bootstrap = new UnitRegistry();
  for (const p of unitFiles) {
    signal?.throwIfAborted();
    normalize(p, DATASET_SCHEMAS.units, bootstrap, seenOf('units'), records);
    finish(p);
  }
  const registry = new UnitRegistry([...extraUnits, ...records.units]);

  for (const p of prepared) {
    if (p.dataset === null || p.dataset === 'units') {
      if (p.dataset === null) finish(p);
      continue;
    }
    signal?.throwIfAborted();
    normalize(p, DATASET_SCHEMAS[p.dataset], registry, seenOf(p.dataset), records);
    finish(p);
  }

  return {
    files: prepared.map((p) => p.report),
    issues: prepared.flatMap((p) => p.issues),
    records,
  };
}

async function prepare(file: InputFile): Promise<Prepared> {
  const issues: Issue[] = [];
  const report: FileReport = {
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
  };
  let table: InputTable;
  try {
    table = await readInput(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    issues.push({ severity: 'error', code: 'file.unreadable', file: file.name, row: null, column: null, value: null, message: messages['file.unreadable'](reason) });
    return { file, table: null, headerIndex: -1, dataset: null, recognizedBy: null, issues, report };
  }
  report.format = table.format;
  report.encoding = table.encoding;
  report.sheet = table.sheet;
  const headerIndex = findHeaderRow(table.rows);
  for (let r = 0; r < headerIndex; r++) {
    const text = (table.rows[r] ?? []).map((c) => cellText(c).trim()).filter((t) => t !== '').join(' ');
    if (text !== '') issues.push({ severity: 'notice', code: 'row.title', file: file.name, row: r + 1, column: null, value: text, message: messages['row.title'](text) });
  }
  const headers = headerIndex === -1 ? [] : (table.rows[headerIndex] ?? []).map((c) => cellText(c).trim());
  const recognition = file.dataset !== undefined ? { dataset: file.dataset, by: 'user' as const } : recognizeDataset(file.name, headers);

  if (recognition === null) {
    let rowsRead = 0;
    for (let r = headerIndex + 1; headerIndex !== -1 && r < table.rows.length; r++) if (!isBlankRow(table.rows[r] ?? [])) rowsRead++;
    report.columns = headers.map((header) => ({ header, column: null }));
    report.rowsRead = rowsRead;
    report.rowsSkipped = rowsRead;
    issues.push(
      headerIndex === -1
        ? { severity: 'warning', code: 'file.empty', file: file.name, row: null, column: null, value: null, message: messages['file.empty'](file.name) }
        : { severity: 'error', code: 'file.unrecognized', file: file.name, row: null, column: null, value: null, message: messages['file.unrecognized'](file.name) },
    );
    return { file, table, headerIndex, dataset: null, recognizedBy: null, issues, report };
  }
  report.dataset = recognition.dataset;
  report.recognizedBy = recognition.by;
  return { file, table, headerIndex, dataset: recognition.dataset, recognizedBy: recognition.by, issues, report };
}

function normalize(p: Prepared, schema: DatasetSchema, units: UnitRegistry, seen: Map<string, RecordSource>, records: DatasetTables): void {
  if (p.table === null) return;
  if (p.headerIndex === -1) {
    p.issues.push({ severity: 'warning', code: 'file.empty', file: p.file.name, row: null, column: null, value: null, message: messages['file.empty'](p.file.name) });
    return;
  }
  const out = normalizeRows(p.table.rows, p.headerIndex, { file: p.file.name, schema, units, seen, issues: p.issues });
  p.report.columns = out.columns;
  p.report.rowsRead = out.rowsRead;
  p.report.rowsUsed = out.rowsUsed;
  p.report.rowsSkipped = out.rowsSkipped;
  const target = records[schema.id] as unknown[];
  for (const record of out.records) target.push(record);
  // The rows are no longer needed; let a large file's cells be collected.
  p.table = null;
}

function emptyTables(): DatasetTables {
  return Object.fromEntries(DATASET_IDS.map((id) => [id, []])) as unknown as DatasetTables;
}
