import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../../src/indicators/indicator-row.ts';
import { IndicatorLookup } from '../../../src/scoring/engine/indicator-lookup.ts';
import { selectUnits } from '../../../src/scoring/engine/select-units.ts';
import type { Scheme } from '../../../src/scoring/scheme.ts';

const row = (indicator: string, unit: string, year = 2019): IndicatorRow => ({ indicator, unit, year, numerator: 1, denominator: null, value: 1 });
const lookup = new IndicatorLookup([
  row('litigation.lost_cases', '劳保局'), row('litigation.lost_cases', '规建委'), row('litigation.lost_cases', '*'),
  row('documents.issued', '财政局'), row('litigation.lost_cases', '旧单位', 2018),
]);
const scheme = (units?: Scheme['units']): Scheme => ({
  format: 'fazhi-scheme/1', id: 's', version: '1', name: 's',
  dimensions: [{ id: 'd', name: 'd', points: 10, items: [{ id: 'i', name: 'i', indicator: 'litigation.lost_cases', points: 10, rule: { type: 'deduct', per: 2 } }] }],
  ...(units === undefined ? {} : { units }),
});

describe('selectUnits', () => {
  it('scores every unit but * with a row, that year, of an indicator the scheme reads', () => {
    expect(selectUnits(lookup, scheme(), 2019).sort()).toEqual(['劳保局', '规建委']);
    expect(selectUnits(lookup, scheme(), 2018)).toEqual(['旧单位']);
  });

  it('adds * with jurisdiction: true, keeps only include and drops exclude (names in either script)', () => {
    expect(selectUnits(lookup, scheme({ jurisdiction: true }), 2019).sort()).toEqual(['*', '劳保局', '规建委']);
    expect(selectUnits(lookup, scheme({ include: ['勞保局'] }), 2019)).toEqual(['劳保局']);
    expect(selectUnits(lookup, scheme({ exclude: ['規建委'] }), 2019)).toEqual(['劳保局']);
  });
});
