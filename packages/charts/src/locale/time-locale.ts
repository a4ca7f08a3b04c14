import type { ChartLang } from '../chart-base.ts';

/**
 * A d3-time-format locale, as vega's `config.locale.time` takes it.
 *
 * @example
 * TIME_LOCALES['zh-Hans'].shortMonths[0]; // '1月'
 */
export interface TimeLocale {
  /** The `%c` format. */
  dateTime: string;
  /** The `%x` format. */
  date: string;
  /** The `%X` format. */
  time: string;
  /** AM and PM. */
  periods: [string, string];
  /** Sunday first. */
  days: [string, string, string, string, string, string, string];
  /** Sunday first. */
  shortDays: [string, string, string, string, string, string, string];
  /** January first. */
  months: [string, string, string, string, string, string, string, string, string, string, string, string];
  /** January first. */
  shortMonths: [string, string, string, string, string, string, string, string, string, string, string, string];
}

const MONTHS_ZH = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'] as const;
const SHORT_MONTHS_ZH = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'] as const;
const DAYS_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/**
 * The time locale of each chart language: d3-time-format's zh-CN for
 * Simplified, the same with 週 for Traditional, en-US for English.
 *
 * @example
 * TIME_LOCALES['zh-Hant'].shortDays[0]; // '週日'
 */
export const TIME_LOCALES: Readonly<Record<ChartLang, TimeLocale>> = {
  'zh-Hans': {
    dateTime: '%x %A %X', date: '%Y年%-m月%-d日', time: '%H:%M:%S', periods: ['上午', '下午'],
    days: [...DAYS_ZH], shortDays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    months: [...MONTHS_ZH], shortMonths: [...SHORT_MONTHS_ZH],
  },
  'zh-Hant': {
    dateTime: '%x %A %X', date: '%Y年%-m月%-d日', time: '%H:%M:%S', periods: ['上午', '下午'],
    days: [...DAYS_ZH], shortDays: ['週日', '週一', '週二', '週三', '週四', '週五', '週六'],
    months: [...MONTHS_ZH], shortMonths: [...SHORT_MONTHS_ZH],
  },
  en: {
    dateTime: '%x, %X', date: '%-m/%-d/%Y', time: '%-I:%M:%S %p', periods: ['AM', 'PM'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
};
