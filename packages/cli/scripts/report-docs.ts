/**
 * Regenerates the example charts of docs/report.md: runs `fazhi report` on
 * the park's fixture in Simplified Chinese into a temporary folder and copies
 * one PNG of each kind of chart to docs/report/. Run from anywhere:
 *
 *   pnpm --filter @fazhi/cli report:docs
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/main.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** One chart of each kind the report draws, as named by `fazhi report`. */
const EXAMPLES = [
  'litigation-lost-cases-by-unit-2018-2019',
  'documents-filing-rate-by-unit-2018-2019',
  'litigation-head-appearance-rate-trend-2019',
  'safety-incidents-monthly-2019',
  'ranking-total-2019',
  'heatmap-items-2019',
  'composition-dimensions-2019',
] as const;

const out = mkdtempSync(join(tmpdir(), 'fazhi-report-docs-'));
try {
  const status = await main(
    ['report', '--data', 'fixtures/sip-2019', '--scheme', 'schemes/sip-example-2019.yaml', '--years', '2018,2019', '--out', out, '--lang', 'zh-Hans'],
    { stdout: process.stdout, stderr: process.stderr, cwd: root, env: process.env },
  );
  if (status !== 0) throw new Error(`fazhi report exited with status ${status}`);
  const docs = join(root, 'docs', 'report');
  mkdirSync(docs, { recursive: true });
  for (const name of EXAMPLES) copyFileSync(join(out, 'charts', `${name}.png`), join(docs, `${name}.png`));
  process.stderr.write(`copied ${EXAMPLES.length} charts to docs/report/\n`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
