/**
 * Child-process entry: runs one engine over one file set and writes an
 * EngineRun as JSON. Each run gets a fresh process so that its peak RSS
 * (the kernel's maxrss) is its own and one engine's garbage never weighs on
 * another's timing.
 *
 * Usage: node --expose-gc --import tsx bench/src/engine-process.ts '<EngineJob JSON>'
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { IndicatorRow } from '../../packages/core/src/indicators/indicator-row.ts';
import type { EngineJob, EngineRun } from './engine-run.ts';

const job = JSON.parse(process.argv[2] ?? '') as EngineJob;
/** fazhi and DuckDB both read the files through fazhi's loader, with the scan worker unless FAZHI_BENCH_SCAN_WORKER=0. */
const loads = job.engine === 'fazhi' || job.engine === 'duckdb';
// Their files lie in SharedArrayBuffers, which the scan worker reads in place (a copy to the worker would cost time).
const inMemory = (bytes: Uint8Array) => {
  if (!loads || process.env.FAZHI_BENCH_SCAN_WORKER === '0') return new Uint8Array(bytes);
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  shared.set(bytes);
  return shared;
};
const files = job.files.map((path) => ({ name: basename(path), bytes: inMemory(readFileSync(path)) }));
const bytes = files.reduce((n, f) => n + f.bytes.byteLength, 0);
let records = 0;
for (const f of files) {
  // Records = line breaks outside quotes, minus the header; the generator ends every file with CRLF.
  let inQuotes = false;
  let lines = 0;
  const b = f.bytes;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 34) inQuotes = !inQuotes;
    else if (c === 10 && !inQuotes) lines++;
  }
  records += Math.max(0, lines - 1);
}

let phases: Record<string, number> | undefined;
let scanner: import('./worker-csv-scanner.ts').WorkerCsvScanner | null = null;
let duckdb: import('../../packages/cli/src/engine/duckdb-engine.ts').DuckdbEngine | null = null;

async function run(): Promise<IndicatorRow[]> {
  switch (job.engine) {
    case 'fazhi': {
      const { loadDataSet } = await import('../../packages/core/src/load/load-data-set.ts');
      const { computeIndicators } = await import('../../packages/core/src/indicators/compute-indicators.ts');
      const start = performance.now();
      // The worker scans the next files while this thread normalises the current one.
      const dataSet = await loadDataSet(files, scanner === null ? {} : { scanCsv: scanner.scan });
      const loaded = performance.now();
      const rows = computeIndicators(dataSet.records).rows;
      phases = { load: loaded - start, indicators: performance.now() - loaded };
      return rows;
    }
    case 'duckdb': {
      const { loadDataSet } = await import('../../packages/core/src/load/load-data-set.ts');
      const start = performance.now();
      const dataSet = await loadDataSet(files, scanner === null ? {} : { scanCsv: scanner.scan });
      const loaded = performance.now();
      if (duckdb === null) throw new Error('DuckDB could not be opened (is @duckdb/node-api installed?)');
      const { rows, timings } = await duckdb.compute(dataSet.records);
      phases = { load: loaded - start, ingest: timings.ingest, query: timings.query };
      return rows;
    }
    case 'parse': {
      const Papa = (await import('papaparse')).default;
      const { scanCsv } = await import('../../packages/core/src/io/scan-csv.ts');
      let cells = 0;
      for (const file of files) {
        const text = new TextDecoder('utf-8').decode(file.bytes);
        if (job.parser === 'scanCsv') {
          for (const row of scanCsv(text, ',')) cells += row.length;
        } else if (job.parser === 'papaparse') {
          for (const row of Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false }).data) cells += row.length;
        } else {
          const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
          cells += parsed.data.length * (parsed.meta.fields?.length ?? 0);
        }
      }
      if (cells === 0) throw new Error('nothing parsed');
      return [];
    }
  }
}

// Load the engine's modules before the clock starts: module loading is not the work being measured.
if (loads) {
  try {
    await import('../../packages/core/src/load/load-data-set.ts');
    await import('../../packages/core/src/indicators/compute-indicators.ts');
    // Like the modules, DuckDB's in-memory database is opened before the clock starts.
    if (job.engine === 'duckdb') {
      const { DuckdbEngine } = await import('../../packages/cli/src/engine/duckdb-engine.ts');
      duckdb = await DuckdbEngine.open();
    }
    // Like the modules, the scan worker is started (and has loaded its modules) before the clock starts.
    // FAZHI_BENCH_SCAN_WORKER=0 times fazhi on one thread, to set beside the worker on the same machine.
    if (process.env.FAZHI_BENCH_SCAN_WORKER !== '0') {
      const { WorkerCsvScanner } = await import('./worker-csv-scanner.ts');
      scanner = new WorkerCsvScanner();
      await scanner.ready;
    }
  } catch (error) {
    // A module that fails to load is reported by the run below; a worker that fails to start leaves the scan here.
    if (scanner !== null) {
      console.error(`scan worker failed to start, fazhi scans on its main thread: ${String(error)}`);
      scanner = null;
    }
  }
} else {
  await import('papaparse');
  await import('../../packages/core/src/io/scan-csv.ts');
}

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
gc?.();
const before = process.memoryUsage();
let peakHeap = before.heapUsed;
const sampler = setInterval(() => {
  const heap = process.memoryUsage().heapUsed;
  if (heap > peakHeap) peakHeap = heap;
}, 10);

const result: EngineRun = {
  engine: job.engine, files: job.files, bytes, records, ms: 0, cpuMs: 0, rssBefore: before.rss, peakRss: 0, peakHeap: 0,
  heapBefore: before.heapUsed, rows: [],
};
try {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const rows = await run();
  result.ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  result.cpuMs = (cpu.user + cpu.system) / 1000;
  result.rows = rows;
  if (phases !== undefined) result.phases = phases;
} catch (error) {
  result.error = error instanceof Error ? `${error.message}` : String(error);
}
clearInterval(sampler);
peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
result.peakHeap = peakHeap;
result.peakRss = process.resourceUsage().maxRSS * 1024;
await scanner?.close();
duckdb?.close();
writeFileSync(job.out, JSON.stringify(result));
process.exit(0);
