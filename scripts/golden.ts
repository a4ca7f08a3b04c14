// The golden outputs: which data set produces which committed file, and how
// the file is rendered (the JSON contracts of `fazhi indicators` and
// `fazhi score`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkScheme, computeIndicators, loadDataSet, scoreUnits, type DataSet } from '@fazhi/core';
import { scoresJson } from '../packages/cli/src/commands/score-json.ts';

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

export interface ScoreGoldenCase extends GoldenCase {
  /** The scheme file the folder is scored with (every year of the data). */
  scheme: string;
}

export const scoreGoldenCases: ScoreGoldenCase[] = [
  {
    data: join(root, 'fixtures/sip-2019'),
    scheme: join(root, 'schemes/sip-example-2019.yaml'),
    golden: join(root, 'fixtures/golden/sip-2019-scores.json'),
  },
  {
    data: join(root, 'fixtures/sip-2019'),
    scheme: join(root, 'schemes/doing-business-2020.json'),
    golden: join(root, 'fixtures/golden/sip-2019-scores-doing-business.json'),
  },
];

async function loadFolder(dir: string): Promise<DataSet> {
  const files = readdirSync(dir)
    .filter((name) => /\.(csv|tsv|xlsx)$/i.test(name))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  return loadDataSet(files);
}

/** Every indicator row of a folder, one JSON object per line inside an array, so diffs read row by row. */
export async function renderGolden(dir: string): Promise<string> {
  const { rows } = computeIndicators((await loadFolder(dir)).records);
  return `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`;
}

/** Every year of a folder scored with a scheme, as `fazhi score --format json` prints it. */
export async function renderScoreGolden(c: ScoreGoldenCase): Promise<string> {
  const check = checkScheme(readFileSync(c.scheme, 'utf8'), { fileName: c.scheme });
  if (!check.ok) throw new Error(`${c.scheme}: ${check.errors.map((e) => e.message.en).join('; ')}`);
  const { rows } = computeIndicators((await loadFolder(c.data)).records);
  return scoresJson(scoreUnits(rows, check.scheme, check.stamp));
}
