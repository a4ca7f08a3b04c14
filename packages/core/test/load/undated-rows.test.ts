import { describe, expect, it } from 'vitest';
import { litigationSchema } from '../../src/datasets/litigation.ts';
import { INDICATOR_CATALOGUE } from '../../src/indicators/catalogue.ts';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import { loadDataSet } from '../../src/load/load-data-set.ts';

const encoder = new TextEncoder();
const HEADER = '案號,被告單位,立案日期,開庭日期,結案日期,是否敗訴';

/** A litigation file: two dated cases, then `undated` cases whose dates are blank or unreadable. */
function litigation(undated: number): Uint8Array {
  const lines = [HEADER, '(2019)蘇0591行初1號,唯亭街道,2019-03-01,,2019-06-01,否', '(2019)蘇0591行初2號,唯亭街道,,,2019年7月2日,是'];
  for (let i = 0; i < undated; i++) lines.push(`(2019)蘇0591行初${i + 3}號,唯亭街道,${i % 2 === 0 ? '2019-02-30' : ''},,${i % 3 === 0 ? '待定' : ''},否`);
  return encoder.encode(`${lines.join('\r\n')}\r\n`);
}

describe('rows that count in no year', () => {
  it('are counted in FileReport.rowsUndated and named once in a file.undated-rows warning, through both CSV paths', async () => {
    for (const csvPath of ['columns', 'rows'] as const) {
      const data = await loadDataSet([{ name: 'litigation.csv', bytes: litigation(12) }], { csvPath });
      expect(data.files[0], csvPath).toMatchObject({ rowsRead: 14, rowsUsed: 14, rowsSkipped: 0, rowsUndated: 12 });
      const summary = data.issues.filter((i) => i.code === 'file.undated-rows');
      expect(summary, csvPath).toHaveLength(1);
      expect(summary[0], csvPath).toMatchObject({ severity: 'warning', file: 'litigation.csv', row: 4, column: null });
      expect(summary[0]?.message.en).toBe(
        '12 of the 14 rows used have no readable "立案日期", "開庭日期", "結案日期", so they count in no year\'s indicators'
        + ' (rows 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 and 2 more). Fill in or correct one of these dates and load the file again.',
      );
      expect(summary[0]?.message['zh-Hans']).toContain('“立案日期”、“开庭日期”、“结案日期”都是空白或无法识别');
      // Each unreadable date keeps its own warning, with the row and the raw text.
      expect(data.issues.filter((i) => i.code === 'value.date').map((i) => i.row)).toEqual([4, 4, 6, 7, 8, 10, 10, 12, 13, 14]);
    }
  });

  it('are in no indicator of any year: the indicators are those of the file without them', async () => {
    const [all, dated] = await Promise.all([litigation(5), litigation(0)].map((bytes) => loadDataSet([{ name: 'litigation.csv', bytes }])));
    expect(all!.files[0]).toMatchObject({ rowsUsed: 7, rowsUndated: 5 });
    expect(computeIndicators(all!.records).rows).toEqual(computeIndicators(dated!.records).rows);
  });

  it('are 0, with no warning, when every row has a year, and for datasets whose rows always have one', async () => {
    const data = await loadDataSet([
      { name: 'litigation.csv', bytes: litigation(0) },
      { name: 'documents.csv', bytes: encoder.encode('文號,制定單位,印發日期\n園管〔2019〕1號,司法局,2019-01-05\n') },
    ]);
    expect(data.files.map((f) => f.rowsUndated)).toEqual([0, 0]);
    expect(data.issues.filter((i) => i.code === 'file.undated-rows')).toEqual([]);
  });

  it('are judged by the date columns that the catalogue attributes litigation indicators to a year by', () => {
    const fields = INDICATOR_CATALOGUE.filter((e) => e.dataset === 'litigation')
      .flatMap((e) => [e.yearBy].flat().flatMap((by) => String(by).split('??')).map((f) => f.trim()));
    expect([...new Set(fields)].sort()).toEqual([...(litigationSchema.yearColumns ?? [])].sort());
  });
});
