import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import { compile, type TopLevelSpec } from 'vega-lite';

const require = createRequire(import.meta.url);
let validator: ValidateFunction | undefined;

/** vega-lite's own JSON schema (vega-lite/vega-lite-schema.json), compiled once. */
function schemaValidator(): ValidateFunction {
  if (validator === undefined) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    // The schema's own formats: hex colours are checked, URIs (only $schema and data URLs) accepted as strings.
    ajv.addFormat('color-hex', /^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/);
    ajv.addFormat('uri', true);
    ajv.addFormat('uri-reference', true);
    validator = ajv.compile(require('vega-lite/vega-lite-schema.json'));
  }
  return validator;
}

/** The schema errors of a spec, as "path message" lines; empty when valid. */
export function schemaErrors(spec: TopLevelSpec): string[] {
  const validate = schemaValidator();
  if (validate(JSON.parse(JSON.stringify(spec)))) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** Compiles a spec with vega-lite and returns every warning (and error) its logger received. */
export function compileWarnings(spec: TopLevelSpec): string[] {
  const messages: string[] = [];
  const logger = {
    level: () => logger,
    warn: (...args: unknown[]) => { messages.push(args.map(String).join(' ')); return logger; },
    info: () => logger,
    debug: () => logger,
    error: (...args: unknown[]) => { messages.push(`error: ${args.map(String).join(' ')}`); return logger; },
  };
  compile(spec, { logger: logger as never });
  return messages;
}

/** Freezes a value and everything reachable from it, so that any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A deterministic shuffle (mulberry32 seeded), so tests of order independence are reproducible. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Every string reachable in a value (keys excluded). */
export function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(allStrings);
}
