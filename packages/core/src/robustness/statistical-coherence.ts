import { JURISDICTION } from '../indicators/indicator-row.ts';
import type { LocalizedText } from '../messages/localized-text.ts';
import type { Scheme } from '../scoring/scheme.ts';
import { localizeSchemeText } from '../scoring/scheme-text.ts';
import type { UnitScore } from '../scoring/unit-score.ts';
import { correlationMatrix } from './correlation-matrix.ts';
import { cronbachAlpha } from './cronbach-alpha.ts';
import { pearsonCorrelation } from './pearson-correlation.ts';
import { principalComponents, type PrincipalComponents } from './principal-components.ts';
import { robustnessMessages as m } from './robustness-messages.ts';

/**
 * Something about a scheme's items worth a reader's attention:
 * `negative-in-dimension` (an item correlates negatively with its own
 * dimension), `low-alpha` (a dimension's Cronbach's α below 0.7),
 * `duplicate` (two items with |r| > 0.92 over 5 or more units), `constant` (an item that gives
 * every unit the same score).
 *
 * @example
 * const flag: CoherenceFlag = { code: 'low-alpha', items: [], dimension: 'litigation', value: 0.41, message: { 'zh-Hant': '…', 'zh-Hans': '…', en: '…' } };
 */
export interface CoherenceFlag {
  /** What kind of flag. */
  code: 'negative-in-dimension' | 'low-alpha' | 'duplicate' | 'constant';
  /** The items it is about (none for `low-alpha`). */
  items: string[];
  /** The dimension it is about, when one. */
  dimension: string | null;
  /** The correlation or α; null for `constant`. */
  value: number | null;
  /** What it means, in zh-Hant, zh-Hans and en. */
  message: LocalizedText;
}

/**
 * Correlations of a scheme's items and dimensions across units, by one method.
 *
 * @example
 * coherence.pearson.items[0]?.[1]; // r of the first two items
 */
export interface CorrelationTables {
  /** Item × item. */
  items: (number | null)[][];
  /** Dimension × dimension. */
  dimensions: (number | null)[][];
  /** Item × dimension. */
  itemDimension: (number | null)[][];
}

/**
 * The statistical coherence of a scheme (OECD/JRC Handbook, step 4).
 *
 * @example
 * const c: StatisticalCoherence = statisticalCoherence(scores, scheme);
 */
export interface StatisticalCoherence {
  /** The items analysed (bonus items aside), in scheme order. */
  items: {
    /** The item's id. */
    id: string;
    /** Its dimension's id. */
    dimension: string;
    /** Its name. */
    name: LocalizedText;
  }[];
  /** The dimensions, in scheme order. */
  dimensions: {
    /** The dimension's id. */
    id: string;
    /** Its name. */
    name: LocalizedText;
  }[];
  /** How many units the figures are over. */
  units: number;
  /** Pearson's correlations (pairwise deletion). */
  pearson: CorrelationTables;
  /** Spearman's rank correlations (pairwise deletion). */
  spearman: CorrelationTables;
  /** Cronbach's α per dimension (null with fewer than 2 items or 3 complete units) and over all items. */
  alpha: {
    /** Per dimension, in scheme order. */
    dimensions: (number | null)[];
    /** Over every item. */
    overall: number | null;
  };
  /**
   * PCA of the Pearson correlations of the items, over the units that have
   * a value for every item (listwise deletion, so that the matrix is a true
   * correlation matrix: pairwise correlations need not be, and can give
   * negative eigenvalues); items that do not vary over those units are left
   * out. Null with fewer than 2 such items or 3 such units.
   */
  pca: (PrincipalComponents & {
    /** The ids of the items analysed, in the loadings' order. */
    items: string[];
    /** The units with a value for every item analysed. */
    units: number;
  }) | null;
  /** The flags, in words. */
  flags: CoherenceFlag[];
}

/**
 * The statistical coherence of a scheme's items across the units of one
 * year's results (OECD/JRC Handbook, step 4): Pearson and Spearman
 * correlation matrices of the items, of the dimensions and of each item with
 * each dimension; Cronbach's α per dimension and overall; a PCA of the
 * items' correlation matrix; and flags in words — items correlated
 * negatively with their own dimension, dimensions with α below 0.7, items
 * that duplicate each other (|r| > 0.92 over at least 5 units with both),
 * items that do not vary. An item's
 * variable is its share of its points (points mode) or its score (index
 * mode), so that higher is better for every item whatever its indicator's
 * direction; a dimension's is its share of its points (or its score). Units
 * without a value are left out pairwise; the jurisdiction `*` is no unit here.
 *
 * @example
 * const c = statisticalCoherence(scores, scheme);
 * c.flags.map((f) => f.message.en);
 */
export function statisticalCoherence(scores: readonly UnitScore[], scheme: Scheme): StatisticalCoherence {
  const method = scheme.method ?? 'points';
  const units = scores.filter((s) => s.unit !== JURISDICTION);
  const itemList = scheme.dimensions.flatMap((d) => d.items.filter((i) => i.rule.type !== 'bonus').map((i) => ({ id: i.id, dimension: d.id, name: localizeSchemeText(i.name) })));
  const dimensionList = scheme.dimensions.map((d) => ({ id: d.id, name: localizeSchemeText(d.name) }));
  const share = (earned: number | null, possible: number | null): number | null =>
    earned === null ? null : method === 'index' ? earned : possible !== null && possible > 0 ? earned / possible : null;
  const itemColumns = itemList.map((item) => units.map((s) => {
    const scored = s.items.find((i) => i.item === item.id);
    return scored === undefined ? null : share(scored.earned, scored.possible);
  }));
  const dimensionColumns = dimensionList.map((d) => units.map((s) => {
    const scored = s.dimensions.find((x) => x.dimension === d.id);
    return scored === undefined ? null : share(scored.earned, scored.possible);
  }));
  const tables = (method: 'pearson' | 'spearman'): CorrelationTables => {
    const all = correlationMatrix([...itemColumns, ...dimensionColumns], method);
    const i = itemColumns.length;
    return {
      items: all.slice(0, i).map((row) => row.slice(0, i)),
      dimensions: all.slice(i).map((row) => row.slice(i)),
      itemDimension: all.slice(0, i).map((row) => row.slice(i)),
    };
  };
  const pearson = tables('pearson');
  const spearman = tables('spearman');
  const alpha = {
    dimensions: dimensionList.map((d) => cronbachAlpha(itemColumns.filter((_, k) => itemList[k]!.dimension === d.id))),
    overall: cronbachAlpha(itemColumns),
  };

  const flags: CoherenceFlag[] = [];
  const varying = itemList.map((_, k) => pearson.items[k]![k] !== null);
  itemList.forEach((item, k) => {
    if (!varying[k]) flags.push({ code: 'constant', items: [item.id], dimension: item.dimension, value: null, message: m.constant(item.name) });
  });
  itemList.forEach((item, k) => {
    const d = dimensionList.findIndex((x) => x.id === item.dimension);
    const r = pearsonCorrelation(itemColumns[k]!, dimensionColumns[d]!);
    if (r !== null && r < 0) {
      flags.push({ code: 'negative-in-dimension', items: [item.id], dimension: item.dimension, value: r, message: m.negativeInDimension(item.name, dimensionList[d]!.name, r) });
    }
  });
  alpha.dimensions.forEach((a, d) => {
    if (a !== null && a < 0.7) flags.push({ code: 'low-alpha', items: [], dimension: dimensionList[d]!.id, value: a, message: m.lowAlpha(dimensionList[d]!.name, a) });
  });
  for (let a = 0; a < itemList.length; a++) {
    for (let b = a + 1; b < itemList.length; b++) {
      const r = pearson.items[a]![b];
      const pairs = pairCount(itemColumns[a]!, itemColumns[b]!);
      if (r != null && Math.abs(r) > DUPLICATE_R && pairs >= DUPLICATE_MIN_UNITS) {
        flags.push({ code: 'duplicate', items: [itemList[a]!.id, itemList[b]!.id], dimension: null, value: r, message: m.duplicate(itemList[a]!.name, itemList[b]!.name, r, pairs) });
      }
    }
  }

  const pca = listwisePca(itemList.map((i) => i.id), itemColumns);
  return { items: itemList, dimensions: dimensionList, units: units.length, pearson, spearman, alpha, pca, flags };
}

/** |r| above which two items are read as duplicates. */
const DUPLICATE_R = 0.92;

/**
 * The fewest units with both items' values for a `duplicate` flag. Below it
 * a correlation above 0.92 arises by chance too often to mean anything: with
 * 3 units |r| > 0.92 happens for one pair of unrelated items in 4, with 4 in
 * 1 in 12 (the two-sided 5% critical r is 0.997 for 3 units, 0.950 for 4 and
 * 0.878 for 5, so from 5 units on 0.92 is beyond chance).
 */
const DUPLICATE_MIN_UNITS = 5;

/** How many units have a value in both columns. */
function pairCount(x: readonly (number | null)[], y: readonly (number | null)[]): number {
  let count = 0;
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] != null && y[i] != null) count++;
  return count;
}

/**
 * The PCA of the items' Pearson correlations over the units complete on
 * every item that varies: items constant (or blank) over the units are left
 * out first, then the units missing any of the rest.
 */
function listwisePca(ids: readonly string[], columns: readonly (readonly (number | null)[])[]): StatisticalCoherence['pca'] {
  let kept = columns.map((_, k) => k).filter((k) => pearsonCorrelation(columns[k]!, columns[k]!) !== null);
  for (;;) {
    const complete = (columns[0] ?? []).map((_, u) => u).filter((u) => kept.every((k) => columns[k]![u] != null));
    if (kept.length < 2 || complete.length < 3) return null;
    const restricted = kept.map((k) => complete.map((u) => columns[k]![u] as number));
    const varying = kept.filter((_, j) => pearsonCorrelation(restricted[j]!, restricted[j]!) !== null);
    if (varying.length === kept.length) {
      const matrix = correlationMatrix(restricted, 'pearson').map((row) => row.map((r) => r ?? 0));
      return { items: kept.map((k) => ids[k]!), units: complete.length, ...principalComponents(matrix) };
    }
    kept = varying;
  }
}
