import { DATASET_IDS, loadDataSet } from '@fazhi/core';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_DATASETS, pageRecords } from '../../../src/lib/load/page-datasets.ts';

const SAMPLE = new URL('../../../../../fixtures/sip-2019/', import.meta.url);

describe('pageRecords', () => {
  it('hands the page exactly the page datasets, as the same arrays, and keeps the case-level ones back', async () => {
    const files = readdirSync(SAMPLE).filter((n) => n.endsWith('.csv')).map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, SAMPLE))) }));
    const data = await loadDataSet(files);
    const page = pageRecords(data.records);
    expect(Object.keys(page).sort()).toEqual([...PAGE_DATASETS].sort());
    for (const id of PAGE_DATASETS) expect(page[id]).toBe(data.records[id]);
    expect(page.safety_incidents.length).toBeGreaterThan(0);
    expect('litigation' in page).toBe(false);
  });

  it('names only datasets core knows', () => {
    for (const id of PAGE_DATASETS) expect(DATASET_IDS).toContain(id);
  });
});
