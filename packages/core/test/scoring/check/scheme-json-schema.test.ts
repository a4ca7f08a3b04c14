import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCHEME_SCHEMA_FILES, generateSchemeSchema, schemeSchemaTexts } from '../../../../../scripts/scheme-schema.ts';
import { INDICATOR_IDS } from '../../../src/indicators/catalogue.ts';
import { SCHEME_JSON_SCHEMA } from '../../../src/scoring/scheme-json-schema.ts';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));

describe('the scheme JSON Schema', () => {
  it('as committed equals a fresh generation from scheme.ts (run pnpm scheme:schema after changing the types)', () => {
    const fresh = schemeSchemaTexts(generateSchemeSchema());
    expect(readFileSync(`${root}${SCHEME_SCHEMA_FILES.json}`, 'utf8')).toBe(fresh.json);
    expect(readFileSync(`${root}${SCHEME_SCHEMA_FILES.module}`, 'utf8')).toBe(fresh.module);
  }, 120_000);
  it('lists every catalogue indicator id, keeps doc comments as descriptions and forbids unknown fields', () => {
    const definitions = SCHEME_JSON_SCHEMA.definitions as Record<string, Record<string, unknown>>;
    expect(definitions.IndicatorId!.enum).toEqual([...INDICATOR_IDS]);
    const scheme = definitions.Scheme as { properties: Record<string, { description?: string }>; additionalProperties: unknown; required: string[] };
    expect(scheme.properties.minCoverage!.description).toContain('Default 0.6');
    expect(scheme.additionalProperties).toBe(false);
    expect(scheme.required).toEqual(expect.arrayContaining(['format', 'id', 'version', 'name', 'dimensions']));
    expect(Object.keys(scheme.properties)).toContain('$schema');
  });
});
