import type { OpeningYear } from '@fazhi/charts';
import { DATASET_SCHEMAS, type Lang } from '@fazhi/core';
import { formatValue } from '../i18n/format.ts';
import { viewsMessages as m } from '../i18n/views-messages.ts';

/**
 * The notes that say why the page opened on an earlier year: one sentence
 * per later, thin year (charts' `openingYear`), naming each thin dataset
 * with its records and the median of its earlier years; none when the
 * opening year is the last one.
 *
 * @example
 * thinYearNotes({ year: 2021, thin: [{ year: 2022, dataset: 'litigation', records: 12, typical: 170 }] }, 'zh-Hant');
 * // ['2022 年數據不完整：行政訴訟僅 12 條記錄（此前各年中位數 170），故預設顯示 2021 年。']
 */
export function thinYearNotes(opening: OpeningYear, lang: Lang): string[] {
  const shown = opening.year;
  if (shown === null) return [];
  const byYear = new Map<number, string[]>();
  for (const thin of opening.thin) {
    const words = m.thinDataset(DATASET_SCHEMAS[thin.dataset].title, formatValue(thin.records, lang, { digits: 0 }), formatValue(thin.typical, lang, { digits: 1 }))[lang];
    byYear.set(thin.year, [...(byYear.get(thin.year) ?? []), words]);
  }
  const separator = lang === 'en' ? '; ' : '；';
  return [...byYear].sort(([a], [b]) => b - a).map(([year, datasets]) => m.thinYear(year, datasets.join(separator), shown)[lang]);
}
