/// <reference lib="webworker" />
// The module worker that reads and validates the analyst's files and computes the indicators, so that the page never
// freezes while a large file loads. Scoring stays on the page: it is fast and reruns on every edit of the scheme.
import { computeIndicators, indicatorEvidence, loadDataSet, type DatasetTables } from '@fazhi/core';
import { ISSUE_PAGE, type EvidenceReply, type EvidenceRequest, type LoadReply, type LoadRequest } from './load-protocol.ts';
import { pageRecords } from './page-datasets.ts';
import { loadOpenCC } from '../script/opencc-on-demand.ts';

declare const self: DedicatedWorkerGlobalScope;

const post = (reply: LoadReply | EvidenceReply): void => self.postMessage(reply);

// The loader compares names in Simplified: that dictionary is fetched as soon as the worker starts (LoadClient.start),
// alongside the page's reading of the files, and awaited by each load (a failure is reported by the load).
const simplified = loadOpenCC(['t2cn']);
simplified.catch(() => {});

// The records of the last data set loaded, kept for the evidence requests (the records behind a number).
let records: DatasetTables | null = null;

self.addEventListener('message', (event: MessageEvent<LoadRequest | EvidenceRequest>) => {
  if (event.data.type === 'evidence') {
    const { id, query } = event.data;
    try {
      if (records === null) throw new Error('no data set loaded');
      const { indicator, unit, year, dimension, item } = query;
      post({ type: 'evidence', id, evidence: indicatorEvidence(records, indicator, unit, year, { ...(dimension === undefined ? {} : { dimension }), ...(item === undefined ? {} : { item }) }) });
    } catch (error) {
      post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  const { id, files, columnMap } = event.data;
  void (async () => {
    try {
      await simplified;
      const data = await loadDataSet(files, { columnMap, onProgress: (progress) => post({ type: 'progress', id, progress }) });
      const { rows } = computeIndicators(data.records);
      records = data.records;
      // Issues go over in pages, so that no single message keeps the page busy (see ISSUE_PAGE); the last page rides with the result.
      const last = Math.max(0, Math.ceil(data.issues.length / ISSUE_PAGE) - 1) * ISSUE_PAGE;
      for (let start = 0; start < last; start += ISSUE_PAGE) post({ type: 'issues', id, issues: data.issues.slice(start, start + ISSUE_PAGE) });
      post({ type: 'done', id, result: { files: data.files, issues: data.issues.slice(last), records: pageRecords(data.records), rows } });
    } catch (error) {
      post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
