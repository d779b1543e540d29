/**
 * The gateway's per-process memory for /metrics, asked of root over IPC: one request in flight,
 * answers cached briefly, and a root that does not answer in time costs one short timeout and an
 * empty answer (the scrape still shows the gateway's own memory).
 */
import { expect } from 'chai';
import { MaculaError } from '../../lib/errors/index.js';
import { processMemoryFromRoot } from '../../lib/gateway/index.js';
import type { Envelope, IpcBody } from '../../lib/ipc/index.js';

function fakeChannel(answer: () => Promise<Envelope>) {
  let requests = 0;
  return {
    get requests() {
      return requests;
    },
    closed: false,
    request: (_to: string, _body: IpcBody, _timeoutMs?: number) => {
      requests++;
      return answer();
    },
  };
}

const reply = (rows: Array<{ id: string; memory: number }>) =>
  ({ describeReply: { supervisor: { id: 'macula_root', children: rows } } }) as unknown as Envelope;

describe('gateway: per-process memory from root', () => {
  it('maps root\'s rows to process → rss, skipping rows without memory', async () => {
    const ch = fakeChannel(async () => reply([{ id: 'root', memory: 100 }, { id: 'peer:1', memory: 200 }, { id: 'gateway', memory: 0 }]));
    const read = processMemoryFromRoot(ch);
    expect(await read()).to.deep.equal({ root: { rss: 100 }, 'peer:1': { rss: 200 } });
  });

  it('concurrent reads share one request and a second read within the cache time asks nothing', async () => {
    const ch = fakeChannel(async () => reply([{ id: 'root', memory: 1 }]));
    const read = processMemoryFromRoot(ch, 500, 1000);
    await Promise.all([read(), read(), read()]);
    await read();
    expect(ch.requests).to.equal(1);
  });

  it('a failing or timed-out request yields an empty answer, and the next read asks again', async () => {
    const ch = fakeChannel(() => Promise.reject(new MaculaError('timeout', 'root did not answer')));
    const read = processMemoryFromRoot(ch, 50, 1000);
    expect(await read()).to.deep.equal({});
    expect(await read()).to.deep.equal({});
    expect(ch.requests).to.equal(2);
  });
});
