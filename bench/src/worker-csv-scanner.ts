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
 * cores. A file's bytes are copied to the worker unless they lie in a
 * `SharedArrayBuffer`, which the worker reads in place. The worker starts
 * with the scanner (`ready` settles once its modules are loaded); `close`
 * ends it.
 *
 * @example
 * const scanner = new WorkerCsvScanner();
 * await scanner.ready;
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
  /** Settles once the worker has loaded its modules and listens; rejects if it fails to start. */
  readonly ready: Promise<void>;

  constructor() {
    this.ready = new Promise((resolve, reject) => {
      this.#worker.on('message', (message: { ready: true } | { id: number; scanned: ScannedCsvFile | null }) => {
        if ('ready' in message) {
          resolve();
          return;
        }
        this.#pending.get(message.id)?.resolve(message.scanned);
        this.#pending.delete(message.id);
      });
      this.#worker.on('error', (error) => {
        reject(error);
        for (const p of this.#pending.values()) p.reject(error);
        this.#pending.clear();
      });
    });
    // A failed start also rejects every scan, which the loader turns into reading the file itself.
    this.ready.catch(() => undefined);
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
