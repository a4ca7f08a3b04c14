import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import { followsProcedures } from '../../src/indicators/decisions.ts';
import { findRow, ndv } from './find-row.ts';
import { decisionRecord as dec } from './records.ts';

describe('decisions indicators', () => {
  it('decisions.* give no rows for no decisions', () => {
    expect(computeIndicators({ decisions: [] }).rows).toEqual([]);
  });

  it('followsProcedures accepts yes and 不適用 (na), and treats a blank procedure as not done', () => {
    expect(followsProcedures(dec())).toBe(true);
    expect(followsProcedures(dec({ expert_argumentation: 'na', risk_assessment: 'na' }))).toBe(true);
    expect(followsProcedures(dec({ collective_discussion: null }))).toBe(false);
    expect(followsProcedures(dec({ legality_review: 'no' }))).toBe(false);
    expect(followsProcedures(dec({
      public_participation: 'na', expert_argumentation: 'na', risk_assessment: 'na', legality_review: 'na', collective_discussion: 'na',
    }))).toBe(true);
  });

  it('decisions.count and procedure_compliance_rate are by record.year', () => {
    const { rows } = computeIndicators({
      decisions: [dec(), dec({ risk_assessment: 'na' }), dec({ public_participation: 'no' }), dec({ year: 2018, decided_on: null })],
    });
    expect(ndv(findRow(rows, 'decisions.count', '*', 2019))).toEqual([3, null, 3]);
    expect(ndv(findRow(rows, 'decisions.procedure_compliance_rate', '*', 2019))).toEqual([2, 3, 2 / 3]);
    expect(ndv(findRow(rows, 'decisions.procedure_compliance_rate', '发改局', 2018))).toEqual([1, 1, 1]);
  });
});
