// The golden outputs: which data set produces which committed file, and how
// the file is rendered (the JSON contract of `fazhi indicators`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeIndicators, loadDataSet } from '@fazhi/core';

const root = new URL('..', import.meta.url).pathname;

export interface GoldenCase {
  /** Folder of input files. */
  data: string;
  /** Committed output. */
  golden: string;
}

export const goldenCases: GoldenCase[] = [
  { data: join(root, 'fixtures/sip-2019'), golden: join(root, 'fixtures/golden/sip-2019-indicators.json') },
];

/** Every indicator row of a folder, one JSON object per line inside an array, so diffs read row by row. */
export async function renderGolden(dir: string): Promise<string> {
  const files = readdirSync(dir)
    .filter((name) => /\.(csv|tsv|xlsx)$/i.test(name))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  const data = await loadDataSet(files);
  const { rows } = computeIndicators(data.records);
  return `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`;
}
