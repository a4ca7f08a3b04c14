import { describe, expect, it } from 'vitest';
import { itemValue, missingPolicy } from '../../../src/scoring/engine/item-value.ts';
import type { SchemeItem } from '../../../src/scoring/scheme.ts';

const lost: SchemeItem = { id: 'lost', name: '敗訴', indicator: 'litigation.lost_cases', points: 10, rule: { type: 'deduct', per: 2 } };
const filing: SchemeItem = { id: 'filing', name: '報備率', indicator: 'documents.filing_rate', points: 5, rule: { type: 'target', target: 1 } };

describe('missingPolicy', () => {
  it('is zero for count indicators and exclude for the others, unless the item says otherwise', () => {
    expect(missingPolicy(lost)).toBe('zero');
    expect(missingPolicy(filing)).toBe('exclude');
    expect(missingPolicy({ ...lost, missing: 'exclude' })).toBe('exclude');
  });
});

describe('itemValue', () => {
  it('uses the row value, numerator and denominator when there is a value', () => {
    expect(itemValue({ indicator: 'documents.filing_rate', unit: 'a', year: 2019, numerator: 3, denominator: 4, value: 0.75 }, filing))
      .toEqual({ value: 0.75, numerator: 3, denominator: 4, missing: false, missingAs: null });
  });

  it('counts a missing count as 0 (no lost-case record means no lost case)', () => {
    expect(itemValue(null, lost)).toEqual({ value: 0, numerator: 0, denominator: null, missing: true, missingAs: 'zero' });
  });

  it('excludes a missing rate, and a rate over 0 cases, never making it 0', () => {
    expect(itemValue(null, filing)).toEqual({ value: null, numerator: null, denominator: null, missing: true, missingAs: 'exclude' });
    expect(itemValue({ indicator: 'documents.filing_rate', unit: 'a', year: 2019, numerator: 0, denominator: 0, value: null }, filing))
      .toEqual({ value: null, numerator: 0, denominator: 0, missing: true, missingAs: 'exclude' });
  });
});
