import type { InputFile } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { LoadCancelled, LoadClient } from '../../../src/lib/load/load-client.ts';
import type { LoadReply, LoadRequest } from '../../../src/lib/load/load-protocol.ts';
import { EMPTY_RESULT as RESULT, FakeWorker, useFakeWorker } from './fake-worker.ts';

const file = (name: string): InputFile => ({ name, bytes: new Uint8Array([1, 2, 3]) });

describe('LoadClient', () => {
  useFakeWorker();

  it('starts a module worker, transfers copies of the bytes (the caller keeps its own), forwards progress and resolves with the result', async () => {
    const client = new LoadClient();
    const input = file('litigation.csv');
    const progress: number[] = [];
    const loading = client.load([input], (p) => progress.push(p.rows));
    const worker = FakeWorker.made[0]!;
    expect(worker.options.type).toBe('module');
    const { transfer } = worker.sent[0]!;
    const request = worker.sent[0]!.request as LoadRequest;
    expect(request.files[0]?.bytes).not.toBe(input.bytes);
    expect(transfer).toEqual([request.files[0]?.bytes.buffer]);
    worker.reply({ type: 'progress', id: request.id, progress: { file: 'litigation.csv', done: 0, total: 1, rows: 65536, rowsTotal: 200001 } });
    worker.reply({ type: 'done', id: request.id, result: RESULT });
    await expect(loading).resolves.toBe(RESULT);
    expect(progress).toEqual([65536]);
    expect(input.bytes).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('joins the issues the worker sends in pages, in order, before the issues of the result', async () => {
    const client = new LoadClient();
    const loading = client.load([file('a.csv')]);
    const worker = FakeWorker.made[0]!;
    const id = worker.sent[0]!.request.id;
    const issue = (row: number) => ({ severity: 'warning' as const, code: 'value.control', file: 'a.csv', row, column: 'x', value: null, message: { 'zh-Hant': '', 'zh-Hans': '', en: '' } });
    worker.reply({ type: 'issues', id, issues: [issue(1), issue(2)] });
    worker.reply({ type: 'issues', id: id + 100, issues: [issue(99)] });
    worker.reply({ type: 'issues', id, issues: [issue(3)] });
    worker.reply({ type: 'done', id, result: { ...RESULT, issues: [issue(4)] } });
    expect((await loading).issues.map((i) => i.row)).toEqual([1, 2, 3, 4]);
  });

  it('rejects with the worker\'s message when the load fails', async () => {
    const client = new LoadClient();
    const loading = client.load([file('a.csv')]);
    const worker = FakeWorker.made[0]!;
    worker.reply({ type: 'error', id: worker.sent[0]!.request.id, message: 'out of memory' });
    await expect(loading).rejects.toThrow('out of memory');
  });

  it('cancel rejects the load with LoadCancelled, terminates the worker, and the next load gets a fresh worker', async () => {
    const client = new LoadClient();
    const first = client.load([file('big.csv')]);
    client.cancel();
    await expect(first).rejects.toBeInstanceOf(LoadCancelled);
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    const second = client.load([file('small.csv')]);
    expect(FakeWorker.made).toHaveLength(2);
    const worker = FakeWorker.made[1]!;
    worker.reply({ type: 'done', id: worker.sent[0]!.request.id, result: RESULT });
    await expect(second).resolves.toBe(RESULT);
  });

  it('a new load cancels the one under way, and answers to the old request are ignored', async () => {
    const client = new LoadClient();
    const first = client.load([file('a.csv')]);
    const oldId = FakeWorker.made[0]!.sent[0]!.request.id;
    const second = client.load([file('b.csv')]);
    await expect(first).rejects.toBeInstanceOf(LoadCancelled);
    const worker = FakeWorker.made.at(-1)!;
    worker.reply({ type: 'done', id: oldId, result: { ...RESULT, rows: [] } });
    worker.reply({ type: 'done', id: worker.sent.at(-1)!.request.id, result: RESULT });
    // The same object, not the stale answer's.
    await expect(second).resolves.toBe(RESULT);
  });

  it('sends the column map with the files (none when not given), for the worker to pass to loadDataSet', () => {
    const client = new LoadClient();
    void client.load([file('a.csv')]).catch(() => {});
    expect((FakeWorker.made[0]!.sent[0]!.request as LoadRequest).columnMap).toEqual({});
    const columnMap = { enforcement_reviews: { 基本要求: 'basic_pass' } };
    void client.load([file('a.csv')], () => {}, { columnMap }).catch(() => {});
    expect((FakeWorker.made.at(-1)!.sent.at(-1)!.request as LoadRequest).columnMap).toEqual(columnMap);
    client.cancel();
  });

  it('cancel with nothing loading does nothing', () => {
    const client = new LoadClient();
    expect(() => client.cancel()).not.toThrow();
    expect(FakeWorker.made).toHaveLength(0);
  });
});
