import type { UnitRecord } from '../datasets/records.ts';
import { UnitRegistry } from '../datasets/unit-registry.ts';
import { catalogueEntry } from '../indicators/catalogue.ts';
import { compareUnits } from '../indicators/compare-units.ts';
import { JURISDICTION, type IndicatorRow } from '../indicators/indicator-row.ts';
import type { LocalizedText } from '../messages/localized-text.ts';
import { toSimplified } from '../values/to-simplified.ts';
import { engineMessages } from './engine/engine-messages.ts';
import { explainTotal } from './engine/explain-total.ts';
import { findOutliers } from './engine/find-outliers.ts';
import { IndicatorLookup } from './engine/indicator-lookup.ts';
import { indexTotal, type IndexDimension } from './engine/index-total.ts';
import { itemStatus } from './engine/item-status.ts';
import { itemValue, type ItemValue } from './engine/item-value.ts';
import { pointsTotal, type PointsPart, type PointsTotal } from './engine/points-total.ts';
import { rankUnits } from './engine/rank-units.ts';
import { resolveDirection } from './engine/resolve-direction.ts';
import { roundScore } from './engine/round-score.ts';
import { itemChange, totalChange } from './engine/score-change.ts';
import { selectUnits } from './engine/select-units.ts';
import { vetoApplies } from './engine/veto-applies.ts';
import { explainedValue } from './explain-messages.ts';
import { formatScoreNumber } from './format-number.ts';
import { applyRule } from './rules/apply-rule.ts';
import type { Scheme, SchemeItem } from './scheme.ts';
import { resolveSchemeUnits } from './resolve-scheme-units.ts';
import { localizeSchemeText } from './scheme-text.ts';
import { treatYear } from './treatment/treat-year.ts';
import type { ItemTreatment, SchemeStamp, ScoreFlag, ScoredDimension, ScoredItem, UnitScore } from './unit-score.ts';

/**
 * Options of {@link scoreUnits}.
 *
 * @example
 * const options: ScoreOptions = { years: [2019], units: ['劳保局'], unitRecords: records.units };
 */
export interface ScoreOptions {
  /** Years to score. Default: every year in the rows. A year's previous year is scored too when present, for `change`. */
  years?: readonly number[];
  /**
   * Return only these units (`*` for the jurisdiction; other names resolved
   * like the scheme's, through `unitRecords`). Ranks, relative rules and
   * outliers still compare every unit the scheme scores. Default: every unit
   * the scheme scores.
   */
  units?: readonly string[];
  /**
   * The registered units (the records of `units.csv`: canonical names and
   * aliases) through which the unit names of the scheme's `units.include`
   * and `units.exclude` and of the `units` option are resolved, so that a
   * scheme may name `劳保局` or `蘇州工業園區司法局` and score
   * 苏州工业园区劳动和社会保障局 and 苏州工业园区司法局. Pass the records the
   * rows were computed from (`data.records.units`); the CLI and the
   * dashboard both do. Default: none — names must then be canonical, though
   * Traditional and Simplified script still compare equal.
   *
   * @example
   * scoreUnits(rows, check.scheme, check.stamp, { unitRecords: data.records.units });
   */
  unitRecords?: readonly (Pick<UnitRecord, 'unit' | 'aliases'> & Partial<Pick<UnitRecord, 'kind'>>)[];
}

/** One unit's result before ranks and change are known: the UnitScore fields that need no other unit or year. */
interface Draft extends Pick<UnitScore, 'unit' | 'year' | 'items' | 'dimensions' | 'total' | 'possible' | 'coverage' | 'notComputable' | 'failed' | 'explanation'> {
  stamp: SchemeStamp;
  vetoFlags: ScoreFlag[];
}

interface Context {
  scheme: Scheme;
  stamp: SchemeStamp;
  rows: readonly IndicatorRow[];
  unitRecords: NonNullable<ScoreOptions['unitRecords']>;
  lookup: IndicatorLookup;
  method: 'points' | 'index';
  schemeTotal: number;
  items: { item: SchemeItem; dimension: string }[];
}

const n = (x: number): string => formatScoreNumber(x);

/**
 * Scores units against an assessment scheme, per unit × year, from the rows
 * of `computeIndicators`: each item's value, rule, points earned and
 * possible, status and flags; dimension subtotals; the total with its
 * coverage, bonuses and vetoes; the rank among the year's units; and the
 * change from the previous year. Every result carries `stamp`.
 *
 * - **Units**: per the scheme's `units` (default: every unit other than `*`
 *   with at least one row, that year, of an indicator the scheme's items
 *   read; `jurisdiction: true` adds `*`). The names of `include` and
 *   `exclude` are resolved through `options.unitRecords` (aliases,
 *   Traditional or Simplified script) before they are compared.
 * - **Item values**: the row of unit × year × indicator (narrowed by
 *   `select` for business rows). An absent row or a null value is missing:
 *   `zero` (default for counts: no lost-case record means 0 lost cases) or
 *   `exclude` (default otherwise); the explanation says which.
 * - **Data treatment**: with the scheme's `treatment` section, each year's
 *   values of the ranked units are first imputed and/or put through the JRC
 *   outlier rule (`treatYear`, `treatRows`); a changed item carries
 *   `treatment` (what was done, the value before) and its explanation says
 *   so. Vetoes read the untreated rows.
 * - **Points mode**: items earn points by their rule (`applyRule`);
 *   dimension = Σ its items (bonus items aside); total = Σ earned over items with data, rescaled
 *   to the scheme's total (按比例折算) when items were excluded; coverage =
 *   possible points with data ÷ all points; below `minCoverage` (default 0.6)
 *   no total, with the reason. Inside bonuses are added up to the scheme's
 *   total, outside bonuses after it.
 * - **Index mode**: item scores (0–100) form dimension scores and dimension
 *   scores the total by weighted arithmetic or geometric means; coverage by
 *   weights.
 * - **Vetoes**: `fail` marks the unit failed (ranked after every other unit);
 *   `cap` lowers the total to the cap; `scope: 'jurisdiction'` reads `*`.
 *   Either adds a `veto` flag and a sentence to the explanation.
 * - **Ranks** per year among units with a total, competition style (1, 2, 2,
 *   4), failed units last; the jurisdiction `*` is scored but never ranked
 *   nor counted among the peers of relative rules and outlier tests.
 * - **Status** per item: share of possible ≥ `status.met` (default 1) met,
 *   ≥ `status.near` (default 0.8) near, else missed; bonus items null.
 * - **Flags**: `below_requirement` when a value misses the item's
 *   `requirement`; `outlier` when a unit's value is far worse than the other
 *   units' (modified z-score > 3.5, or, when most units share one value,
 *   worse than the median by more than 2; see `findOutliers`); `veto`.
 * - **Change**: from the same unit's result of the year before (total, rank
 *   and per item value and points), null without one.
 *
 * Results are ordered by year, then rank (unranked last), then unit, and do
 * not depend on the order of the rows.
 *
 * @example
 * const scheme = {
 *   format: 'fazhi-scheme/1', id: 'lost-cases', version: '1', name: '敗訴扣分', total: 10,
 *   dimensions: [{ id: 'litigation', name: '行政應訴', points: 10, items: [
 *     { id: 'lost', name: '敗訴案件', indicator: 'litigation.lost_cases', points: 10, rule: { type: 'deduct', per: 2 } },
 *   ] }],
 * };
 * const check = checkScheme(scheme);
 * const scores = check.ok ? scoreUnits(computeIndicators(data.records).rows, check.scheme, check.stamp, { years: [2019] }) : [];
 * scores.find((s) => s.unit === '苏州工业园区劳动和社会保障局')?.total; // 2
 * scores.find((s) => s.unit === '苏州工业园区管理委员会')?.total; // 10
 * scores.find((s) => s.unit === '苏州工业园区劳动和社会保障局')?.items[0]?.explanation['zh-Hant']; // '敗訴案件 4 件 × 扣 2 分 = −8 分，本項得 2 / 10 分'
 * // A scheme may name units by alias, in either script, given the registered units:
 * const named = checkScheme({ ...scheme, units: { include: ['勞保局', '司法局'] } });
 * const some = named.ok ? scoreUnits(computeIndicators(data.records).rows, named.scheme, named.stamp, { years: [2019], unitRecords: data.records.units }) : [];
 * some.map((s) => s.unit); // ['苏州工业园区劳动和社会保障局'] (司法局 has no lost-case row in 2019)
 */
export function scoreUnits(rows: readonly IndicatorRow[], scheme: Scheme, stamp: SchemeStamp, options: ScoreOptions = {}): UnitScore[] {
  const { unitRecords = [] } = options;
  // The scheme's unit names (aliases, either script) become the names the rows carry before any unit is chosen.
  const resolved = resolveSchemeUnits(scheme, unitRecords);
  const lookup = new IndicatorLookup(rows);
  const available = lookup.years();
  const years = [...new Set(options.years ?? available)].sort((a, b) => a - b);
  const method = resolved.method ?? 'points';
  const ctx: Context = {
    scheme: resolved,
    stamp,
    rows,
    unitRecords,
    lookup,
    method,
    schemeTotal: resolved.total ?? resolved.dimensions.reduce((sum, d) => sum + (d.points ?? d.items.reduce((s, i) => s + (i.points ?? 0), 0)), 0),
    items: resolved.dimensions.flatMap((d) => d.items.map((item) => ({ item, dimension: d.id }))),
  };

  const byYear = new Map<number, UnitScore[]>();
  const scored = (year: number): UnitScore[] => {
    let results = byYear.get(year);
    if (results === undefined) {
      results = rankYear(scoreYear(ctx, year));
      byYear.set(year, results);
    }
    return results;
  };

  const wanted = options.units === undefined ? null : wantedUnits(options.units, unitRecords);
  const out: UnitScore[] = [];
  for (const year of years) {
    if (!available.includes(year)) continue;
    const previous = available.includes(year - 1) ? new Map(scored(year - 1).map((r) => [r.unit, r])) : new Map<string, UnitScore>();
    for (const result of scored(year)) {
      if (wanted !== null && !wanted.has(result.unit === JURISDICTION ? result.unit : toSimplified(result.unit))) continue;
      const before = previous.get(result.unit);
      const items = result.items.map((item) => {
        const c = before === undefined ? null : itemChange(item, before.items.find((b) => b.item === item.item));
        const round = (x: number | null): number | null => (x === null ? null : roundScore(x));
        return { ...item, change: c === null ? null : { value: round(c.value), earned: round(c.earned) } };
      });
      const change = totalChange(result, before);
      out.push({
        ...result,
        items,
        change: change === null ? null : {
          total: change.total === null ? null : roundScore(change.total),
          rank: change.rank,
        },
      });
    }
  }
  return out;
}

/** The units of the `units` option as the results name them, in Simplified script (`*` as is). */
function wantedUnits(units: readonly string[], unitRecords: readonly Pick<UnitRecord, 'unit' | 'aliases'>[]): Set<string> {
  const registry = new UnitRegistry(unitRecords);
  return new Set(units.map((u) => (u.trim() === JURISDICTION ? JURISDICTION : toSimplified(registry.resolve(u).name))));
}

/** Scores every unit of one year, before ranking. */
function scoreYear(ctx: Context, year: number): Draft[] {
  const { scheme } = ctx;
  const units = selectUnits(ctx.lookup, scheme, year).sort(compareUnits);
  const peerUnits = units.filter((u) => u !== JURISDICTION);
  // The scheme's data treatment compares the ranked units of the year: their values are treated before any is read.
  const treats = (scheme.treatment?.imputation ?? 'none') !== 'none' || scheme.treatment?.outliers !== undefined;
  const treated = treats ? treatYear(ctx.rows, scheme, year, peerUnits, ctx.unitRecords) : null;
  const lookup = treated?.lookup ?? ctx.lookup;

  // Item values of every unit first: relative rules and outlier tests compare units.
  const values = ctx.items.map(({ item }) => new Map(units.map((unit) =>
    [unit, itemValue(lookup.find(unit, year, item.indicator, item.select), item)] as const)));
  const peers = values.map((byUnit) => peerUnits.map((u) => byUnit.get(u)!.value).filter((x): x is number => x !== null));
  const outliers = ctx.items.map(({ item }, k) => {
    const better = catalogueEntry(item.indicator).better;
    if (better === null || item.rule.type === 'bonus') return null;
    const tests = findOutliers(peerUnits.map((u) => values[k]!.get(u)?.value ?? null), better, scheme.outliers);
    return new Map(peerUnits.map((u, i) => [u, tests[i]!] as const));
  });

  return units.map((unit) => {
    const items: ScoredItem[] = ctx.items.map(({ item, dimension }, k) => {
      const v = values[k]!.get(unit)!;
      // The jurisdiction is no peer of its units, but a relative rule still compares it with them.
      const itemPeers = unit === JURISDICTION && v.value !== null ? [...peers[k]!, v.value] : peers[k]!;
      return scoreItem(ctx, item, dimension, v, itemPeers, outliers[k]?.get(unit), treated?.itemTreatment(unit, item.id) ?? null);
    });
    return scoreTotal(ctx, unit, year, items);
  });
}

function scoreItem(
  ctx: Context, item: SchemeItem, dimension: string, v: ItemValue, peers: number[],
  outlier: ReturnType<typeof findOutliers>[number] | undefined, treatment: ItemTreatment | null,
): ScoredItem {
  const name = localizeSchemeText(item.name);
  const direction = resolveDirection('direction' in item.rule ? item.rule.direction : undefined, item.indicator);
  // Keys in the order of the ScoredItem type: the JSON output is a contract.
  const scored = (earned: number | null, possible: number | null, status: ScoredItem['status'], flags: ScoreFlag[], explanation: LocalizedText): ScoredItem => ({
    item: item.id,
    dimension,
    indicator: item.indicator,
    value: v.value,
    numerator: v.numerator,
    denominator: v.denominator,
    missing: v.missing,
    missingAs: v.missingAs,
    treatment,
    rule: item.rule,
    earned,
    possible,
    weight: ctx.method === 'index' ? (item.weight ?? 1) : null,
    status,
    change: null,
    flags,
    explanation,
  });
  if (v.value === null) return scored(null, null, null, [], engineMessages.missingExcluded(name, ctx.method));
  const outcome = applyRule(item.rule, {
    method: ctx.method,
    value: v.value,
    points: ctx.method === 'index' ? 100 : (item.points ?? 0),
    direction,
    peers,
    indicator: item.indicator,
    name,
  });
  const flags: ScoreFlag[] = [];
  if (item.requirement !== undefined) {
    const r = item.requirement;
    const rd = resolveDirection(r.direction, item.indicator);
    if (rd === 'higher' ? v.value < r.value : v.value > r.value) {
      flags.push({
        code: 'below_requirement', item: item.id, value: v.value, reference: r.value,
        message: engineMessages.belowRequirement(name, explainedValue(item.indicator, v.value),
          explainedValue(item.indicator, r.value), r.source === undefined ? null : localizeSchemeText(r.source)),
      });
    }
  }
  if (outlier?.outlier === true && outlier.median !== null) {
    const value = explainedValue(item.indicator, v.value);
    const median = explainedValue(item.indicator, outlier.median);
    const rule = ctx.scheme.outliers ?? {};
    flags.push({
      code: 'outlier', item: item.id, value: v.value, reference: outlier.median,
      message: outlier.z === null
        ? engineMessages.outlierFlat(name, value, median, explainedValue(item.indicator, outlier.excess ?? 0), n(rule.minExcess ?? 2))
        : engineMessages.outlierZ(name, value, median, n(outlier.z), n(rule.threshold ?? 3.5)),
    });
  }
  return scored(
    outcome.earned,
    outcome.possible,
    item.rule.type === 'bonus' ? null : itemStatus(outcome.earned, outcome.possible, ctx.scheme.status),
    flags,
    explainTreated(item, v.value, treatment, v.missingAs === 'zero' ? engineMessages.missingZero(outcome.explanation) : outcome.explanation),
  );
}

/** The rule's sentence, prefixed with what the data treatment did to the value (a log-transformed value is no longer in the indicator's unit). */
function explainTreated(item: SchemeItem, value: number, treatment: ItemTreatment | null, rule: LocalizedText): LocalizedText {
  if (treatment === null) return rule;
  const shown = (x: number): string => explainedValue(item.indicator, x);
  const from = treatment.from === null ? '—' : shown(treatment.from);
  return engineMessages.treated(treatment.reason, treatment.imputation, from, treatment.reason === 'log' ? n(value) : shown(value), rule);
}

function scoreTotal(ctx: Context, unit: string, year: number, items: ScoredItem[]): Draft {
  const { scheme, method } = ctx;
  const minCoverage = scheme.minCoverage ?? 0.6;
  const dimensions: ScoredDimension[] = [];
  let points: PointsTotal | null = null;
  let index: { aggregation: 'arithmetic' | 'geometric'; mean: number | null; bonus: number } | null = null;
  let total: number | null;
  let coverage: number;
  let notComputable: LocalizedText | null;
  let possible: number | null;

  if (method === 'points') {
    const parts: PointsPart[] = ctx.items.map(({ item }, k) => ({
      points: item.rule.type === 'bonus' ? 0 : (item.points ?? 0),
      earned: items[k]!.earned,
      possible: items[k]!.possible,
      bonus: item.rule.type === 'bonus' ? (item.rule.outside === false ? 'inside' : 'outside') : null,
    }));
    for (const d of scheme.dimensions) {
      // Bonus points are not part of any subtotal: the total's sentence adds them after the sum.
      const own = items.filter((i) => i.dimension === d.id && i.earned !== null && i.rule.type !== 'bonus');
      dimensions.push({
        dimension: d.id,
        name: localizeSchemeText(d.name),
        earned: own.length === 0 ? null : roundScore(own.reduce((s, i) => s + i.earned!, 0)),
        possible: own.length === 0 ? null : roundScore(own.reduce((s, i) => s + (i.possible ?? 0), 0)),
        weight: d.points ?? d.items.reduce((s, i) => s + (i.points ?? 0), 0),
      });
    }
    points = pointsTotal(parts, ctx.schemeTotal, minCoverage);
    total = points.total;
    coverage = points.coverage;
    notComputable = points.notComputable;
    possible = ctx.schemeTotal;
  } else {
    const aggregation = scheme.aggregation ?? 'arithmetic';
    const shaped: IndexDimension[] = scheme.dimensions.map((d) => ({
      name: localizeSchemeText(d.name),
      weight: d.weight ?? 1,
      items: items.filter((i) => i.dimension === d.id && i.rule.type !== 'bonus').map((i) => ({ score: i.earned, weight: i.weight ?? 1 })),
    }));
    const result = indexTotal(shaped, { aggregation, ...(scheme.geometricOffset === undefined ? {} : { offset: scheme.geometricOffset }), minCoverage });
    const bounded = !items.some((i) => i.rule.type === 'relative' && i.rule.method === 'z-score');
    scheme.dimensions.forEach((d, k) => {
      const score = result.dimensions[k] ?? null;
      dimensions.push({
        dimension: d.id, name: shaped[k]!.name, earned: score === null ? null : roundScore(score),
        possible: score === null || !bounded ? null : 100, weight: d.weight ?? 1,
      });
    });
    const bonus = items.reduce((s, i) => s + (i.rule.type === 'bonus' ? (i.earned ?? 0) : 0), 0);
    total = result.total === null ? null : result.total + bonus;
    index = { aggregation, mean: result.total, bonus };
    coverage = result.coverage;
    notComputable = result.notComputable;
    possible = bounded ? 100 : null;
  }

  let failed = false;
  let cap: number | null = null;
  const vetoFlags: ScoreFlag[] = [];
  for (const veto of scheme.vetoes ?? []) {
    const jurisdiction = veto.scope === 'jurisdiction';
    const row = ctx.lookup.find(jurisdiction ? JURISDICTION : unit, year, veto.indicator, veto.select);
    const value = row?.value ?? (catalogueEntry(veto.indicator).kind === 'count' ? 0 : null);
    if (!vetoApplies(veto.when, value)) continue;
    if (veto.effect.type === 'fail') failed = true;
    else cap = cap === null ? veto.effect.total : Math.min(cap, veto.effect.total);
    vetoFlags.push({
      code: 'veto', item: veto.id, value, reference: veto.when.value,
      message: engineMessages.veto(
        localizeSchemeText(veto.name), catalogueEntry(veto.indicator).name, explainedValue(veto.indicator, value!),
        veto.when.op, explainedValue(veto.indicator, veto.when.value),
        veto.effect.type === 'fail' ? { type: 'fail' } : { type: 'cap', total: n(veto.effect.total) }, jurisdiction,
      ),
    });
  }
  // The sentence names a cap only where it lowered the total; the veto flag says it applied either way.
  const capped = total !== null && cap !== null && cap < total ? cap : null;
  if (capped !== null) total = capped;
  if (total !== null) total = roundScore(total);

  const explanation = explainTotal({
    dimensions, method, schemeTotal: ctx.schemeTotal, points, index, cap: capped, failed, total, possible, notComputable,
  });
  return { stamp: ctx.stamp, unit, year, items, dimensions, total, possible, coverage: roundScore(coverage), notComputable, failed, vetoFlags, explanation };
}

/** Ranks one year's drafts and orders them by rank (unranked last), then unit. */
function rankYear(drafts: Draft[]): UnitScore[] {
  const ranked = drafts.filter((d) => d.unit !== JURISDICTION);
  const { ranks, ranked: count } = rankUnits(ranked);
  const rankOf = new Map(ranked.map((d, i) => [d.unit, ranks[i] ?? null] as const));
  const results = drafts.map((d): UnitScore => ({
    scheme: d.stamp,
    unit: d.unit,
    year: d.year,
    items: d.items,
    dimensions: d.dimensions,
    total: d.total,
    possible: d.possible,
    coverage: d.coverage,
    notComputable: d.notComputable,
    failed: d.failed,
    rank: rankOf.get(d.unit) ?? null,
    ranked: count,
    change: null,
    flags: [...d.items.flatMap((i) => i.flags), ...d.vetoFlags],
    explanation: d.explanation,
  }));
  const rankKey = (r: UnitScore): number => r.rank ?? Number.MAX_SAFE_INTEGER;
  return results.sort((a, b) => rankKey(a) - rankKey(b) || compareUnits(a.unit, b.unit));
}
