import { closestColumn, DATASET_SCHEMAS, headerKey, matchHeader, type DatasetId, type FileReport } from '@fazhi/core';

/**
 * A column the analyst can read an unmatched header as.
 *
 * @example
 * const choice: ColumnChoice = { column: 'basic_pass', closest: true, inFile: false };
 */
export interface ColumnChoice {
  /** The canonical column, e.g. `basic_pass`. */
  column: string;
  /** True for the column core's notice names as the closest ({@link closestColumn}). */
  closest: boolean;
  /** True when another header of the file already is this column (mapping to it would make a duplicate, which loses). */
  inFile: boolean;
}

/**
 * A header of a recognised file that no column of its dataset knows by
 * name or alias (the `column.unknown` notices), or that the column map
 * made a column; with the columns it can be mapped to.
 *
 * @example
 * const h: UnmatchedHeader = { header: '基本要求', dataset: 'enforcement_reviews', choices: [{ column: 'basic_pass', closest: true, inFile: false }] };
 */
export interface UnmatchedHeader {
  /** The header as the file writes it. */
  header: string;
  dataset: DatasetId;
  /** Every column of the dataset: the closest first, then those the file lacks, then those it has, each in schema order. */
  choices: ColumnChoice[];
}

/**
 * The headers of a file that its dataset's columns do not know (blank
 * headers aside, each spelling once) — those a drop-down lets the analyst
 * map — with the columns to offer for each. A header the column map
 * already made a column is listed too, so that the mapping can be changed
 * where it was made. An unrecognised file has none.
 *
 * @example
 * unmatchedHeaders(report).map((h) => [h.header, h.choices[0]?.column]); // [['基本要求', 'basic_pass']]
 */
export function unmatchedHeaders(report: FileReport): UnmatchedHeader[] {
  if (report.dataset === null) return [];
  const dataset = report.dataset;
  const schema = DATASET_SCHEMAS[dataset];
  const seen = new Set<string>();
  const out: UnmatchedHeader[] = [];
  for (const { header, column: own } of report.columns) {
    const key = headerKey(header);
    if (key === '' || seen.has(key) || matchHeader(header, schema) !== null) continue;
    seen.add(key);
    const present = new Set(report.columns.filter((c) => c.column !== null && c.column !== own).map((c) => c.column));
    const absent = new Set(schema.columns.map((c) => c.name).filter((name) => !present.has(name)));
    const closest = closestColumn(header, schema, absent)?.column ?? null;
    const choice = (column: string): ColumnChoice => ({ column, closest: column === closest, inFile: present.has(column) });
    const rest = schema.columns.map((c) => c.name).filter((name) => name !== closest);
    out.push({
      header,
      dataset,
      choices: [...(closest === null ? [] : [choice(closest)]), ...rest.filter((n) => !present.has(n)).map(choice), ...rest.filter((n) => present.has(n)).map(choice)],
    });
  }
  return out;
}
