import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

// Comments may name the forbidden calls (to explain why they are avoided); only code counts.
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

const ARQUERO_VERBS = ['filter', 'derive', 'rollup', 'orderby', 'groupby', 'select', 'join', 'params', 'spread', 'fold', 'pivot', 'impute', 'dedupe', 'count', 'sample'];

describe('@fazhi/core source', () => {
  const files = sourceFiles(SRC);

  it('the core source tree is found', () => {
    expect(files.some((f) => f.endsWith(join('indicators', 'compute-indicators.ts')))).toBe(true);
  });

  it('the core never generates code at run time (no new Function, Function(), eval)', () => {
    for (const file of files) {
      const text = code(readFileSync(file, 'utf8'));
      expect(text, file).not.toMatch(/\bnew\s+Function\b|(^|[^.\w])Function\s*\(|(^|[^.\w])eval\s*\(/);
    }
  });

  it('files that use arquero call no arquero verb (they compile expressions with Function) and no op/escape', () => {
    const verb = new RegExp(`\\.(${ARQUERO_VERBS.join('|')})\\s*\\(`);
    for (const file of files) {
      const text = code(readFileSync(file, 'utf8'));
      if (!/from\s+'arquero'|ColumnTable|\baq\./.test(text)) continue;
      expect(text, file).not.toMatch(verb);
      expect(text, file).not.toMatch(/\b(op|escape)\s*[.(]/);
    }
  });
});
