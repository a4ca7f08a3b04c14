import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { jsonErrorOffset } from './check/json-error-offset.ts';
import type { SchemeError } from './check/scheme-error.ts';
import type { SchemePath } from './check/scheme-path.ts';
import { schemeMessages } from './scheme-messages.ts';

/**
 * Where a node of the scheme's text starts: 1-based line and column.
 *
 * @example
 * const at: TextPosition = { line: 12, column: 9 };
 */
export interface TextPosition {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
}

/**
 * A scheme's text, parsed: the value and a way back from a path to the text
 * (the node's line and column, or its nearest existing ancestor's), or the
 * syntax errors with their lines and columns.
 *
 * @example
 * const parsed = parseSchemeText('id: x', { fileName: 'a.yaml' });
 * if (parsed.ok) parsed.locate(['id']); // { line: 1, column: 5 }
 */
export type ParsedSchemeText =
  | {
    /** The text parsed. */
    ok: true;
    /** The syntax it was read as. */
    format: 'json' | 'yaml';
    /** The parsed value, not yet checked. */
    value: unknown;
    /** Where a path's node starts in the text (or its nearest existing ancestor's); null when the text has no node at all. */
    locate: (path: SchemePath) => TextPosition | null;
  }
  | {
    /** The text did not parse. */
    ok: false;
    /** The syntax it was read as. */
    format: 'json' | 'yaml';
    /** The syntax errors (code `syntax`), with line and column. */
    errors: SchemeError[];
  };

/**
 * Options of {@link parseSchemeText}.
 *
 * @example
 * const options: ParseSchemeTextOptions = { fileName: 'schemes/sip-2019-example.yaml' };
 */
export interface ParseSchemeTextOptions {
  /** The file's name: `.json` is read as JSON, `.yaml`/`.yml` as YAML. Default: none, and the text decides (`{` first → JSON, else YAML). */
  fileName?: string;
}

/**
 * Which syntax a scheme's text is in: by the file name's extension, else
 * JSON when the first non-blank character is `{` or `[`, else YAML.
 *
 * @example
 * schemeTextFormat('{"id": "x"}'); // 'json'
 * schemeTextFormat('id: x', 'a.json'); // 'json'
 */
export function schemeTextFormat(text: string, fileName?: string): 'json' | 'yaml' {
  const name = fileName?.toLowerCase() ?? '';
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return 'yaml';
  return /^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? 'json' : 'yaml';
}

/**
 * Parses a scheme file's text, JSON or YAML (see {@link schemeTextFormat}),
 * without judging its content. JSON must be strict JSON (no comments, no
 * trailing commas, no duplicate keys); YAML is YAML 1.2 (so `yes` stays a
 * string) and also rejects duplicate keys. A byte-order mark is ignored.
 * Syntax errors say their line and column.
 *
 * @example
 * const parsed = parseSchemeText('{"id": 1,}', { fileName: 'x.json' });
 * parsed.ok; // false; parsed.errors[0].line === 1, column === 10
 */
export function parseSchemeText(text: string, options: ParseSchemeTextOptions = {}): ParsedSchemeText {
  const source = text.replace(/^\uFEFF/, '');
  const format = schemeTextFormat(source, options.fileName);
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: true, keepSourceTokens: false });
  if (format === 'json') {
    const offset = jsonErrorOffset(source);
    if (offset !== null) {
      const { line, col } = lineCounter.linePos(offset);
      return { ok: false, format, errors: [syntaxError('json', line, col, jsonDetail(source, offset))] };
    }
  }
  // Valid JSON is valid YAML, so for JSON the YAML parser only adds what
  // JSON.parse lets pass: duplicate keys (and the positions of the nodes).
  const relevant = format === 'yaml' ? doc.errors : doc.errors.filter((error) => error.code === 'DUPLICATE_KEY');
  const yamlErrors = relevant.map((error) => {
    const pos = error.linePos?.[0];
    return syntaxError(format, pos?.line ?? null, pos?.col ?? null, firstLine(error.message));
  });
  if (yamlErrors.length > 0) return { ok: false, format, errors: yamlErrors };
  const value: unknown = format === 'json' ? JSON.parse(source) : doc.toJS({ maxAliasCount: 1000 });
  const locate = (path: SchemePath): TextPosition | null => {
    let node: unknown = doc.contents;
    let found: TextPosition | null = position(node, lineCounter);
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
        if (pair === undefined) break;
        node = pair.value ?? pair.key;
        found = position(node, lineCounter) ?? position(pair.key, lineCounter) ?? found;
      } else if (isSeq(node) && typeof step === 'number') {
        node = node.items[step];
        if (node === undefined) break;
        found = position(node, lineCounter) ?? found;
      } else break;
    }
    return found;
  };
  return { ok: true, format, value, locate };
}

function position(node: unknown, lineCounter: LineCounter): TextPosition | null {
  const range = (node as YamlNode | null | undefined)?.range;
  if (range === undefined || range === null) return null;
  const { line, col } = lineCounter.linePos(range[0]);
  return { line, column: col };
}

function syntaxError(format: 'json' | 'yaml', line: number | null, column: number | null, detail: string): SchemeError {
  const error: SchemeError = {
    code: 'syntax',
    path: '',
    expected: format === 'json' ? 'valid JSON' : 'valid YAML',
    actual: detail,
    message: schemeMessages.syntax(format, line, column, detail),
  };
  if (line !== null) error.line = line;
  if (column !== null) error.column = column;
  return error;
}

function jsonDetail(text: string, offset: number): string {
  if (offset >= text.length) return 'the text ends too early';
  return `unexpected ${JSON.stringify(String.fromCodePoint(text.codePointAt(offset)!))}`;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
