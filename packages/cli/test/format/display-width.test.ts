import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/format/display-width.ts';

describe('displayWidth', () => {
  it('displayWidth counts ASCII as one column each and the empty string as 0', () => {
    expect(displayWidth('')).toBe(0);
    expect(displayWidth('loss_rate 2019')).toBe(14);
  });
  it('displayWidth counts Han characters (Traditional and Simplified) as two columns', () => {
    expect(displayWidth('報備率')).toBe(6);
    expect(displayWidth('报备率')).toBe(6);
    expect(displayWidth('苏州工业园区')).toBe(12);
  });
  it('displayWidth counts full-width forms, CJK punctuation and the ideographic space as two columns', () => {
    expect(displayWidth('１００')).toBe(6);
    expect(displayWidth('（2019）')).toBe(8);
    expect(displayWidth('、。「」')).toBe(8);
    expect(displayWidth('\u3000')).toBe(2);
  });
  it('displayWidth counts characters outside the BMP (CJK extension B) as two columns, not two code units', () => {
    expect(displayWidth('𠀀')).toBe(2);
  });
  it('displayWidth counts combining marks and zero-width characters as 0, and ambiguous dashes as 1', () => {
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('a\u200bb')).toBe(2);
    expect(displayWidth('—·')).toBe(2);
  });
});
