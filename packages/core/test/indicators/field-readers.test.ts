import { describe, expect, it } from 'vitest';
import { FIELD_READERS } from '../../src/indicators/field-readers.ts';
import { decisionRecord, documentRecord, enforcementRecord, litigationRecord, reconsiderationRecord, safetyRecord } from './records.ts';

const samples: Record<keyof typeof FIELD_READERS, object> = {
  documents: documentRecord(),
  litigation: litigationRecord(),
  reconsideration: reconsiderationRecord(),
  enforcement_reviews: enforcementRecord(),
  decisions: decisionRecord(),
  safety_incidents: safetyRecord(),
};

describe('FIELD_READERS', () => {
  it('each reader copies its own field, from start, for every field of the record but source', () => {
    for (const [dataset, readers] of Object.entries(FIELD_READERS)) {
      const record = samples[dataset as keyof typeof FIELD_READERS] as Record<string, unknown>;
      expect(Object.keys(readers).sort(), dataset).toEqual(Object.keys(record).filter((k) => k !== 'source').sort());
      for (const [field, read] of Object.entries(readers)) {
        const out: unknown[] = [];
        (read as (r: readonly object[], s: number, n: number, o: unknown[]) => void)([{}, record], 1, 1, out);
        expect(out, `${dataset}.${field}`).toEqual([record[field]]);
      }
    }
  });
});
