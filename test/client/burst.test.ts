/**
 * Issue 9 item 7, client side: a burst of publishes waits for room on the session stream (in
 * order, bounded by sendQueueBytes) instead of failing with the transport's `slow_consumer`
 * ("wait for 'drain'", which an application cannot do); a frame whose deadline passes while it
 * waits is taken back with `timeout`; and no write adds a listener (no MaxListenersExceededWarning).
 */
import { expect } from 'chai';
import type { Message } from '../../lib/client/index.js';
import { MaculaError } from '../../lib/errors/index.js';
import { cleanup, client, failure, startBroker, until } from './helpers.js';
import { ScriptedGateway } from './scriptedGateway.js';

const KB = 1024;

describe('client: bursts of publishes wait for room (issue 9 item 7)', function () {
  this.timeout(30_000);
  const gateways: ScriptedGateway[] = [];
  afterEach(async () => {
    await cleanup();
    await Promise.all(gateways.splice(0).map((g) => g.stop()));
  });

  it('Promise.all of 50 × 100 KB publishes resolves, in order, with none refused', async () => {
    const b = await startBroker();
    const pub = await client(b);
    const sub = await client(b, {}, 1);
    const got: number[] = [];
    await sub.subscribe('burst.big', (m: Message) => void got.push(m.data[0]!));
    let maxQueued = 0;
    const sampler = setInterval(() => (maxQueued = Math.max(maxQueued, pub.queuedBytes)), 1);
    const payloads = Array.from({ length: 50 }, (_, i) => new Uint8Array(100 * KB).fill(i));
    const results = await Promise.allSettled(payloads.map((p) => pub.publish('burst.big', p)));
    maxQueued = Math.max(maxQueued, pub.queuedBytes);
    clearInterval(sampler);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).to.deep.equal([]);
    expect(maxQueued, 'the burst went past the transport buffer into the send queue').to.be.greaterThan(0);
    await pub.publish('burst.big', new Uint8Array([255]), { ack: true });
    await until(() => got.length === 51, 10_000, 'all 50 delivered');
    expect(got).to.deep.equal([...Array.from({ length: 50 }, (_, i) => i), 255]);
  });

  it('beyond sendQueueBytes a publish is refused with too_many_waiting (never slow_consumer); the others still go out', async () => {
    const b = await startBroker();
    const pub = await client(b, { sendQueueBytes: 300 * KB });
    const sub = await client(b, {}, 1);
    let got = 0;
    await sub.subscribe('burst.capped', () => void got++);
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => pub.publish('burst.capped', new Uint8Array(100 * KB))));
    const codes = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code as string);
    const ok = results.length - codes.length;
    expect(codes.length, 'some were refused').to.be.greaterThan(0);
    expect(new Set(codes)).to.deep.equal(new Set(['too_many_waiting']));
    expect(ok, 'the transport buffer (1 MiB) plus the 300 KB queue went out').to.be.within(10, 20);
    await until(() => got === ok, 10_000, 'every accepted publish delivered');
  });

  it('a publish still waiting for room when its deadline passes is taken back with timeout', async () => {
    // A gateway that stops reading: QUIC flow control closes its window, the client's stream fills.
    const g = await ScriptedGateway.start((frame, s) => {
      s.stream.pause();
      s.accept(frame);
    });
    gateways.push(g);
    const c = await client(g);
    const fill = Array.from({ length: 40 }, () => c.publish('stall.x', new Uint8Array(100 * KB), { timeoutMs: 20_000 }).catch((e: MaculaError) => e));
    // Wait until the peer's flow-control window is used up: the queue stops shrinking.
    let last = -1;
    await until(async () => {
      const now = c.queuedBytes;
      const stable = now > 0 && now === last;
      last = now;
      await new Promise((r) => setTimeout(r, 100));
      return stable;
    }, 10_000, 'the queue stalled');
    const before = c.queuedBytes;
    const t0 = Date.now();
    const err = await failure(c.publish('stall.x', new Uint8Array(10 * KB), { timeoutMs: 200 }));
    expect(err.code).to.equal('timeout');
    expect(Date.now() - t0).to.be.within(150, 2000);
    expect(c.queuedBytes, 'its bytes left the queue').to.equal(before);
    await c.close();
    for (const e of await Promise.all(fill)) if (e !== undefined) expect(e).to.be.instanceOf(MaculaError).with.property('code', 'connection_closed');
  });

  it('a frame over the transport limit is frame_too_large at once, whether the stream has room or not', async () => {
    const b = await startBroker();
    const c = await client(b);
    expect((await failure(c.publish('big.one', new Uint8Array(2 * 1024 * KB)))).code).to.equal('frame_too_large');
    const burst = Array.from({ length: 30 }, () => c.publish('big.many', new Uint8Array(100 * KB)));
    expect(c.queuedBytes, 'the stream is full: frames queue').to.be.greaterThan(0);
    const err = await failure(c.call('big.call', new Uint8Array(2 * 1024 * KB), { timeout: 10_000 }));
    expect(err.code).to.equal('frame_too_large');
    await Promise.all(burst);
  });

  it('150 × 10 KB publishes (and 1,000 more) print no MaxListenersExceededWarning: no listener per write', async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error): void => void warnings.push(w);
    process.on('warning', onWarning);
    try {
      const b = await startBroker();
      const c = await client(b);
      await Promise.all(Array.from({ length: 150 }, () => c.publish('burst.small', new Uint8Array(10 * KB))));
      await Promise.all(Array.from({ length: 1000 }, () => c.publish('burst.small', new Uint8Array(10 * KB))));
      await c.publish('burst.small', 1, { ack: true });
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.map((w) => `${w.name}: ${w.message}`)).to.deep.equal([]);
  });
});
