import { describe, expect, it } from 'vitest';
import { isSubtotalLabel } from '../../src/load/is-subtotal-label.ts';

describe('isSubtotalLabel', () => {
  it.each(['合計', '合计', '小計', '小计', '總計', '总计', '合 計', ' 合计：', '共計', 'Total', 'subtotal'])('isSubtotalLabel recognises %j', (text) => {
    expect(isSubtotalLabel(text)).toBe(true);
  });
  it.each(['', '合', '(2019)苏0591行初1号', '小學', '總部', '司法局', 'Totally wrong'])('isSubtotalLabel rejects %j', (text) => {
    expect(isSubtotalLabel(text)).toBe(false);
  });
});
