import type { PickedFile } from './picked-file.ts';

/** The part of a `FileSystemEntry` the traversal uses (so tests can hand in plain objects). */
export interface DroppedEntry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  /** `/folder/file.csv` for an entry of a dropped folder. */
  fullPath: string;
  /** Files only. */
  file?: (success: (file: File) => void, failure?: (error: DOMException) => void) => void;
  /** Folders only. */
  createReader?: () => { readEntries: (success: (entries: DroppedEntry[]) => void, failure?: (error: DOMException) => void) => void };
}

/** What a drop gives: for each dragged item, its entry (folders can be walked) or, failing that, its file. */
export interface DroppedItem {
  entry: DroppedEntry | null;
  file: File | null;
}

/**
 * Takes what a drop event carries while it still can: the browser empties
 * `dataTransfer` once the event handler returns, so this must run
 * synchronously in the handler, before {@link droppedFiles}.
 *
 * @example
 * ondrop = (event) => { const items = droppedItems(event.dataTransfer!); void droppedFiles(items).then(load); };
 */
export function droppedItems(transfer: DataTransfer): DroppedItem[] {
  const items: DroppedItem[] = [];
  for (const item of Array.from(transfer.items ?? [])) {
    if (item.kind !== 'file') continue;
    const entry = (item.webkitGetAsEntry?.() ?? null) as DroppedEntry | null;
    items.push({ entry, file: item.getAsFile() });
  }
  // Browsers without DataTransfer.items (or a synthetic transfer) still list the files.
  if (items.length === 0) for (const file of Array.from(transfer.files ?? [])) items.push({ entry: null, file });
  return items;
}

/**
 * Every file of a drop, dropped folders walked to the bottom, each with its
 * path inside the dropped folder (empty for a file dropped alone). Entries
 * that cannot be read (a file removed meanwhile) are left out; a folder's
 * entries come in batches, read until the browser gives an empty one.
 *
 * @example
 * const files = await droppedFiles(droppedItems(event.dataTransfer!)); // [{ file, path: 'records/litigation.csv' }, …]
 */
export async function droppedFiles(items: readonly DroppedItem[]): Promise<PickedFile[]> {
  const out: PickedFile[] = [];
  for (const { entry, file } of items) {
    if (entry === null) {
      if (file !== null) out.push({ file, path: '' });
    } else if (entry.isDirectory) {
      await walk(entry, out);
    } else if (file !== null) {
      out.push({ file, path: '' });
    } else {
      const read = await entryFile(entry);
      if (read !== null) out.push({ file: read, path: '' });
    }
  }
  return out;
}

async function walk(folder: DroppedEntry, out: PickedFile[]): Promise<void> {
  const reader = folder.createReader?.();
  if (reader === undefined) return;
  for (;;) {
    const batch = await new Promise<DroppedEntry[]>((resolve) => reader.readEntries(resolve, () => resolve([])));
    if (batch.length === 0) return;
    for (const entry of batch) {
      if (entry.isDirectory) {
        await walk(entry, out);
      } else {
        const file = await entryFile(entry);
        if (file !== null) out.push({ file, path: entry.fullPath.replace(/^\/+/, '') });
      }
    }
  }
}

function entryFile(entry: DroppedEntry): Promise<File | null> {
  return new Promise((resolve) => {
    if (entry.file === undefined) resolve(null);
    else entry.file(resolve, () => resolve(null));
  });
}
