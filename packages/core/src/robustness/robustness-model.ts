import type { UnitRecord } from '../datasets/records.ts';
import { compareUnits } from '../indicators/compare-units.ts';
import { JURISDICTION, type IndicatorRow } from '../indicators/indicator-row.ts';
import type { LocalizedText } from '../messages/localized-text.ts';
import { indexTotal, type IndexDimension } from '../scoring/engine/index-total.ts';
import { rankUnits } from '../scoring/engine/rank-units.ts';
import { resolveDirection } from '../scoring/engine/resolve-direction.ts';
import { roundScore } from '../scoring/engine/round-score.ts';
import { applyRule } from '../scoring/rules/apply-rule.ts';
import type { Imputation, ItemRule, Scheme, UncertainInput } from '../scoring/scheme.ts';
import { localizeSchemeText } from '../scoring/scheme-text.ts';
import { scoreUnits } from '../scoring/score-units.ts';
import type { SchemeStamp, UnitScore } from '../scoring/unit-score.ts';
import { robustnessMessages as m } from './robustness-messages.ts';
import { schemeVariant, variantSettings } from './scheme-variant.ts';
import { treatRows, type TreatedRows } from '../scoring/treatment/treat-rows.ts';
import { uncertainChoice, type UncertainChoice } from './uncertain-choice.ts';

/**
 * One uncertain input as the model uses it: the scheme's declaration, its
 * name and the scheme's own value of what it varies.
 *
 * @example
 * model.inputs.map((i) => i.name.en); // ['the weight of Administrative litigation', …]
 */
export interface ModelInput {
  /** The declaration in the scheme. */
  input: UncertainInput;
  /** Its name (the declaration's `name`, else one made from what it varies). */
  name: LocalizedText;
  /** The scheme's own value: points, weight, amount, threshold (numbers) or method (text). */
  nominal: number | string;
}

/**
 * One run's result, per unit of {@link RobustnessModel.units}.
 *
 * @example
 * const run: ModelRun = model.run([0.5, 0.5]);
 * run.ranks[0]; // the first unit's rank, 0 when not ranked
 */
export interface ModelRun {
  /** Totals; NaN where not computable. */
  totals: Float64Array;
  /** Ranks (1 = best, ties shared, failed units last); 0 where not ranked. */
  ranks: Int32Array;
  /** How many units were ranked. */
  ranked: number;
}

/**
 * Options of {@link RobustnessModel}.
 *
 * @example
 * const options: RobustnessModelOptions = { year: 2019, unitRecords: data.records.units };
 */
export interface RobustnessModelOptions {
  /** The year analysed. */
  year: number;
  /** units.csv records, as `scoreUnits` takes them (aliases; kinds for `kind-mean`). Default none. */
  unitRecords?: readonly Pick<UnitRecord, 'unit' | 'aliases' | 'kind'>[];
}

/** Per imputation: the treated rows and what scoreUnits made of them, per item × unit. */
interface Prepared {
  treated: TreatedRows;
  scores: UnitScore[];
  values: (number | null)[][];
  peers: number[][];
  earned: (number | null)[][];
  possible: (number | null)[][];
  failed: boolean[];
  cap: (number | null)[];
}

const CACHE_LIMIT = 20_000;
const NO_NAME: LocalizedText = { 'zh-Hant': '', 'zh-Hans': '', en: '' };

/**
 * A scheme, a year's indicator rows and the scheme's uncertain inputs, ready
 * to be scored again and again: the robustness analysis's engine.
 *
 * `run(u)` scores one run (u ∈ [0, 1)^k, one number per input, see
 * `uncertainChoice`) on a fast path: every item's value, points and peers
 * come from one `scoreUnits` call per imputation at the start; a run only
 * re-applies the rules its choices change (`applyRule`, cached), scales
 * points by the weight factors (`schemeVariant`), and sums, caps and ranks
 * with the engine's own `pointsTotal` / `indexTotal` and `rankUnits`.
 * `reference(u)` scores the same run with `scoreUnits` on the variant scheme:
 * slower (≈ 6 ms on the park sample), and what the fast path is tested
 * against. Both score the values after the scheme's data treatment
 * (`treatment`, with the run's imputation), as `scoreUnits` applies it.
 *
 * Units are those the scheme scores in the year, the jurisdiction `*` aside
 * (it is never ranked), in `compareUnits` order.
 *
 * @example
 * const check = checkScheme(readFileSync('schemes/sip-robustness-2019.yaml', 'utf8'));
 * const model = new RobustnessModel(rows, check.scheme, check.stamp, { year: 2019, unitRecords: data.records.units });
 * model.run(model.inputs.map(() => 0.5)).ranks;
 */
export class RobustnessModel {
  /** The units ranked, `*` aside, in `compareUnits` order. */
  readonly units: string[];
  /** The scheme's uncertain inputs, in the scheme's order. */
  readonly inputs: ModelInput[];
  /** The scheme's own result (with its treatment), per unit. */
  readonly nominal: ModelRun;
  /** The scheme's own result as `scoreUnits` gives it, `*` included. */
  readonly scores: UnitScore[];
  /** The data treatment of the scheme's own imputation. */
  readonly treatment: TreatedRows;

  readonly #scheme: Scheme;
  readonly #stamp: SchemeStamp;
  readonly #rows: readonly IndicatorRow[];
  readonly #options: RobustnessModelOptions;
  readonly #imputation: Imputation;
  readonly #prepared = new Map<Imputation, Prepared>();
  readonly #cache = new Map<string, { earned: (number | null)[]; possible: (number | null)[] }>();
  readonly #items: Scheme['dimensions'][number]['items'][number][];
  readonly #names: LocalizedText[];
  readonly #bonus: ('inside' | 'outside' | null)[];
  readonly #schemeTotal: number;

  /** Prepares the model (one `scoreUnits` call per imputation the scheme may use). */
  constructor(rows: readonly IndicatorRow[], scheme: Scheme, stamp: SchemeStamp, options: RobustnessModelOptions) {
    this.#scheme = scheme;
    this.#stamp = stamp;
    this.#options = options;
    this.#rows = rows.filter((r) => r.year === options.year || r.year === options.year - 1);
    this.#items = scheme.dimensions.flatMap((d) => d.items);
    this.#names = this.#items.map((i) => localizeSchemeText(i.name));
    this.#imputation = scheme.treatment?.imputation ?? 'none';
    this.#bonus = this.#items.map((item) => (item.rule.type === 'bonus' ? (item.rule.outside === false ? 'inside' : 'outside') : null));
    this.#schemeTotal = scheme.total ?? scheme.dimensions.reduce((s, d) => s + (d.points ?? d.items.reduce((t, i) => t + (i.points ?? 0), 0)), 0);
    const first = scoreUnits(this.#rows, scheme, stamp, { years: [options.year], unitRecords: options.unitRecords ?? [] });
    this.units = first.filter((s) => s.unit !== JURISDICTION).map((s) => s.unit).sort(compareUnits);
    this.inputs = (scheme.uncertainty?.inputs ?? []).map((input) => this.#describe(input));
    const prepared = this.#prepare(this.#imputation);
    this.scores = prepared.scores;
    this.treatment = prepared.treated;
    this.nominal = this.#fromScores(prepared.scores);
  }

  /** The choices of one run. */
  choices(u: ArrayLike<number>): UncertainChoice[] {
    return this.inputs.map((input, i) => uncertainChoice(input.input, typeof input.nominal === 'number' ? input.nominal : 0, u[i] ?? 0.5));
  }

  /** Scores one run on the fast path. */
  run(u: ArrayLike<number>): ModelRun {
    const scheme = this.#scheme;
    const method = scheme.method ?? 'points';
    const variant = variantSettings(scheme, this.choices(u));
    const imputation = variant.imputation ?? this.#imputation;
    const prepared = this.#prepare(imputation);
    const items = this.#items;
    const columns = items.map((item, k) => {
      const rule = variant.rules[k]!;
      if (rule === item.rule) return { earned: prepared.earned[k]!, possible: prepared.possible[k]! };
      return this.#applied(imputation, prepared, k, rule);
    });
    const minCoverage = variant.minCoverage ?? 0.6;
    const aggregation = variant.aggregation ?? 'arithmetic';
    const factors = variant.itemFactors;
    const totals = new Float64Array(this.units.length);
    const entries: { total: number | null; failed: boolean }[] = [];
    for (let u = 0; u < this.units.length; u++) {
      let total: number | null;
      if (method === 'points') {
        // pointsTotal's arithmetic, inline: a run needs the number, not the sentence and the record around it
        // (the reference path and the test that both agree keep it honest).
        let all = 0;
        let withData = 0;
        let earned = 0;
        let excluded = 0;
        let inside = 0;
        let outside = 0;
        for (let k = 0; k < items.length; k++) {
          const factor = factors[k]!;
          const e = columns[k]!.earned[u] ?? null;
          const bonus = this.#bonus[k]!;
          if (bonus !== null) {
            if (e === null) continue;
            if (bonus === 'outside') outside += e;
            else inside += e;
            continue;
          }
          const points = (items[k]!.points ?? 0) * factor;
          all += points;
          if (e === null) {
            excluded += 1;
            continue;
          }
          const possible = columns[k]!.possible[u] ?? null;
          earned += e * factor;
          withData += possible === null ? points : possible * factor;
        }
        if (all <= 0 || withData <= 0 || withData / all < minCoverage - 1e-12) total = null;
        else {
          const schemeTotal = this.#schemeTotal;
          const base = excluded === 0 && withData === schemeTotal ? earned : (earned / withData) * schemeTotal;
          total = (inside > 0 ? Math.max(base, Math.min(base + inside, schemeTotal)) : base) + outside;
        }
      } else {
        let k = 0;
        const shaped: IndexDimension[] = scheme.dimensions.map((d, j) => ({
          name: NO_NAME,
          weight: (d.weight ?? 1) * variant.dimensionFactors[j]!,
          items: d.items.map((item) => {
            const at = k++;
            return item.rule.type === 'bonus' ? null : { score: columns[at]!.earned[u] ?? null, weight: (item.weight ?? 1) * factors[at]! };
          }).filter((x): x is { score: number | null; weight: number } => x !== null),
        }));
        total = indexTotal(shaped, { aggregation, ...(scheme.geometricOffset === undefined ? {} : { offset: scheme.geometricOffset }), minCoverage }).total;
      }
      const cap = prepared.cap[u] ?? null;
      if (total !== null && cap !== null && cap < total) total = cap;
      if (total !== null) total = roundScore(total);
      totals[u] = total ?? Number.NaN;
      entries.push({ total, failed: prepared.failed[u]! });
    }
    const { ranks, ranked } = rankUnits(entries);
    return { totals, ranks: Int32Array.from(ranks, (r) => r ?? 0), ranked };
  }

  /** Scores one run with `scoreUnits` on the variant scheme (which applies the run's treatment itself): the reference the fast path must equal. */
  reference(u: ArrayLike<number>): ModelRun {
    const variant = schemeVariant(this.#scheme, this.choices(u));
    const scheme = withImputation(variant.scheme, variant.imputation ?? this.#imputation);
    const scores = scoreUnits(this.#rows, scheme, this.#stamp, { years: [this.#options.year], unitRecords: this.#options.unitRecords ?? [] });
    return this.#fromScores(scores);
  }

  #fromScores(scores: readonly UnitScore[]): ModelRun {
    const byUnit = new Map(scores.map((s) => [s.unit, s]));
    const totals = new Float64Array(this.units.length);
    const ranks = new Int32Array(this.units.length);
    this.units.forEach((unit, u) => {
      const s = byUnit.get(unit);
      totals[u] = s?.total ?? Number.NaN;
      ranks[u] = s?.rank ?? 0;
    });
    return { totals, ranks, ranked: scores.find((s) => s.unit !== JURISDICTION)?.ranked ?? 0 };
  }

  /** Earned and possible points of item k under a changed rule, at the item's own points; cached. */
  #applied(imputation: Imputation, prepared: Prepared, k: number, rule: ItemRule): { earned: (number | null)[]; possible: (number | null)[] } {
    const key = `${imputation}\u0000${k}\u0000${JSON.stringify(rule)}`;
    const hit = this.#cache.get(key);
    if (hit !== undefined) return hit;
    const item = this.#items[k]!;
    const method = this.#scheme.method ?? 'points';
    const direction = resolveDirection('direction' in item.rule ? item.rule.direction : undefined, item.indicator);
    const earned: (number | null)[] = [];
    const possible: (number | null)[] = [];
    for (let u = 0; u < this.units.length; u++) {
      const value = prepared.values[k]![u] ?? null;
      if (value === null) {
        earned.push(null);
        possible.push(null);
        continue;
      }
      const outcome = applyRule(rule, {
        method, value, points: method === 'index' ? 100 : (item.points ?? 0), direction, peers: prepared.peers[k]!, indicator: item.indicator, name: this.#names[k]!,
      });
      earned.push(outcome.earned);
      possible.push(outcome.possible);
    }
    if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
    const result = { earned, possible };
    this.#cache.set(key, result);
    return result;
  }

  #prepare(imputation: Imputation): Prepared {
    const known = this.#prepared.get(imputation);
    if (known !== undefined) return known;
    const { year, unitRecords = [] } = this.#options;
    const treatment = this.#scheme.treatment;
    const treated = treatRows(this.#rows, this.#scheme, {
      year, units: this.units, imputation, unitRecords, ...(treatment?.outliers !== undefined && { outliers: treatment.outliers }),
    });
    // scoreUnits applies the same treatment to the same units; treatRows above lists what it changed.
    const scores = scoreUnits(this.#rows, withImputation(this.#scheme, imputation), this.#stamp, { years: [year], unitRecords });
    const byUnit = new Map(scores.map((s) => [s.unit, s]));
    const ordered = this.units.map((u) => byUnit.get(u));
    const values = this.#items.map((_, k) => ordered.map((s) => s?.items[k]?.value ?? null));
    const caps = new Map((this.#scheme.vetoes ?? []).map((v) => [v.id, v.effect.type === 'cap' ? v.effect.total : null] as const));
    const prepared: Prepared = {
      treated, scores, values,
      peers: values.map((column) => column.filter((v): v is number => v !== null)),
      earned: this.#items.map((_, k) => ordered.map((s) => s?.items[k]?.earned ?? null)),
      possible: this.#items.map((_, k) => ordered.map((s) => s?.items[k]?.possible ?? null)),
      failed: ordered.map((s) => s?.failed ?? false),
      cap: ordered.map((s) => {
        let cap: number | null = null;
        for (const flag of s?.flags ?? []) {
          const c = flag.code === 'veto' ? caps.get(flag.item) ?? null : null;
          if (c !== null) cap = cap === null ? c : Math.min(cap, c);
        }
        return cap;
      }),
    };
    this.#prepared.set(imputation, prepared);
    return prepared;
  }

  #describe(input: UncertainInput): ModelInput {
    const scheme = this.#scheme;
    const method = scheme.method ?? 'points';
    const given = input.name === undefined ? null : localizeSchemeText(input.name);
    switch (input.type) {
      case 'weight': {
        const dimension = scheme.dimensions.find((d) => d.id === input.target);
        const item = this.#items.find((i) => i.id === input.target);
        const nominal = dimension !== undefined
          ? (method === 'points' ? (dimension.points ?? 0) : (dimension.weight ?? 1))
          : (method === 'points' ? (item?.points ?? 0) : (item?.weight ?? 1));
        const name = localizeSchemeText(dimension?.name ?? item?.name ?? input.target);
        return { input, name: given ?? m.weightOf(name), nominal };
      }
      case 'amount': {
        const item = this.#items.find((i) => i.id === input.item);
        const rule = item?.rule as Record<string, unknown> | undefined;
        const own = rule?.[input.field];
        const nominal = typeof own === 'number' ? own : input.field === 'cap' ? (item?.points ?? 0) : 0;
        return { input, name: given ?? m.amountOf(localizeSchemeText(item?.name ?? input.item), input.field, item?.rule.type === 'bonus'), nominal };
      }
      case 'aggregation':
        return { input, name: given ?? m.aggregation(), nominal: scheme.aggregation ?? 'arithmetic' };
      case 'normalisation': {
        const relative = this.#items.find((i) => i.rule.type === 'relative' && (input.items === undefined || input.items.includes(i.id)));
        return { input, name: given ?? m.normalisation(), nominal: relative?.rule.type === 'relative' ? relative.rule.method : 'min-max' };
      }
      case 'imputation':
        return { input, name: given ?? m.imputation(), nominal: this.#imputation };
      case 'coverage':
        return { input, name: given ?? m.coverage(), nominal: scheme.minCoverage ?? 0.6 };
    }
  }
}

/** The scheme with its data treatment's imputation set to `imputation` (its outlier rule kept). */
function withImputation(scheme: Scheme, imputation: Imputation): Scheme {
  return { ...scheme, treatment: { ...scheme.treatment, imputation } };
}
