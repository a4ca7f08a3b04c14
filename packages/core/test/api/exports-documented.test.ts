import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const indexFile = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  noEmit: true,
  skipLibCheck: true,
  noResolve: false,
};

interface ExportDoc {
  /** The exported name. */
  name: string;
  /** The file that declares it, relative to the entry's folder (e.g. `values/parse-date.ts`). */
  file: string;
  /** What is missing: 'doc comment', 'summary' or '@example'; empty when documented. */
  missing: string[];
}

/**
 * Every export of `entry` (followed through re-exports) with what its doc comment lacks: a doc comment at
 * all, a summary sentence, or an `@example` tag with code in it. One declaration of a merged symbol (an
 * interface and a value of the same name, overloads) having a complete comment is enough.
 */
function exportDocs(entry: string, host: ts.CompilerHost = ts.createCompilerHost(compilerOptions)): ExportDoc[] {
  // Compilers skip most doc comments of .ts files unless told to parse them all.
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseAll;
  const program = ts.createProgram({ rootNames: [entry], options: compilerOptions, host });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`entry not found: ${entry}`);
  const module = checker.getSymbolAtLocation(source);
  if (!module) return [];
  const root = entry.slice(0, entry.lastIndexOf('/') + 1);
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.declarations ?? [];
    const file = declarations[0]?.getSourceFile().fileName.replace(root, '') ?? '?';
    const lacks = declarations.map(missingDocs);
    const best = lacks.reduce<string[] | null>((a, b) => (a === null || b.length < a.length ? b : a), null);
    return { name: exported.name, file, missing: best ?? ['doc comment'] };
  });
}

function missingDocs(declaration: ts.Declaration): string[] {
  const doc = closestDocComment(declaration);
  if (!doc) return ['doc comment'];
  const docs = [doc];
  const missing: string[] = [];
  const summary = docs.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '').join('').trim();
  if (summary === '') missing.push('summary');
  const examples = docs.flatMap((doc) => doc.tags ?? []).filter((tag) => tag.tagName.text === 'example');
  if (!examples.some((tag) => (ts.getTextOfJSDocComment(tag.comment) ?? '').trim() !== '')) missing.push('@example');
  return missing;
}

/**
 * The doc comment right above a declaration (a variable's sits above its statement), as typedoc reads it.
 * `jsDoc` is the parser's own field: ts.getJSDocCommentsAndTags drops comments that have no tags.
 */
function closestDocComment(declaration: ts.Declaration): ts.JSDoc | undefined {
  const host = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
  return (host as { jsDoc?: ts.JSDoc[] }).jsDoc?.at(-1);
}

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

  it('reports a missing comment, a missing summary, a missing @example and an empty @example', () => {
    expect(byName['bare']?.missing).toEqual(['doc comment']);
    expect(byName['Shape']?.missing).toEqual(['summary']);
    expect(byName['noExample']?.missing).toEqual(['@example']);
    expect(byName['emptyExample']?.missing).toEqual(['@example']);
  });
});

describe('@fazhi/core public API', () => {
  const docs = exportDocs(indexFile);

  it('exports something (the walk reached packages/core/src/index.ts)', () => {
    expect(docs.length).toBeGreaterThan(50);
  });

  it('every export of packages/core/src/index.ts has a doc comment with a summary and an @example', () => {
    const offenders = docs.filter((d) => d.missing.length > 0).map((d) => `${d.file}: ${d.name} lacks ${d.missing.join(', ')}`);
    expect(offenders.sort()).toEqual([]);
  });
});
