import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkScheme, computeIndicators, loadDataSet, type IndicatorRow, type SafetyIncidentRecord, type Scheme } from '@fazhi/core';

const root = new URL('../../../../../', import.meta.url).pathname;

/** The park sample as the dashboard holds it: indicator rows, safety incidents, and the example scheme. */
export interface ParkFixture {
  rows: IndicatorRow[];
  incidents: SafetyIncidentRecord[];
  scheme: Scheme;
}

let cached: Promise<ParkFixture> | undefined;

/** Loads fixtures/sip-2019 (the dashboard's bundled sample) once per test file, with schemes/sip-example-2019.yaml. */
export function parkFixture(): Promise<ParkFixture> {
  cached ??= (async () => {
    const dir = join(root, 'fixtures/sip-2019');
    const files = readdirSync(dir).filter((n) => n.endsWith('.csv')).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
    const data = await loadDataSet(files);
    const check = checkScheme(readFileSync(join(root, 'schemes/sip-example-2019.yaml'), 'utf8'), { fileName: 'sip-example-2019.yaml' });
    if (!check.ok) throw new Error(check.errors.map((e) => e.message.en).join('; '));
    return { rows: computeIndicators(data.records).rows, incidents: [...data.records.safety_incidents], scheme: check.scheme };
  })();
  return cached;
}

/** The same rows in reverse order: results must not depend on it. */
export function reversed<T>(items: readonly T[]): T[] {
  return [...items].reverse();
}
