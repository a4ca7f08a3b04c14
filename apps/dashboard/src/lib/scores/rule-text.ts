import { catalogueEntry, COUNT_NOUNS, FORMAT_MESSAGES, formatIndicatorValue, formatNumber, isPercentKind, type IndicatorId, type ItemRule, type Lang } from '@fazhi/core';
import { scoresMessages as m } from '../i18n/scores-messages.ts';

/**
 * An item's rule in words, in `lang`, with thresholds printed like the
 * indicator's values (rates as percentages): "≥ 80% 得满分，≤ 30% 不得分，其间按线性",
 * "−2 per lost case, down to 0". Directions default to the indicator's
 * better direction, else higher, as the engine reads them.
 *
 * @example
 * ruleText({ type: 'deduct', per: 2 }, 'litigation.lost_cases', 'en'); // '−2 per lost case, down to 0'
 */
export function ruleText(rule: ItemRule, indicator: IndicatorId, lang: Lang): string {
  const value = (x: number) => formatIndicatorValue(indicator, x, lang);
  const points = (x: number) => formatNumber(x, lang);
  const lower = (direction: 'higher' | 'lower' | undefined) => (direction ?? catalogueEntry(indicator).better ?? 'higher') === 'lower';
  const noun = COUNT_NOUNS[indicator];
  const event = noun === undefined ? m.rules.event[lang] : lang === 'en' ? noun.en[0] : noun.measure[lang];
  switch (rule.type) {
    case 'target': {
      const low = lower(rule.direction);
      const [op, floorOp] = low ? ['≤', '≥'] : ['≥', '≤'];
      return rule.floor === undefined
        ? m.rules.targetProportional(op, value(rule.target))[lang]
        : m.rules.targetFloor(op, value(rule.target), floorOp, value(rule.floor))[lang];
    }
    case 'goalposts': {
      const base = m.rules.goalposts(value(rule.worst), value(rule.best))[lang];
      return rule.exponent === undefined || rule.exponent === 1 ? base : base + m.rules.exponent(formatNumber(rule.exponent, lang))[lang];
    }
    case 'bands': {
      const op = lower(rule.direction) ? '≤' : '≥';
      const list = rule.bands.map((b) => m.rules.band(op, value(b.min), `${formatNumber(b.share * 100, lang, { digits: 1 })}%`)[lang]);
      return m.rules.bands(list.join(m.rules.listSeparator[lang]))[lang];
    }
    case 'deduct':
      return m.rules.deduct(event, points(rule.per))[lang] + (rule.cap === undefined ? m.rules.toZero[lang] : m.rules.cap(points(rule.cap))[lang] + m.rules.toZero[lang]);
    case 'shortfall': {
      const op = lower(rule.direction) ? '≤' : '≥';
      const step = isPercentKind(catalogueEntry(indicator).kind)
        ? formatNumber(rule.step * 100, lang, { digits: 2 }) + FORMAT_MESSAGES.percentagePoints[lang]
        : formatNumber(rule.step, lang);
      return m.rules.shortfall(op, value(rule.target), step, points(rule.per))[lang] + (rule.cap === undefined ? m.rules.toZero[lang] : m.rules.cap(points(rule.cap))[lang]);
    }
    case 'bonus':
      return m.rules.bonus(event, points(rule.per), points(rule.cap))[lang] + (rule.outside === false ? '' : m.rules.outside[lang]);
    case 'relative': {
      const base = m.rules.relative[rule.method][lang] + (rule.target === undefined ? '' : m.rules.relativeTarget(value(rule.target))[lang]);
      return lower(rule.direction) ? base + m.rules.lowerBetter[lang] : base;
    }
  }
}
