import { describe, expect, it } from 'vitest';
import { asSavedSession, clearSavedSession, readSavedSession, writeSavedSession } from '../../../src/lib/persist/saved-session.ts';

// Node has no IndexedDB: the same as a browser that refuses storage (some private modes), which must not break the page.
describe('saved session without IndexedDB', () => {
  it('reads as no session, refuses to write without throwing, and clears without throwing', async () => {
    expect(typeof (globalThis as { indexedDB?: unknown }).indexedDB).toBe('undefined');
    await expect(readSavedSession()).resolves.toBeNull();
    await expect(writeSavedSession({ files: [{ name: 'a.csv', bytes: new Uint8Array([1]) }], scheme: null })).resolves.toBe(false);
    await expect(clearSavedSession()).resolves.toBeUndefined();
  });
});

describe('asSavedSession', () => {
  const files = [{ name: 'a.csv', bytes: new Uint8Array([1]) }];

  it('reads a session saved before the dashboard kept a column map, with no mapping', () => {
    expect(asSavedSession({ files, scheme: null })).toEqual({ files, scheme: null, columnMap: {} });
  });

  it('keeps the column map and scheme of a session saved with them', () => {
    const session = { files, scheme: { name: 's.yaml', text: 'x' }, columnMap: { enforcement_reviews: { 基本要求: 'basic_pass' } } };
    expect(asSavedSession(session)).toEqual(session);
  });

  it('is null for a record that is not a session, and a damaged map or scheme reads as none', () => {
    for (const value of [null, 1, {}, { files: 'a.csv' }, { files: [{ name: 'a.csv' }] }]) expect(asSavedSession(value)).toBeNull();
    expect(asSavedSession({ files, scheme: { name: 1 }, columnMap: 'x' })).toEqual({ files, scheme: null, columnMap: {} });
  });
});
