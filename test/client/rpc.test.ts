import { expect } from 'chai';
import { MaculaError } from '../../lib/errors/index.js';
import type { FrameCase } from '../../lib/protocol/index.js';
import { cleanup, client, failure, sleep, startBroker } from './helpers.js';

describe('client: RPC against a real broker', function () {
  this.timeout(20_000);
  afterEach(cleanup);

  it('call reaches an advertised handler on another client and returns its JSON result', async () => {
    const b = await startBroker();
    const [provider, caller] = [await client(b), await client(b, {}, 1)];
    await provider.advertise('demo.add', (args: { a: number; b: number }, ctx) => ({ sum: args.a + args.b, procedure: ctx.procedure }));
    expect(await caller.call('demo.add', { a: 2, b: 3 })).to.deep.equal({ sum: 5, procedure: 'demo.add' });
  });

  it('a handler that throws reaches the caller as handler_error with its message', async () => {
    const b = await startBroker();
    const c = await client(b);
    await c.advertise('demo.fail', async () => {
      throw new Error('the disk is full');
    });
    const err = await failure(c.call('demo.fail', {}));
    expect(err).to.be.instanceOf(MaculaError);
    expect(err.code).to.equal('handler_error');
    expect(err.message).to.contain('the disk is full');
  });

  it('a handler throwing a MaculaError passes its code on', async () => {
    const b = await startBroker();
    const c = await client(b);
    await c.advertise('demo.picky', (args: unknown) => {
      throw new MaculaError('invalid_args', `expected a number, got ${typeof args}`);
    });
    const err = await failure(c.call('demo.picky', 'x'));
    expect(err.code).to.equal('invalid_args');
    expect(err.message).to.contain('expected a number');
  });

  it('nobody serving the procedure fails at once with no_providers', async () => {
    const b = await startBroker();
    const c = await client(b);
    const t0 = Date.now();
    const err = await failure(c.call('demo.nobody', {}));
    expect(err.code).to.equal('no_providers');
    expect(Date.now() - t0).to.be.below(1000);
  });

  it('a call with a short timeout fails with timeout, not later than its deadline plus a grace', async () => {
    const b = await startBroker();
    const c = await client(b);
    await c.advertise('demo.slow', () => sleep(2000).then(() => 'late'));
    const t0 = Date.now();
    const err = await failure(c.call('demo.slow', {}, { timeout: 200 }));
    const took = Date.now() - t0;
    expect(err.code).to.equal('timeout');
    expect(took).to.be.within(150, 1500);
    expect(c.pendingRequests).to.equal(0);
  });

  it('raw: true returns the result bytes; Uint8Array args and results travel as is', async () => {
    const b = await startBroker();
    const c = await client(b);
    await c.advertise('demo.bytes', (args: Uint8Array) => new Uint8Array([...args].reverse()), { raw: true });
    const out = await c.call<Uint8Array>('demo.bytes', new Uint8Array([1, 2, 3]), { raw: true });
    expect([...out]).to.deep.equal([3, 2, 1]);
  });

  it('advertising the same procedure twice is already_registered; unadvertise ends it', async () => {
    const b = await startBroker();
    const c = await client(b);
    const ad = await c.advertise('demo.once', () => 1);
    expect(await c.advertise('demo.once', () => 2).catch((e) => e.code)).to.equal('already_registered');
    expect(await c.call('demo.once')).to.equal(1);
    await ad.unadvertise();
    await c.unadvertise('demo.once'); // idempotent
    expect(await c.call('demo.once').catch((e) => e.code)).to.equal('no_providers');
    expect(c.advertisements).to.deep.equal([]);
  });

  it('throws invalid_procedure locally, sending nothing', async () => {
    const seen: FrameCase[] = [];
    const b = await startBroker({ observer: { frameIn: (k) => void (k !== 'malformed' && seen.push(k)) } });
    const c = await client(b);
    for (const bad of ['a..b', 'a.*', '', 'a b']) {
      expect(await c.call(bad, {}).catch((e) => e.code), bad).to.equal('invalid_procedure');
      expect(await c.advertise(bad, () => 1).catch((e) => e.code), bad).to.equal('invalid_procedure');
    }
    await sleep(50);
    expect(seen).to.include('connect');
    expect(seen.filter((k) => k === 'call' || k === 'advertise')).to.deep.equal([]);
  });

  it('pending requests are bounded: beyond maxPendingRequests a call fails with too_many_pending_calls', async () => {
    const b = await startBroker();
    const c = await client(b, { maxPendingRequests: 2 });
    await c.advertise('demo.hold', () => sleep(300).then(() => 'ok'));
    const a1 = c.call('demo.hold');
    const a2 = c.call('demo.hold');
    expect(await c.call('demo.hold').catch((e) => e.code)).to.equal('too_many_pending_calls');
    expect(await Promise.all([a1, a2])).to.deep.equal(['ok', 'ok']);
  });

  it('advertisements per client are bounded by maxAdvertisements (too_many_procedures)', async () => {
    const b = await startBroker();
    const c = await client(b, { maxAdvertisements: 1 });
    await c.advertise('demo.first', () => 1);
    expect((await failure(c.advertise('demo.second', () => 2))).code).to.equal('too_many_procedures');
    await c.unadvertise('demo.first');
    await c.advertise('demo.second', () => 2);
    expect(await c.call('demo.second')).to.equal(2);
  });

  it('a provider runs at most maxConcurrentInvocations handlers, queues maxQueuedInvocations more, refuses the rest', async () => {
    const b = await startBroker();
    const provider = await client(b, { maxConcurrentInvocations: 2, maxQueuedInvocations: 2 });
    const caller = await client(b, {}, 1);
    let active = 0;
    let maxActive = 0;
    await provider.advertise('demo.busy', async (n: number) => {
      maxActive = Math.max(maxActive, ++active);
      await sleep(150);
      active--;
      return n;
    });
    const accepted = [1, 2, 3, 4].map((n) => caller.call<number>('demo.busy', n));
    await sleep(50);
    const refused = await failure(caller.call('demo.busy', 5));
    expect(refused.code).to.equal('too_many_pending_calls');
    expect(await Promise.all(accepted)).to.deep.equal([1, 2, 3, 4]);
    expect(maxActive).to.equal(2);
  });

  it('a burst of 3000 calls to a synchronous handler is queued, not refused', async () => {
    const b = await startBroker();
    const [provider, caller] = [await client(b), await client(b, {}, 1)];
    await provider.advertise('demo.id', (n: number) => n);
    const results = await Promise.all(Array.from({ length: 3000 }, (_, i) => caller.call<number>('demo.id', i)));
    expect(results[2999]).to.equal(2999);
  });

  it('targetNodeId restricts a call to that provider (upstream call_to)', async () => {
    const b = await startBroker();
    const [pa, pb, caller] = [await client(b, {}, 0), await client(b, {}, 1), await client(b, {}, 2)];
    await pa.advertise('demo.who', () => 'a');
    await pb.advertise('demo.who', () => 'b');
    for (let i = 0; i < 5; i++) expect(await caller.call('demo.who', {}, { targetNodeId: pb.clientId })).to.equal('b');
    expect((await failure(caller.call('demo.who', {}, { targetNodeId: caller.clientId }))).code).to.equal('no_providers');
  });

  it('serves many concurrent calls over one connection', async () => {
    const b = await startBroker();
    const [provider, caller] = [await client(b), await client(b, {}, 1)];
    await provider.advertise('demo.sq', (n: number) => n * n);
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => caller.call<number>('demo.sq', i)));
    expect(results).to.deep.equal(Array.from({ length: 200 }, (_, i) => i * i));
  });

  it('calls the gateway diagnostics', async () => {
    const b = await startBroker();
    const c = await client(b);
    const info = await c.call<{ node_id: string }>('com.macula.diagnostics.info', {});
    expect(info.node_id).to.equal(b.nodeId);
    expect(c.nodeId).to.equal(b.nodeId);
  });
});
