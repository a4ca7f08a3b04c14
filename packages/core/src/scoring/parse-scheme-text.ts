import { Composer, LineCounter, Parser, isMap, isPair, isScalar, isSeq, visit, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { LocalizedText } from '../messages/localized-text.ts';
import { bracketDepthOffset } from './check/bracket-depth-offset.ts';
import { cstDepthOffset } from './check/cst-depth-offset.ts';
import { exceededSchemeLimit } from './check/exceeded-scheme-limit.ts';
import { jsonErrorOffset } from './check/json-error-offset.ts';
import { yamlSyntaxDetail } from './check/yaml-syntax-detail.ts';
import type { SchemeError } from './check/scheme-error.ts';
import { MAX_SCHEME_DEPTH, MAX_SCHEME_TEXT_LENGTH, MAX_SCHEME_VALUES } from './check/scheme-limits.ts';
import { formatSchemePath, type SchemePath } from './check/scheme-path.ts';
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
    /** The syntax errors (code `syntax`), with line and column; or the one limit the text breaks (`text.too_long`, `text.empty`, `text.control_character`, `nesting.too_deep`, `values.too_many`, `aliases.too_many`). */
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
 * Syntax errors carry their line and column (not repeated in the message)
 * and say in every language what the parser met there.
 *
 * Any text is safe, in bounded time and memory, and nothing throws: before
 * parsing, a text longer than `MAX_SCHEME_TEXT_LENGTH`, empty, or holding a
 * control character (a binary file) is refused with one error, and so is one
 * nested deeper than `MAX_SCHEME_DEPTH` (measured without recursion); after
 * parsing, a value that YAML aliases expand beyond `MAX_SCHEME_VALUES` values
 * (an alias bomb) or that holds more is refused. Keys such as `__proto__`
 * become plain own keys.
 *
 * @example
 * const parsed = parseSchemeText('{"id": 1,}', { fileName: 'x.json' });
 * parsed.ok; // false; parsed.errors[0].line === 1, column === 10
 */
export function parseSchemeText(text: string, options: ParseSchemeTextOptions = {}): ParsedSchemeText {
  const format = schemeTextFormat(text.slice(0, 1024), options.fileName);
  const refuse = (error: SchemeError): ParsedSchemeText => ({ ok: false, format, errors: [error] });
  if (text.length > MAX_SCHEME_TEXT_LENGTH) {
    return refuse(limitError('text.too_long', `at most ${MAX_SCHEME_TEXT_LENGTH} characters`, `${text.length} characters`, schemeMessages.textTooLong(text.length, MAX_SCHEME_TEXT_LENGTH)));
  }
  const source = text.replace(/^\uFEFF/, '');
  if (/^\s*$/.test(source)) return refuse(limitError('text.empty', 'a scheme', 'an empty text', schemeMessages.textEmpty()));
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.exec(source);
  if (control !== null) {
    const { line, column } = lineAndColumn(source, control.index);
    const character = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return refuse({ ...limitError('text.control_character', 'UTF-8 text', character, schemeMessages.controlCharacter(character)), line, column });
  }
  if (format === 'json') {
    const offset = jsonErrorOffset(source);
    if (offset !== null) {
      const { line, column } = lineAndColumn(source, offset);
      return refuse(jsonSyntaxError(source, offset, line, column));
    }
  }
  const tooDeep = (offset: number): ParsedSchemeText => {
    const { line, column } = lineAndColumn(source, offset);
    const error = limitError('nesting.too_deep', `at most ${MAX_SCHEME_DEPTH} levels`, `more than ${MAX_SCHEME_DEPTH} levels`, schemeMessages.tooDeep(MAX_SCHEME_DEPTH, null, null));
    return refuse({ ...error, line, column });
  };
  // The depth is measured before any parser recurses over it: first the brackets (one quick pass), then the
  // syntax tree, which the parser builds without recursion and which also sees the indentation of YAML blocks.
  const bracketDeep = bracketDepthOffset(source, MAX_SCHEME_DEPTH);
  if (bracketDeep !== null) return tooDeep(bracketDeep);
  // JSON is counted first from JSON.parse, which is quick: the YAML parser, run for positions and duplicate keys,
  // takes seconds over a list of 100,000 values.
  const tooMany = format === 'json' ? exceededSchemeLimit(JSON.parse(source)) : null;
  if (tooMany !== null) return refuse(limitFinding(tooMany, false, () => null));
  const lineCounter = new LineCounter();
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(source));
  const treeDeep = cstDepthOffset(tokens, MAX_SCHEME_DEPTH);
  if (treeDeep !== null) return tooDeep(treeDeep);

  // yaml's own duplicate-key check compares every key with every other (seconds for a map of 20,000 keys):
  // duplicateKeyErrors does it in one pass.
  const docs = Array.from(new Composer({ uniqueKeys: false, logLevel: 'silent' }).compose(tokens, true, source.length));
  const doc = docs[0]!;
  const yamlError = (offset: number, actual: string, detail: LocalizedText): SchemeError => {
    const at = offset >= 0 ? lineCounter.linePos(offset) : null;
    return syntaxError(format, at?.line ?? null, at?.col ?? null, actual, detail);
  };
  // Valid JSON is valid YAML, so for JSON the YAML parser only adds what
  // JSON.parse lets pass: duplicate keys (and the positions of the nodes).
  const parserErrors = format === 'yaml' ? doc.errors.map((error) => yamlError(error.pos[0], firstLine(error.message), yamlSyntaxDetail(error))) : [];
  if (format === 'yaml' && docs.length > 1) {
    parserErrors.push(yamlError(docs[1]!.range[0], 'Source contains more than one document', schemeMessages.syntaxDetails.moreThanOneDocument()));
  }
  const duplicates = duplicateKeys(doc).map(({ offset, key }) => yamlError(offset, 'Map keys must be unique', schemeMessages.syntaxDetails.duplicateKey(key)));
  const yamlErrors = [...parserErrors, ...duplicates];
  if (yamlErrors.length > 0) return { ok: false, format, errors: yamlErrors };
  let value: unknown;
  try {
    // Aliases are not limited here (maxAliasCount -1): toJS shares an anchor's value among its aliases, in time
    // linear in the text, and exceededSchemeLimit then counts the value as expanded, with the path it breaks at.
    value = format === 'json' ? JSON.parse(source) : doc.toJS({ maxAliasCount: -1 });
  } catch (error) {
    return refuse(syntaxError(format, null, null, error instanceof Error ? firstLine(error.message) : String(error), schemeMessages.syntaxDetails.unexpectedText()));
  }
  // Each map's pairs by key, made on first use: one lookup per step, not a search of the map (25,000 unknown keys).
  const pairsByKey = new WeakMap<object, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: string): Pair | undefined => {
    let pairs = pairsByKey.get(map);
    if (pairs === undefined) {
      pairs = new Map();
      for (const p of map.items) if (isPair(p) && isScalar(p.key) && !pairs.has(String(p.key.value))) pairs.set(String(p.key.value), p);
      pairsByKey.set(map, pairs);
    }
    return pairs.get(key);
  };
  const locate = (path: SchemePath): TextPosition | null => {
    let node: unknown = doc.contents;
    let found: TextPosition | null = position(node, lineCounter);
    for (const step of path) {
      if (isMap(node)) {
        const pair = pairOf(node, String(step));
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
  const exceeded = exceededSchemeLimit(value);
  if (exceeded !== null) {
    let aliased = false;
    visit(doc, {
      Alias() {
        aliased = true;
        return visit.BREAK;
      },
    });
    return refuse(limitFinding(exceeded, aliased, locate));
  }
  return { ok: true, format, value, locate };
}

/** The keys that repeat an earlier key of their map (scalar keys, compared by value, as yaml does): offset and key, quoted and cut to 60 characters. */
function duplicateKeys(doc: Document): { offset: number; key: string }[] {
  const found: { offset: number; key: string }[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) {
          const key = String(pair.key.value);
          found.push({ offset: pair.key.range?.[0] ?? -1, key: JSON.stringify(key.length > 60 ? `${key.slice(0, 57)}…` : key) });
        }
        seen.add(pair.key.value);
      }
    },
  });
  return found;
}

/** 1-based line and column (UTF-16 code units) of an offset; lines end at \n, as yaml's LineCounter counts them. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** The error of a value beyond MAX_SCHEME_DEPTH or MAX_SCHEME_VALUES, at its path (and line, when known). */
function limitFinding(
  exceeded: NonNullable<ReturnType<typeof exceededSchemeLimit>>, aliased: boolean, locate: (path: SchemePath) => TextPosition | null,
): SchemeError {
  const code = aliased ? 'aliases.too_many' : exceeded.code;
  const body = aliased
    ? schemeMessages.aliasesTooMany(MAX_SCHEME_VALUES)
    : exceeded.code === 'nesting.too_deep' ? schemeMessages.tooDeep(MAX_SCHEME_DEPTH, null, null) : schemeMessages.tooManyValues(MAX_SCHEME_VALUES);
  const path = formatSchemePath(exceeded.path);
  const error: SchemeError = { ...limitError(code, `at most ${MAX_SCHEME_VALUES} values and ${MAX_SCHEME_DEPTH} levels`, 'more', schemeMessages.at(path, body)), path };
  const at = locate(exceeded.path);
  if (at !== null) {
    error.line = at.line;
    error.column = at.column;
  }
  return error;
}

function limitError(code: string, expected: string, actual: string, message: SchemeError['message']): SchemeError {
  return { code, path: '', expected, actual, message };
}

function position(node: unknown, lineCounter: LineCounter): TextPosition | null {
  const range = (node as YamlNode | null | undefined)?.range;
  if (range === undefined || range === null) return null;
  const { line, col } = lineCounter.linePos(range[0]);
  return { line, column: col };
}

/** A `syntax` error: `actual` is what the parser said (English), `detail` what it met in every language. */
function syntaxError(format: 'json' | 'yaml', line: number | null, column: number | null, actual: string, detail: LocalizedText): SchemeError {
  const error: SchemeError = {
    code: 'syntax',
    path: '',
    expected: format === 'json' ? 'valid JSON' : 'valid YAML',
    actual,
    message: schemeMessages.syntax(format, detail),
  };
  if (line !== null) error.line = line;
  if (column !== null) error.column = column;
  return error;
}

function jsonSyntaxError(text: string, offset: number, line: number, column: number): SchemeError {
  if (offset >= text.length) return syntaxError('json', line, column, 'the text ends too early', schemeMessages.syntaxDetails.endsEarly());
  const character = JSON.stringify(String.fromCodePoint(text.codePointAt(offset)!));
  return syntaxError('json', line, column, `unexpected ${character}`, schemeMessages.syntaxDetails.unexpected(character));
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
