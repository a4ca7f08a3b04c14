import { afterEach, beforeEach } from 'vitest';
import type { EvidenceRequest, LoadRequest, LoadResult } from '../../../src/lib/load/load-protocol.ts';

/**
 * Stands in for the load module worker in LoadClient's tests: records what
 * it is sent (`sent`, with the transfer list), answers when the test says
 * (`reply`), and remembers whether it was terminated. Every worker made is in
 * `FakeWorker.made`, in order.
 */
export class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  sent: { request: LoadRequest | EvidenceRequest; transfer: Transferable[] }[] = [];
  terminated = false;
  constructor(readonly url: URL, readonly options: WorkerOptions) {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(request: LoadRequest | EvidenceRequest, transfer: Transferable[] = []): void {
    this.sent.push({ request, transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(reply: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data: reply }));
  }
}

/** Puts {@link FakeWorker} in place of `Worker` for each test of the calling file, with no worker made yet. */
export function useFakeWorker(): void {
  const original = globalThis.Worker;
  beforeEach(() => {
    FakeWorker.made = [];
    (globalThis as { Worker: unknown }).Worker = FakeWorker;
  });
  afterEach(() => {
    (globalThis as { Worker: unknown }).Worker = original;
  });
}

/** A load's result with nothing in it. */
export const EMPTY_RESULT: LoadResult = { files: [], issues: [], rows: [], records: { safety_incidents: [], units: [], economy: [], business_environment: [], activities: [] } };
