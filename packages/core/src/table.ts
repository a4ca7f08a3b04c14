/**
 * `@fazhi/core/table`: indicator rows as an arquero table, for analysts who
 * filter, join and pivot results with arquero's verbs.
 *
 * A separate entry so that the main entry neither loads arquero nor exposes its
 * types: a consumer's `tsc` without `skipLibCheck` type-checks every
 * declaration file it reaches, and arquero 8's own are not clean under
 * `strict`.
 *
 * @example
 * import { computeIndicators } from '@fazhi/core';
 * import { indicatorTable } from '@fazhi/core/table';
 * indicatorTable(computeIndicators(records).rows).print();
 *
 * @module
 */
export { indicatorTable } from './indicators/indicator-table.ts';
