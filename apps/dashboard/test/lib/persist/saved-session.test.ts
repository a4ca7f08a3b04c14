import { describe, expect, it } from 'vitest';
import { clearSavedSession, readSavedSession, writeSavedSession } from '../../../src/lib/persist/saved-session.ts';

// Node has no IndexedDB: the same as a browser that refuses storage (some private modes), which must not break the page.
describe('saved session without IndexedDB', () => {
  it('reads as no session, refuses to write without throwing, and clears without throwing', async () => {
    expect(typeof (globalThis as { indexedDB?: unknown }).indexedDB).toBe('undefined');
    await expect(readSavedSession()).resolves.toBeNull();
    await expect(writeSavedSession({ files: [{ name: 'a.csv', bytes: new Uint8Array([1]) }], scheme: null })).resolves.toBe(false);
    await expect(clearSavedSession()).resolves.toBeUndefined();
  });
});
