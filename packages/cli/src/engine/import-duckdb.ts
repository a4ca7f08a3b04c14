/**
 * The version of `@duckdb/node-api` the DuckDB engine is written and tested
 * against (the CLI's optional peer dependency, pinned: its releases are all
 * pre-release versions, which a semver range would not match).
 *
 * @example
 * `npm install @duckdb/node-api@${DUCKDB_NODE_API_VERSION}`;
 */
export const DUCKDB_NODE_API_VERSION = '1.5.6-r.1';

/** The `@duckdb/node-api` module. */
export type DuckdbModule = typeof import('@duckdb/node-api');

/**
 * Thrown when `--engine duckdb` is asked for and `@duckdb/node-api` is not
 * installed: the CLI does not install DuckDB's native binary for every user,
 * only for those who ask for it.
 *
 * @example
 * new DuckdbMissingError().version; // '1.5.6-r.1'
 */
export class DuckdbMissingError extends Error {
  /** The version to install. */
  readonly version = DUCKDB_NODE_API_VERSION;

  constructor() {
    super(`@duckdb/node-api is not installed: npm install @duckdb/node-api@${DUCKDB_NODE_API_VERSION}`);
    this.name = 'DuckdbMissingError';
  }
}

/**
 * Imports `@duckdb/node-api` when it is asked for, not before: the DuckDB
 * engine is an optional peer dependency. Throws {@link DuckdbMissingError}
 * when the package is not installed (any other failure, e.g. a native
 * binary that does not load, is rethrown as it is). `load` is the import
 * itself (tests pass one that fails).
 *
 * @example
 * const duckdb = await importDuckdb();
 * const instance = await duckdb.DuckDBInstance.create(':memory:');
 */
export async function importDuckdb(load: () => Promise<DuckdbModule> = () => import('@duckdb/node-api')): Promise<DuckdbModule> {
  try {
    return await load();
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : null;
    const missing = (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String((error as Error).message).includes('@duckdb/node-api');
    if (missing) throw new DuckdbMissingError();
    throw error;
  }
}
