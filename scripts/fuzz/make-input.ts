import type { InputFile } from '../../packages/core/src/load/data-set.ts';
import { BYTE_MUTATIONS } from './byte-mutations.ts';
import { ENCODING_MUTATIONS } from './encoding-mutations.ts';
import type { Mutation } from './mutation.ts';
import { inputSeed, Prng } from './prng.ts';
import { TEXT_MUTATIONS } from './text-mutations.ts';

/**
 * One fuzz input: the files handed to the loader, and what was done to
 * each (for the failure report).
 *
 * @example
 * const input: FuzzInput = { files: [{ name: 'litigation.csv', bytes }], steps: ['litigation.csv: dates, flip'] };
 */
export interface FuzzInput {
  /** The files, in the order the loader is given them. */
  files: InputFile[];
  /** Per file, its seed file's name and the mutations applied, in order. */
  steps: string[];
}

/** Names a file may be renamed to: recognition by its headers, or a CSV named as a workbook. */
const OTHER_NAMES = ['export.csv', 'data.txt', 'sheet.xlsx', '台账.csv'];

/** Picks a mutation: text-level most often, then bytes, then encodings. */
function pickMutation(rng: Prng): Mutation {
  const r = rng.next();
  return rng.pick(r < 0.45 ? TEXT_MUTATIONS : r < 0.8 ? BYTE_MUTATIONS : ENCODING_MUTATIONS);
}

/**
 * Makes input `index` of a run seeded `seed` from the seed files: one to
 * three of them (distinct names), each given zero to three mutations,
 * sometimes renamed. Depends on (seed, index, seeds) alone.
 *
 * @example
 * const { files } = makeInput(seedFiles({ rows: 30 }), 2019, 0);
 */
export function makeInput(seeds: readonly InputFile[], seed: number, index: number): FuzzInput {
  const rng = new Prng(inputSeed(seed, index));
  const count = rng.chance(0.5) ? 1 : rng.between(2, 3);
  const files: InputFile[] = [];
  const steps: string[] = [];
  const names = new Set<string>();
  for (let i = 0; i < count; i++) {
    const from = rng.pick(seeds);
    let name = rng.chance(0.1) ? rng.pick(OTHER_NAMES) : from.name;
    if (names.has(name)) name = `${i}-${name}`;
    names.add(name);
    let bytes = from.bytes;
    const applied: string[] = [];
    for (let n = rng.int(4); n > 0; n--) {
      const mutation = pickMutation(rng);
      bytes = mutation.apply(rng, bytes);
      applied.push(mutation.name);
    }
    files.push({ name, bytes });
    steps.push(`${name} ← ${from.name}: ${applied.join(', ') || 'unchanged'}`);
  }
  return { files, steps };
}
