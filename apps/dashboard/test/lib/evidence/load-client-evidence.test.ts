import type { IndicatorEvidence, InputFile } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { LoadClient } from '../../../src/lib/load/load-client.ts';
import type { EvidenceReply, EvidenceRequest } from '../../../src/lib/load/load-protocol.ts';
import { EMPTY_RESULT as RESULT, FakeWorker, useFakeWorker } from '../load/fake-worker.ts';

const file: InputFile = { name: 'litigation.csv', bytes: new Uint8Array([1]) };
const EVIDENCE: IndicatorEvidence[] = [{ row: { indicator: 'litigation.lost_cases', unit: '*', year: 2019, numerator: 1, denominator: null, value: 1 }, numerator: [], denominator: null }];

describe('LoadClient.evidence', () => {
  useFakeWorker();

  it('rejects before any load: no worker holds records', async () => {
    await expect(new LoadClient().evidence({ indicator: 'litigation.lost_cases', unit: '*', year: 2019 })).rejects.toThrow('no data set loaded');
  });

  it('asks the load\'s worker with its own id and resolves with its answer, ignoring answers to other requests', async () => {
    const client = new LoadClient();
    const loading = client.load([file]);
    const worker = FakeWorker.made[0]!;
    worker.reply({ type: 'done', id: worker.sent[0]!.request.id, result: RESULT });
    await loading;
    const asked = client.evidence({ indicator: 'litigation.lost_cases', unit: '*', year: 2019 });
    const request = worker.sent[1]!.request as EvidenceRequest;
    expect(request).toEqual({ type: 'evidence', id: request.id, query: { indicator: 'litigation.lost_cases', unit: '*', year: 2019 } });
    expect(request.id).not.toBe(worker.sent[0]!.request.id);
    worker.reply({ type: 'evidence', id: request.id + 1, evidence: [] } satisfies EvidenceReply);
    worker.reply({ type: 'evidence', id: request.id, evidence: EVIDENCE } satisfies EvidenceReply);
    await expect(asked).resolves.toEqual(EVIDENCE);
    const failing = client.evidence({ indicator: 'litigation.lost_cases', unit: '*', year: 1990 });
    worker.reply({ type: 'error', id: (worker.sent[2]!.request as EvidenceRequest).id, message: 'no data set loaded' } satisfies EvidenceReply);
    await expect(failing).rejects.toThrow('no data set loaded');
  });
});
