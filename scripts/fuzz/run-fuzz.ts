import type { InputFile } from '../../packages/core/src/load/data-set.ts';
import { checkInput, type Violation } from './check-input.ts';
import { makeInput } from './make-input.ts';
import { inputSeed, Prng } from './prng.ts';

/** Options of {@link runFuzz}. */
export interface RunFuzzOptions {
  /** The fixture files to mutate (see seedFiles). */
  seeds: readonly InputFile[];
  /** The run's seed: with it and an index, any input is made again. */
  seed: number;
  /** Inputs to check. Default 100,000. */
  runs?: number;
  /** Called after every input with the count done and the failures so far. Default: none. */
  onProgress?: (done: number, failures: number) => void;
  /** Stop after this many failing inputs. Default: never. */
  maxFailures?: number;
}

/** Memory is measured on every MEASURE_EVERY-th input, and on every input larger than MEASURE_ABOVE bytes. */
const MEASURE_EVERY = 16;
const MEASURE_ABOVE = 64 * 1024;

/** Whether input `index` of `bytes` bytes has its memory measured. */
function measured(index: number, bytes: number): boolean {
  return index % MEASURE_EVERY === 0 || bytes > MEASURE_ABOVE;
}

/** The input's size in bytes. */
const sizeOf = (files: readonly InputFile[]) => files.reduce((n, f) => n + f.bytes.length, 0);

/** One failing input: its index (replay with `--seed S --only I`), what was done to it, and what broke. */
export interface FuzzFailure {
  /** The input's index in the run. */
  index: number;
  /** The mutations, per file (FuzzInput.steps). */
  steps: string[];
  /** The checks it broke. */
  violations: Violation[];
}

/**
 * Runs the loader on `runs` fuzz inputs and returns the failing ones, with
 * the time taken.
 *
 * @example
 * const { failures } = await runFuzz({ seeds: seedFiles({ rows: 30 }), seed: 2019, runs: 5000 });
 */
export async function runFuzz({ seeds, seed, runs = 100_000, onProgress, maxFailures = Infinity }: RunFuzzOptions): Promise<{ failures: FuzzFailure[]; seconds: number; runs: number }> {
  const failures: FuzzFailure[] = [];
  const start = performance.now();
  let done = 0;
  for (let index = 0; index < runs && failures.length < maxFailures; index++) {
    const input = makeInput(seeds, seed, index);
    // a separate stream for the shuffle, so that checking does not change what the next input is
    const violations = await checkInput(input.files, new Prng(inputSeed(seed ^ 0x5bd1e995, index)), measured(index, sizeOf(input.files)));
    if (violations.length > 0) failures.push({ index, steps: input.steps, violations });
    done = index + 1;
    onProgress?.(done, failures.length);
  }
  return { failures, seconds: (performance.now() - start) / 1000, runs: done };
}

/**
 * Checks one input again, as `--only I` does.
 *
 * @example
 * const { files, violations } = await replayInput(seedFiles(), 2019, 17);
 */
export async function replayInput(seeds: readonly InputFile[], seed: number, index: number): Promise<{ files: InputFile[]; steps: string[]; violations: Violation[] }> {
  const input = makeInput(seeds, seed, index);
  const violations = await checkInput(input.files, new Prng(inputSeed(seed ^ 0x5bd1e995, index)), true);
  return { ...input, violations };
}
