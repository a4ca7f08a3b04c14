import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { compilerOptions, exportDocs } from './export-docs.ts';

const indexFile = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
/** The `@fazhi/core/table` entry (arquero), documented and tested like the main one. */
const tableFile = fileURLToPath(new URL('../../src/table.ts', import.meta.url));
/** The `@fazhi/core/internals` entry, documented and tested like the main one. */
const internalsFile = fileURLToPath(new URL('../../src/internals.ts', import.meta.url));

/** A compiler host that serves `files` from memory and everything else (the standard library) from disk. */
function memoryHost(files: Record<string, string>): ts.CompilerHost {
  const host = ts.createCompilerHost(compilerOptions);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  const directoryExists = (name: string) => Object.keys(files).some((f) => f.startsWith(`${name}/`)) || ts.sys.directoryExists(name);
  return {
    ...host,
    directoryExists,
    getSourceFile: (name, language, ...rest) =>
      files[name] !== undefined ? ts.createSourceFile(name, files[name], language) : getSourceFile(name, language, ...rest),
    fileExists: (name) => files[name] !== undefined || fileExists(name),
    readFile: (name) => files[name] ?? readFile(name),
  };
}

describe('exportDocs (the checker behind the test of @fazhi/core)', () => {
  const files = {
    '/virtual/index.ts': [
      "export { documented, noExample, bare, emptyExample } from './lib/functions.ts';",
      "export type { Shape } from './lib/shape.ts';",
      "export { LIMIT } from './lib/limit.ts';",
    ].join('\n'),
    '/virtual/lib/functions.ts': [
      '/**\n * Adds one.\n *\n * @example\n * documented(1); // 2\n */',
      'export function documented(x: number): number { return x + 1; }',
      '/** Subtracts one. */',
      'export function noExample(x: number): number { return x - 1; }',
      'export function bare(): void {}',
      '/**\n * Nothing.\n * @example\n */',
      'export function emptyExample(): void {}',
    ].join('\n'),
    '/virtual/lib/shape.ts': '/**\n * @example\n * const s: Shape = { w: 1 };\n */\nexport interface Shape { w: number }',
    '/virtual/lib/limit.ts': '/**\n * The limit.\n *\n * @example\n * LIMIT; // 3\n */\nexport const LIMIT = 3;',
  };
  const docs = exportDocs('/virtual/index.ts', memoryHost(files));
  const byName = Object.fromEntries(docs.map((d) => [d.name, d]));

  it('finds every re-exported name, types included, with the file that declares it', () => {
    expect(docs.map((d) => d.name).sort()).toEqual(['LIMIT', 'Shape', 'bare', 'documented', 'emptyExample', 'noExample']);
    expect(byName['noExample']?.file).toBe('lib/functions.ts');
  });

  it('accepts a function and a const whose comment has a summary and an @example with code', () => {
    expect(byName['documented']?.missing).toEqual([]);
    expect(byName['LIMIT']?.missing).toEqual([]);
  });

  it('returns the code of each @example without the comment markers', () => {
    expect(byName['documented']?.examples).toEqual(['documented(1); // 2']);
    expect(byName['bare']?.examples).toEqual([]);
  });

  it('reports a missing comment, a missing summary, a missing @example and an empty @example', () => {
    expect(byName['bare']?.missing).toEqual(['doc comment']);
    expect(byName['Shape']?.missing).toEqual(['summary']);
    expect(byName['noExample']?.missing).toEqual(['@example']);
    expect(byName['emptyExample']?.missing).toEqual(['@example']);
  });
});

describe('@fazhi/core public API', () => {
  const mainDocs = exportDocs(indexFile);
  const internalDocs = exportDocs(internalsFile);
  const docs = [...mainDocs, ...exportDocs(tableFile), ...internalDocs];

  it('exports something (the walk reached packages/core/src/index.ts)', () => {
    expect(docs.length).toBeGreaterThan(50);
  });

  it('every export of packages/core/src/index.ts, table.ts and internals.ts has a doc comment with a summary and an @example', () => {
    const offenders = docs.filter((d) => d.missing.length > 0).map((d) => `${d.file}: ${d.name} lacks ${d.missing.join(', ')}`);
    expect(offenders.sort()).toEqual([]);
  });

  it('the internals are not also exported by the main entry: one import path for each name', () => {
    const main = new Set(mainDocs.map((d) => d.name));
    const internal = internalDocs.map((d) => d.name);
    expect(internal).toContain('createCellReader');
    expect(internal.filter((name) => main.has(name))).toEqual([]);
  });
});
