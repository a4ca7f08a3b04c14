import type { RobustnessReport } from '@fazhi/core';
import type { RobustnessReply, RobustnessRequest } from './robustness-protocol.ts';

/** Rejection reason of an analysis the user cancelled. */
export class RobustnessCancelled extends Error {
  constructor() {
    super('robustness analysis cancelled');
    this.name = 'RobustnessCancelled';
  }
}

/** What the client hands on while an analysis runs: progress, and snapshots of the report. */
export interface RobustnessListener {
  /** Runs done of runs due. */
  onProgress?: (done: number, total: number) => void;
  /** The report over the runs so far. */
  onSnapshot?: (report: RobustnessReport, done: number, total: number) => void;
}

/**
 * Runs robustness analyses in a module worker (robustness.worker.ts, built by
 * Vite as a file of the app's origin, as the strict CSP wants), one at a time.
 * `cancel()` terminates the worker — the analysis is one loop, so there is no
 * gentler way to stop it — and the next analysis starts a fresh one.
 *
 * @example
 * const client = new RobustnessClient();
 * const report = await client.run(request, { onSnapshot: (r, done, total) => console.log(done, total, r.units[0]?.sentence.en) });
 */
export class RobustnessClient {
  #worker: Worker | null = null;
  #next = 1;
  #pending: { reject: (reason: unknown) => void } | null = null;

  /** Starts an analysis (cancelling one under way); resolves with the final report. */
  run(request: Omit<RobustnessRequest, 'type' | 'id'>, listener: RobustnessListener = {}): Promise<RobustnessReport> {
    this.cancel();
    const worker = (this.#worker ??= new Worker(new URL('./robustness.worker.ts', import.meta.url), { type: 'module' }));
    const id = this.#next++;
    return new Promise<RobustnessReport>((resolve, reject) => {
      this.#pending = { reject };
      const finish = (): void => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        this.#pending = null;
      };
      const onMessage = (event: MessageEvent<RobustnessReply>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if (reply.type === 'progress') listener.onProgress?.(reply.done, reply.total);
        else if (reply.type === 'snapshot') {
          listener.onProgress?.(reply.done, reply.total);
          listener.onSnapshot?.(reply.report, reply.done, reply.total);
        } else {
          finish();
          if (reply.type === 'done') resolve(reply.report);
          else reject(new Error(reply.message));
        }
      };
      const onError = (event: ErrorEvent) => {
        finish();
        reject(new Error(event.message || 'robustness worker failed'));
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      const message: RobustnessRequest = { type: 'run', id, ...request };
      worker.postMessage(message);
    });
  }

  /** Stops the analysis under way, if any; its promise rejects with {@link RobustnessCancelled}. */
  cancel(): void {
    if (this.#pending === null) return;
    this.#pending.reject(new RobustnessCancelled());
    this.#pending = null;
    this.#worker?.terminate();
    this.#worker = null;
  }
}
