import type { InputFile } from '@fazhi/core';

/**
 * What survives a reload: the analyst's files (bytes and any dataset or
 * encoding they chose by hand) and the scheme they scored with. Results are
 * not stored; they are recomputed from the files.
 */
export interface SavedSession {
  files: InputFile[];
  /** The scheme's file name and text (YAML or JSON), or null for the example scheme. */
  scheme: { name: string; text: string } | null;
}

const DB_NAME = 'fazhi-dashboard';
const STORE = 'session';
const KEY = 'current';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = action(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

/**
 * The session saved in this browser's IndexedDB, or null when there is none
 * (first visit, after "clear all data", or storage unavailable).
 *
 * @example
 * const saved = await readSavedSession(); // { files: [...], scheme: null } | null
 */
export async function readSavedSession(): Promise<SavedSession | null> {
  try {
    const value = await run('readonly', (store) => store.get(KEY));
    return isSavedSession(value) ? value : null;
  } catch {
    return null;
  }
}

/** Saves the session (replacing the previous one). Resolves false when the browser refuses storage. */
export async function writeSavedSession(session: SavedSession): Promise<boolean> {
  try {
    await run('readwrite', (store) => store.put(session, KEY));
    return true;
  } catch {
    return false;
  }
}

/** Deletes everything the dashboard stored in this browser. */
export async function clearSavedSession(): Promise<void> {
  try {
    await run('readwrite', (store) => store.clear());
  } catch {
    // Nothing stored, or storage unavailable: nothing to clear.
  }
}

function isSavedSession(value: unknown): value is SavedSession {
  if (typeof value !== 'object' || value === null) return false;
  const { files } = value as { files?: unknown };
  return Array.isArray(files) && files.every((f) => typeof f === 'object' && f !== null && typeof (f as InputFile).name === 'string' && (f as InputFile).bytes instanceof Uint8Array);
}
