import { describe, expect, it } from 'vitest';
import { DuckdbMissingError, DUCKDB_NODE_API_VERSION, importDuckdb } from '../../src/engine/import-duckdb.ts';
import { sqlMessages } from '../../src/messages.ts';

/** An error like the one Node throws for an import of a package that is not installed. */
function notFound(name: string): Error {
  return Object.assign(new Error(`Cannot find package '${name}' imported from /x/cli/dist/engine/import-duckdb.js`), { code: 'ERR_MODULE_NOT_FOUND' });
}

describe('importDuckdb (the optional peer dependency)', () => {
  it('importDuckdb gives @duckdb/node-api when it is installed (a dev dependency here)', async () => {
    const duckdb = await importDuckdb();
    expect(typeof duckdb.DuckDBInstance.create).toBe('function');
  });
  it('importDuckdb turns "package not found" for @duckdb/node-api into DuckdbMissingError naming the version to install', async () => {
    const error = await importDuckdb(() => Promise.reject(notFound('@duckdb/node-api'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuckdbMissingError);
    expect((error as DuckdbMissingError).message).toBe(`@duckdb/node-api is not installed: npm install @duckdb/node-api@${DUCKDB_NODE_API_VERSION}`);
  });
  it('importDuckdb rethrows any other failure as it is (another missing package, a binary that does not load)', async () => {
    const other = notFound('@duckdb/node-bindings-linux-x64');
    await expect(importDuckdb(() => Promise.reject(other))).rejects.toBe(other);
    const broken = new Error('invalid ELF header');
    await expect(importDuckdb(() => Promise.reject(broken))).rejects.toBe(broken);
  });
  it('the one line printed when it is missing says what to install in every language', () => {
    const text = sqlMessages.duckdbMissing(DUCKDB_NODE_API_VERSION);
    for (const line of Object.values(text)) {
      expect(line).toContain(`npm install @duckdb/node-api@${DUCKDB_NODE_API_VERSION}`);
      expect(line).not.toContain('\n');
    }
  });
});
