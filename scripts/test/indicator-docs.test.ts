import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDICATOR_DECLARATIONS, type IndicatorDeclaration } from '../../packages/core/src/index.ts';
import { exprText, measureText, optionsRead, predicateText } from '../indicator-docs/formula-text.ts';
import { formulaTable, indicatorDocs, replaceBetween } from '../indicator-docs/indicator-tables.ts';

const docs = readFileSync(new URL('../../docs/indicators.md', import.meta.url), 'utf8');

describe('docs/indicators.md indicator tables', () => {
  it('the catalogue and formula tables in docs/indicators.md are those the declarations give (run pnpm docs:indicators)', () => {
    expect(indicatorDocs(docs)).toBe(docs);
  });

  it('the formula table has one row per declaration, in catalogue order', () => {
    const rows = formulaTable(INDICATOR_DECLARATIONS).split('\n').slice(2);
    expect(rows.map((r) => /^\| `([^`]+)`/.exec(r)?.[1])).toEqual(INDICATOR_DECLARATIONS.map((d) => d.id));
  });

  it('a changed declaration changes the table, so a stale docs file is caught', () => {
    const changed: IndicatorDeclaration[] = INDICATOR_DECLARATIONS.map((d) =>
      d.id === 'documents.legality_review_rate' && d.compute === 'tally' ? { ...d, denominator: { count: true } } : d);
    expect(indicatorDocs(docs, changed)).not.toBe(docs);
  });

  it('replaceBetween refuses a file without the markers', () => {
    expect(() => replaceBetween('no markers', 'formula-table', 'x')).toThrow(/markers/);
  });
});

describe('formula text', () => {
  it('writes tests with their symbols, a blank-sensitive ne and in as a set', () => {
    expect(predicateText({ field: 'legality_reviewed', ne: 'na' })).toBe("legality_reviewed ≠ 'na'");
    expect(predicateText({ field: 'grade', in: ['较大', '重大'] })).toBe("grade ∈ {'较大', '重大'}");
    expect(predicateText({ field: 'filed_on', present: false })).toBe('filed_on is blank');
    expect(predicateText({ not: { field: 'lost', eq: true } })).toBe('not (lost = true)');
  });

  it('brackets an any inside an all (and an all inside an any), not a single test', () => {
    const p = { all: [{ any: [{ field: 'a', eq: 1 }, { field: 'b', eq: 2 }] }, { field: 'c', eq: 3 }] };
    expect(predicateText(p)).toBe('(a = 1 or b = 2) and c = 3');
    expect(predicateText({ any: [{ all: [{ field: 'a', eq: 1 }] }, { field: 'c', eq: 3 }] })).toBe('a = 1 or c = 3');
  });

  it('writes expressions and measures', () => {
    expect(exprText({ daysBetween: [{ field: ['published_on', 'issued_on'] }, { field: 'filed_on' }] })).toBe('days(published_on ?? issued_on → filed_on)');
    expect(exprText({ if: { field: 'basic_pass', eq: 'no' }, then: 0, else: { field: 'score' } })).toBe("(if basic_pass = 'no' then 0 else score)");
    expect(measureText({ count: true })).toBe('records');
    expect(measureText({ sum: { field: 'deaths' }, where: { field: 'grade', ne: '一般' } })).toBe("Σ deaths over records where grade ≠ '一般'");
    expect(optionsRead({ all: [{ option: 'a', eq: 1 }, { field: 'x', le: { option: 'b' } }, { option: 'a', eq: 2 }] })).toEqual(['a', 'b']);
  });
});
