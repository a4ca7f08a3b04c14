/**
 * The encodings a user can force on a CSV file, in the order the select
 * lists them (after "automatic"); each is a `TextDecoder` label that Node and
 * Chromium both know.
 */
export const ENCODING_CHOICES: readonly string[] = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'];

/**
 * The encoding as the file table shows it: upper case, with the BOM named
 * apart (`utf-8-bom` → `UTF-8` and `bom: true`); null (an XLSX file) stays null.
 *
 * @example
 * encodingLabel('utf-8-bom'); // { name: 'UTF-8', bom: true }
 * encodingLabel('gb18030'); // { name: 'GB18030', bom: false }
 */
export function encodingLabel(encoding: string | null): { name: string; bom: boolean } | null {
  if (encoding === null) return null;
  const bom = encoding.toLowerCase().endsWith('-bom');
  return { name: (bom ? encoding.slice(0, -4) : encoding).toUpperCase(), bom };
}
