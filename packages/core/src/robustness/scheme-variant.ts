import type { Imputation, ItemRule, Scheme } from '../scoring/scheme.ts';
import type { UncertainChoice } from './uncertain-choice.ts';

/**
 * A scheme as one run of the uncertainty analysis sees it.
 *
 * @example
 * const variant: SchemeVariant = schemeVariant(scheme, [{ type: 'coverage', value: 0.7 }]);
 */
export interface SchemeVariant {
  /** The scheme to score the run with (`scoreUnits`): points, weights, rules and settings as chosen. */
  scheme: Scheme;
  /** The imputation chosen; null when the run keeps the scheme's own treatment. */
  imputation: Imputation | null;
  /**
   * Per item, in scheme order: the factor its points (points mode, after
   * scaling back to the scheme's total) or weight (index mode) were
   * multiplied by; 1 for bonus items.
   */
  itemFactors: number[];
  /** Per dimension: the factor of its weight (index mode; 1 in points mode, where it is in the items' factors). */
  dimensionFactors: number[];
  /** Per item: its rule with the chosen amounts and method, at the item's own points (before the factor). */
  rules: ItemRule[];
}

/**
 * What one run's choices change (see {@link variantSettings}).
 *
 * @example
 * const settings: VariantSettings = variantSettings(scheme, []);
 */
export interface VariantSettings extends Omit<SchemeVariant, 'scheme'> {
  /** The coverage threshold of the run; undefined: the scheme's default. */
  minCoverage: number | undefined;
  /** The aggregation of the run; undefined: the scheme's default. */
  aggregation: 'arithmetic' | 'geometric' | undefined;
}

/**
 * Applies one run's choices to a scheme. Weights: in points mode an item's
 * points are multiplied by its own and its dimension's factor (chosen value ÷
 * nominal value), then every non-bonus item's points by one factor that
 * brings their sum back to the scheme's total — so a heavier dimension makes
 * the others lighter, as weights do — and the point amounts of its rule (a
 * deduction's `per` and `cap`, a shortfall's) scale with them, so that the
 * item earns the same share of its points; in index mode weights are
 * multiplied as they are. Amounts and normalisation methods replace the
 * rule's; coverage and aggregation the scheme's. Later choices of the same
 * thing win. The scheme given is not changed.
 *
 * @example
 * const v = schemeVariant(scheme, [{ type: 'weight', target: 'litigation', value: 30 }]);
 * v.scheme.dimensions.find((d) => d.id === 'litigation')?.points; // 33.333333333333336
 */
export function schemeVariant(scheme: Scheme, choices: readonly UncertainChoice[]): SchemeVariant {
  const settings = variantSettings(scheme, choices);
  const { itemFactors, dimensionFactors, rules, minCoverage, aggregation } = settings;
  const method = scheme.method ?? 'points';
  let k = 0;
  const dimensions = scheme.dimensions.map((d, j) => {
    const dimensionItems = d.items.map((item) => {
      const factor = itemFactors[k]!;
      const rule = scaledRule(rules[k]!, method === 'points' ? factor : 1);
      k++;
      if (method === 'index') return { ...item, rule, ...(factor !== 1 && { weight: (item.weight ?? 1) * factor }) };
      return { ...item, rule, ...(item.points !== undefined && { points: item.points * factor }) };
    });
    const points = method === 'points' && d.points !== undefined
      ? dimensionItems.reduce((s, i) => s + (i.rule.type === 'bonus' ? 0 : (i.points ?? 0)), 0)
      : d.points;
    return {
      ...d, items: dimensionItems,
      ...(points !== undefined && { points }),
      ...(method === 'index' && dimensionFactors[j] !== 1 && { weight: (d.weight ?? 1) * dimensionFactors[j]! }),
    };
  });
  const variant: Scheme = {
    ...scheme, dimensions,
    ...(minCoverage !== undefined && { minCoverage }),
    ...(aggregation !== undefined && { aggregation }),
  };
  return { scheme: variant, imputation: settings.imputation, itemFactors, dimensionFactors, rules };
}

/**
 * What one run's choices change, without building the variant scheme: the
 * fast path of `RobustnessModel` needs only this (see {@link schemeVariant}).
 *
 * @example
 * variantSettings(scheme, [{ type: 'coverage', value: 0.7 }]).minCoverage; // 0.7
 */
export function variantSettings(scheme: Scheme, choices: readonly UncertainChoice[]): VariantSettings {
  const method = scheme.method ?? 'points';
  const items = scheme.dimensions.flatMap((d) => d.items);
  const rules: ItemRule[] = items.map((item) => item.rule);
  const itemWeight = new Map<string, number>();
  const dimensionWeight = new Map<string, number>();
  let imputation: Imputation | null = null;
  let minCoverage = scheme.minCoverage;
  let aggregation = scheme.aggregation;
  for (const choice of choices) {
    switch (choice.type) {
      case 'weight': {
        const dimension = scheme.dimensions.find((d) => d.id === choice.target);
        if (dimension !== undefined) {
          const nominal = method === 'points' ? (dimension.points ?? 0) : (dimension.weight ?? 1);
          dimensionWeight.set(dimension.id, nominal > 0 ? choice.value / nominal : 1);
        } else {
          const item = items.find((i) => i.id === choice.target);
          if (item === undefined) break;
          const nominal = method === 'points' ? (item.points ?? 0) : (item.weight ?? 1);
          itemWeight.set(item.id, nominal > 0 ? choice.value / nominal : 1);
        }
        break;
      }
      case 'amount': {
        const k = items.findIndex((i) => i.id === choice.item);
        if (k >= 0) rules[k] = { ...rules[k]!, [choice.field]: choice.value } as ItemRule;
        break;
      }
      case 'normalisation':
        items.forEach((item, k) => {
          const rule = rules[k]!;
          if (rule.type === 'relative' && (choice.items === null || choice.items.includes(item.id))) rules[k] = { ...rule, method: choice.value };
        });
        break;
      case 'imputation':
        imputation = choice.value;
        break;
      case 'coverage':
        minCoverage = choice.value;
        break;
      case 'aggregation':
        aggregation = choice.value;
        break;
    }
  }

  const raw = scheme.dimensions.flatMap((d) => d.items.map((i) => (i.rule.type === 'bonus' ? 1 : (itemWeight.get(i.id) ?? 1) * (method === 'points' ? (dimensionWeight.get(d.id) ?? 1) : 1))));
  let itemFactors = raw;
  if (method === 'points') {
    const total = scheme.total ?? scheme.dimensions.reduce((s, d) => s + (d.points ?? 0), 0);
    const sum = items.reduce((s, item, k) => s + (item.rule.type === 'bonus' ? 0 : (item.points ?? 0) * raw[k]!), 0);
    const back = sum > 0 && raw.some((f) => f !== 1) ? total / sum : 1;
    itemFactors = items.map((item, k) => (item.rule.type === 'bonus' ? 1 : raw[k]! * back));
  }
  const dimensionFactors = scheme.dimensions.map((d) => (method === 'index' ? (dimensionWeight.get(d.id) ?? 1) : 1));
  return { imputation, itemFactors, dimensionFactors, rules, minCoverage, aggregation };
}

/** A rule whose point amounts scale with its item's points. */
function scaledRule(rule: ItemRule, factor: number): ItemRule {
  if (factor === 1 || (rule.type !== 'deduct' && rule.type !== 'shortfall')) return rule;
  return { ...rule, per: rule.per * factor, ...(rule.cap !== undefined && { cap: rule.cap * factor }) };
}
