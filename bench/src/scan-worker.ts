/**
 * Worker-thread entry of {@link WorkerCsvScanner}: scans each CSV file it is
 * posted with `scanCsvFile` and posts back the packed columns (the ids
 * arrays transferred, not copied), or null when the file is to be read on
 * the main thread (a spreadsheet, the text path, an error: the main thread
 * then meets the error itself). Posts `{ ready: true }` once loaded.
 */
import { parentPort } from 'node:worker_threads';
import { scanCsvFile, type ScannedCsvFile } from '../../packages/core/src/load/read-csv-columns.ts';
import type { ScanRequest } from './worker-csv-scanner.ts';

const port = parentPort;
if (port === null) throw new Error('scan-worker.ts runs as a worker thread');
port.on('message', ({ id, file }: ScanRequest) => {
  let scanned: ScannedCsvFile | null = null;
  try {
    scanned = scanCsvFile(file);
  } catch {
    scanned = null;
  }
  const buffers = new Set<ArrayBuffer>();
  for (const column of scanned?.packed.columns ?? []) buffers.add(column.ids.buffer as ArrayBuffer);
  port.postMessage({ id, scanned }, [...buffers]);
});
port.postMessage({ ready: true });
