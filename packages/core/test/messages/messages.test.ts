import { describe, expect, it } from 'vitest';
import { messages } from '../../src/messages/messages.ts';

describe('messages', () => {
  it('every message speaks zh-Hant, zh-Hans and en, quotes its value and says what to do', () => {
    const samples = [
      messages['file.unreadable']('bad zip'),
      messages['file.format']('xls'),
      messages['file.encoding'](27),
      messages['file.invalid-utf8'](63),
      messages['file.wide-row'](1, 1001, 1000),
      messages['file.long-cell'](2, 2, 32768),
      messages['file.unclosed-quote'](3, 2),
      messages['file.unrecognized']('x.csv'),
      messages['file.empty']('x.csv'),
      messages['file.undated-rows'](12, 14, [4, 5, 6], ['立案日期', '開庭日期', '結案日期']),
      messages['file.xlsx-size'](667_648, 818_000_000, 64),
      messages['column.missing']('unit', '被告單位', 'litigation'),
      messages['column.duplicate']('被告單位', 'unit', '被告'),
      messages['column.unknown']('備註', 6, null),
      messages['column.unknown']('案卷總分', 6, { column: 'score', alias: '總分', present: true }),
      messages['column.unknown']('評查人員', 3, { column: 'reviewer', alias: '評查人', present: false }),
      messages['column.unknown-needed']('基本要求', 4, 'basic_pass', '基本標準是否通過', 'enforcement_reviews', [
        { 'zh-Hant': '案卷合格率', 'zh-Hans': '案卷合格率', en: 'Case-file pass rate' },
      ]),
      messages['column.map-dataset']('enforcement', ['documents', 'enforcement_reviews']),
      messages['column.map-column']('enforcement_reviews', '基本要求', 'pass', ['basic_pass', 'score']),
      messages['value.required']('案號'),
      messages['value.date']('2019-02-30', '立案日期'),
      messages['value.flag']('也許', '是否開庭'),
      messages['value.number']('x', '死亡人數'),
      messages['value.enum']('三審', '審級', ['一审', '二审', '再审']),
      messages['value.range']('-1', '死亡人數', '≥ 0'),
      messages['row.subtotal']('合計'),
      messages['row.footer']('填表人：張三'),
      messages['row.title']('2019年統計表'),
      messages['row.header']('案號'),
      messages['row.duplicate']('(2019)1', 'a.csv', 2),
      messages['unit.unknown']('公安局'),
      messages['unit.blank']('被告單位'),
      messages['value.control']('唯亭\\u0000街道', '唯亭街道', '被告單位'),
      messages['value.replacement']('唯\\uFFFD亭街道', '唯亭街道', '被告單位'),
    ];
    // column.unknown is sampled three ways: no close column, present, missing.
    expect(samples).toHaveLength(Object.keys(messages).length + 2);
    for (const m of samples) {
      expect(Object.keys(m).sort()).toEqual(['en', 'zh-Hans', 'zh-Hant']);
      expect(m.en).toMatch(/\.$/);
      expect(m['zh-Hant']).toMatch(/。$/);
      expect(m['zh-Hans']).toMatch(/。$/);
    }
  });
  it('column.missing names the column in Simplified script in the zh-Hans message', () => {
    const m = messages['column.missing']('unit', '被告單位', 'litigation');
    expect(m['zh-Hans']).toContain('被告单位');
    expect(m['zh-Hant']).toContain('被告單位');
    expect(m.en).toContain('"unit"');
  });
  it('value messages quote the raw value and the column as written', () => {
    const m = messages['value.date']('2019-02-30', '立案日期');
    for (const text of Object.values(m)) {
      expect(text).toContain('2019-02-30');
      expect(text).toContain('立案日期');
    }
  });
  it('file.xlsx-size gives sizes in binary units, as Windows shows them, grouped', () => {
    expect(messages['file.xlsx-size'](667_648, 818_000_000, 64).en).toMatch(/^This XLSX file is 652 KB but declares 780\.1 MB once unpacked \(more than 64 times/);
    expect(messages['file.xlsx-size'](3380, 2 ** 40, 64)['zh-Hans']).toContain('1,048,576.0 MB');
  });
  it('file.undated-rows says how many more rows there are than it names, and names one row in the singular', () => {
    expect(messages['file.undated-rows'](12, 14, [4, 5], ['立案日期']).en).toContain('(rows 4, 5 and 10 more)');
    expect(messages['file.undated-rows'](1, 14, [4], ['立案日期']).en).toContain('(row 4)');
    expect(messages['file.undated-rows'](2, 14, [4, 5], ['立案日期'])['zh-Hant']).toContain('（第 4、5 列）');
  });
});
