import { describe, expect, test } from 'vitest';
import { thinYearNotes } from '../../../src/lib/areas/thin-year-notes.ts';

describe('thinYearNotes', () => {
  const opening = {
    year: 2020,
    thin: [
      { year: 2021, dataset: 'litigation' as const, records: 12, typical: 170 },
      { year: 2022, dataset: 'documents' as const, records: 0, typical: 40.5 },
      { year: 2022, dataset: 'litigation' as const, records: 1, typical: 170 },
    ],
  };

  test('says, latest year first, which datasets of a later year are thin, with their records and the earlier median, and the year shown instead', () => {
    expect(thinYearNotes(opening, 'zh-Hant')).toEqual([
      '2022 年數據不完整：規範性文件僅 0 條記錄（此前各年中位數 40.5）；行政訴訟僅 1 條記錄（此前各年中位數 170），故預設顯示 2020 年。',
      '2021 年數據不完整：行政訴訟僅 12 條記錄（此前各年中位數 170），故預設顯示 2020 年。',
    ]);
    expect(thinYearNotes(opening, 'zh-Hans')[1]).toBe('2021 年数据不完整：行政诉讼仅 12 条记录（此前各年中位数 170），故默认显示 2020 年。');
    expect(thinYearNotes(opening, 'en')[1]).toBe('2021 data incomplete: Administrative litigation has only 12 records (earlier years\' median 170); showing 2020 by default.');
  });

  test('gives no note when no later year is thin or there is no year', () => {
    expect(thinYearNotes({ year: 2019, thin: [] }, 'en')).toEqual([]);
    expect(thinYearNotes({ year: null, thin: [] }, 'en')).toEqual([]);
  });
});
