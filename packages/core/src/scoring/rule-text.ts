import { formatIndicatorChange } from '../format/format-indicator-change.ts';
import { formatIndicatorValue } from '../format/format-indicator-value.ts';
import { formatNumber } from '../format/format-number.ts';
import type { IndicatorId } from '../indicators/catalogue.ts';
import type { Lang } from '../messages/localized-text.ts';
import { resolveDirection } from './engine/resolve-direction.ts';
import { COUNT_NOUNS } from './explain-messages.ts';
import { ruleMessages as m } from './rule-messages.ts';
import type { Direction, ItemRule } from './scheme.ts';

/**
 * An item's rule in words, in `lang` — the one rule-to-text of the scheme
 * editor, the department page and the report's scoring rules: thresholds
 * printed as the indicator's values are (`formatIndicatorValue`: rates as
 * percentages), points as numbers, a shortfall's step in percentage points
 * for rates, events by their measure word ({@link COUNT_NOUNS}). Directions
 * are read as the engine reads them (`resolveDirection`: the rule's, else
 * the indicator's better direction, else higher).
 *
 * @example
 * ruleText({ type: 'target', target: 0.8, floor: 0.3 }, 'litigation.head_appearance_rate', 'zh-Hans'); // '≥ 80% 得满分，≤ 30% 不得分，其间按线性'
 * ruleText({ type: 'deduct', per: 2 }, 'litigation.lost_cases', 'en'); // '−2 per lost case, stopping at 0'
 */
export function ruleText(rule: ItemRule, indicator: IndicatorId, lang: Lang): string {
  const value = (x: number) => formatIndicatorValue(indicator, x, lang);
  const points = (x: number) => formatNumber(x, lang);
  const lower = (direction: Direction | undefined) => resolveDirection(direction, indicator) === 'lower';
  const noun = COUNT_NOUNS[indicator];
  const event = noun === undefined ? m.event[lang] : lang === 'en' ? noun.en[0] : noun.measure[lang];
  switch (rule.type) {
    case 'target': {
      const [op, floorOp] = lower(rule.direction) ? ['≤', '≥'] : ['≥', '≤'];
      return rule.floor === undefined
        ? m.targetProportional(op, value(rule.target))[lang]
        : m.targetFloor(op, value(rule.target), floorOp, value(rule.floor))[lang];
    }
    case 'goalposts': {
      const base = m.goalposts(value(rule.worst), value(rule.best))[lang];
      return rule.exponent === undefined || rule.exponent === 1 ? base : base + m.exponent(points(rule.exponent))[lang];
    }
    case 'bands': {
      const op = lower(rule.direction) ? '≤' : '≥';
      const list = rule.bands.map((b) => m.band(op, value(b.min), `${formatNumber(b.share * 100, lang, { digits: 1 })}%`)[lang]);
      return m.bands(list.join(m.listSeparator[lang]))[lang];
    }
    case 'deduct':
      return m.deduct(event, points(rule.per))[lang] + (rule.cap === undefined ? '' : m.cap(points(rule.cap))[lang]) + m.toZero[lang];
    case 'shortfall': {
      const op = lower(rule.direction) ? '≤' : '≥';
      const step = formatIndicatorChange(indicator, rule.step, lang, { sign: false, digits: 2 });
      const counted = m.stepCounted(m.shortfallMode[rule.steps ?? 'started'])[lang];
      return m.shortfall(op, value(rule.target), step, points(rule.per))[lang] + counted + (rule.cap === undefined ? m.toZero[lang] : m.cap(points(rule.cap))[lang]);
    }
    case 'bonus':
      return m.bonus(event, points(rule.per), points(rule.cap))[lang] + (rule.outside === false ? '' : m.outside[lang]);
    case 'relative': {
      const base = m.relative[rule.method][lang] + (rule.target === undefined ? '' : m.relativeTarget(value(rule.target))[lang]);
      return lower(rule.direction) ? base + m.lowerBetter[lang] : base;
    }
  }
}
