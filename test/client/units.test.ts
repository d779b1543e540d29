import { expect } from 'chai';
import { MaculaError } from '../../lib/errors/index.js';
import { backoffDelayMs, connect, defineService, Subscription } from '../../lib/client/index.js';
import { PendingRequests } from '../../lib/client/PendingRequests.js';
import { Restore, type RestoreItem } from '../../lib/client/Restore.js';
import { WaitQueue } from '../../lib/client/WaitQueue.js';
import { readvertiseIntervalMs } from '../../lib/client/Provider.js';
import { DeliveredMessage } from '../../lib/client/Message.js';
import type { Message } from '../../lib/client/types.js';

const enc = new TextEncoder();
const msg = (n: number): Message => new DeliveredMessage('t.x', enc.encode(JSON.stringify(n)), 'p');

function subscription(buffer: number, overflow: 'drop-oldest' | 'drop-newest' = 'drop-oldest', callback?: (m: Message) => unknown) {
  const errors: MaculaError[] = [];
  let unsubscribed = 0;
  const owner = {
    unsubscribe: async (s: Subscription) => {
      unsubscribed++;
      s.end();
    },
    reportError: (e: MaculaError) => errors.push(e),
  };
  const sub = new Subscription(1, 't.*', owner, buffer, overflow, callback as never);
  return { sub, errors, unsubscribed: () => unsubscribed };
}

describe('client units: reconnect backoff', () => {
  const opts = { initialDelayMs: 100, maxDelayMs: 1000 };

  it('doubles per attempt, within [d/2, d], and never exceeds the cap', () => {
    expect(backoffDelayMs(0, opts, () => 0)).to.equal(50);
    expect(backoffDelayMs(0, opts, () => 0.999999)).to.equal(100);
    expect(backoffDelayMs(1, opts, () => 0)).to.equal(100);
    expect(backoffDelayMs(3, opts, () => 0.999999)).to.equal(800);
    expect(backoffDelayMs(4, opts, () => 0.999999)).to.equal(1000);
    expect(backoffDelayMs(1000, opts, () => 0.999999)).to.equal(1000);
  });

  it('is jittered: many clients do not pick the same delay', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelayMs(5, opts)));
    expect(delays.size).to.be.greaterThan(10);
    for (const d of delays) expect(d).to.be.within(500, 1000);
  });
});

describe('client units: subscription buffer', () => {
  it('yields messages in order through the async iterator', async () => {
    const { sub } = subscription(10);
    for (let i = 0; i < 3; i++) sub.push(msg(i));
    const got: number[] = [];
    for await (const m of sub) {
      got.push(m.json<number>());
      if (got.length === 3) break;
    }
    expect(got).to.deep.equal([0, 1, 2]);
  });

  it('drop-oldest keeps the newest `buffer` messages and counts the dropped ones', async () => {
    const { sub } = subscription(3, 'drop-oldest');
    for (let i = 0; i < 10; i++) sub.push(msg(i));
    expect(sub.pending).to.equal(3);
    expect(sub.dropped).to.equal(7);
    const got = [(await sub.next()).value.json(), (await sub.next()).value.json(), (await sub.next()).value.json()];
    expect(got).to.deep.equal([7, 8, 9]);
  });

  it('drop-newest keeps the first `buffer` messages', async () => {
    const { sub } = subscription(3, 'drop-newest');
    for (let i = 0; i < 10; i++) sub.push(msg(i));
    expect(sub.dropped).to.equal(7);
    expect((await sub.next()).value.json()).to.equal(0);
  });

  it('a waiting reader gets a message directly, without buffering', async () => {
    const { sub } = subscription(1);
    const next = sub.next();
    sub.push(msg(42));
    expect((await next).value.json()).to.equal(42);
    expect(sub.pending).to.equal(0);
  });

  it('breaking out of for-await unsubscribes', async () => {
    const { sub, unsubscribed } = subscription(5);
    sub.push(msg(1));
    for await (const _ of sub) break;
    expect(unsubscribed()).to.equal(1);
    expect(sub.closed).to.equal(true);
  });

  it('end() finishes a waiting reader; end(error) makes the next read throw it once', async () => {
    const a = subscription(5).sub;
    const pending = a.next();
    a.end();
    expect((await pending).done).to.equal(true);
    const b = subscription(5).sub;
    b.end(new MaculaError('connection_closed', 'lost'));
    const err = await b.next().catch((e) => e);
    expect(err).to.be.instanceOf(MaculaError).with.property('code', 'connection_closed');
    expect((await b.next()).done).to.equal(true);
  });

  it('runs an async callback one message at a time and reports a throwing callback', async () => {
    const seen: number[] = [];
    let active = 0;
    let maxActive = 0;
    const { sub, errors } = subscription(100, 'drop-oldest', async (m) => {
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise((r) => setTimeout(r, 2));
      active--;
      const n = m.json<number>();
      seen.push(n);
      if (n === 2) throw new Error('boom');
    });
    for (let i = 0; i < 5; i++) sub.push(msg(i));
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).to.deep.equal([0, 1, 2, 3, 4]);
    expect(maxActive).to.equal(1);
    expect(errors).to.have.length(1);
    expect(errors[0]!.message).to.contain('boom');
    expect(await sub.next().catch((e) => e.code)).to.equal('usage');
  });

  it('rejects a buffer that is not a positive integer', () => {
    expect(() => subscription(0)).to.throw(MaculaError).with.property('code', 'invalid_config');
  });
});

describe('client units: pending requests', () => {
  it('is bounded: beyond max, open() throws too_many_pending_calls', async () => {
    const p = new PendingRequests(2);
    const a = p.open('a', 1000, 'timeout', () => undefined);
    const b = p.open('b', 1000, 'timeout', () => undefined);
    expect(() => p.open('c', 1000, 'timeout', () => undefined)).to.throw(MaculaError).with.property('code', 'too_many_pending_calls');
    p.failAll((what) => new MaculaError('connection_closed', what));
    for (const x of [a, b]) expect(await x.catch((e) => e.code)).to.equal('connection_closed');
    expect(p.size).to.equal(0);
  });

  it('each request has its own timer, and a late answer is ignored', async () => {
    const p = new PendingRequests(10);
    let id = 0;
    const t0 = Date.now();
    const r = p.open('slow', 30, 'timeout', (i) => (id = i));
    expect(await r.catch((e) => e.code)).to.equal('timeout');
    expect(Date.now() - t0).to.be.within(25, 500);
    expect(p.settle(id, { kind: 'ok', value: 1 })).to.equal(false);
  });

  it('settles by correlation id, never 0, unique among outstanding ones', async () => {
    const p = new PendingRequests(10);
    const ids: number[] = [];
    const rs = [1, 2, 3].map((n) => p.open<number>(`r${n}`, 1000, 'timeout', (i) => ids.push(i)));
    expect(new Set(ids).size).to.equal(3);
    expect(ids).to.not.include(0);
    p.settle(ids[1]!, { kind: 'ok', value: 'two' });
    p.settle(ids[0]!, { kind: 'error', error: new MaculaError('no_providers', 'none') });
    p.settle(ids[2]!, { kind: 'ok', value: 'three' });
    expect(await rs[1]).to.equal('two');
    expect(await rs[0]!.catch((e) => e.code)).to.equal('no_providers');
    expect(await rs[2]).to.equal('three');
  });

  it('a send that throws removes the entry and rejects', async () => {
    const p = new PendingRequests(10);
    const r = p.open('x', 1000, 'timeout', () => {
      throw new MaculaError('connection_closed', 'gone');
    });
    expect(await r.catch((e) => e.code)).to.equal('connection_closed');
    expect(p.size).to.equal(0);
  });
});

describe('client units: advertisements and service modules', () => {
  it('re-advertises TTL − 60 s for long TTLs and at half the TTL for short ones', () => {
    expect(readvertiseIntervalMs(300_000)).to.equal(240_000);
    expect(readvertiseIntervalMs(120_000)).to.equal(60_000);
    expect(readvertiseIntervalMs(1_000)).to.equal(500);
  });

  it('defineService validates procedure names and patterns up front', () => {
    expect(() => defineService({ procedures: { 'bad..name': async () => 1 } })).to.throw(MaculaError).with.property('code', 'invalid_procedure');
    expect(() => defineService({ subscriptions: { 'a.b*': async () => undefined } })).to.throw(MaculaError).with.property('code', 'invalid_topic');
    expect(() => defineService({ procedures: { 'a.b': 42 as never } })).to.throw(MaculaError).with.property('code', 'usage');
    const ok = defineService({ procedures: { 'a.b': async (x: unknown) => x } });
    expect(ok.procedures).to.have.property('a.b');
  });
});

describe('client units: connect without a gateway', function () {
  this.timeout(15_000);

  it('rejects with connection_refused when nobody answers, and closes its endpoint', async () => {
    const t0 = Date.now();
    const err = await connect('quic://127.0.0.1:9', { connectTimeoutMs: 300 }).catch((e) => e);
    expect(err).to.be.instanceOf(MaculaError);
    expect(['connection_refused', 'transport_error']).to.include(err.code);
    expect(Date.now() - t0).to.be.below(5000);
  });

  it('rejects a URL that is not quic://host:port with invalid_config', async () => {
    const err = await connect('http://127.0.0.1:1').catch((e) => e);
    expect(err).to.be.instanceOf(MaculaError).with.property('code', 'invalid_config');
  });
});

describe('client units: operations waiting for a session (WaitQueue)', () => {
  it('runs waiters in arrival order on release, and refuses beyond maxWaiting with too_many_waiting', () => {
    const q = new WaitQueue<string>(3, 1000);
    const ran: string[] = [];
    for (const name of ['a', 'b', 'c']) q.add(name, 10_000, 0, (s) => ran.push(`${name}@${s}`), () => undefined);
    expect(() => q.add('d', 10_000, 0, () => undefined, () => undefined)).to.throw(MaculaError).with.property('code', 'too_many_waiting');
    q.release('s1');
    expect(ran).to.deep.equal(['a@s1', 'b@s1', 'c@s1']);
    expect(q.size).to.equal(0);
  });

  it('bounds the payload bytes waiting (one operation may always wait alone)', () => {
    const q = new WaitQueue<string>(10, 100);
    q.add('big', 10_000, 500, () => undefined, () => undefined);
    expect(() => q.add('more', 10_000, 1, () => undefined, () => undefined)).to.throw(MaculaError).with.property('code', 'too_many_waiting');
    q.failAll((what) => new MaculaError('not_connected', what));
    q.add('a', 10_000, 60, () => undefined, () => undefined);
    expect(() => q.add('b', 10_000, 60, () => undefined, () => undefined)).to.throw(MaculaError);
    expect(q.bytes).to.equal(60);
    q.failAll((what) => new MaculaError('not_connected', what));
  });

  it('a waiter whose deadline passes fails with timeout and leaves the queue', async () => {
    const q = new WaitQueue<string>(10, 1000);
    const failed = new Promise<MaculaError>((resolve) => q.add('slow', 30, 10, () => undefined, resolve));
    expect((await failed).code).to.equal('timeout');
    expect(q.size).to.equal(0);
    expect(q.bytes).to.equal(0);
  });
});

describe('client units: the paced restore (Restore)', () => {
  function items(n: number, answer: (i: number, attempt: number) => Promise<void>, dropped: string[] = []): RestoreItem[] {
    return Array.from({ length: n }, (_, i) => {
      let attempt = 0;
      return { what: `item ${i}`, live: () => true, request: () => answer(i, attempt++), drop: (e: MaculaError) => void dropped.push(`${i}:${e.code}`) };
    });
  }
  const retry = { initialDelayMs: 5, maxDelayMs: 20 };

  it('keeps at most `window` requests in flight and finishes once all are answered', async () => {
    let inFlight = 0;
    let max = 0;
    const answer = async (): Promise<void> => {
      max = Math.max(max, ++inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
    };
    await new Promise<void>((done) => new Restore(items(100, answer), { window: 8, retry, active: () => true, done }).start());
    expect(max).to.equal(8);
  });

  it('retries a retryable failure (pausing the whole restore), drops a refusal for good', async () => {
    const dropped: string[] = [];
    const answer = async (i: number, attempt: number): Promise<void> => {
      if (i === 1 && attempt < 2) throw new MaculaError('process_unavailable', 'restarting');
      if (i === 2) throw new MaculaError('invalid_topic', 'no');
    };
    let r: Restore | undefined;
    await new Promise<void>((done) => (r = new Restore(items(4, answer, dropped), { window: 2, retry, active: () => true, done })).start());
    expect(r!.retries).to.equal(2);
    expect(dropped).to.deep.equal(['2:invalid_topic']);
    expect(r!.remaining).to.equal(0);
  });

  it('stops without finishing when the session is gone', async () => {
    let active = true;
    let finished = false;
    const r = new Restore(items(10, () => new Promise((resolve) => setTimeout(resolve, 5))), { window: 2, retry, active: () => active, done: () => (finished = true) });
    r.start();
    active = false;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(finished).to.equal(false);
  });
});
