import type { ColumnMap, DataSet, IndicatorEvidence, IndicatorRow, InputFile, Issue, LoadProgress } from '@fazhi/core';
import type { EvidenceQuery } from '../evidence/evidence-query.ts';
import type { PageRecords } from './page-datasets.ts';

/**
 * What the load worker is asked: load these files (bytes transferred, not
 * copied), reading the headers of `columnMap` as the columns it names, and
 * compute every indicator of every year they hold.
 */
export interface LoadRequest {
  type: 'load';
  /** Tells the answers of one request from those of an earlier one. */
  id: number;
  files: InputFile[];
  /** Headers the analyst mapped to columns, by dataset (core's `LoadOptions.columnMap`); `{}` for none. */
  columnMap: ColumnMap;
}

/**
 * Issues handed to the page per message: a file with 200,000 warnings sent in
 * one message kept the page busy for most of a second while it was copied
 * over; pages of this many are copied in tasks of a few milliseconds each.
 */
export const ISSUE_PAGE = 5_000;

/**
 * What the load worker answers: progress while it reads, then the issues in
 * pages of at most {@link ISSUE_PAGE} (in order), then the result (whose
 * `issues` are the last ones) or the error.
 */
export type LoadReply =
  | { type: 'progress'; id: number; progress: LoadProgress }
  | { type: 'issues'; id: number; issues: Issue[] }
  | { type: 'done'; id: number; result: LoadResult }
  | { type: 'error'; id: number; message: string };

/**
 * A loaded data set as the page receives it: the files' reports and issues,
 * the indicator rows (every unit × year, `*` for the jurisdiction), and the
 * records of the datasets the page reads ({@link PageRecords}; the
 * case-level records stay in the worker).
 */
export interface LoadResult extends Omit<DataSet, 'records'> {
  records: PageRecords;
  rows: IndicatorRow[];
}

/**
 * What the load worker is asked after a load: the records behind one
 * number of the data set it loaded last, found where the records are
 * (core's `indicatorEvidence`), so that they are never copied to the page
 * whole.
 */
export interface EvidenceRequest {
  type: 'evidence';
  /** Tells the answer from those of other requests. */
  id: number;
  query: EvidenceQuery;
}

/** What the load worker answers an {@link EvidenceRequest}: the records, or why there are none (no data set loaded). */
export type EvidenceReply =
  | { type: 'evidence'; id: number; evidence: IndicatorEvidence[] }
  | { type: 'error'; id: number; message: string };
