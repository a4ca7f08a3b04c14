import { Random } from './random.ts';
import { rankDistribution, type RankDistribution } from './rank-distribution.ts';
import type { ModelRun, RobustnessModel } from './robustness-model.ts';

/**
 * A Monte Carlo over a scheme's uncertain inputs that can be run in steps —
 * so that a worker can report progress, show results that sharpen as runs
 * come in, and stop — and summarised at any point. Each run draws one
 * number per input from a seeded {@link Random} (in the inputs' order), so
 * the same seed gives the same runs in Node and in a browser.
 *
 * @example
 * const mc = new MonteCarlo(model, { seed: 1 });
 * mc.step(1000);
 * mc.summary()[0]?.medianRank;
 */
export class MonteCarlo {
  /** Runs done so far. */
  runs = 0;
  /** Per run: the mean absolute rank shift (see {@link meanAbsoluteShift}). */
  readonly shifts: number[] = [];
  readonly #model: RobustnessModel;
  readonly #random: Random;
  readonly #ranks: number[][];
  readonly #totals: number[][];
  readonly #ranked: number[] = [];

  /** A Monte Carlo of `model`'s inputs, seeded (default 1). */
  constructor(model: RobustnessModel, options: { seed?: number } = {}) {
    this.#model = model;
    this.#random = new Random(options.seed ?? 1);
    this.#ranks = model.units.map(() => []);
    this.#totals = model.units.map(() => []);
  }

  /** Does `count` more runs. */
  step(count: number): void {
    const u = new Float64Array(this.#model.inputs.length);
    for (let r = 0; r < count; r++) {
      for (let i = 0; i < u.length; i++) u[i] = this.#random.next();
      const run = this.#model.run(u);
      for (let k = 0; k < run.ranks.length; k++) {
        this.#ranks[k]!.push(run.ranks[k]!);
        this.#totals[k]!.push(run.totals[k]!);
      }
      this.#ranked.push(run.ranked);
      this.shifts.push(meanAbsoluteShift(run, this.#model.nominal));
      this.runs++;
    }
  }

  /** Every unit's rank distribution so far, in the model's unit order. */
  summary(): RankDistribution[] {
    return this.#model.units.map((_, k) => {
      const nominal = this.#model.nominal.ranks[k]!;
      return rankDistribution(this.#ranks[k]!, this.#totals[k]!, nominal > 0 ? nominal : null, this.#ranked);
    });
  }
}

/**
 * The mean absolute rank shift of a run (Saisana et al. 2005): the mean of
 * |rank − nominal rank| over the units ranked both ways; 0 when there is none.
 *
 * @example
 * meanAbsoluteShift({ totals: new Float64Array(3), ranks: Int32Array.of(2, 1, 0), ranked: 2 }, { totals: new Float64Array(3), ranks: Int32Array.of(1, 2, 3), ranked: 3 }); // 1
 */
export function meanAbsoluteShift(run: ModelRun, nominal: ModelRun): number {
  let sum = 0;
  let count = 0;
  for (let k = 0; k < run.ranks.length; k++) {
    const a = run.ranks[k]!;
    const b = nominal.ranks[k]!;
    if (a <= 0 || b <= 0) continue;
    sum += Math.abs(a - b);
    count++;
  }
  return count === 0 ? 0 : sum / count;
}
