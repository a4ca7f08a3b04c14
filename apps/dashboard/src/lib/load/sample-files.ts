import type { InputFile } from '@fazhi/core';

// The bundled sample: the Suzhou Industrial Park's 2018–2019 records (fixtures/sip-2019), emitted as assets by the
// build so that the first screen can show a full dashboard without any upload.
const SAMPLE_URLS = import.meta.glob('../../../../../fixtures/sip-2019/*.csv', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** File names of the bundled sample, in code-point order. */
export const SAMPLE_FILE_NAMES: readonly string[] = Object.keys(SAMPLE_URLS).map((path) => path.slice(path.lastIndexOf('/') + 1)).sort();

/**
 * Fetches the bundled sample's files (same origin, cached by the browser).
 *
 * @example
 * const files = await sampleFiles(); // [{ name: 'activities.csv', bytes }, …]
 */
export async function sampleFiles(): Promise<InputFile[]> {
  const entries = Object.entries(SAMPLE_URLS).sort(([a], [b]) => (a < b ? -1 : 1));
  return Promise.all(entries.map(async ([path, url]) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return { name: path.slice(path.lastIndexOf('/') + 1), bytes: new Uint8Array(await response.arrayBuffer()) };
  }));
}
