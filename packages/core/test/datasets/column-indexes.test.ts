import { describe, expect, it } from 'vitest';
import { columnIndexes } from '../../src/datasets/column-indexes.ts';
import { DATASET_SCHEMAS } from '../../src/datasets/registry.ts';
import { RowValues } from '../../src/datasets/row-values.ts';

describe('columnIndexes', () => {
  it('columnIndexes gives each column its position in the list', () => {
    expect(columnIndexes([{ name: 'case_no' }, { name: 'unit' }, { name: 'filed_on' }] as const)).toEqual({ case_no: 0, unit: 1, filed_on: 2 });
    expect(columnIndexes([])).toEqual({});
  });

  it('RowValues reads a column by position as by name, and null for a position or name it lacks', () => {
    for (const schema of Object.values(DATASET_SCHEMAS)) {
      const names = schema.columns.map((c) => c.name);
      const row = new RowValues(names);
      names.forEach((name, i) => (row.values[i] = `${name}!`));
      const at = columnIndexes(schema.columns) as Record<string, number>;
      for (const name of names) expect(row.get(at[name] as number)).toBe(row.get(name));
      expect(row.get(names.length)).toBeNull();
      expect(row.get('no_such_column')).toBeNull();
    }
  });
});
