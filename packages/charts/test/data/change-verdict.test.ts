import { catalogueEntry, formatIndicatorChange, INDICATOR_IDS } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { changeVerdict, indicatorChangeVerdict } from '../../src/data/change-verdict.ts';

describe('indicatorChangeVerdict(indicator, change)', () => {
  it('judges a change by the catalogue direction: fewer incidents and a lower loss rate are better, more are worse', () => {
    expect(indicatorChangeVerdict('safety.incidents', -13)).toBe('better');
    expect(indicatorChangeVerdict('safety.incidents', 2)).toBe('worse');
    expect(indicatorChangeVerdict('documents.filing_rate', 0.05)).toBe('better');
    expect(indicatorChangeVerdict('litigation.loss_rate', 0.044)).toBe('worse');
  });

  it('calls a change that prints as 0 the same, for every indicator, with or without a direction', () => {
    expect(indicatorChangeVerdict('litigation.loss_rate', 0.0004)).toBe('same');
    expect(indicatorChangeVerdict('litigation.cases', 0)).toBe('same');
    expect(indicatorChangeVerdict('safety.incidents', 0.4)).toBe('same');
  });

  it('has no verdict for an unknown change or an indicator without a better direction', () => {
    expect(indicatorChangeVerdict('litigation.lost_cases', null)).toBe('none');
    expect(indicatorChangeVerdict('litigation.lost_cases', Number.NaN)).toBe('none');
    expect(indicatorChangeVerdict('litigation.cases', 5)).toBe('none');
  });

  it('is same exactly when the printed change is 0, and otherwise agrees with changeVerdict on the catalogue direction', () => {
    for (const id of INDICATOR_IDS) {
      for (const change of [-1, -0.01, -0.0004, 0, 0.0004, 0.01, 1, 3]) {
        const verdict = indicatorChangeVerdict(id, change);
        expect(verdict === 'same', `${id} ${change}`).toBe(formatIndicatorChange(id, change, 'en') === '0');
        if (verdict !== 'same') expect(verdict, `${id} ${change}`).toBe(changeVerdict(change, catalogueEntry(id).better));
      }
    }
  });
});
