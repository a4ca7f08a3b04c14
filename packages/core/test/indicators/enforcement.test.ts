import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import { effectiveScore } from '../../src/indicators/enforcement.ts';
import { findRow, ndv } from './find-row.ts';
import { shuffled } from './arbitrary-records.ts';
import { enforcementRecord as file } from './records.ts';

describe('enforcement indicators', () => {
  it('enforcement.* give no rows for no files', () => {
    expect(computeIndicators({ enforcement_reviews: [] }).rows).toEqual([]);
  });

  it('effectiveScore is 0 when basic_pass is no, else the score (na and blank keep it)', () => {
    expect(effectiveScore({ basic_pass: 'no', score: 95 })).toBe(0);
    expect(effectiveScore({ basic_pass: 'na', score: 95 })).toBe(95);
    expect(effectiveScore({ basic_pass: null, score: 95 })).toBe(95);
  });

  it('enforcement.files_reviewed and mean_score are by record.year; mean_score is the traceable sum / files', () => {
    const { rows } = computeIndicators({
      enforcement_reviews: [file({ score: 90 }), file({ score: 70 }), file({ score: 100, basic_pass: 'no' }), file({ year: 2018, score: 50 })],
    });
    expect(ndv(findRow(rows, 'enforcement.files_reviewed', '*', 2019))).toEqual([3, null, 3]);
    expect(ndv(findRow(rows, 'enforcement.mean_score', '*', 2019))).toEqual([160, 3, 160 / 3]);
    expect(ndv(findRow(rows, 'enforcement.mean_score', '市场局', 2018))).toEqual([50, 1, 50]);
  });

  it('enforcement.pass_rate counts 60 as a pass and 59.99 as a fail; a failed basic standard fails', () => {
    const { rows } = computeIndicators({ enforcement_reviews: [file({ score: 60 }), file({ score: 59.99 }), file({ score: 99, basic_pass: 'no' })] });
    expect(ndv(findRow(rows, 'enforcement.pass_rate', '*', 2019))).toEqual([1, 3, 1 / 3]);
  });

  it('enforcement.excellent_rate counts 90 as excellent and 89.5 as not', () => {
    const { rows } = computeIndicators({ enforcement_reviews: [file({ score: 90 }), file({ score: 89.5 })] });
    expect(ndv(findRow(rows, 'enforcement.excellent_rate', '*', 2019))).toEqual([1, 2, 0.5]);
  });

  it('enforcement rates follow enforcementPassScore and enforcementExcellentScore', () => {
    const { rows } = computeIndicators({ enforcement_reviews: [file({ score: 75 }), file({ score: 85 })] }, { enforcementPassScore: 80, enforcementExcellentScore: 85 });
    expect(ndv(findRow(rows, 'enforcement.pass_rate', '*', 2019))).toEqual([1, 2, 0.5]);
    expect(ndv(findRow(rows, 'enforcement.excellent_rate', '*', 2019))).toEqual([1, 2, 0.5]);
  });

  it('enforcement.mean_score sums exactly, so 0.1 + 0.2 + 0.3 is 0.6 in any order', () => {
    const a = computeIndicators({ enforcement_reviews: [file({ score: 0.1 }), file({ score: 0.2 }), file({ score: 0.3 })] }).rows;
    const b = computeIndicators({ enforcement_reviews: [file({ score: 0.3 }), file({ score: 0.2 }), file({ score: 0.1 })] }).rows;
    expect(findRow(a, 'enforcement.mean_score', '*', 2019)?.numerator).toBe(0.6);
    expect(findRow(b, 'enforcement.mean_score', '*', 2019)?.numerator).toBe(0.6);
  });

  it('enforcement.mean_score of many fractional scores in one unit × year does not depend on record order', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 3, maxLength: 40 }), fc.integer(), (scores, seed) => {
        const records = scores.map((score) => file({ score }));
        expect(computeIndicators({ enforcement_reviews: shuffled(records, seed) }).rows).toEqual(computeIndicators({ enforcement_reviews: records }).rows);
      }),
      { seed: 7, numRuns: 100 },
    );
  });
});
