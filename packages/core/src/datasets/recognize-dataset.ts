import type { DatasetSchema } from './dataset-schema.ts';
import type { DatasetId } from './records.ts';
import { DATASET_IDS } from './records.ts';
import { DATASET_SCHEMAS } from './registry.ts';
import { headerKey, matchHeaders } from './match-headers.ts';

/**
 * A recognised dataset and how it was recognised.
 *
 * @example
 * const r: Recognition = { dataset: 'litigation', by: 'name' };
 */
export interface Recognition {
  /** The dataset the file holds. */
  dataset: DatasetId;
  /** What told it: the file name's stem, or the header row. */
  by: 'name' | 'headers';
}

/**
 * Which dataset a file holds: by its file-name stem first (`行政訴訟.csv`,
 * `2019年行政诉讼案件.xlsx`, `litigation.csv`; the longest stem found
 * wins, English stems must be whole words), else by its headers (the
 * dataset whose required columns are all present and that matches the most
 * columns, at least two). Null when neither tells.
 *
 * @example
 * recognizeDataset('行政訴訟案件.csv', [])?.dataset;   // 'litigation'
 * recognizeDataset('data.csv', ['案號', '被申請人', '受理日期'])?.dataset; // 'reconsideration'
 */
export function recognizeDataset(fileName: string, headers: readonly string[]): Recognition | null {
  const byName = datasetFromName(fileName);
  if (byName) return { dataset: byName, by: 'name' };
  const byHeaders = datasetFromHeaders(headers);
  return byHeaders ? { dataset: byHeaders, by: 'headers' } : null;
}

function datasetFromName(fileName: string): DatasetId | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = headerKey(base.replace(/\.[^.]*$/, ''));
  const words = new Set(fileName.normalize('NFKC').toLowerCase().replace(/\.[^.]*$/, '').split(/[^a-z]+/));
  let best: DatasetId | null = null;
  let bestLength = 0;
  for (const id of DATASET_IDS) {
    const schema: DatasetSchema = DATASET_SCHEMAS[id];
    for (const s of schema.stems) {
      const ascii = /^[a-z_-]+$/.test(s);
      const hit = ascii ? words.has(s) || stem === headerKey(s) : stem.includes(headerKey(s));
      if (hit && s.length > bestLength) {
        best = id;
        bestLength = s.length;
      }
    }
  }
  return best;
}

function datasetFromHeaders(headers: readonly string[]): DatasetId | null {
  let best: DatasetId | null = null;
  let bestScore = 1;
  for (const id of DATASET_IDS) {
    const match = matchHeaders(headers, DATASET_SCHEMAS[id]);
    if (match.missing.length > 0) continue;
    if (match.index.size > bestScore) {
      best = id;
      bestScore = match.index.size;
    }
  }
  return best;
}
