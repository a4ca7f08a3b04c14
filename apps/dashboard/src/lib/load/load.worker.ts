/// <reference lib="webworker" />
// The module worker that reads and validates the analyst's files and computes the indicators, so that the page never
// freezes while a large file loads. Scoring stays on the page: it is fast and reruns on every edit of the scheme.
import { computeIndicators, loadDataSet } from '@fazhi/core';
import type { LoadReply, LoadRequest } from './load-protocol.ts';
import { pageRecords } from './page-datasets.ts';

declare const self: DedicatedWorkerGlobalScope;

const post = (reply: LoadReply): void => self.postMessage(reply);

self.addEventListener('message', (event: MessageEvent<LoadRequest>) => {
  const { id, files, columnMap } = event.data;
  void (async () => {
    try {
      const data = await loadDataSet(files, { columnMap, onProgress: (progress) => post({ type: 'progress', id, progress }) });
      const { rows } = computeIndicators(data.records);
      post({ type: 'done', id, result: { files: data.files, issues: data.issues, records: pageRecords(data.records), rows } });
    } catch (error) {
      post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
