import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkScheme, computeIndicators, loadDataSet, scoreUnits, type DataSet, type EvidenceRecord, type Scheme, type UnitScore } from '@fazhi/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/read-data-dir.ts';
import { deductionGrounds } from '../../src/report/deduction-grounds.ts';
import { groundsHtml } from '../../src/report/grounds-html.ts';
import { reportHtml } from '../../src/report/report-html.ts';
import type { ReportModel } from '../../src/report/report-model.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const sum = (records: readonly EvidenceRecord[]) => records.reduce((total, r) => total + r.weight, 0);

let data: DataSet;
let scheme: Scheme;
let scores: UnitScore[];

beforeAll(async () => {
  const dir = await readDataDir('fixtures/sip-2019', root);
  if (!dir.ok) throw new Error('fixtures/sip-2019 unreadable');
  data = await loadDataSet(dir.files);
  const check = checkScheme(readFileSync(`${root}schemes/sip-example-2019.yaml`, 'utf8'));
  if (!check.ok) throw new Error('scheme has errors');
  scheme = check.scheme;
  const rows = computeIndicators(data.records).rows;
  scores = scoreUnits(rows, scheme, check.stamp, { years: [2018, 2019], unitRecords: data.records.units }).filter((s) => s.year === 2019);
});

describe('deductionGrounds', () => {
  it('lists every deduct or shortfall item that took points and every veto met, each with records adding up to the figure the rule read', () => {
    const grounds = deductionGrounds(scores, scheme, data.records);
    const expected = scores.flatMap((s) => s.items
      .filter((i) => (i.rule.type === 'deduct' || i.rule.type === 'shortfall') && i.earned !== null && i.possible !== null && i.earned < i.possible)
      .map((i) => `${s.unit}|${i.item}`));
    expect(expected.length).toBeGreaterThan(0);
    expect(grounds.filter((g) => g.kind === 'deduction').map((g) => `${g.unit}|${g.id}`)).toEqual(expected);
    const vetoes = scores.flatMap((s) => s.flags.filter((f) => f.code === 'veto').map((f) => `${s.unit}|${f.item}`));
    expect(grounds.filter((g) => g.kind === 'veto').map((g) => `${g.unit}|${g.id}`)).toEqual(vetoes);
    for (const ground of grounds) {
      const item = scores.find((s) => s.unit === ground.unit)!.items.find((i) => i.item === ground.id);
      expect(ground.evidence).toHaveLength(1);
      const [evidence] = ground.evidence;
      if (item !== undefined) {
        expect(evidence!.row.numerator).toBe(item.numerator);
        expect(evidence!.row.denominator).toBe(item.denominator);
      }
      expect(sum(evidence!.numerator)).toBeCloseTo(evidence!.row.numerator, 9);
      if (evidence!.row.denominator !== null) expect(sum(evidence!.denominator!)).toBeCloseTo(evidence!.row.denominator, 9);
    }
  });

  it('lists the lost cases behind a deduction for lost cases by case number', () => {
    const lost = deductionGrounds(scores, scheme, data.records).filter((g) => g.indicator === 'litigation.lost_cases');
    expect(lost.length).toBeGreaterThan(0);
    for (const g of lost) {
      expect(g.evidence[0]!.numerator.every((r) => r.source.file.startsWith('litigation') && typeof r.fields.case_no === 'string' && r.fields.lost === true)).toBe(true);
    }
  });

  it('lists a met veto of scope jurisdiction for every unit with the jurisdiction\'s records, adding up to the value the condition read', () => {
    const vetoed: Scheme = {
      ...scheme,
      vetoes: [{ id: 'any-incident', name: '发生生产安全事故', indicator: 'safety.incidents', when: { op: '>=', value: 1 }, effect: { type: 'cap', total: 90 }, scope: 'jurisdiction' }],
    };
    const check = checkScheme(JSON.stringify(vetoed));
    if (!check.ok) throw new Error(check.errors.map((e) => e.message.en).join('; '));
    const rescored = scoreUnits(computeIndicators(data.records).rows, check.scheme, check.stamp, { years: [2018, 2019], unitRecords: data.records.units }).filter((s) => s.year === 2019);
    const vetoes = deductionGrounds(rescored, check.scheme, data.records).filter((g) => g.kind === 'veto');
    expect(vetoes.map((g) => g.unit)).toEqual(rescored.filter((s) => s.flags.some((f) => f.code === 'veto')).map((s) => s.unit));
    expect(vetoes.length).toBeGreaterThan(1);
    const incidents = computeIndicators(data.records).rows.find((r) => r.indicator === 'safety.incidents' && r.unit === '*' && r.year === 2019)!;
    for (const g of vetoes) {
      expect(g.evidenceUnit).toBe('*');
      expect(g.evidence[0]!.numerator).toHaveLength(incidents.numerator);
    }
    const html = groundsHtml(vetoes.slice(0, 1), 9, 2019, 'zh-Hans', new Map([['any-incident', '发生生产安全事故']]));
    expect(html).toContain('发生生产安全事故 · 一票否决');
    expect(html).toContain('此否决读取全区数值');
  });

  it('is empty for a scheme without deduct or shortfall rules and without vetoes', () => {
    const plain: Scheme = {
      ...scheme, vetoes: [],
      dimensions: scheme.dimensions.map((d) => ({ ...d, items: d.items.filter((i) => i.rule.type !== 'deduct' && i.rule.type !== 'shortfall') })),
    };
    expect(deductionGrounds(scores, plain, data.records)).toEqual([]);
  });
});

describe('groundsHtml and the report', () => {
  const model = (grounds: ReportModel['grounds']): ReportModel => ({
    lang: 'zh-Hant', years: [2018, 2019], toolVersion: '0.1.0', schemeName: '示例', stamp: scores[0]!.scheme, scheme,
    itemNames: new Map(scheme.dimensions.flatMap((d) => d.items).map((i) => [i.id, typeof i.name === 'string' ? i.name : i.name['zh-Hant'] ?? i.id])),
    rows: [], scores, files: [], issues: [], charts: [], ...(grounds === undefined ? {} : { grounds }),
  });

  it('appends 扣分依據 with a table of contents entry when grounds are given, and nothing without', () => {
    const grounds = deductionGrounds(scores, scheme, data.records);
    const withGrounds = reportHtml(model(grounds));
    expect(withGrounds).toContain('<section id="s-grounds">');
    expect(withGrounds).toContain('<a href="#s-grounds">扣分依據</a>');
    expect(withGrounds.match(/<article class="ground"/g)).toHaveLength(grounds.length);
    const without = reportHtml(model(undefined));
    expect(without).not.toContain('s-grounds');
    expect(without).not.toContain('扣分依據');
  });

  it('shows for each part a record count equal to its rows and to the row\'s numerator or denominator for counts', () => {
    const grounds = deductionGrounds(scores, scheme, data.records);
    const html = groundsHtml(grounds, 9, 2019, 'en', new Map());
    const parts = [...html.matchAll(/data-part="(numerator|denominator)" data-count="(\d+)">[^<]*<\/p>\n(<table>[\s\S]*?<\/table>)?/g)];
    const expected = grounds.flatMap((g) => g.evidence.flatMap((e) => [e.numerator, ...(e.denominator === null ? [] : [e.denominator])]));
    expect(parts.map((p) => Number(p[2]))).toEqual(expected.map((r) => r.length));
    for (const [k, part] of parts.entries()) expect((part[3] ?? '').split('<tr>').length - 2).toBe(expected[k]!.length);
    expect(html).toContain('Grounds for deductions');
    expect(html).toContain('adding up to');
  });

  it('says so when nothing was deducted', () => {
    expect(groundsHtml([], 9, 2019, 'zh-Hans', new Map())).toContain('2019 年评分没有扣分');
  });
});
