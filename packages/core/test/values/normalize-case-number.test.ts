import { describe, expect, it } from 'vitest';
import { normalizeCaseNumber } from '../../src/values/normalize-case-number.ts';

describe('normalizeCaseNumber', () => {
  it('normalizeCaseNumber makes （2019）蘇0591行初123號 and (2019)苏0591行初123号 the same case', () => {
    expect(normalizeCaseNumber('（2019）蘇0591行初123號')).toBe('(2019)苏0591行初123号');
    expect(normalizeCaseNumber('(2019)苏0591行初123号')).toBe('(2019)苏0591行初123号');
  });
  it('normalizeCaseNumber turns full-width digits, other brackets and spaces into one form', () => {
    expect(normalizeCaseNumber(' （２０１９） 蘇 0591 行初 123 號 ')).toBe('(2019)苏0591行初123号');
    expect(normalizeCaseNumber('〔2019〕蘇0591行初123號')).toBe('(2019)苏0591行初123号');
    expect(normalizeCaseNumber('[2019]蘇0591行初123號')).toBe('(2019)苏0591行初123号');
    expect(normalizeCaseNumber('【2019】苏05行终7号')).toBe('(2019)苏05行终7号');
  });
  it('normalizeCaseNumber leaves plain ASCII ids unchanged', () => {
    expect(normalizeCaseNumber('FY-2019-001')).toBe('FY-2019-001');
  });
});
