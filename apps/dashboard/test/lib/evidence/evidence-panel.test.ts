import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeIndicators, formatNumber, indicatorEvidence, JURISDICTION, loadDataSet, type DatasetTables, type IndicatorRow } from '@fazhi/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { overviewTiles } from '../../../src/lib/areas/overview-tiles.ts';
import { evidenceExportTable, evidencePanel, fieldText } from '../../../src/lib/evidence/evidence-panel.ts';
import { tableCsv } from '../../../src/lib/export/table-csv.ts';

const root = new URL('../../../../../', import.meta.url).pathname;
let records: DatasetTables;
let rows: IndicatorRow[];

beforeAll(async () => {
  const dir = join(root, 'fixtures/sip-2019');
  const files = readdirSync(dir).filter((n) => n.endsWith('.csv')).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  records = (await loadDataSet(files)).records;
  rows = computeIndicators(records).rows;
});

describe('evidencePanel', () => {
  test('for every KPI tile of the sample (each year, the jurisdiction and two units), the parts\' counts and sums add up to the number on the tile', () => {
    const units = [JURISDICTION, '苏州工业园区劳动和社会保障局', '苏州工业园区司法局'];
    let checked = 0;
    for (const year of [2018, 2019]) {
      for (const unit of units) {
        for (const tile of overviewTiles(rows, { lang: 'zh-Hans', year, unit, requirements: new Map() })) {
          if (tile.value === null) continue;
          const panel = evidencePanel(indicatorEvidence(records, tile.indicator, unit, year), 'zh-Hans');
          const row = rows.find((r) => r.indicator === tile.indicator && r.unit === unit && r.year === year && r.dimension === undefined)!;
          expect(panel, `${tile.indicator} ${unit} ${year}`).toHaveLength(1);
          const [numerator, denominator] = panel[0]!.parts;
          expect(numerator!.sum).toBeCloseTo(row.numerator, 9);
          if (row.denominator === null) expect(denominator).toBeUndefined();
          else expect(denominator!.sum).toBeCloseTo(row.denominator, 9);
          expect(panel[0]!.figure.startsWith(tile.formatted)).toBe(true);
          if (row.denominator === null) expect(panel[0]!.figure).toBe(tile.formatted);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(30);
  });

  test('heads each part with its count and sum in the language', () => {
    const [lost] = evidencePanel(indicatorEvidence(records, 'litigation.lost_cases', JURISDICTION, 2019), 'zh-Hant');
    const n = lost!.row.numerator;
    expect(lost!.parts.map((p) => p.part)).toEqual(['numerator']);
    expect(lost!.parts[0]!.heading).toBe(`分子：${formatNumber(n, 'zh-Hant')} 筆紀錄，合計 ${formatNumber(n, 'zh-Hant')}`);
    expect(lost!.fields[0]).toBe('case_no');
    const [rate] = evidencePanel(indicatorEvidence(records, 'litigation.loss_rate', JURISDICTION, 2019), 'en');
    expect(rate!.parts.map((p) => p.part)).toEqual(['numerator', 'denominator']);
    expect(rate!.figure).toMatch(/^\S+% = \d+ \/ \d+$/);
  });
});

describe('evidenceExportTable', () => {
  test('has a line per record of each part, with file, row and case number, and escapes cells in CSV', () => {
    const evidence = indicatorEvidence(records, 'litigation.loss_rate', JURISDICTION, 2019);
    const table = evidenceExportTable(evidence, 'records', 'en');
    expect(table.name).toBe('records');
    expect(table.headers.slice(0, 6)).toEqual(['part', 'file', 'row', 'unit', 'year', 'case_no']);
    expect(table.rows).toHaveLength(evidence[0]!.numerator.length + evidence[0]!.denominator!.length);
    expect(table.rows.filter((r) => r[0] === 'numerator')).toHaveLength(evidence[0]!.row.numerator);
    const csv = tableCsv({ ...table, rows: [['numerator', '=cmd()', 1, null, 2019, 'x', 1]] });
    expect(csv).toContain(`'=cmd()`);
  });

  test('prints field values in words', () => {
    expect(fieldText(false, 'en')).toBe('no');
    expect(fieldText(null, 'en')).toBe('—');
  });
});

describe('tableRowQuery', () => {
  test('reads the business dimension and item from a table line\'s key, and leaves them out when blank', async () => {
    const { tableRowQuery } = await import('../../../src/lib/evidence/table-row-query.ts');
    expect(tableRowQuery({ key: 'litigation.lost_cases|*||', indicator: 'litigation.lost_cases', unit: '*', year: 2019 }))
      .toEqual({ indicator: 'litigation.lost_cases', unit: '*', year: 2019 });
    expect(tableRowQuery({ key: 'business.indicator_score|*|政务服务|办理时间', indicator: 'business.indicator_score', unit: '*', year: 2019 }))
      .toEqual({ indicator: 'business.indicator_score', unit: '*', year: 2019, dimension: '政务服务', item: '办理时间' });
  });
});

describe('chartRecords and markOfDatum', () => {
  test('a comparison\'s bars with a value and a trend\'s points each name their row, and a clicked datum finds its mark', async () => {
    const { areaCharts, areaPlan } = await import('@fazhi/charts');
    const { chartRecords, markOfDatum } = await import('../../../src/lib/evidence/chart-records.ts');
    const charts = areaCharts(areaPlan('litigation').charts, { lang: 'en', rows, incidents: [], year: 2019 });
    const yearly = charts.find((c) => c.kind === 'yearly')!;
    const marks = chartRecords(yearly, 'en');
    const bars = yearly.kind === 'yearly' ? yearly.data().bars.filter((b) => b.value !== null) : [];
    expect(marks).toHaveLength(bars.length);
    for (const mark of marks) {
      const row = rows.find((r) => r.indicator === mark.query.indicator && r.unit === mark.query.unit && r.year === mark.query.year && r.dimension === undefined);
      expect(row?.value).not.toBeNull();
    }
    const bar = bars[0]!;
    expect(markOfDatum(marks, { unit: bar.unit, year: bar.year })?.query).toEqual({ indicator: yearly.kind === 'yearly' ? yearly.indicator : '', unit: bar.unit, year: bar.year });
    expect(markOfDatum(marks, { unit: 'nobody', year: bar.year })).toBeNull();
    const trend = charts.find((c) => c.kind === 'trend')!;
    const points = chartRecords(trend, 'en');
    expect(points.length).toBeGreaterThan(0);
    expect(points.every((p) => p.query.unit === '*')).toBe(true);
    expect(markOfDatum(points, { year: points[0]!.query.year })).toBe(points[0]);
  });
});
