import type { InputFile } from '@fazhi/core';
import { inputFileNames } from './input-file-names.ts';
import type { PickedFile } from './picked-file.ts';

/**
 * Reads picked or dropped files into the loader's input: their bytes, under
 * the names {@link inputFileNames} gives them.
 *
 * @example
 * await app.addFiles(await readPickedFiles([{ file, path: '' }])); // [{ name: 'litigation.csv', bytes }]
 */
export async function readPickedFiles(files: readonly PickedFile<Blob & { name: string }>[]): Promise<InputFile[]> {
  const names = inputFileNames(files);
  return Promise.all(files.map(async ({ file }, i) => ({ name: names[i] ?? file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}
