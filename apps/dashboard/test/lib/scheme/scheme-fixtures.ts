import { readFileSync } from 'node:fs';
import { checkScheme, type Scheme } from '@fazhi/core';

/** A scheme file of the repository's `schemes/` folder: name, text and the checked scheme (a fresh copy each call). */
export function repoScheme(name: string): { source: { name: string; text: string }; scheme: Scheme } {
  const text = readFileSync(new URL(`../../../../../schemes/${name}`, import.meta.url), 'utf8');
  const check = checkScheme(text, { fileName: name });
  if (!check.ok) throw new Error(`${name} does not check`);
  return { source: { name, text }, scheme: structuredClone(check.scheme) };
}
