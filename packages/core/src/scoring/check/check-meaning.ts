import { catalogueEntry, type IndicatorId } from '../../indicators/catalogue.ts';
import type { LocalizedText } from '../../messages/localized-text.ts';
import type { Direction, ItemRule, Scheme, SchemeItem } from '../scheme.ts';
import { resolveDirection } from '../engine/resolve-direction.ts';
import { schemeMessages as m } from '../scheme-messages.ts';
import { checkUncertainty } from './check-uncertainty.ts';
import { renderValue } from './render-value.ts';
import type { SchemeFinding } from './scheme-finding.ts';
import { formatSchemePath, type SchemePath } from './scheme-path.ts';

/** How far sums of points may drift from each other (floating-point sums of decimals). */
const TOLERANCE = 1e-9;

/**
 * What {@link checkMeaning} found.
 *
 * @example
 * const { errors, warnings }: MeaningCheck = checkMeaning(scheme);
 */
export interface MeaningCheck {
  /** Problems that reject the scheme. */
  errors: SchemeFinding[];
  /** Problems that leave it usable but are likely mistakes. */
  warnings: SchemeFinding[];
}

/**
 * What a structurally valid scheme must also satisfy, beyond what its JSON
 * Schema can say: ids unique; in points mode every dimension and non-bonus
 * item worth points > 0, items adding up to their dimension and dimensions to
 * the total (within 1e-9); in index mode weights > 0 and no bonus, deduct or
 * shortfall items; z-scores only in index mode and not with geometric
 * aggregation; geometric aggregation over rules that can give 0 wants a
 * `geometricOffset` (warning); bands sorted best first with shares in [0, 1];
 * goalposts with best ≠ worst; positive steps, rates and caps; a target ≤ 0
 * without a floor scores all or nothing (warning); `missing:
 * 'zero'` only for count indicators; `select` only on business.* indicators;
 * veto caps within the total; minCoverage in (0, 1]; status and outlier
 * thresholds in range; the `uncertainty` and `treatment` sections as
 * `checkUncertainty` says. Fields without effect in the scheme's method are
 * warnings.
 *
 * @example
 * const { errors, warnings } = checkMeaning(scheme);
 * errors.map((e) => e.code); // e.g. ['points.dimension_sum']
 */
export function checkMeaning(scheme: Scheme): MeaningCheck {
  const errors: SchemeFinding[] = [];
  const warnings: SchemeFinding[] = [];
  const error = (path: SchemePath, code: string, expected: LocalizedText, actual: unknown, body: LocalizedText) =>
    errors.push({ path, code, expected, actual: renderValue(actual), body });
  const warn = (path: SchemePath, code: string, expected: LocalizedText, actual: unknown, body: LocalizedText) =>
    warnings.push({ path, code, expected, actual: renderValue(actual), body });
  const positive = (path: SchemePath, value: number | undefined) => {
    if (value !== undefined && !(value > 0)) error(path, 'number.positive', m.expectedPositive(), value, m.notPositive(renderValue(value)));
  };
  const nonNegative = (path: SchemePath, value: number | undefined) => {
    if (value !== undefined && !(value >= 0)) error(path, 'number.non_negative', m.expectedNonNegative(), value, m.negative(renderValue(value)));
  };
  const within = (path: SchemePath, value: number | undefined, low: number, high: number, openLow: boolean) => {
    if (value === undefined) return;
    const range = `${openLow ? '(' : '['}${low}, ${high}]`;
    if (openLow ? !(value > low && value <= high) : !(value >= low && value <= high)) {
      error(path, 'number.range', m.expectedRange(range), value, m.outOfRange(range, renderValue(value)));
    }
  };
  const nonEmpty = (path: SchemePath, value: string) => {
    if (value.trim() === '') error(path, 'id.empty', m.expectedNonEmpty(), value, m.empty(m.expectedNonEmpty()));
  };

  const method = scheme.method ?? 'points';
  const geometric = method === 'index' && scheme.aggregation === 'geometric';

  nonEmpty(['id'], scheme.id);
  nonEmpty(['version'], scheme.version);
  within(['minCoverage'], scheme.minCoverage, 0, 1, true);
  if (scheme.status !== undefined) {
    within(['status', 'met'], scheme.status.met, 0, 1, false);
    within(['status', 'near'], scheme.status.near, 0, 1, false);
    const met = scheme.status.met ?? 1;
    const near = scheme.status.near ?? 0.8;
    if (near > met) error(['status', 'near'], 'status.order', { 'zh-Hant': `≤ ${met}`, 'zh-Hans': `≤ ${met}`, en: `≤ ${met}` }, near, m.statusOrder(String(near), String(met)));
  }
  if (scheme.outliers !== undefined) {
    positive(['outliers', 'threshold'], scheme.outliers.threshold);
    nonNegative(['outliers', 'minExcess'], scheme.outliers.minExcess);
  }
  for (const [i, unit] of (scheme.units?.include ?? []).entries()) {
    if (scheme.units?.exclude?.includes(unit)) warn(['units', 'include', i], 'units.overlap', m.expectedAbsent(), unit, m.unitsOverlap(unit));
  }
  if (method === 'points') {
    if (scheme.aggregation !== undefined) warn(['aggregation'], 'ignored', m.expectedAbsent(), scheme.aggregation, m.ignored('aggregation', 'points'));
    if (scheme.geometricOffset !== undefined) warn(['geometricOffset'], 'ignored', m.expectedAbsent(), scheme.geometricOffset, m.ignored('geometricOffset', 'points'));
    positive(['total'], scheme.total);
  } else {
    if (scheme.total !== undefined) warn(['total'], 'ignored', m.expectedAbsent(), scheme.total, m.ignored('total', 'index'));
    if (scheme.geometricOffset !== undefined) {
      if (!geometric) warn(['geometricOffset'], 'ignored', m.expectedAbsent(), scheme.geometricOffset, m.ignoredWithout('geometricOffset', 'aggregation: geometric'));
      else positive(['geometricOffset'], scheme.geometricOffset);
    }
  }

  // Ids: dimensions among themselves; items and vetoes share one namespace (flags name either).
  const dimensionIds = new Map<string, SchemePath>();
  const itemIds = new Map<string, SchemePath>();
  const unique = (seen: Map<string, SchemePath>, id: string, path: SchemePath) => {
    nonEmpty(path, id);
    const first = seen.get(id);
    if (first !== undefined) error(path, 'id.duplicate', { 'zh-Hant': '唯一的代碼', 'zh-Hans': '唯一的代码', en: 'a unique id' }, id, m.duplicateId(id, formatSchemePath(first)));
    else seen.set(id, path);
  };

  if (scheme.dimensions.length === 0) error(['dimensions'], 'dimensions.empty', m.expectedNonEmptyList(), scheme.dimensions, m.empty(m.expectedNonEmptyList()));
  const zeroCapable: string[] = [];
  let dimensionSum = 0;
  let allDimensionsHavePoints = true;
  scheme.dimensions.forEach((dimension, d) => {
    const at: SchemePath = ['dimensions', d];
    unique(dimensionIds, dimension.id, [...at, 'id']);
    if (dimension.items.length === 0) error([...at, 'items'], 'dimension.empty', m.expectedNonEmptyList(), dimension.items, m.empty(m.expectedNonEmptyList()));
    if (method === 'points') {
      if (dimension.weight !== undefined) warn([...at, 'weight'], 'ignored', m.expectedAbsent(), dimension.weight, m.ignored('weight', 'points'));
      if (dimension.points === undefined) {
        allDimensionsHavePoints = false;
        error([...at, 'points'], 'points.missing', m.expectedPositive(), undefined, m.pointsMissing());
      } else {
        positive([...at, 'points'], dimension.points);
        dimensionSum += dimension.points;
      }
    } else {
      if (dimension.points !== undefined) warn([...at, 'points'], 'ignored', m.expectedAbsent(), dimension.points, m.ignored('points', 'index'));
      positive([...at, 'weight'], dimension.weight);
    }
    let itemSum = 0;
    let allItemsHavePoints = true;
    dimension.items.forEach((item, i) => {
      const itemAt: SchemePath = [...at, 'items', i];
      unique(itemIds, item.id, [...itemAt, 'id']);
      const bonus = item.rule.type === 'bonus';
      if (method === 'points') {
        if (item.weight !== undefined) warn([...itemAt, 'weight'], 'ignored', m.expectedAbsent(), item.weight, m.ignored('weight', 'points'));
        if (bonus) {
          if (item.points !== undefined) error([...itemAt, 'points'], 'points.bonus', m.expectedAbsent(), item.points, m.bonusPoints(renderValue(item.points)));
        } else if (item.points === undefined) {
          allItemsHavePoints = false;
          error([...itemAt, 'points'], 'points.missing', m.expectedPositive(), undefined, m.pointsMissing());
        } else {
          positive([...itemAt, 'points'], item.points);
          itemSum += item.points;
        }
      } else {
        if (item.points !== undefined) warn([...itemAt, 'points'], 'ignored', m.expectedAbsent(), item.points, m.ignored('points', 'index'));
        positive([...itemAt, 'weight'], item.weight);
      }
      checkItem(item, itemAt);
      if (geometric && canGiveZero(item.rule)) zeroCapable.push(item.id);
    });
    if (method === 'points' && dimension.points !== undefined && allItemsHavePoints && dimension.items.length > 0
      && Math.abs(itemSum - dimension.points) > TOLERANCE) {
      const sum = format(itemSum);
      error([...at, 'points'], 'points.dimension_sum', m.expectedSum(sum, m.itemsPoints()), dimension.points, m.dimensionSum(format(dimension.points), sum));
    }
  });
  const total = method === 'points' ? (scheme.total ?? dimensionSum) : 100;
  if (method === 'points' && scheme.total !== undefined && allDimensionsHavePoints && Math.abs(dimensionSum - scheme.total) > TOLERANCE) {
    const sum = format(dimensionSum);
    error(['total'], 'points.total_sum', m.expectedSum(sum, m.dimensionsPoints()), scheme.total, m.totalSum(format(scheme.total), sum));
  }
  if (geometric && zeroCapable.length > 0 && scheme.geometricOffset === undefined) {
    warn(['aggregation'], 'geometric.zero', { 'zh-Hant': 'geometricOffset', 'zh-Hans': 'geometricOffset', en: 'a geometricOffset' }, 'geometric', m.geometricZero(zeroCapable));
  }

  (scheme.vetoes ?? []).forEach((veto, v) => {
    const at: SchemePath = ['vetoes', v];
    unique(itemIds, veto.id, [...at, 'id']);
    checkSelect(veto.indicator, veto.select, at, false);
    if (veto.effect.type === 'cap' && !(veto.effect.total >= 0 && veto.effect.total <= total)) {
      error([...at, 'effect', 'total'], 'veto.cap_range', m.expectedRange(`[0, ${format(total)}]`), veto.effect.total, m.vetoCap(format(veto.effect.total), format(total)));
    }
  });

  function checkSelect(indicator: IndicatorId, select: SchemeItem['select'], at: SchemePath, needed: boolean): void {
    const business = indicator.startsWith('business.');
    if (select !== undefined && !business) error([...at, 'select'], 'select.not_business', m.expectedAbsent(), select, m.selectNotBusiness(indicator));
    if (!needed || !business) return;
    if (indicator === 'business.indicator_score' && select?.item === undefined) {
      warn([...at, 'select'], 'select.missing', { 'zh-Hant': 'select.item', 'zh-Hans': 'select.item', en: 'select.item' }, select, m.selectMissing(indicator, 'item'));
    } else if (indicator === 'business.dimension_score' && select?.dimension === undefined) {
      warn([...at, 'select'], 'select.missing', { 'zh-Hant': 'select.dimension', 'zh-Hans': 'select.dimension', en: 'select.dimension' }, select, m.selectMissing(indicator, 'dimension'));
    }
  }

  function checkItem(item: SchemeItem, at: SchemePath): void {
    // The schema has already refused an indicator the catalogue does not know.
    const entry = catalogueEntry(item.indicator);
    const rule = item.rule;
    const ruleAt: SchemePath = [...at, 'rule'];
    checkSelect(item.indicator, item.select, at, true);
    if (item.missing === 'zero' && entry.kind !== 'count') {
      error([...at, 'missing'], 'missing.zero_not_count', same('"exclude"'), item.missing, m.missingZeroNotCount(item.indicator, entry.kind));
    }
    const direction = (d: Direction | undefined): Direction => resolveDirection(d, item.indicator);
    if (method === 'index' && (rule.type === 'bonus' || rule.type === 'deduct' || rule.type === 'shortfall')) {
      error([...ruleAt, 'type'], 'rule.points_only', same('goalposts, target, bands or relative'), rule.type, m.pointsOnlyRule(rule.type));
    }
    switch (rule.type) {
      case 'goalposts':
        if (rule.best === rule.worst) error([...ruleAt, 'best'], 'goalposts.equal', same(`≠ ${format(rule.worst)}`), rule.best, m.goalpostsEqual(format(rule.best)));
        positive([...ruleAt, 'exponent'], rule.exponent);
        if (entry.better !== null && rule.best !== rule.worst && (rule.best > rule.worst) !== (entry.better === 'higher')) {
          warn([...ruleAt, 'best'], 'goalposts.direction', same(entry.better === 'higher' ? `> ${format(rule.worst)}` : `< ${format(rule.worst)}`), rule.best, m.goalpostsDirection(item.indicator, entry.better));
        }
        break;
      case 'target': {
        const dir = direction(rule.direction);
        if (rule.floor !== undefined) {
          if (dir === 'higher' ? !(rule.floor < rule.target) : !(rule.floor > rule.target)) {
            error([...ruleAt, 'floor'], 'target.floor', same(`${dir === 'higher' ? '<' : '>'} ${format(rule.target)}`), rule.floor, m.floorSide(dir, format(rule.floor), format(rule.target)));
          }
        } else if (!(rule.target > 0)) {
          warn([...ruleAt, 'target'], 'target.not_positive', m.expectedPositive(), rule.target, m.targetNotPositive(renderValue(rule.target)));
        }
        break;
      }
      case 'bands': {
        if (rule.bands.length === 0) error([...ruleAt, 'bands'], 'bands.empty', m.expectedNonEmptyList(), rule.bands, m.empty(m.expectedNonEmptyList()));
        const dir = direction(rule.direction);
        rule.bands.forEach((band, b) => {
          within([...ruleAt, 'bands', b, 'share'], band.share, 0, 1, false);
          const previous = rule.bands[b - 1];
          if (previous === undefined) return;
          if (dir === 'higher' ? !(band.min < previous.min) : !(band.min > previous.min)) {
            error([...ruleAt, 'bands', b, 'min'], 'bands.unsorted', same(`${dir === 'higher' ? '<' : '>'} ${format(previous.min)}`), band.min, m.bandsUnsorted(dir, format(previous.min), format(band.min)));
          } else if (band.share > previous.share) {
            warn([...ruleAt, 'bands', b, 'share'], 'bands.shares_rise', same(`≤ ${format(previous.share)}`), band.share, m.bandSharesRise(format(previous.share), format(band.share)));
          }
        });
        break;
      }
      case 'deduct':
        positive([...ruleAt, 'per'], rule.per);
        positive([...ruleAt, 'cap'], rule.cap);
        if (rule.cap !== undefined && item.points !== undefined && rule.cap > item.points) {
          warn([...ruleAt, 'cap'], 'cap.above_points', same(`≤ ${format(item.points)}`), rule.cap, m.capAbovePoints(format(rule.cap), format(item.points)));
        }
        break;
      case 'shortfall':
        positive([...ruleAt, 'step'], rule.step);
        positive([...ruleAt, 'per'], rule.per);
        positive([...ruleAt, 'cap'], rule.cap);
        if (rule.cap !== undefined && item.points !== undefined && rule.cap > item.points) {
          warn([...ruleAt, 'cap'], 'cap.above_points', same(`≤ ${format(item.points)}`), rule.cap, m.capAbovePoints(format(rule.cap), format(item.points)));
        }
        break;
      case 'bonus':
        positive([...ruleAt, 'per'], rule.per);
        positive([...ruleAt, 'cap'], rule.cap);
        break;
      case 'relative':
        if (rule.method === 'z-score') {
          if (method === 'points') error([...ruleAt, 'method'], 'rule.z_score_points', same('min-max, rank or percentile-rank'), rule.method, m.zScorePoints());
          else if (geometric) error([...ruleAt, 'method'], 'geometric.z_score', same('not z-score'), rule.method, m.geometricZScore());
        }
        if (rule.method === 'distance-to-target') {
          if (rule.target === undefined) error([...ruleAt, 'target'], 'rule.target_missing', m.expectedType('number'), undefined, m.targetMissing());
          else if (!(rule.target > 0)) warn([...ruleAt, 'target'], 'target.not_positive', m.expectedPositive(), rule.target, m.targetNotPositive(renderValue(rule.target)));
        } else if (rule.target !== undefined) {
          warn([...ruleAt, 'target'], 'ignored', m.expectedAbsent(), rule.target, m.ignoredWithout('target', 'method: distance-to-target'));
        }
        break;
    }
  }

  const uncertain = checkUncertainty(scheme);
  errors.push(...uncertain.errors);
  warnings.push(...uncertain.warnings);
  return { errors, warnings };
}

/** Whether a rule can give an index score of 0 (and so zero a geometric mean). */
function canGiveZero(rule: ItemRule): boolean {
  // Every bounded rule reaches 0 at its worst: goalposts at `worst`, target at
  // its floor (or at 0 without one), bands below the last band, min-max and
  // rank for the worst unit, distance-to-target at 0. A mid-rank percentile
  // rank is always above 0; z-scores are refused with geometric aggregation.
  return rule.type !== 'relative' || (rule.method !== 'z-score' && rule.method !== 'percentile-rank');
}

function same(text: string): LocalizedText {
  return { 'zh-Hant': text, 'zh-Hans': text, en: text };
}

function format(x: number): string {
  return String(Number(x.toFixed(9)));
}
