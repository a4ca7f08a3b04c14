import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeCaseNumber } from '../../src/values/normalize-case-number.ts';
import { toSimplified } from '../../src/values/to-simplified.ts';

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

/** The definition written plainly: each run of characters other than printable ASCII (brackets aside) normalised on its own. */
function byRuns(raw: string): string {
  return raw.replace(/[^\x21-\x5a\x5c\x5e-\x7e]+/g, (run) =>
    run
      .normalize('NFKC')
      .replace(/[〔［[【（﹝]/g, '(')
      .replace(/[〕］\]】）﹞]/g, ')')
      .replace(/\s+/g, '')
      .replace(/[^\x00-\x7f]+/g, toSimplified),
  );
}

describe('normalizeCaseNumber against its definition', () => {
  it('normalizeCaseNumber equals the run-by-run definition for generated case numbers, long ones included', () => {
    const piece = fc.oneof(
      fc.constantFrom('（', '）', '〔', '〕', '[', ']', '【', '】', '﹝', '﹞', '［', '］', ' ', '\u3000', '蘇', '苏', '號', '号', '行初', '行終', '復議', '２０１９', 'ｶ', 'é', 'e\u0301', '😀'),
      fc.string({ maxLength: 4 }),
      fc.nat(99999).map(String),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const raw = pieces.join('');
        expect(normalizeCaseNumber(raw)).toBe(byRuns(raw));
      }),
      { seed: 3, numRuns: 2000 },
    );
    const long = '（2019）蘇0591行初'.repeat(3000);
    expect(normalizeCaseNumber(long)).toBe(byRuns(long));
  });

  it('normalizeCaseNumber gives back the same string when nothing changes', () => {
    const raw = ['(2019)苏0591行初', '123号'].join('');
    expect(normalizeCaseNumber(raw)).toBe(raw);
  });
});
