import type { ColumnMap, IndicatorEvidence, InputFile, Issue, LoadProgress } from '@fazhi/core';
import type { EvidenceQuery } from '../evidence/evidence-query.ts';
import type { EvidenceReply, EvidenceRequest, LoadReply, LoadRequest, LoadResult } from './load-protocol.ts';

/** Rejection reason of a load the user cancelled. */
export class LoadCancelled extends Error {
  constructor() {
    super('load cancelled');
    this.name = 'LoadCancelled';
  }
}

/**
 * Runs loads in a module worker, one at a time; the issues arrive in pages and
 * are joined, in order, before the load resolves. `cancel()` terminates the
 * worker (a file is read in one go, so there is no gentler way to stop it
 * mid-file) and starts a fresh one for the next load.
 *
 * @example
 * const client = new LoadClient();
 * const result = await client.load(files, (p) => console.log(p.file, p.rows, p.rowsTotal));
 * const mapped = await client.load(files, () => {}, { columnMap: { enforcement_reviews: { 基本要求: 'basic_pass' } } });
 */
export class LoadClient {
  #worker: Worker | null = null;
  #next = 1;
  #pending: { id: number; reject: (reason: unknown) => void } | null = null;

  /**
   * Starts the worker now, before the first load: its code and the
   * dictionary the loader needs arrive while the caller is still reading
   * the files (the sample's first tiles come sooner).
   */
  start(): void {
    this.#worker ??= new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
  }

  /**
   * Loads the files; the bytes are copied for the worker, so the caller keeps
   * its own. `options.columnMap` (default `{}`) maps headers fazhi does not
   * know to columns, as core's `LoadOptions.columnMap`.
   */
  load(files: readonly InputFile[], onProgress: (progress: LoadProgress) => void = () => {}, options: { columnMap?: ColumnMap } = {}): Promise<LoadResult> {
    this.cancel();
    this.start();
    const worker = this.#worker!;
    const id = this.#next++;
    return new Promise<LoadResult>((resolve, reject) => {
      this.#pending = { id, reject };
      /** The pages of issues received before the result (see ISSUE_PAGE). */
      const pages: Issue[][] = [];
      const onMessage = (event: MessageEvent<LoadReply>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if (reply.type === 'progress') {
          onProgress(reply.progress);
          return;
        }
        if (reply.type === 'issues') {
          pages.push(reply.issues);
          return;
        }
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        this.#pending = null;
        if (reply.type === 'done') resolve(pages.length === 0 ? reply.result : { ...reply.result, issues: [...pages.flat(), ...reply.result.issues] });
        else reject(new Error(reply.message));
      };
      const onError = (event: ErrorEvent) => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        this.#pending = null;
        reject(new Error(event.message || 'load worker failed'));
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      const request: LoadRequest = { type: 'load', id, files: files.map((f) => ({ ...f, bytes: f.bytes.slice() })), columnMap: options.columnMap ?? {} };
      worker.postMessage(request, request.files.map((f) => f.bytes.buffer));
    });
  }

  /**
   * The records behind one number of the data set loaded last (core's
   * `IndicatorEvidence`, one entry per row), found in the worker that holds
   * the records. Rejects when no load has finished in the current worker
   * (none yet, or the last one was cancelled).
   */
  evidence(query: EvidenceQuery): Promise<IndicatorEvidence[]> {
    const worker = this.#worker;
    if (worker === null) return Promise.reject(new Error('no data set loaded'));
    const id = this.#next++;
    return new Promise<IndicatorEvidence[]>((resolve, reject) => {
      const onMessage = (event: MessageEvent<EvidenceReply>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        worker.removeEventListener('message', onMessage);
        if (reply.type === 'evidence') resolve(reply.evidence);
        else reject(new Error(reply.message));
      };
      worker.addEventListener('message', onMessage);
      const request: EvidenceRequest = { type: 'evidence', id, query: { ...query } };
      worker.postMessage(request);
    });
  }

  /** Stops the load in progress, if any; its promise rejects with {@link LoadCancelled}. */
  cancel(): void {
    if (this.#pending === null) return;
    this.#pending.reject(new LoadCancelled());
    this.#pending = null;
    this.#worker?.terminate();
    this.#worker = null;
  }
}
