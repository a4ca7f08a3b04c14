import { DATASET_SCHEMAS, toSimplified, type DatasetId, type Lang } from '@fazhi/core';

/**
 * A dataset's column as the column-map drop-downs and list name it: its
 * Chinese header (the first alias, in the page's script) with the canonical
 * name in brackets, or in English the canonical name with that header —
 * `基本標準是否通過（basic_pass）`, `basic_pass (基本標準是否通過)`. A column
 * without an alias, or one the dataset does not have, is its name alone.
 *
 * @example
 * columnLabel('enforcement_reviews', 'basic_pass', 'zh-Hans'); // '基本标准是否通过（basic_pass）'
 * columnLabel('enforcement_reviews', 'basic_pass', 'en'); // 'basic_pass (基本標準是否通過)'
 */
export function columnLabel(dataset: DatasetId, column: string, lang: Lang): string {
  const alias = DATASET_SCHEMAS[dataset].columns.find((c) => c.name === column)?.aliases[0];
  if (alias === undefined) return column;
  if (lang === 'en') return `${column} (${alias})`;
  return `${lang === 'zh-Hans' ? toSimplified(alias) : alias}（${column}）`;
}
