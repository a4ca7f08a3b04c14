import { describe, expect, it } from 'vitest';
import { DATASET_IDS } from '../../src/datasets/records.ts';
import { catalogueEntry, INDICATOR_CATALOGUE, INDICATOR_DECLARATIONS, INDICATOR_IDS, isIndicatorId, type IndicatorId } from '../../src/indicators/catalogue.ts';
import { CUSTOM_INDICATORS } from '../../src/indicators/custom-indicators.ts';

describe('INDICATOR_CATALOGUE', () => {
  it('INDICATOR_CATALOGUE lists the INDICATORS.md ids in its order', () => {
    expect(INDICATOR_IDS).toEqual([
      'documents.issued', 'documents.filing_rate', 'documents.timely_filing_rate', 'documents.compliance_rate', 'documents.legality_review_rate',
      'litigation.cases', 'litigation.concluded', 'litigation.lost_cases', 'litigation.loss_rate', 'litigation.head_appearance_rate',
      'reconsideration.cases', 'reconsideration.correction_rate', 'reconsideration.on_time_rate',
      'enforcement.files_reviewed', 'enforcement.mean_score', 'enforcement.pass_rate', 'enforcement.excellent_rate',
      'decisions.count', 'decisions.procedure_compliance_rate',
      'safety.incidents', 'safety.deaths', 'safety.incidents_yoy', 'safety.deaths_yoy', 'safety.deaths_per_100m_gdp', 'safety.major_incidents',
      'business.indicator_score', 'business.dimension_score', 'business.score',
    ]);
  });

  it('INDICATOR_CATALOGUE entries have a name in zh-Hant, zh-Hans and en and a known dataset', () => {
    for (const entry of INDICATOR_CATALOGUE) {
      expect(entry.name['zh-Hant'].length).toBeGreaterThan(0);
      expect(entry.name['zh-Hans'].length).toBeGreaterThan(0);
      expect(entry.name.en.length).toBeGreaterThan(0);
      expect(DATASET_IDS).toContain(entry.dataset);
    }
    expect(INDICATOR_CATALOGUE.find((e) => e.id === 'litigation.head_appearance_rate')?.name['zh-Hant']).toBe('負責人出庭應訴率');
  });

  it('INDICATOR_CATALOGUE marks only deaths_per_100m_gdp and the business scores as not additive', () => {
    expect(INDICATOR_CATALOGUE.filter((e) => !e.additive).map((e) => e.id))
      .toEqual(['safety.deaths_per_100m_gdp', 'business.indicator_score', 'business.dimension_score', 'business.score']);
  });

  it('isIndicatorId accepts catalogue ids only', () => {
    expect(isIndicatorId('safety.deaths')).toBe(true);
    expect(isIndicatorId('safety.dead')).toBe(false);
  });
});

describe('INDICATOR_DECLARATIONS', () => {
  it('declares 22 tallies, 2 changes and 4 custom indicators, in catalogue order', () => {
    expect(INDICATOR_DECLARATIONS.map((d) => d.id)).toEqual(INDICATOR_IDS);
    const compute = (c: string) => INDICATOR_DECLARATIONS.filter((d) => d.compute === c).map((d) => d.id);
    expect(compute('tally')).toHaveLength(22);
    expect(compute('change')).toEqual(['safety.incidents_yoy', 'safety.deaths_yoy']);
    expect(compute('custom')).toEqual(['safety.deaths_per_100m_gdp', 'business.indicator_score', 'business.dimension_score', 'business.score']);
  });

  it('a tally is a count exactly when its denominator is null, and a mean sums its numerator', () => {
    for (const d of INDICATOR_DECLARATIONS) {
      if (d.compute !== 'tally') continue;
      expect(d.kind === 'count', d.id).toBe(d.denominator === null);
      if (d.kind === 'mean') expect('sum' in d.numerator, d.id).toBe(true);
    }
  });

  it('a change is of a count tally of its own dataset and year rule', () => {
    for (const d of INDICATOR_DECLARATIONS) {
      if (d.compute !== 'change') continue;
      const base = INDICATOR_DECLARATIONS.find((b) => b.id === d.of);
      expect(base?.compute, d.id).toBe('tally');
      expect([base?.kind, base?.dataset, base?.year], d.id).toEqual(['count', d.dataset, d.year]);
    }
  });

  it('every custom declaration has its code, and the code computes nothing else', () => {
    const custom = INDICATOR_DECLARATIONS.filter((d) => d.compute === 'custom').map((d) => d.id).sort();
    expect(CUSTOM_INDICATORS.flatMap((c) => c.ids).sort()).toEqual(custom);
    for (const code of CUSTOM_INDICATORS) for (const need of code.needs ?? []) expect(INDICATOR_IDS).toContain(need);
  });

  it('each catalogue entry is read from its declaration: yearBy joins the year fields, additive is every tally and change', () => {
    for (const entry of INDICATOR_CATALOGUE) {
      expect(entry.declaration.id).toBe(entry.id);
      expect(entry.yearBy).toBe(entry.declaration.year.join(' ?? '));
      expect(entry.additive).toBe(entry.declaration.compute !== 'custom');
    }
    expect(catalogueEntry('litigation.head_appearance_rate').yearBy).toBe('heard_on ?? concluded_on ?? filed_on');
  });
});

describe('catalogueEntry(id)', () => {
  it('returns the very entry of INDICATOR_CATALOGUE for every id', () => {
    for (const entry of INDICATOR_CATALOGUE) expect(catalogueEntry(entry.id)).toBe(entry);
  });

  it('throws a RangeError naming an id outside the catalogue (a programmer error)', () => {
    expect(() => catalogueEntry('safety.dead' as IndicatorId)).toThrow(new RangeError('invalid indicator: "safety.dead" is not in the catalogue.'));
  });
});
