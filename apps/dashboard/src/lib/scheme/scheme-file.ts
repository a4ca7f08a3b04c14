import { schemeTextFormat, type Scheme } from '@fazhi/core';
import { isMap, isScalar, parseDocument, stringify, type Document } from 'yaml';

/** A scheme file to download: its name, text and MIME type. */
export interface SchemeFile {
  name: string;
  text: string;
  type: string;
}

/**
 * The edited scheme as a file in the format of the file it came from (YAML or
 * JSON, by `schemeTextFormat`). A YAML scheme keeps its comments, key order
 * and styles: only the values that changed are written into the original
 * document. JSON is written with two-space indentation, keeping a `$schema`
 * the original had (the scheme check drops it from the scheme). The name is
 * the original's with `-edited` before the extension; an unedited scheme is
 * the original file, byte for byte.
 *
 * @example
 * const file = schemeFile({ name: 'sip-example-2019.yaml', text }, editedScheme, true);
 * file.name; // 'sip-example-2019-edited.yaml'
 */
export function schemeFile(source: { name: string; text: string }, scheme: Scheme, edited: boolean): SchemeFile {
  const format = schemeTextFormat(source.text, source.name);
  const type = format === 'json' ? 'application/json' : 'application/yaml';
  if (!edited) return { name: source.name, text: source.text, type };
  const name = editedName(source.name, format);
  if (format === 'json') {
    const original = parseJson(source.text);
    const $schema = typeof original?.['$schema'] === 'string' ? original['$schema'] : undefined;
    const value = $schema === undefined ? scheme : { $schema, ...scheme };
    return { name, text: `${JSON.stringify(value, null, 2)}\n`, type };
  }
  return { name, text: yamlText(source.text, scheme), type };
}

function editedName(name: string, format: 'json' | 'yaml'): string {
  const match = /^(.*?)(-edited)?(\.[^.]+)?$/.exec(name);
  const base = match?.[1] ?? name;
  return `${base === '' ? 'scheme' : base}-edited${match?.[3] ?? (format === 'json' ? '.json' : '.yaml')}`;
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function yamlText(original: string, scheme: Scheme): string {
  const doc = parseDocument(original.replace(/^\uFEFF/, ''));
  if (doc.errors.length > 0 || !isMap(doc.contents)) return stringify(scheme, { lineWidth: 0 });
  patch(doc, [], doc.toJS() as unknown, scheme, true);
  return doc.toString({ lineWidth: 0 });
}

// Writes into the document only what differs, so untouched lines keep their comments and style.
function patch(doc: Document, path: (string | number)[], before: unknown, after: unknown, root = false): void {
  if (isRecord(before) && isRecord(after)) {
    for (const key of Object.keys(before)) {
      if (!(key in after) && !(root && key === '$schema')) doc.deleteIn([...path, key]);
    }
    for (const [key, value] of Object.entries(after)) {
      if (key in before) patch(doc, [...path, key], before[key], value);
      else doc.setIn([...path, key], doc.createNode(value));
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    after.forEach((value, i) => patch(doc, [...path, i], before[i], value));
    return;
  }
  if (Object.is(before, after)) return;
  const node = doc.getIn(path, true);
  if (isScalar(node) && !isRecord(after) && !Array.isArray(after)) node.value = after;
  else doc.setIn(path, doc.createNode(after));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
