import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of scripts/, without declarations
import { findTestFiles, importSpecifiers, timeZoneSensitiveTests } from './tz-sensitive.mjs';

const root = new URL('../..', import.meta.url).pathname;

describe('the time-zone sensitive test files (what scripts/test.mjs runs again under Asia/Shanghai)', () => {
  const chosen: Map<string, string> = timeZoneSensitiveTests(root);
  const all: string[] = findTestFiles(root);

  it('chooses the files known to read or write local time, each with its reason', () => {
    expect(chosen.get('packages/core/test/io/read-xlsx.test.ts')).toBeDefined(); // Excel dates
    expect(chosen.get('packages/core/test/values/parse-date.test.ts')).toBeDefined();
    expect(chosen.get('apps/dashboard/test/lib/export/print-filters.test.ts')).toBeDefined(); // the print date
    expect(chosen.get('packages/core/test/golden/golden.test.ts')).toBeDefined(); // the park's fixture, XLSX files included
  });

  it('leaves out files that reach no local time (text width, CSV escaping)', () => {
    expect(chosen.has('packages/charts/test/render/text-width.test.ts')).toBe(false);
    expect(chosen.has('packages/core/test/io/escape-csv-cell.test.ts')).toBe(false);
    expect(chosen.size).toBeGreaterThan(50);
    expect(chosen.size).toBeLessThan(all.length);
  });

  it('follows imports through files and packages, and a cycle does not hide a local-time call', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-tz-'));
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src/a.ts'), "import { b } from './b.ts';\nexport const a = () => b();\n");
    writeFileSync(join(dir, 'src/b.ts'), "import { a } from './a.ts';\nexport const b = () => new Date(2019, 0, 1).getFullYear();\nvoid a;\n");
    writeFileSync(join(dir, 'src/pure.ts'), 'export const pure = (d: Date) => d.getUTCFullYear();\n');
    writeFileSync(join(dir, 'src/excel.ts'), "export { default } from 'read-excel-file/node';\n");
    const files = ['uses-a', 'uses-pure', 'uses-excel'].map((name) => join(dir, `${name}.test.ts`));
    writeFileSync(files[0]!, "import { a } from './src/a.ts';\n");
    writeFileSync(files[1]!, "import { pure } from './src/pure';\n");
    writeFileSync(files[2]!, "import x from './src/excel.ts';\n");
    const found: Map<string, string> = timeZoneSensitiveTests(dir, files);
    expect([...found]).toEqual([
      ['uses-a.test.ts', 'src/b.ts'],
      ['uses-excel.test.ts', 'read-excel-file/node'],
    ]);
  });

  it('reads static, dynamic and re-export specifiers', () => {
    expect(importSpecifiers("import a from 'x';\nexport { b } from \"./y.ts\";\nconst c = await import('z');\nimport './side.ts';")).toEqual(['x', './y.ts', 'z', './side.ts']);
  });
});
