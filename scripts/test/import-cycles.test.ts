// No module of a package's sources imports, through any chain of relative imports (type-only ones included), a
// module that imports it back: a cycle makes the order in which modules run depend on which one is imported first,
// and is a sign that two concepts share one file. The review of issue 13 found four in packages/core/src/load/
// (a type or a doc link each) and one in packages/charts/src/render/; each was broken by giving the shared type its
// own file.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of scripts/, without declarations
import { importSpecifiers, withoutComments } from './tz-sensitive.mjs';

const root = new URL('../..', import.meta.url).pathname;
const SOURCES = ['packages/core/src', 'packages/charts/src', 'packages/cli/src', 'apps/dashboard/src'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

type Read = (file: string) => string;
const readText: Read = (file) => readFileSync(file, 'utf8');

/** The relative imports of a file, resolved to files of the graph. */
function relativeImports(file: string, files: ReadonlySet<string>, read: Read): string[] {
  const specifiers: string[] = importSpecifiers(withoutComments(read(file)));
  return specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) => resolve(dirname(file), s))
    .flatMap((base) => [base, `${base}.ts`].filter((candidate) => files.has(candidate)).slice(0, 1));
}

/** Every cycle found by a depth-first walk, each as the chain of files that closes it. */
function importCycles(files: readonly string[], read: Read = readText): string[][] {
  const graph = new Map<string, string[]>();
  const set = new Set(files);
  for (const file of files) graph.set(file, relativeImports(file, set, read));
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...files].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

describe('import cycles', () => {
  for (const dir of SOURCES) {
    it(`${dir} has none`, () => {
      const cycles = importCycles(sourceFiles(join(root, dir))).map((c) => c.map((f) => relative(join(root, dir), f)).join(' → '));
      expect(cycles).toEqual([]);
    });
  }

  it('are found through type-only imports and doc comments are not imports (the check can fail)', () => {
    const texts = new Map([
      ['/x/a.ts', "import type { B } from './b.ts';\nexport const a = 1;"],
      ['/x/b.ts', "import { c } from './c.ts';\nexport type B = number;"],
      ['/x/c.ts', "/** {@link a}, as in: import { a } from './a.ts'; */\nimport { a } from './a';\nexport const c = a;"],
      ['/x/d.ts', "/** import { a } from './a.ts'; */\nexport const d = 1;"],
    ]);
    const read = (file: string): string => texts.get(file) as string;
    expect(importCycles([...texts.keys()], read)).toEqual([['/x/a.ts', '/x/b.ts', '/x/c.ts', '/x/a.ts']]);
    texts.set('/x/c.ts', '/** import { a } from "./a.ts"; */\nexport const c = 3;');
    expect(importCycles([...texts.keys()], read)).toEqual([]);
  });
});
