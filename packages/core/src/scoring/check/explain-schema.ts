import type { LocalizedText } from '../../messages/localized-text.ts';
import { schemeMessages as m } from '../scheme-messages.ts';
import { closestName } from './closest-name.ts';
import { renderValue } from './render-value.ts';
import type { SchemeFinding } from './scheme-finding.ts';
import type { SchemePath } from './scheme-path.ts';

/**
 * The part of JSON Schema (draft-07) that ts-json-schema-generator emits for
 * scheme.ts, as {@link explainSchema} reads it.
 *
 * @example
 * const node: SchemaNode = { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] };
 */
export interface SchemaNode {
  /** `#/definitions/Name`: the node is that definition. */
  $ref?: string;
  /** The JSON type(s) the value must have. */
  type?: string | string[];
  /** The one value allowed. */
  const?: unknown;
  /** The values allowed. */
  enum?: unknown[];
  /** The value must fit one of these. */
  anyOf?: SchemaNode[];
  /** An object's known fields. */
  properties?: Record<string, SchemaNode>;
  /** An object's required fields. */
  required?: string[];
  /** `false`: no field beyond `properties`; a schema: what other fields must be. */
  additionalProperties?: boolean | SchemaNode;
  /** What every element of an array must be. */
  items?: SchemaNode;
  /** The root's named definitions, for `$ref`. */
  definitions?: Record<string, SchemaNode>;
  /** The doc comment the node was generated from. */
  description?: string;
}

/**
 * Walks a value along a JSON Schema and says, for every node that does not
 * fit, where it is, what was expected and what was found, in every language.
 * It reads the subset ts-json-schema-generator emits ($ref, type, const,
 * enum, anyOf, properties, required, additionalProperties, items) and goes
 * further where a plain validator would be vague: a union of objects told
 * apart by a `type` field (the rules, a veto's effect) is followed into the
 * one branch the `type` names, or else reported as an unknown type with the
 * known ones; unknown fields and values get the closest known name; numbers
 * must be finite (YAML can write `.inf`); a number where a string belongs
 * (YAML reads `version: 2019.1` as a number) is told to be quoted. `checkScheme` runs it beside an
 * interpreting validator, which has the last word on validity.
 *
 * @example
 * explainSchema({ per: 'two' }, { type: 'object', properties: { per: { type: 'number' } } });
 * // [{ path: ['per'], code: 'type', actual: '"two"', expected: { en: 'a number', … }, body: { en: 'expected a number, got "two"', … } }]
 */
export function explainSchema(value: unknown, root: SchemaNode): SchemeFinding[] {
  const findings: SchemeFinding[] = [];
  const definitions = root.definitions ?? {};
  const resolve = (node: SchemaNode): { node: SchemaNode; name: string | null } => {
    let name: string | null = null;
    let current = node;
    for (let hops = 0; current.$ref !== undefined && hops < 32; hops++) {
      name = current.$ref.replace(/^#\/definitions\//, '');
      const target = definitions[name];
      if (target === undefined) break;
      current = target;
    }
    return { node: current, name };
  };

  const walk = (value: unknown, schema: SchemaNode, path: SchemePath): void => {
    const { node, name } = resolve(schema);
    if (node.anyOf !== undefined) {
      anyOf(value, node.anyOf, path);
      return;
    }
    if (node.type !== undefined && !fitsType(value, node.type)) {
      const expected = typeList(node.type);
      const quotable = node.type === 'string' && (typeof value === 'number' || typeof value === 'boolean');
      const body = quotable ? m.typeQuote(expected, renderValue(value)) : m.type(expected, renderValue(value));
      findings.push({ path, code: 'type', expected, actual: renderValue(value), body });
      return;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
      findings.push({ path, code: 'number.finite', expected: m.expectedFiniteNumber(), actual: renderValue(value), body: m.notFinite(renderValue(value)) });
      return;
    }
    if (node.const !== undefined && value !== node.const) {
      const expected = String(node.const);
      if (path.length === 1 && path[0] === 'format') {
        findings.push({ path, code: 'format', expected: same(JSON.stringify(expected)), actual: renderValue(value), body: m.format(expected, renderValue(value)) });
      } else {
        findings.push({ path, code: 'const', expected: same(JSON.stringify(expected)), actual: renderValue(value), body: m.enum([expected], renderValue(value), null) });
      }
      return;
    }
    if (node.enum !== undefined && !node.enum.includes(value)) {
      const allowed = node.enum.map(String);
      const suggestion = typeof value === 'string' ? closestName(value, allowed) : null;
      if (name === 'IndicatorId') {
        findings.push({
          path, code: 'indicator.unknown', expected: { 'zh-Hant': '已知的指標代碼', 'zh-Hans': '已知的指标代码', en: 'a known indicator id' },
          actual: renderValue(value), body: m.unknownIndicator(renderValue(value), suggestion),
        });
      } else {
        findings.push({ path, code: 'enum', expected: m.expectedOneOf(allowed), actual: renderValue(value), body: m.enum(allowed, renderValue(value), suggestion) });
      }
      return;
    }
    if (isObject(value)) objectNode(value, node, path);
    else if (Array.isArray(value) && node.items !== undefined) value.forEach((item, i) => walk(item, node.items!, [...path, i]));
  };

  const objectNode = (value: Record<string, unknown>, node: SchemaNode, path: SchemePath): void => {
    const properties = node.properties ?? {};
    const known = Object.keys(properties);
    for (const key of node.required ?? []) {
      if (!Object.hasOwn(value, key) || value[key] === undefined) {
        const expected = describe(properties[key]);
        findings.push({ path: [...path, key], code: 'required', expected, actual: 'missing', body: m.required(key, expected) });
      }
    }
    for (const [key, child] of Object.entries(value)) {
      // hasOwn: a key such as `__proto__` or `constructor` must not find Object.prototype's members.
      const schema = Object.hasOwn(properties, key) ? properties[key] : undefined;
      if (schema !== undefined) walk(child, schema, [...path, key]);
      else if (node.additionalProperties === false) {
        findings.push({
          path: [...path, key], code: 'unknown_property', expected: m.expectedOneOf(known), actual: renderValue(key),
          body: m.unknownProperty(key.length > 60 ? `${key.slice(0, 57)}…` : key, known, closestName(key, known)),
        });
      } else if (typeof node.additionalProperties === 'object') walk(child, node.additionalProperties, [...path, key]);
    }
  };

  const anyOf = (value: unknown, branches: SchemaNode[], path: SchemePath): void => {
    const resolved = branches.map((b) => resolve(b).node);
    const tags = resolved.map((b) => b.properties?.type?.const);
    if (tags.every((t) => typeof t === 'string')) {
      // A union told apart by its `type` field: follow the branch it names.
      const known = tags as string[];
      if (!isObject(value)) {
        const expected = m.expectedType('object');
        findings.push({ path, code: 'type', expected, actual: renderValue(value), body: m.type(expected, renderValue(value)) });
        return;
      }
      const tag = value.type;
      const at = known.indexOf(tag as string);
      if (at >= 0) {
        walk(value, resolved[at]!, path);
        return;
      }
      const typePath = [...path, 'type'];
      const suggestion = typeof tag === 'string' ? closestName(tag, known) : null;
      if (tag === undefined) {
        const expected = m.expectedOneOf(known);
        findings.push({ path: typePath, code: path.at(-1) === 'rule' ? 'rule.unknown' : 'required', expected, actual: 'missing', body: m.required('type', expected) });
      } else if (path.at(-1) === 'rule') {
        findings.push({ path: typePath, code: 'rule.unknown', expected: m.expectedOneOf(known), actual: renderValue(tag), body: m.unknownRule(renderValue(tag), known, suggestion) });
      } else {
        findings.push({ path: typePath, code: 'enum', expected: m.expectedOneOf(known), actual: renderValue(tag), body: m.enum(known, renderValue(tag), suggestion) });
      }
      return;
    }
    // Otherwise follow the one branch whose JSON type fits, if exactly one does.
    const fitting = resolved.filter((b) => b.type === undefined || fitsType(value, b.type));
    if (fitting.length === 1) {
      walk(value, fitting[0]!, path);
      return;
    }
    const before = findings.length;
    const trial: SchemeFinding[][] = resolved.map((b) => {
      const saved = findings.splice(before);
      walk(value, b, path);
      const found = findings.splice(before);
      findings.push(...saved);
      return found;
    });
    if (trial.some((t) => t.length === 0)) return;
    const expected = resolved.every((b) => b.type === 'string' || b.type === 'object') && resolved.length === 2
      ? m.expectedText()
      : m.expectedEither(resolved.map(describe));
    findings.push({ path, code: 'type', expected, actual: renderValue(value), body: m.type(expected, renderValue(value)) });
  };

  const describe = (schema: SchemaNode | undefined): LocalizedText => {
    if (schema === undefined) return same('a value');
    const { node, name } = resolve(schema);
    if (name === 'SchemeText') return m.expectedText();
    if (name === 'IndicatorId') return { 'zh-Hant': '指標代碼', 'zh-Hans': '指标代码', en: 'an indicator id' };
    if (node.const !== undefined) return same(JSON.stringify(node.const));
    if (node.enum !== undefined) return m.expectedOneOf(node.enum.map(String));
    if (node.anyOf !== undefined) return m.expectedEither(node.anyOf.map(describe));
    if (node.type !== undefined) return typeList(node.type);
    return same('a value');
  };

  walk(value, root, []);
  return findings;
}

function same(text: string): LocalizedText {
  return { 'zh-Hant': text, 'zh-Hans': text, en: text };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fitsType(value: unknown, type: string | string[]): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => {
    switch (t) {
      case 'string': return typeof value === 'string';
      case 'number': return typeof value === 'number';
      case 'integer': return typeof value === 'number' && Number.isInteger(value);
      case 'boolean': return typeof value === 'boolean';
      case 'null': return value === null;
      case 'array': return Array.isArray(value);
      case 'object': return isObject(value);
      default: return true;
    }
  });
}

function typeList(type: string | string[]): LocalizedText {
  const types = Array.isArray(type) ? type : [type];
  return types.length === 1 ? m.expectedType(types[0]!) : m.expectedEither(types.map(m.expectedType));
}
