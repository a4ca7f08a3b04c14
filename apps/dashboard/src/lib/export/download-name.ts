/**
 * A download's file name (without its extension) from what it shows, in the
 * page's language — the one rule of the dashboard's chart images and table
 * files: the parts joined by `-`; a space between Chinese and a number or a
 * Latin word dropped (`2019 年` → `2019年`); every other run of white space,
 * of characters a file name cannot hold (`/ \ : * ? " < > |`) and of the
 * punctuation of titles (`：，、；（）()·—–,;=`) a single `-`, none at either
 * end; Latin letters in lower case.
 *
 * @example
 * downloadName('行政訴訟', '敗訴率：歷年走勢', 2019); // '行政訴訟-敗訴率-歷年走勢-2019'
 * downloadName('Litigation', 'Loss rate over the years', 2019); // 'litigation-loss-rate-over-the-years-2019'
 * downloadName('部门评分与排名', '2019 年排名表'); // '部门评分与排名-2019年排名表'
 */
export function downloadName(...parts: readonly (string | number)[]): string {
  return parts
    .map((p) => String(p))
    .join('-')
    .replace(/(?<=\p{Script=Han})\s+(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])\s+(?=\p{Script=Han})/gu, '')
    .replace(/[\s/\\:*?"<>|：，、；（）()·—–,;=-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}
