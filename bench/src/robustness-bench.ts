import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkScheme, computeIndicators, loadDataSet, MonteCarlo, RobustnessModel, schemeSensitivity, type InputFile } from '@fazhi/core';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The robustness figures of `pnpm bench`: on the park sample (fixtures/sip-2019) under
 * schemes/sip-robustness-2019.yaml (10 uncertain inputs), the time and runs per second of 10,000 Monte Carlo
 * runs and of a Sobol analysis at N = 1,024 (12,288 runs) on the fast path, against the baseline in the same
 * process: `scoreUnits` on the variant scheme for every run (`RobustnessModel.reference`), timed over 200 runs.
 * Returns the lines it printed.
 *
 * @example
 * await printRobustnessBench(); // 'robustness: 10,000 Monte Carlo runs in 1.2 s (8,300 runs/s) …'
 */
export async function printRobustnessBench(log: (line: string) => void = console.log): Promise<string[]> {
  const dir = `${root}fixtures/sip-2019/`;
  const files: InputFile[] = readdirSync(dir).filter((n) => n.endsWith('.csv')).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(`${dir}${name}`)) }));
  const data = await loadDataSet(files);
  const rows = computeIndicators(data.records).rows;
  const check = checkScheme(readFileSync(`${root}schemes/sip-robustness-2019.yaml`, 'utf8'), { fileName: 'sip-robustness-2019.yaml' });
  if (!check.ok) throw new Error(check.errors[0]!.message.en);
  if (data.records.units.length === 0) throw new Error('fixtures/sip-2019 did not load');
  const model = new RobustnessModel(rows, check.scheme, check.stamp, { year: 2019, unitRecords: data.records.units });
  const lines: string[] = [];
  const say = (line: string): void => {
    lines.push(line);
    log(line);
  };
  const rate = (runs: number, ms: number): string => `${Math.round(runs / (ms / 1000)).toLocaleString('en')} runs/s`;

  let started = performance.now();
  const mc = new MonteCarlo(model, { seed: 2019 });
  mc.step(10_000);
  mc.summary();
  const mcMs = performance.now() - started;
  started = performance.now();
  const sobol = schemeSensitivity(model, { n: 1024, bootstrap: 100 });
  const sobolMs = performance.now() - started;
  started = performance.now();
  const u = model.inputs.map(() => 0.5);
  for (let r = 0; r < 200; r++) model.reference(u.map((_, i) => ((r * 7 + i * 13) % 100) / 100));
  const baseMs = performance.now() - started;
  say(`robustness (park sample, ${model.units.length} units, ${model.inputs.length} inputs):`);
  say(`  Monte Carlo 10,000 runs: ${(mcMs / 1000).toFixed(2)} s (${rate(10_000, mcMs)}; goal < 2 s)`);
  say(`  Sobol N = 1,024, ${sobol.runs.toLocaleString('en')} runs with 100 bootstrap resamples: ${(sobolMs / 1000).toFixed(2)} s (${rate(sobol.runs, sobolMs)}; goal < 3 s)`);
  say(`  baseline, scoreUnits per run: ${rate(200, baseMs)} — 10,000 runs would take ${((baseMs / 200) * 10).toFixed(1)} s (fast path ${((baseMs / 200) * 10_000 / mcMs).toFixed(0)}× faster)`);
  return lines;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await printRobustnessBench();
