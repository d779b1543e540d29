import { expect } from 'chai';
import { isMaculaError, type MaculaError } from '../../lib/errors/index.js';
import { decodeJson, encodeJson, fromWireError } from '../../lib/protocol/index.js';
import { useBroker } from './fixture.js';
import { clientEndpoint, crashAndWait, RawClient, sleep, waitFor } from './helpers.js';

const fails = (p: Promise<unknown>): Promise<MaculaError> =>
  p.then(
    () => {
      throw new Error('expected an error');
    },
    (e: unknown) => {
      if (!isMaculaError(e)) throw e;
      return e;
    },
  );

/** A provider answering `procedure` with `{ by: name, args }`. */
async function provider(c: RawClient, procedure: string, name: string, delayMs = 0): Promise<void> {
  c.serve(async (args) => {
    if (delayMs > 0) await sleep(delayMs);
    return encodeJson({ by: name, args: decodeJson(args) });
  });
  await c.advertise(procedure);
}

describe('broker: RPC (macula_gateway_rpc)', function () {
  this.timeout(30_000);
  const h = useBroker();

  it('call → invocation to the provider → yield → result to the caller', async () => {
    const { connect, broker } = await h.start();
    const p = await connect();
    await provider(p, 'math.add', 'p1');
    const caller = await connect();
    const out = decodeJson(await caller.call('math.add', [1, 2]));
    expect(out).to.deep.equal({ by: 'p1', args: [1, 2] });
    expect(broker.rpc!.pendingCount).to.equal(0);
    expect(broker.clients!.pendingCallCount).to.equal(0);
  });

  it('the invocation carries the procedure, args, the attempt deadline and the caller\'s node id', async () => {
    const { broker, connect } = await h.start({ attemptTimeoutMs: 1500 });
    const p = await connect();
    await p.advertise('inspect.me');
    const caller = await connect();
    const pending = caller.call('inspect.me', { x: 1 });
    const inv = (await p.next('invocation')).invocation!;
    expect(inv.procedure).to.equal('inspect.me');
    expect(decodeJson(inv.args!)).to.deep.equal({ x: 1 });
    expect(inv.deadlineMs).to.equal(1500);
    expect(inv.caller).to.equal(broker.clients!.get(caller.sessionId)!.nodeId).and.to.match(/^[0-9a-f]{64}$/);
    p.send({ yield: { invocationId: inv.invocationId, payload: encodeJson('ok') } });
    expect(decodeJson(await pending)).to.equal('ok');
  });

  it('no_providers at once, never after a timeout', async () => {
    const { connect } = await h.start();
    const caller = await connect();
    const t0 = Date.now();
    const err = await fails(caller.call('nobody.home', null, { timeoutMs: 10_000 }));
    expect(err.code).to.equal('no_providers');
    expect(Date.now() - t0).to.be.below(1000);
  });

  it('handler_error carries the handler\'s message; no failover (the handler ran)', async () => {
    const { connect } = await h.start();
    const bad = await connect();
    bad.serve(() => {
      throw new Error('division by zero');
    });
    await bad.advertise('math.div');
    const good = await connect();
    await provider(good, 'math.div', 'good');
    const caller = await connect();
    // random choice: call until `bad` was chosen (P(never in 64) = 2^-64); its call must end
    // in handler_error, never a failover to `good`
    let sawError = false;
    for (let i = 0; i < 64 && !sawError; i++) {
      try {
        await caller.call('math.div', [1, 0]);
      } catch (e) {
        expect((e as MaculaError).code).to.equal('handler_error');
        expect((e as MaculaError).message).to.equal('division by zero');
        sawError = true;
      }
    }
    expect(sawError).to.equal(true);
  });

  it('invalid procedure name → invalid_procedure naming the segment', async () => {
    const { connect } = await h.start();
    const c = await connect();
    const err = await fails(c.call('bad..name', null));
    expect(err.code).to.equal('invalid_procedure');
    expect(err.details).to.deep.include({ index: 1 });
    const correlationId = c.nextCorrelation();
    c.send({ advertise: { correlationId, procedure: 'x.*' } });
    expect(fromWireError((await c.answer('advertised', correlationId)).error!).code).to.equal('invalid_procedure');
  });

  it('per-attempt timeout fails over to a second provider', async () => {
    const { connect } = await h.start({ selection: 'round_robin', attemptTimeoutMs: 300 });
    const silent = await connect();
    await silent.advertise('svc.slow'); // never answers
    const fast = await connect();
    await provider(fast, 'svc.slow', 'fast');
    const caller = await connect();
    // round robin starts at the first advertiser: the silent one
    const t0 = Date.now();
    const out = decodeJson<{ by: string }>(await caller.call('svc.slow', 1));
    expect(out.by).to.equal('fast');
    expect(Date.now() - t0).to.be.within(250, 3000);
    expect(silent.received('invocation')).to.have.length(1);
  });

  it('all_providers_failed when every provider times out; timeout when the overall deadline passes first', async () => {
    const { connect } = await h.start({ attemptTimeoutMs: 200 });
    const a = await connect();
    const b = await connect();
    await a.advertise('svc.dead');
    await b.advertise('svc.dead');
    const caller = await connect();
    const err = await fails(caller.call('svc.dead', null));
    expect(err.code).to.equal('all_providers_failed');
    expect((err.details.attempts as unknown[]).length).to.equal(2);
    const late = await fails(caller.call('svc.dead', null, { timeoutMs: 150 }));
    expect(late.code).to.equal('timeout');
  });

  it('a provider disconnecting mid-call → the call fails over to the other provider', async () => {
    const { connect, broker } = await h.start({ selection: 'round_robin', attemptTimeoutMs: 10_000 });
    const leaving = await connect();
    await leaving.advertise('svc.flaky');
    const stays = await connect();
    await provider(stays, 'svc.flaky', 'stays');
    const caller = await connect();
    const pending = caller.call('svc.flaky', 'x');
    await leaving.next('invocation');
    const t0 = Date.now();
    await leaving.close();
    const out = decodeJson<{ by: string }>(await pending);
    expect(out.by).to.equal('stays');
    expect(Date.now() - t0, 'failover on leave, not on the 10 s attempt timeout').to.be.below(2000);
    await waitFor(() => broker.clients!.size === 2);
    expect(broker.clients!.registrationCount).to.equal(1);
  });

  it('a caller disconnecting drops its pending calls (pending count returns to 0); a late yield is ignored', async () => {
    const { connect, broker } = await h.start();
    const p = await connect();
    await p.advertise('svc.hold');
    const caller = await connect();
    for (let i = 0; i < 5; i++) caller.send({ call: { correlationId: caller.nextCorrelation(), procedure: 'svc.hold', args: encodeJson(i) } });
    const invs = [];
    for (let i = 0; i < 5; i++) invs.push((await p.next('invocation')).invocation!);
    expect(broker.rpc!.pendingCount).to.equal(5);
    expect(broker.clients!.pendingCallCount).to.equal(5);
    await caller.close();
    await waitFor(() => broker.rpc!.pendingCount === 0, 5000, 'pending calls dropped');
    expect(broker.clients!.pendingCallCount).to.equal(0);
    for (const inv of invs) p.send({ yield: { invocationId: inv.invocationId, payload: encodeJson('late') } });
    p.send({ ping: { seq: 1 } });
    await p.next('pong');
    expect(p.received('error')).to.have.length(0);
  });

  it('a call reusing the correlation id of a call in flight is refused (invalid_args); the first call is unaffected', async () => {
    const { connect, broker } = await h.start();
    const p = await connect();
    await p.advertise('svc.dup');
    const caller = await connect();
    caller.send({ call: { correlationId: 42, procedure: 'svc.dup', args: encodeJson(1) } });
    const inv = (await p.next('invocation')).invocation!;
    caller.send({ call: { correlationId: 42, procedure: 'svc.dup', args: encodeJson(2) } });
    const refused = await caller.answer('result', 42);
    expect(fromWireError(refused.error!).code).to.equal('invalid_args');
    expect(broker.rpc!.pendingCount).to.equal(1);
    p.send({ yield: { invocationId: inv.invocationId, payload: encodeJson('first') } });
    expect(decodeJson((await caller.answer('result', 42)).result!.payload!)).to.equal('first');
    expect(broker.clients!.pendingCallCount).to.equal(0);
  });

  it('round-robin distributes calls evenly across 2 providers', async () => {
    const { connect } = await h.start({ selection: 'round_robin' });
    const a = await connect();
    const b = await connect();
    await provider(a, 'svc.rr', 'a');
    await provider(b, 'svc.rr', 'b');
    const caller = await connect();
    const by: string[] = [];
    for (let i = 0; i < 10; i++) by.push(decodeJson<{ by: string }>(await caller.call('svc.rr', i)).by);
    expect(by.filter((x) => x === 'a')).to.have.length(5);
    expect(by.filter((x) => x === 'b')).to.have.length(5);
    for (let i = 1; i < by.length; i++) expect(by[i]).to.not.equal(by[i - 1]);
  });

  it('random selection reaches both providers', async () => {
    const { connect } = await h.start({ selection: 'random' });
    const a = await connect();
    const b = await connect();
    await provider(a, 'svc.rnd', 'a');
    await provider(b, 'svc.rnd', 'b');
    const caller = await connect();
    const by = new Set<string>();
    for (let i = 0; i < 40 && by.size < 2; i++) by.add(decodeJson<{ by: string }>(await caller.call('svc.rnd', i)).by);
    expect([...by].sort()).to.deep.equal(['a', 'b']);
  });

  it('call_to (target_node_id) reaches only that node\'s provider; an unknown node → no_providers; the gateway\'s own id reaches its built-ins', async () => {
    const { connect, broker } = await h.start({ selection: 'round_robin' });
    const a = await connect();
    await provider(a, 'svc.to', 'a');
    const otherEp = await clientEndpoint();
    try {
      const b = await RawClient.connect(otherEp, broker.url);
      await provider(b, 'svc.to', 'b');
      const caller = await connect();
      for (let i = 0; i < 4; i++) {
        const correlationId = caller.nextCorrelation();
        caller.send({ call: { correlationId, procedure: 'svc.to', args: encodeJson(i), targetNodeId: otherEp.nodeId } });
        const f = await caller.answer('result', correlationId);
        expect(decodeJson<{ by: string }>(f.result!.payload!).by).to.equal('b');
      }
      const correlationId = caller.nextCorrelation();
      caller.send({ call: { correlationId, procedure: 'svc.to', targetNodeId: 'ff'.repeat(32) } });
      expect(fromWireError((await caller.answer('result', correlationId)).error!).code).to.equal('no_providers');
      const hello = caller.nextCorrelation();
      caller.send({ call: { correlationId: hello, procedure: 'com.macula.diagnostics.hello', targetNodeId: broker.nodeId } });
      expect((await caller.answer('result', hello)).result).to.not.equal(null);
    } finally {
      await otherEp.close({ force: true });
    }
  });

  it('unadvertise withdraws a provider (idempotent); then no_providers', async () => {
    const { connect, broker } = await h.start();
    const p = await connect();
    await provider(p, 'svc.un', 'p');
    const caller = await connect();
    await caller.call('svc.un', 1);
    p.send({ unadvertise: { procedure: 'svc.un' } });
    p.send({ unadvertise: { procedure: 'svc.un' } });
    await waitFor(() => broker.clients!.registrationCount === 0);
    expect((await fails(caller.call('svc.un', 1))).code).to.equal('no_providers');
  });

  it('an advertisement expires after its TTL', async () => {
    const { connect } = await h.start();
    const p = await connect();
    await provider(p, 'svc.ttl', 'p');
    p.send({ advertise: { correlationId: 99, procedure: 'svc.ttl', ttlMs: 200 } }); // refresh with a short TTL
    await p.answer('advertised', 99);
    const caller = await connect();
    await caller.call('svc.ttl', 1);
    await sleep(300);
    expect((await fails(caller.call('svc.ttl', 1))).code).to.equal('no_providers');
  });

  it('nothing crosses realms: a provider in realm B never serves a caller in realm A', async () => {
    const { connect } = await h.start({ realms: ['org.a', 'org.b'] });
    const pb = await connect('org.b');
    await provider(pb, 'svc.realm', 'b');
    const ca = await connect('org.a');
    expect((await fails(ca.call('svc.realm', 1))).code).to.equal('no_providers');
    const cb = await connect('org.b');
    expect(decodeJson<{ by: string }>(await cb.call('svc.realm', 1)).by).to.equal('b');
  });

  it('too_many_procedures beyond the per-client registration bound', async () => {
    const { connect } = await h.start({ maxRegistrationsPerClient: 2 });
    const p = await connect();
    await p.advertise('a.one');
    await p.advertise('a.two');
    await p.advertise('a.two'); // re-advertising refreshes, it is not a new one
    const err = await fails(p.advertise('a.three'));
    expect(err.code).to.equal('too_many_procedures');
  });

  it('too_many_pending_calls beyond the per-client bound', async () => {
    const { connect, broker } = await h.start({ maxPendingCallsPerClient: 2 });
    const p = await connect();
    await p.advertise('svc.wait');
    const caller = await connect();
    caller.send({ call: { correlationId: caller.nextCorrelation(), procedure: 'svc.wait' } });
    caller.send({ call: { correlationId: caller.nextCorrelation(), procedure: 'svc.wait' } });
    await waitFor(() => broker.rpc!.pendingCount === 2);
    expect((await fails(caller.call('svc.wait', 1))).code).to.equal('too_many_pending_calls');
  });

  it('a client leaving removes all its state: subscriptions, registrations, pending calls (counts return to 0)', async () => {
    const { connect, broker } = await h.start();
    const p = await connect();
    await p.advertise('svc.hold');
    const c = await connect();
    for (let i = 0; i < 5; i++) await c.subscribe(`s.${i}`);
    for (let i = 0; i < 3; i++) await c.advertise(`c.proc${i}`);
    c.send({ call: { correlationId: 1, procedure: 'svc.hold' } });
    await p.next('invocation');
    expect(broker.counts()).to.deep.equal({ clients: 2, subscriptions: 5, registrations: 4, pendingCalls: 1 });
    await c.close();
    await p.close();
    await waitFor(() => broker.clients!.size === 0);
    expect(broker.counts()).to.deep.equal({ clients: 0, subscriptions: 0, registrations: 0, pendingCalls: 0 });
    expect(broker.pubsub!.subscriptionCount).to.equal(0);
    expect(broker.rpc!.clientRegistrationCount).to.equal(0);
    expect(broker.rpc!.pendingCount).to.equal(0);
  });

  it('RPC crash: the next incarnation indexes the registrations the sessions own; calls in flight are answered shutdown', async () => {
    const { connect, broker } = await h.start();
    const p = await connect();
    await p.advertise('svc.keep');
    const caller = await connect();
    const inflight = fails(caller.call('svc.keep', 1));
    await p.next('invocation');
    await crashAndWait(broker, 'rpc');
    expect((await inflight).code).to.equal('shutdown');
    expect(broker.rpc!.clientRegistrationCount).to.equal(1);
    p.serve(() => encodeJson('again'));
    expect(decodeJson(await caller.call('svc.keep', 1))).to.equal('again');
  });
});
