/// <reference lib="webworker" />
// The module worker of the Robustness view: thousands of scheme variants scored and ranked, so that the page never
// freezes. A snapshot goes to the page every few hundred runs; cancelling terminates the worker (see robustness-client.ts).
import { loadOpenCC } from '../script/opencc-on-demand.ts';
import type { RobustnessReply, RobustnessRequest } from './robustness-protocol.ts';
import { robustnessSteps } from './robustness-steps.ts';

declare const self: DedicatedWorkerGlobalScope;

const post = (reply: RobustnessReply): void => self.postMessage(reply);

self.addEventListener('message', (event: MessageEvent<RobustnessRequest>) => {
  // Scoring compares unit names in Simplified Chinese: the converter's dictionaries first (loaded once, as in load.worker.ts).
  void loadOpenCC(['t2cn']).then(() => analyse(event.data));
});

/** Runs one analysis, posting progress, snapshots and the final report (or the error). */
function analyse(request: RobustnessRequest): void {
  const { id, rows, scheme, stamp, year, unitRecords, runs, seed, sobol, every } = request;
  try {
    let lastProgress = 0;
    const onProgress = (done: number, total: number): void => {
      // The Sobol analysis reports every run: hand on a few hundred at a time.
      if (done - lastProgress >= every || done === total) {
        lastProgress = done;
        post({ type: 'progress', id, done, total });
      }
    };
    for (const step of robustnessSteps(rows, scheme, stamp, { year, unitRecords, runs, seed, sobol, every, onProgress })) {
      post(step.final ? { type: 'done', id, report: step.report } : { type: 'snapshot', id, done: step.done, total: step.total, report: step.report });
    }
  } catch (error) {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
}
