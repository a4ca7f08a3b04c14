import { Worker } from 'node:worker_threads';
import type { InputFile } from '../../packages/core/src/load/data-set.ts';
import type { ScannedCsvFile } from '../../packages/core/src/load/read-csv-columns.ts';

/**
 * A message to the scan worker: a file (its bytes are copied) and the id its answer carries.
 *
 * @example
 * const request: ScanRequest = { id: 1, file: { name: 'litigation.csv', bytes } };
 */
export interface ScanRequest {
  id: number;
  file: InputFile;
}

/**
 * `loadDataSet`'s `scanCsv` option on a Node worker thread: files are
 * scanned there one after another (`scanCsvFile`), so that the main thread
 * normalises a file while the worker scans the next — the load uses two
 * cores. The worker starts with the scanner; `close` ends it.
 *
 * @example
 * const scanner = new WorkerCsvScanner();
 * const dataSet = await loadDataSet(files, { scanCsv: scanner.scan });
 * await scanner.close();
 */
export class WorkerCsvScanner {
  // A worker does not inherit `--import tsx`: it registers tsx's loader itself, then imports the TypeScript entry.
  readonly #worker = new Worker(
    `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./scan-worker.ts', import.meta.url).href)}); });`,
    { eval: true },
  );
  readonly #pending = new Map<number, { resolve: (scanned: ScannedCsvFile | null) => void; reject: (error: unknown) => void }>();
  #next = 0;

  constructor() {
    this.#worker.on('message', ({ id, scanned }: { id: number; scanned: ScannedCsvFile | null }) => {
      this.#pending.get(id)?.resolve(scanned);
      this.#pending.delete(id);
    });
    this.#worker.on('error', (error) => {
      for (const p of this.#pending.values()) p.reject(error);
      this.#pending.clear();
    });
  }

  /** Scans a file on the worker: what `scanCsvFile(file)` gives there. */
  readonly scan = (file: InputFile): Promise<ScannedCsvFile | null> =>
    new Promise((resolve, reject) => {
      const id = this.#next++;
      this.#pending.set(id, { resolve, reject });
      const request: ScanRequest = { id, file: { name: file.name, bytes: file.bytes, ...(file.encoding !== undefined && { encoding: file.encoding }) } };
      this.#worker.postMessage(request);
    });

  /** Ends the worker. */
  async close(): Promise<void> {
    await this.#worker.terminate();
  }
}
