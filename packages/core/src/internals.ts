/**
 * `@fazhi/core/internals`: the building blocks of the loader and of the
 * scheme checker — cell readers, row normalisation, CSV chunking, header-row
 * finding, exact decimal arithmetic, JSON error offsets — for fazhi's own
 * packages, tests and tools, and for a developer who must take the pipeline
 * apart. They are documented and tested like the main entry, but carry no
 * promise of stability: they may change in any release. A system that
 * imports fazhi needs only `@fazhi/core` (load, compute, score, trend,
 * format, check).
 *
 * @example
 * import { loadDataSet } from '@fazhi/core';
 * import { createCellReader } from '@fazhi/core/internals';
 *
 * @module
 */
export { CellFailure, type CellFailureCode } from './load/cell-failure.ts';
export { cellText } from './load/cell-text.ts';
export { createCellReader, type CellReader, type CellReaderOptions } from './load/create-cell-reader.ts';
export { findHeaderRow } from './load/find-header-row.ts';
export { isBlankRow } from './load/is-blank-row.ts';
export { isFooterRow } from './load/is-footer-row.ts';
export { isSubtotalLabel } from './load/is-subtotal-label.ts';
export { normalizeRows } from './load/normalize-rows.ts';
export type { IdentitySeen, NormalizeContext, NormalizedRows } from './load/normalize-context.ts';
export { readCsvChunks, type CsvChunks, type ReadCsvChunksOptions } from './load/read-csv-chunks.ts';
export { peekCsvRows, readInput, type InputTable, type ReadInputOptions } from './load/read-input.ts';
export { unknownHeaderIssues } from './datasets/unknown-header-issues.ts';
export { canonicalJson } from './scoring/check/canonical-json.ts';
export { closestName } from './scoring/check/closest-name.ts';
export { explainSchema, type SchemaNode } from './scoring/check/explain-schema.ts';
export { jsonErrorOffset } from './scoring/check/json-error-offset.ts';
export { renderValue } from './scoring/check/render-value.ts';
export { exactDecimal } from './scoring/rules/exact-decimal.ts';
export { peerValues } from './scoring/normalize/peer-values.ts';
