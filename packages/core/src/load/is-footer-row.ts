import { toSimplified } from '../values/to-simplified.ts';

const PREFIXES = [
  '填表人', '制表人', '审核人', '审批人', '复核人', '统计人', '经办人', '负责人', '单位负责人', '填报人',
  '填报日期', '填表日期', '制表日期', '报送日期', '填报单位', '制表单位', '联系人', '联系电话',
  '注:', '注1', '注 :', '备注:', '说明:', '数据来源', '资料来源', '统计截止', '截止日期',
];

/**
 * True when a row is a footer under the table (`填表人：張三`, `注：…`,
 * `填報日期：2019-12-31`): its first non-blank cell starts with a footer
 * label and the rest is blank-ish (at most three cells filled, or every
 * filled cell a footer label). Colons may be full or half width.
 *
 * @example
 * isFooterRow(['填表人：張三', '', '審核人：李四']); // true
 * isFooterRow(['(2019)1', '司法局']); // false
 */
export function isFooterRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  const first = filled[0];
  if (first === undefined || !isFooterLabel(first)) return false;
  return filled.length <= 3 || filled.every(isFooterLabel);
}

function isFooterLabel(text: string): boolean {
  const s = toSimplified(text.normalize('NFKC').slice(0, 8)).replace(/\s+/g, '');
  return PREFIXES.some((p) => s.startsWith(p));
}
