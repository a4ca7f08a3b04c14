import { describe, expect, it } from 'vitest';
import { columnIndicators } from '../../src/datasets/column-indicators.ts';
import { DATASET_SCHEMAS } from '../../src/datasets/registry.ts';
import { INDICATOR_DECLARATIONS } from '../../src/indicators/catalogue.ts';

/** Every record field a declaration names (`field` anywhere in it, and its `year` fields). */
function fieldsRead(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const x of node) fieldsRead(x, out);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'field' || key === 'year') for (const f of [value].flat()) if (typeof f === 'string') out.add(f);
      if (key !== 'name') fieldsRead(value, out);
    }
  }
  return out;
}

describe('columnIndicators against the declarations', () => {
  // columnIndicators keeps a hand-written list (datasets/column-indicators.ts) of the optional columns each indicator
  // reads, for the unknown-header messages ("this column resembles 裁判结果, which 败诉率 reads"). Here the list is
  // checked against what the declarations themselves name, so that a new indicator cannot be left out of it.
  it('names every indicator whose declaration reads a column of its dataset', () => {
    const missing: string[] = [];
    const derived: string[] = [];
    for (const d of INDICATOR_DECLARATIONS) {
      const columns = new Set(DATASET_SCHEMAS[d.dataset].columns.map((c) => c.name));
      for (const field of fieldsRead({ year: d.year, filter: 'filter' in d ? d.filter : undefined, numerator: 'numerator' in d ? d.numerator : undefined, denominator: 'denominator' in d ? d.denominator : undefined })) {
        if (!columns.has(field)) derived.push(`${d.id} ${field}`);
        else if (!columnIndicators(d.dataset, field).includes(d.id)) missing.push(`${d.dataset}.${field} → ${d.id}`);
      }
    }
    expect(missing).toEqual([]);
    // Fields the loader derives from a column rather than reads: the list maps their column instead (review_result,
    // outcome). A new derived field must be added there by hand, and here.
    expect(derived.sort()).toEqual(['documents.compliance_rate compliant', 'litigation.loss_rate withdrawn']);
    expect(columnIndicators('documents', 'review_result')).toContain('documents.compliance_rate');
    expect(columnIndicators('litigation', 'outcome')).toContain('litigation.loss_rate');
  });
});
