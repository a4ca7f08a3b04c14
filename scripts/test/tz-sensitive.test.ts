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
    expect(chosen.get('apps/dashboard/test/lib/export/print-filters.test.ts')).toBe('apps/dashboard/src/lib/export/print-filters.ts'); // the print date
    expect(chosen.get('packages/core/test/fixtures/make-fixtures.test.ts')).toBeDefined(); // writes XLSX files
    expect(chosen.get('packages/charts/test/render/render-svg.test.ts')).toMatch(/^vega/); // vega's time formats
  });

  it('leaves out files whose dates are all UTC (parsing dates, text width, CSV escaping)', () => {
    for (const file of ['packages/core/test/values/parse-date.test.ts', 'packages/charts/test/render/text-width.test.ts', 'packages/core/test/io/escape-csv-cell.test.ts']) {
      expect(all).toContain(join(root, file));
      expect(chosen.has(file)).toBe(false);
    }
    expect(chosen.size).toBeGreaterThan(20);
    expect(chosen.size).toBeLessThan(all.length);
  });

  it('follows imports through files and packages, and a cycle does not hide a local-time call', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-tz-'));
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src/a.ts'), "import { b } from './b.ts';\nexport const a = () => b();\n");
    writeFileSync(join(dir, 'src/b.ts'), "import { a } from './a.ts';\nexport const b = () => new Date(2019, 0, 1).getFullYear();\nvoid a;\n");
    writeFileSync(join(dir, 'src/pure.ts'), '/** pure(new Date(2019, 0, 1)) in a comment is no call */\nexport const pure = (ms: number) => new Date(ms).toISOString() + new Date(Date.UTC(2019, 0, 1)).getUTCFullYear();\n');
    writeFileSync(join(dir, 'src/parsed.ts'), "export const parsed = () => new Date('2019-01-01T08:00');\n");
    writeFileSync(join(dir, 'src/now.ts'), 'export const now = () => Date.parse(String(new Date()));\n');
    writeFileSync(join(dir, 'src/excel.ts'), "export { default } from 'read-excel-file/node';\n");
    writeFileSync(join(dir, 'src/charts.ts'), "export { View } from 'vega';\n");
    const files = ['uses-a', 'uses-pure', 'uses-excel', 'uses-parsed', 'uses-now', 'uses-charts'].map((name) => join(dir, `${name}.test.ts`));
    writeFileSync(files[0]!, "import { a } from './src/a.ts';\n");
    writeFileSync(files[1]!, "import { pure } from './src/pure';\n");
    writeFileSync(files[2]!, "import x from './src/excel.ts';\n");
    writeFileSync(files[3]!, "import { parsed } from './src/parsed.ts';\n");
    writeFileSync(files[4]!, "import { now } from './src/now.ts';\n");
    writeFileSync(files[5]!, "import { View } from './src/charts.ts';\n");
    const found: Map<string, string> = timeZoneSensitiveTests(dir, files);
    expect([...found]).toEqual([
      ['uses-a.test.ts', 'src/b.ts'],
      ['uses-parsed.test.ts', 'src/parsed.ts'],
      ['uses-now.test.ts', 'src/now.ts'],
      ['uses-charts.test.ts', 'vega'],
    ]); // read-excel-file reads Excel dates as UTC; pure.ts uses only UTC and milliseconds
  });

  it('does not follow type-only imports (they run no code), nor count vega-lite, whose compiler only writes specs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-tz-'));
    writeFileSync(join(dir, 'local.ts'), 'export type When = Date;\nexport const when = () => new Date(2019, 0, 1);\n');
    writeFileSync(join(dir, 'uses-type.test.ts'), "import type { When } from './local.ts';\nexport type { When as W } from './local.ts';\n");
    writeFileSync(join(dir, 'uses-value.test.ts'), "import { type When, when } from './local.ts';\n");
    writeFileSync(join(dir, 'uses-vega-lite.test.ts'), "import { compile } from 'vega-lite';\n");
    const files = ['uses-type', 'uses-value', 'uses-vega-lite'].map((name) => join(dir, `${name}.test.ts`));
    expect([...timeZoneSensitiveTests(dir, files)]).toEqual([['uses-value.test.ts', 'local.ts']]);
  });

  it('reads static, dynamic and re-export specifiers', () => {
    expect(importSpecifiers("import a from 'x';\nexport { b } from \"./y.ts\";\nconst c = await import('z');\nimport './side.ts';")).toEqual(['x', './y.ts', 'z', './side.ts']);
  });
});
