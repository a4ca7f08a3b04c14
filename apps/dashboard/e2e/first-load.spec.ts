import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { firstLoadChunks, type ManifestChunk } from '../build/first-load.ts';
import { expect, test } from './dashboard-test.ts';
import { e2eDist } from './e2e-dist.ts';

// Issue 14, item 9: a lighter start. The script the first screen loads (index.html's entry and what it imports
// statically, from the build manifest) is at most 400 KB; the Traditional ⇄ Simplified dictionaries (opencc-js), the
// YAML parser and the XLSX writer are loaded when needed. Sizes, not times: no timed assertion here (pnpm
// bench:dashboard measures the first tile).

/** The budget of the first screen's script, in bytes. */
const FIRST_LOAD_BUDGET = 400_000;
/** A sentence only the yaml package's parser holds. */
const YAML_PARSER = 'Implicit keys need to be on a single line';

test('the first screen loads at most 400 KB of script, without opencc-js, the YAML parser or write-excel-file', () => {
  const dist = e2eDist();
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const first = firstLoadChunks(manifest);
  expect(first).toContain('index.html');
  const bytes = first.reduce((sum, key) => sum + statSync(join(dist, manifest[key]!.file)).size, 0);
  expect(bytes, `first-load script ${first.map((k) => manifest[k]!.file).join(', ')}`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);

  for (const lazy of [/\/opencc-js\//, /\/write-excel-file\//]) {
    const keys = Object.keys(manifest).filter((k) => lazy.test(k));
    expect(keys.length, `${lazy} is in the build`).toBeGreaterThan(0);
    expect(keys.filter((k) => first.includes(k)), `${lazy} is loaded on demand`).toEqual([]);
  }
  const text = (key: string): string => readFileSync(join(dist, manifest[key]!.file), 'utf8');
  expect(first.filter((k) => text(k).includes(YAML_PARSER)), 'the YAML parser is not in the first load').toEqual([]);
  expect(Object.keys(manifest).filter((k) => manifest[k]!.file.endsWith('.js') && text(k).includes(YAML_PARSER)).length, 'the YAML parser is in a lazy chunk').toBeGreaterThan(0);
});
