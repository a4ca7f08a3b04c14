import { describe, expectTypeOf, it } from 'vitest';
import type { Flag, LitigationRecord } from '../../src/datasets/records.ts';
import { decodeBytes } from '../../src/io/decode.ts';
import { parseCsv } from '../../src/io/parse-csv.ts';
import { readXlsx, type XlsxCell } from '../../src/io/read-xlsx.ts';
import type { DataSet, InputFile } from '../../src/load/data-set.ts';
import { loadDataSet, type LoadOptions } from '../../src/load/load-data-set.ts';
import type { CalendarDate } from '../../src/values/calendar-date.ts';
import { parseDate } from '../../src/values/parse-date.ts';
import type { ParseFailure } from '../../src/values/parse-failure.ts';
import { parseFlag } from '../../src/values/parse-flag.ts';

describe('public loading API types', () => {
  it('loadDataSet takes files and options and resolves to a DataSet with typed records', () => {
    expectTypeOf(loadDataSet).parameters.toEqualTypeOf<[InputFile[], (LoadOptions | undefined)?]>();
    expectTypeOf(loadDataSet).returns.resolves.toEqualTypeOf<DataSet>();
    expectTypeOf<DataSet['records']['litigation']>().toEqualTypeOf<LitigationRecord[]>();
    // @ts-expect-error an InputFile carries bytes, never a path
    void loadDataSet([{ name: 'a.csv', path: '/tmp/a.csv' }]);
    // @ts-expect-error datasets are the known ids only
    void loadDataSet([{ name: 'a.csv', bytes: new Uint8Array(), dataset: 'lawsuits' }]);
  });
  it('parsers return a value, null for blank, or a ParseFailure', () => {
    expectTypeOf(parseDate).returns.toEqualTypeOf<CalendarDate | null | ParseFailure>();
    expectTypeOf(parseFlag).returns.toEqualTypeOf<Flag | null | ParseFailure>();
  });
  it('the io functions keep their published signatures', () => {
    expectTypeOf(decodeBytes).returns.toEqualTypeOf<{ text: string; encoding: string }>();
    expectTypeOf(parseCsv).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(parseCsv).returns.toEqualTypeOf<string[][]>();
    expectTypeOf(parseCsv('a,b')).toEqualTypeOf<string[][]>();
    expectTypeOf(readXlsx).returns.resolves.toEqualTypeOf<{ sheet: string; rows: XlsxCell[][] }>();
  });
});
