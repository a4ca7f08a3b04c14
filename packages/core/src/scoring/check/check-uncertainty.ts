import type { LocalizedText } from '../../messages/localized-text.ts';
import type { Scheme, SchemeItem, UncertainInput } from '../scheme.ts';
import { schemeMessages as m } from '../scheme-messages.ts';
import { closestName } from './closest-name.ts';
import { renderValue } from './render-value.ts';
import type { SchemeFinding } from './scheme-finding.ts';
import { formatSchemePath, type SchemePath } from './scheme-path.ts';

/** Which rule types have which uncertain amount. */
const AMOUNT_FIELDS = {
  per: ['deduct', 'shortfall', 'bonus'],
  cap: ['deduct', 'shortfall', 'bonus'],
  target: ['target', 'shortfall', 'relative'],
} as const;

/**
 * What the scheme's `uncertainty` and `treatment` sections must satisfy
 * beyond their JSON Schema: `runs` a whole number ≥ 1 and `seed` a whole
 * number; every input names a dimension or item of the scheme (the closest
 * id is suggested); weight and amount inputs give `noise` or `alternatives`,
 * not both; noise ≥ 0 (and < 1 for weights, so a weight stays positive);
 * weights and per-event amounts > 0; an amount the item's rule has; no
 * weight on a bonus item; aggregation only in index mode; normalisation only
 * of items with a relative rule (z-scores only in index mode without
 * geometric aggregation); coverage thresholds in (0, 1]; outlier thresholds
 * > 0 and `maxWinsorised` a whole number ≥ 0. Two inputs varying the same
 * thing are a warning. Called by `checkMeaning`; paths start at the scheme's root.
 *
 * @example
 * const { errors } = checkUncertainty({ ...scheme, uncertainty: { runs: 0, inputs: [] } });
 * errors.map((e) => e.code); // ['number.positive', 'uncertainty.empty']
 */
export function checkUncertainty(scheme: Scheme): {
  /** Problems that reject the scheme. */
  errors: SchemeFinding[];
  /** Problems that leave it usable but are likely mistakes. */
  warnings: SchemeFinding[];
} {
  const errors: SchemeFinding[] = [];
  const warnings: SchemeFinding[] = [];
  const error = (path: SchemePath, code: string, expected: LocalizedText, actual: unknown, body: LocalizedText) =>
    errors.push({ path, code, expected, actual: renderValue(actual), body });
  const positive = (path: SchemePath, value: number | undefined) => {
    if (value !== undefined && !(value > 0)) error(path, 'number.positive', m.expectedPositive(), value, m.notPositive(renderValue(value)));
  };
  const whole = (path: SchemePath, value: number | undefined) => {
    if (value !== undefined && !Number.isInteger(value)) error(path, 'number.integer', m.expectedType('integer'), value, m.notInteger(renderValue(value)));
  };
  const nonEmpty = (path: SchemePath, list: readonly unknown[]) => {
    if (list.length === 0) error(path, 'uncertainty.empty', m.expectedNonEmptyList(), list, m.empty(m.expectedNonEmptyList()));
  };

  const treatment = scheme.treatment;
  if (treatment?.outliers !== undefined) {
    const at: SchemePath = ['treatment', 'outliers'];
    positive([...at, 'skewness'], treatment.outliers.skewness);
    positive([...at, 'kurtosis'], treatment.outliers.kurtosis);
    const max = treatment.outliers.maxWinsorised;
    if (max !== undefined && !(max >= 0)) error([...at, 'maxWinsorised'], 'number.non_negative', m.expectedNonNegative(), max, m.negative(renderValue(max)));
    else whole([...at, 'maxWinsorised'], max);
  }

  const uncertainty = scheme.uncertainty;
  if (uncertainty === undefined) return { errors, warnings };
  const method = scheme.method ?? 'points';
  const items = new Map<string, SchemeItem>(scheme.dimensions.flatMap((d) => d.items.map((i) => [i.id, i] as const)));
  const dimensions = new Set(scheme.dimensions.map((d) => d.id));
  const itemIds = [...items.keys()];
  const seen = new Map<string, SchemePath>();

  positive(['uncertainty', 'runs'], uncertainty.runs);
  whole(['uncertainty', 'runs'], uncertainty.runs);
  whole(['uncertainty', 'seed'], uncertainty.seed);
  nonEmpty(['uncertainty', 'inputs'], uncertainty.inputs);

  uncertainty.inputs.forEach((input, i) => {
    const at: SchemePath = ['uncertainty', 'inputs', i];
    const once = (key: string) => {
      const first = seen.get(key);
      if (first === undefined) seen.set(key, at);
      else warnings.push({ path: at, code: 'uncertainty.duplicate', expected: m.expectedAbsent(), actual: renderValue(key), body: m.duplicateInput(formatSchemePath(first)) });
    };
    const unknownItem = (path: SchemePath, id: string, kind: 'dimension or item' | 'item') => {
      const known = kind === 'item' ? itemIds : [...dimensions, ...itemIds];
      error(path, 'uncertainty.unknown_target', m.expectedOneOf(known), id, m.unknownTarget(kind, renderValue(id), closestName(id, known)));
    };
    switch (input.type) {
      case 'weight': {
        const item = items.get(input.target);
        if (!dimensions.has(input.target) && item === undefined) unknownItem([...at, 'target'], input.target, 'dimension or item');
        else if (item?.rule.type === 'bonus') error([...at, 'target'], 'uncertainty.bonus_weight', m.expectedAbsent(), input.target, m.bonusWeight(input.target));
        checkSpread(input, at, true);
        once(`weight:${input.target}`);
        break;
      }
      case 'amount': {
        const item = items.get(input.item);
        if (item === undefined) unknownItem([...at, 'item'], input.item, 'item');
        else {
          const rule = item.rule;
          const fits = (AMOUNT_FIELDS[input.field] as readonly string[]).includes(rule.type)
            && (rule.type !== 'relative' || rule.method === 'distance-to-target');
          if (!fits) error([...at, 'field'], 'uncertainty.field', m.expectedAbsent(), input.field, m.amountField(input.field, rule.type));
        }
        checkSpread(input, at, input.field === 'per');
        once(`amount:${input.item}:${input.field}`);
        break;
      }
      case 'aggregation':
        if (method !== 'index') error([...at, 'type'], 'uncertainty.index_only', same('method: index'), input.type, m.indexOnly('aggregation'));
        nonEmpty([...at, 'alternatives'], input.alternatives);
        once('aggregation');
        break;
      case 'normalisation': {
        nonEmpty([...at, 'alternatives'], input.alternatives);
        const relative = [...items.values()].filter((item) => item.rule.type === 'relative');
        if (input.items === undefined && relative.length === 0) error([...at, 'type'], 'uncertainty.not_relative', same('relative'), input.type, m.notRelative(null));
        (input.items ?? []).forEach((id, k) => {
          const item = items.get(id);
          if (item === undefined) unknownItem([...at, 'items', k], id, 'item');
          else if (item.rule.type !== 'relative') error([...at, 'items', k], 'uncertainty.not_relative', same('relative'), id, m.notRelative(id));
        });
        input.alternatives.forEach((alternative, k) => {
          if (alternative !== 'z-score') return;
          if (method === 'points') error([...at, 'alternatives', k], 'rule.z_score_points', same('min-max, rank or percentile-rank'), alternative, m.zScorePoints());
          else if (scheme.aggregation === 'geometric' || uncertainty.inputs.some((x) => x.type === 'aggregation' && x.alternatives.includes('geometric'))) {
            error([...at, 'alternatives', k], 'geometric.z_score', same('not z-score'), alternative, m.geometricZScore());
          }
        });
        once('normalisation');
        break;
      }
      case 'imputation':
        nonEmpty([...at, 'alternatives'], input.alternatives);
        once('imputation');
        break;
      case 'coverage':
        nonEmpty([...at, 'alternatives'], input.alternatives);
        input.alternatives.forEach((value, k) => {
          if (!(value > 0 && value <= 1)) error([...at, 'alternatives', k], 'number.range', m.expectedRange('(0, 1]'), value, m.outOfRange('(0, 1]', renderValue(value)));
        });
        once('coverage');
        break;
    }
  });

  /** Noise or alternatives, exactly one; noise ≥ 0 (< 1 for weights); alternatives > 0 where a value must be positive. */
  function checkSpread(input: Extract<UncertainInput, { type: 'weight' | 'amount' }>, at: SchemePath, mustBePositive: boolean): void {
    const hasNoise = input.noise !== undefined;
    const hasAlternatives = input.alternatives !== undefined;
    if (hasNoise === hasAlternatives) {
      error(hasNoise ? [...at, 'alternatives'] : at, 'uncertainty.noise_or_alternatives', same('noise | alternatives'), hasNoise ? input.alternatives : 'missing', m.noiseOrAlternatives(hasNoise));
    }
    if (input.noise !== undefined) {
      if (!(input.noise >= 0)) error([...at, 'noise'], 'number.non_negative', m.expectedNonNegative(), input.noise, m.negative(renderValue(input.noise)));
      else if (input.type === 'weight' && !(input.noise < 1)) error([...at, 'noise'], 'number.range', m.expectedRange('[0, 1)'), input.noise, m.outOfRange('[0, 1)', renderValue(input.noise)));
    }
    if (input.alternatives !== undefined) {
      nonEmpty([...at, 'alternatives'], input.alternatives);
      if (mustBePositive) input.alternatives.forEach((value, k) => positive([...at, 'alternatives', k], value));
    }
  }

  return { errors, warnings };
}

function same(text: string): LocalizedText {
  return { 'zh-Hant': text, 'zh-Hans': text, en: text };
}
