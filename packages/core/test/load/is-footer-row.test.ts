import { describe, expect, it } from 'vitest';
import { isFooterRow } from '../../src/load/is-footer-row.ts';

describe('isFooterRow', () => {
  it.each([
    [['填表人：張三', '', '']],
    [['填表人:张三', '审核人：李四', '填报日期：2019-12-31', '']],
    [['', '注：本表數據截至2019年12月31日']],
    [['制表人', '王五']],
  ])('isFooterRow recognises %j as a footer', (cells) => {
    expect(isFooterRow(cells)).toBe(true);
  });
  it.each([
    [['(2019)苏0591行初1号', '司法局', '一审']],
    [['', '', '']],
    [['填表人：張三', 'a', 'b', 'c', 'd']],
    [['司法局', '填表人：張三']],
  ])('isFooterRow does not take %j for a footer', (cells) => {
    expect(isFooterRow(cells)).toBe(false);
  });
});
