import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportDocs } from '../../../core/test/api/export-docs.ts';
import { runExample, type ExampleRun } from '../../../core/test/api/run-example.ts';
import * as render from '../../src/render/index.ts';

const indexFile = fileURLToPath(new URL('../../src/render/index.ts', import.meta.url));
// The names the render examples use for what their reader has at hand.
const bindings: Record<string, unknown> = { ...render, readFileSync, bytes: readFileSync(render.bundledFontFiles().hans.regular) };

/** An example that depends on the machine (an installed font, a path of its own) says so in a comment, and only illustrates. */
const machineBound = /on Debian|installed|\/usr\/share\/fonts|chart\.png|spec\b/;

const checked: { title: string; run: ExampleRun }[] = [];
const illustrative: string[] = [];
for (const doc of exportDocs(indexFile)) {
  for (const example of doc.examples) {
    const run = await runExample(example.replace(/^\s*import .*$/gm, ''), bindings);
    if (machineBound.test(example) || run.error instanceof ReferenceError) illustrative.push(`${doc.file}: ${doc.name} (${String(run.error)})`);
    else checked.push({ title: `${doc.file}: ${doc.name}`, run });
  }
}

describe('@fazhi/charts/render examples: each @example runs, and every `expression; // value` in it holds', () => {
  it('runs most examples', () => {
    expect(checked.length, illustrative.join('\n')).toBeGreaterThan(2 * illustrative.length);
  });
  it.each(checked.map((c) => [c.title, c] as const))('%s', (_title, { run }) => {
    expect(run.error).toBeUndefined();
    for (const claim of run.claims) {
      expect(claim.reached, claim.code).toBe(true);
      if (typeof claim.expected === 'number') expect(claim.actual, claim.code).toBeCloseTo(claim.expected, 9);
      else expect(claim.actual, claim.code).toEqual(claim.expected);
    }
  });
});
