import type { ColumnMap, InputFile } from '@fazhi/core';
import { asColumnMap } from '../load/column-map.ts';

/**
 * What survives a reload: the analyst's files (bytes and any dataset or
 * encoding they chose by hand), the headers they mapped to columns and the
 * scheme they scored with. Results are not stored; they are recomputed from
 * the files.
 */
export interface SavedSession {
  files: InputFile[];
  /** The scheme's file name and text (YAML or JSON), or null for the example scheme. */
  scheme: { name: string; text: string } | null;
  /**
   * Headers mapped to columns, by dataset (core's `LoadOptions.columnMap`).
   * Sessions saved before the dashboard kept one have none: they read back
   * as `{}`, as does a damaged map.
   */
  columnMap?: ColumnMap;
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
 * const saved = await readSavedSession(); // { files: [...], scheme: null, columnMap: {} } | null
 */
export async function readSavedSession(): Promise<SavedSession | null> {
  try {
    const value = await run('readonly', (store) => store.get(KEY));
    return asSavedSession(value);
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

/**
 * A stored record read back as a session, or null when it is not one (no
 * file list). Records saved by earlier versions of the dashboard load: a
 * missing or damaged column map reads as `{}`, a missing scheme as the
 * example (null).
 *
 * @example
 * asSavedSession({ files: [], scheme: null })?.columnMap; // {}
 * asSavedSession({ files: 'x' }); // null
 */
export function asSavedSession(value: unknown): SavedSession | null {
  if (typeof value !== 'object' || value === null) return null;
  const { files, scheme, columnMap } = value as { files?: unknown; scheme?: unknown; columnMap?: unknown };
  const isFile = (f: unknown) => typeof f === 'object' && f !== null && typeof (f as InputFile).name === 'string' && (f as InputFile).bytes instanceof Uint8Array;
  if (!Array.isArray(files) || !files.every(isFile)) return null;
  return { files: files as InputFile[], scheme: isSchemeSource(scheme) ? scheme : null, columnMap: asColumnMap(columnMap) };
}

function isSchemeSource(value: unknown): value is { name: string; text: string } {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string' && typeof (value as { text?: unknown }).text === 'string';
}
