/**
 * RPC across nodes on in-process brokers (issue 12, item 1): real gateways with distinct
 * identities on 127.0.0.1:0 linked by real node links, raw protocol clients, and a shared
 * directory for a DHT (meshDirectory.ts: in-process brokers have no routing process). The
 * five-real-node behaviour (load balancing, SIGKILL, restarts) is test/mesh/rpc.test.ts.
 */
import { expect } from 'chai';
import { rpcRecordKey, type Broker, type BrokerOptions } from '../../lib/broker/index.js';
import { isMaculaError, MaculaError } from '../../lib/errors/index.js';
import { decodeJson, encodeJson } from '../../lib/protocol/index.js';
import type { QuicEndpoint } from '../../lib/transport/index.js';
import { DEFAULT_MAX_FRAME_BYTES } from '../../lib/transport/constants.js';
import { clientEndpoint, crashAndWait, identity, RawClient, sleep, terminateWorker, waitFor } from './helpers.js';
import { ALICE, CAROL } from './authHelpers.js';
import { parsePermissions } from '../../lib/auth/index.js';
import { MeshDirectory, meshBroker } from './meshDirectory.js';

const REALM = 'macula.default';

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

/** A provider answering `procedure` with `{ by, caller, args }`. */
async function provider(c: RawClient, procedure: string, by: string, delayMs = 0): Promise<void> {
  c.serve(async (args) => {
    if (delayMs > 0) await sleep(delayMs);
    return encodeJson({ by, args: decodeJson(args) });
  });
  await c.advertise(procedure);
}

describe('broker: RPC across nodes (in-process brokers, issue 12)', function () {
  this.timeout(30_000);
  const ids = [identity(), identity(), identity()];
  let dir: MeshDirectory;
  const brokers: Broker[] = [];
  let ep: QuicEndpoint;

  // RPC alone: pub/sub's membership (which links every node to every other and looks the realm
  // up in the same directory) is off, so the links and the lookups counted here are RPC's
  const node = async (i: number, opts: Partial<BrokerOptions> = {}): Promise<Broker> => {
    const b = meshBroker(dir, ids[i]!, { meshPubSub: { mesh: false }, ...opts });
    brokers.push(b);
    await b.start();
    return b;
  };
  const connect = (b: Broker): Promise<RawClient> => RawClient.connect(ep, b.url);

  beforeEach(async () => {
    dir = new MeshDirectory();
    ep = await clientEndpoint();
  });
  afterEach(async () => {
    await ep.close({ force: true });
    await Promise.all(brokers.splice(0).map((b) => b.stop()));
  });

  it('a procedure advertised on one node is callable from another: routed over a node link, answered there, the caller disclosed', async () => {
    const [a, b] = [await node(0), await node(1)];
    const p = await connect(b);
    await p.advertise('mesh.hello');
    // advertise is answered once the record is published
    expect(dir.holders(rpcRecordKey(REALM, 'mesh.hello'))).to.deep.equal([b.nodeId]);
    const caller = await connect(a);
    const pending = caller.call('mesh.hello', { n: 1 });
    const inv = (await p.next('invocation')).invocation!;
    expect(inv.caller, 'the calling client\'s node id').to.equal(a.clients!.get(caller.sessionId)!.nodeId);
    expect(inv.procedure).to.equal('mesh.hello');
    expect(inv.deadlineMs).to.equal(5_000);
    p.send({ yield: { invocationId: inv.invocationId, payload: encodeJson({ args: decodeJson(inv.args!) }) } });
    expect(decodeJson(await pending)).to.deep.equal({ args: { n: 1 } });
    expect(a.mesh!.has(b.nodeId)).to.equal(true);
    expect([a.rpc!.pendingCount, b.rpc!.pendingCount, a.clients!.pendingCallCount]).to.deep.equal([0, 0, 0]);
  });

  it('local providers first: a node that serves a procedure itself keeps its calls; the others are backups', async () => {
    const [a, b] = [await node(0, { selection: 'round_robin' }), await node(1)];
    await provider(await connect(b), 'mesh.local', 'b');
    await provider(await connect(a), 'mesh.local', 'a');
    const caller = await connect(a);
    for (let i = 0; i < 6; i++) expect(decodeJson<{ by: string }>(await caller.call('mesh.local', i)).by).to.equal('a');
  });

  it('a local provider leaving mid-call: the call fails over to another node though none was cached when it began (looked up at failover)', async () => {
    const [a, b] = [await node(0), await node(1)];
    await provider(await connect(b), 'mesh.gap', 'b');
    const local = await connect(a);
    await local.advertise('mesh.gap'); // takes the call, answers nothing
    const caller = await connect(a);
    // local first: the call goes to a's own provider, and no node is looked up or cached for it
    const pending = caller.call('mesh.gap', 1, { waitMs: 10_000 });
    await local.next('invocation');
    expect(a.rpc!.remote!.providers(REALM).has('mesh.gap'), 'nothing cached before the failover').to.equal(false);
    const t0 = Date.now();
    await local.close();
    expect(decodeJson<{ by: string }>(await pending).by, 'served by the other node').to.equal('b');
    expect(Date.now() - t0, 'at once, not after the attempt timeout').to.be.below(2_000);
    // with no provider anywhere after all, the same failover ends typed: all_providers_failed, not a hang
    const lone = await connect(a);
    await lone.advertise('mesh.gap.alone');
    const alone = caller.call('mesh.gap.alone', 1, { waitMs: 10_000 });
    await lone.next('invocation');
    await lone.close();
    const err = await fails(alone);
    expect(err.code).to.equal('all_providers_failed');
  });

  it('round_robin spreads calls evenly over the nodes that serve a procedure', async () => {
    const [a, b, c] = [await node(0, { selection: 'round_robin' }), await node(1), await node(2)];
    await provider(await connect(b), 'mesh.rr', 'b');
    await provider(await connect(c), 'mesh.rr', 'c');
    const caller = await connect(a);
    const by: string[] = [];
    for (let i = 0; i < 10; i++) by.push(decodeJson<{ by: string }>(await caller.call('mesh.rr', i)).by);
    expect(by.filter((x) => x === 'b')).to.have.length(5);
    expect(by.filter((x) => x === 'c')).to.have.length(5);
    for (let i = 1; i < by.length; i++) expect(by[i]).to.not.equal(by[i - 1]);
    // one lookup, then the cache
    expect(dir.finds).to.equal(1);
  });

  it('error codes keep their meaning across nodes: handler_error with the handler\'s message, a typed code, timeout', async () => {
    const [a, b] = [await node(0), await node(1)];
    const p = await connect(b);
    await p.advertise('mesh.errors');
    const answer = async (): Promise<void> => {
      for (;;) {
        const inv = (await p.next('invocation', 60_000)).invocation!;
        const what = decodeJson<string>(inv.args!);
        if (what === 'throw') p.send({ invocationError: { invocationId: inv.invocationId, message: 'the disk is full' } });
        else if (what === 'typed') p.send({ invocationError: { invocationId: inv.invocationId, message: 'expected a number', code: new MaculaError('invalid_args', '').wireCode, detailsJson: '{"field":"n"}' } });
        else if (what !== 'slow') p.send({ yield: { invocationId: inv.invocationId, payload: encodeJson('ok') } });
      }
    };
    void answer().catch(() => undefined);
    const caller = await connect(a);
    const handler = await fails(caller.call('mesh.errors', 'throw'));
    expect(handler.code).to.equal('handler_error');
    expect(handler.message).to.equal('the disk is full');
    expect(handler.details.provider).to.equal(`node:${b.nodeId}`);
    const typed = await fails(caller.call('mesh.errors', 'typed'));
    expect(typed.code).to.equal('invalid_args');
    expect(typed.message).to.equal('expected a number');
    expect(typed.details.field).to.equal('n');
    const t0 = Date.now();
    const late = await fails(caller.call('mesh.errors', 'slow', { timeoutMs: 300 }));
    expect(late.code).to.equal('timeout');
    expect(Date.now() - t0).to.be.within(250, 1_500);
    expect(decodeJson(await caller.call('mesh.errors', 'fine'))).to.equal('ok');
  });

  it('no_providers at once when the lookup finds nobody; nothing negative is cached, so a provider advertised next is found', async () => {
    const [a, b] = [await node(0), await node(1)];
    const caller = await connect(a);
    const t0 = Date.now();
    const err = await fails(caller.call('mesh.nobody', null, { timeoutMs: 10_000 }));
    expect(err.code).to.equal('no_providers');
    expect(Date.now() - t0).to.be.below(1_000);
    await provider(await connect(b), 'mesh.nobody', 'b');
    expect(decodeJson<{ by: string }>(await caller.call('mesh.nobody', 1)).by).to.equal('b');
  });

  it('a call that reaches a node is served there with its own providers only, never forwarded: a stale record gives no_providers, not a hop', async () => {
    const [a, b, c] = [await node(0), await node(1), await node(2)];
    const pc = await connect(c);
    await provider(pc, 'mesh.stale', 'c');
    // the directory lost c's record and holds a stale one of b (which serves nothing)
    const key = rpcRecordKey(REALM, 'mesh.stale');
    dir.erase(key, c.nodeId);
    dir.plant(key, b.nodeId);
    const caller = await connect(a);
    const findsBefore = dir.finds;
    const t0 = Date.now();
    const err = await fails(caller.call('mesh.stale', 1));
    expect(err.code).to.equal('no_providers');
    expect(Date.now() - t0).to.be.below(1_000);
    expect(pc.received('invocation'), 'c never reached through b').to.have.length(0);
    expect(dir.finds - findsBefore, 'a looked it up once; b never did').to.equal(1);
    // b's stale entry is dropped: with c's record back the next call reaches c
    dir.plant(key, c.nodeId);
    expect(decodeJson<{ by: string }>(await caller.call('mesh.stale', 2)).by).to.equal('c');
  });

  it('a stale node fails over to a live one at once (declined, not a timeout)', async () => {
    const [a, b, c] = [await node(0, { selection: 'round_robin', attemptTimeoutMs: 5_000 }), await node(1), await node(2)];
    await provider(await connect(c), 'mesh.half', 'c');
    dir.plant(rpcRecordKey(REALM, 'mesh.half'), b.nodeId);
    const caller = await connect(a);
    const t0 = Date.now();
    for (let i = 0; i < 4; i++) expect(decodeJson<{ by: string }>(await caller.call('mesh.half', i)).by).to.equal('c');
    expect(Date.now() - t0).to.be.below(2_000);
  });

  it('a provider\'s node stopping mid-call: the call fails over to another node at once, and its records were withdrawn before its links closed', async () => {
    const [a, b, c] = [await node(0, { selection: 'round_robin', attemptTimeoutMs: 10_000 }), await node(1), await node(2)];
    const pb = await connect(b);
    await pb.advertise('mesh.leaving'); // answers nothing
    await provider(await connect(c), 'mesh.leaving', 'c');
    const key = rpcRecordKey(REALM, 'mesh.leaving');
    expect(dir.holders(key)).to.deep.equal([b.nodeId, c.nodeId]);
    const caller = await connect(a);
    const pending = caller.call('mesh.leaving', 1, { waitMs: 20_000 });
    await pb.next('invocation');
    const t0 = Date.now();
    await b.stop();
    expect(dir.holders(key), 'b withdrew its record on its graceful stop').to.deep.equal([c.nodeId]);
    expect(decodeJson<{ by: string }>(await pending).by).to.equal('c');
    expect(Date.now() - t0, 'failed over when the link closed, not after the 10 s attempt').to.be.below(3_000);
    // the next calls never try b
    for (let i = 0; i < 3; i++) expect(decodeJson<{ by: string }>(await caller.call('mesh.leaving', i)).by).to.equal('c');
  });

  it('a node that answers nothing within the attempt timeout: the call fails over within it; the node is left out of later lookups (same records) until heard from', async () => {
    const [a, b, c] = [await node(0, { selection: 'round_robin', attemptTimeoutMs: 300, rpcMesh: { discoveryTtlMs: 100 } }), await node(1), await node(2)];
    const pb = await connect(b);
    await provider(pb, 'mesh.silent', 'b');
    await provider(await connect(c), 'mesh.silent', 'c');
    // b's RPC worker stops (its links stay up): invocations to b go unanswered, as to a frozen node
    await terminateWorker(b, 'rpc');
    const caller = await connect(a);
    const t0 = Date.now();
    const r0 = await caller.call('mesh.silent', 0);
    expect(decodeJson<{ by: string }>(r0).by).to.equal('c');
    expect(Date.now() - t0).to.be.within(250, 2_000);
    expect(a.rpc!.remote!.providers(REALM).suspected(b.nodeId)).to.equal(true);
    await sleep(150); // the cache expired: the next call looks up again and finds b's record, unchanged
    const findsBefore = dir.finds;
    const t1 = Date.now();
    for (let i = 1; i < 5; i++) expect(decodeJson<{ by: string }>(await caller.call('mesh.silent', i)).by).to.equal('c');
    expect(Date.now() - t1, 'never waited for b again').to.be.below(250);
    expect(dir.finds).to.be.above(findsBefore);
    // a new link to b is a sign of life
    a.mesh!.evict(b.nodeId);
    await waitFor(() => !a.mesh!.has(b.nodeId));
    await a.mesh!.link(b.nodeId, b.url);
    expect(a.rpc!.remote!.providers(REALM).suspected(b.nodeId)).to.equal(false);
  });

  it('permissions are enforced where the client is connected; a call arriving on a node link is admitted by mesh_trust', async () => {
    const rulesA = { rules: [{ identity: ALICE.nodeId, call: ['mesh.open'] }] };
    // b's own rules let only CAROL do anything: ALICE is unknown there, and still served
    const rulesB = { rules: [{ identity: CAROL.nodeId, advertise: ['**'], call: ['**'] }] };
    const a = await node(0, { permissions: parsePermissions(rulesA) });
    const b = await node(1, { permissions: parsePermissions(rulesB) });
    const carolEp = await clientEndpoint({ tls: CAROL });
    const aliceEp = await clientEndpoint({ tls: ALICE });
    try {
      const carol = await RawClient.connect(carolEp, b.url);
      carol.serve(async (args) => encodeJson({ args: decodeJson(args) }));
      await carol.advertise('mesh.open');
      await carol.advertise('mesh.secret');
      const alice = await RawClient.connect(aliceEp, a.url);
      expect(decodeJson(await alice.call('mesh.open', 7))).to.deep.equal({ args: 7 });
      const e = await fails(alice.call('mesh.secret', 7));
      expect(e.code).to.equal('permission_denied');
      expect(e.details).to.include({ action: 'call', name: 'mesh.secret' });
      expect(carol.received('invocation')).to.have.length(0);
    } finally {
      await carolEp.close({ force: true });
      await aliceEp.close({ force: true });
    }
  });

  it('call_to reaches one node\'s providers only: another node (located), this node, a node that serves none or nobody knows → no_providers at once; a remote node\'s built-ins', async () => {
    const [a, b, c] = [await node(0), await node(1), await node(2)];
    await provider(await connect(b), 'mesh.to', 'b');
    const pc = await connect(c);
    await provider(pc, 'mesh.to', 'c');
    const caller = await connect(a);
    const callTo = async (target: string, procedure: string): Promise<Uint8Array> => {
      const correlationId = caller.nextCorrelation();
      caller.send({ call: { correlationId, procedure, args: encodeJson(0), targetNodeId: target } });
      const f = await caller.answer('result', correlationId);
      if (f.error) throw MaculaError.fromWire(f.error.code!, f.error.message ?? '', f.error.detailsJson ? JSON.parse(f.error.detailsJson) : {});
      return f.result!.payload!;
    };
    for (let i = 0; i < 3; i++) expect(decodeJson<{ by: string }>(await callTo(c.nodeId, 'mesh.to')).by).to.equal('c');
    expect(dir.locates, 'c located once (then its link)').to.be.at.most(1);
    for (let i = 0; i < 3; i++) expect(decodeJson<{ by: string }>(await callTo(b.nodeId, 'mesh.to')).by).to.equal('b');
    // this node's own providers: none here
    const t0 = Date.now();
    expect((await fails(callTo(a.nodeId, 'mesh.to'))).code).to.equal('no_providers');
    // c stops serving it: c says so, the caller hears no_providers (not all_providers_failed)
    pc.send({ unadvertise: { procedure: 'mesh.to' } });
    await waitFor(() => c.clients!.registrationCount === 0);
    expect((await fails(callTo(c.nodeId, 'mesh.to'))).code).to.equal('no_providers');
    expect((await fails(callTo('ff'.repeat(32), 'mesh.to'))).code).to.equal('no_providers');
    expect(Date.now() - t0).to.be.below(2_000);
    // a remote node's built-in: its own diagnostics answer
    expect(decodeJson<{ node_id: string }>(await callTo(b.nodeId, 'com.macula.diagnostics.hello')).node_id).to.equal(b.nodeId);
  });

  it('the discovery cache lasts its TTL: one lookup for many calls, a new one after it', async () => {
    const [a, b] = [await node(0, { rpcMesh: { discoveryTtlMs: 300 } }), await node(1)];
    await provider(await connect(b), 'mesh.cached', 'b');
    const caller = await connect(a);
    for (let i = 0; i < 5; i++) await caller.call('mesh.cached', i);
    expect(dir.finds).to.equal(1);
    await sleep(400);
    await caller.call('mesh.cached', 9);
    expect(dir.finds).to.equal(2);
  });

  it('records follow the providers: one per procedure and node, withdrawn with the last provider (unadvertise, disconnect, expiry)', async () => {
    const b = await node(1, { pruneIntervalMs: 50 });
    const key = (p: string): string => rpcRecordKey(REALM, p);
    const [p1, p2] = [await connect(b), await connect(b)];
    await p1.advertise('mesh.rec');
    await p2.advertise('mesh.rec');
    expect(dir.holders(key('mesh.rec'))).to.deep.equal([b.nodeId]);
    p1.send({ unadvertise: { procedure: 'mesh.rec' } });
    await sleep(50);
    expect(dir.holders(key('mesh.rec')), 'p2 still serves it').to.deep.equal([b.nodeId]);
    await p2.close();
    await waitFor(() => dir.holders(key('mesh.rec')).length === 0, 3_000, 'withdrawn when the last provider left');
    await p1.advertise('mesh.short', 100);
    expect(dir.holders(key('mesh.short'))).to.deep.equal([b.nodeId]);
    await waitFor(() => dir.holders(key('mesh.short')).length === 0, 3_000, 'withdrawn when the advertisement expired');
    // built-ins are on every node: never published
    expect([...dir.records.values()].every((m) => m.size === 0)).to.equal(true);
  });

  it('an RPC crash keeps the node\'s records: calls from other nodes reach its providers again after the restart', async () => {
    const [a, b] = [await node(0), await node(1)];
    await provider(await connect(b), 'mesh.crash', 'b');
    const caller = await connect(a);
    await caller.call('mesh.crash', 0);
    await crashAndWait(b, 'rpc');
    expect(dir.holders(rpcRecordKey(REALM, 'mesh.crash'))).to.deep.equal([b.nodeId]);
    await waitFor(() => !a.mesh!.has(b.nodeId), 5_000, 'a sees the link (b\'s mesh restarted with rpc) go');
    expect(decodeJson<{ by: string }>(await caller.call('mesh.crash', 1)).by).to.equal('b');
  });

  describe('through relays (A – B – C, no link between A and C)', () => {
    const line = async (aOpts: Partial<BrokerOptions> = {}): Promise<[Broker, Broker, Broker]> => {
      const [a, b, c] = [await node(0, aOpts), await node(1), await node(2)];
      await a.mesh!.link(b.nodeId, b.url);
      await c.mesh!.link(b.nodeId, b.url);
      await waitFor(() => a.mesh!.routes().some((r) => r.nodeId === c.nodeId) && c.mesh!.routes().some((r) => r.nodeId === a.nodeId), 3_000, 'A and C learn each other through B');
      await a.mesh!.link(c.nodeId, ''); // the routed link (no address: through B only)
      return [a, b, c];
    };

    it('a call to a provider on C goes through B on the routed link and is answered the same way', async () => {
      const [a, b, c] = await line();
      await provider(await connect(c), 'mesh.far', 'c');
      const caller = await connect(a);
      expect(decodeJson(await caller.call('mesh.far', 1))).to.deep.equal({ by: 'c', args: 1 });
      expect(a.mesh!.has(c.nodeId), 'no direct link').to.equal(false);
      expect(b.mesh!.relayStats()!.relayed, 'the invocation and its yield').to.be.at.least(2);
    });

    it('a relay\'s bounce (max_hops_exceeded) is a declined attempt: the call fails over at once and C is suspected', async () => {
      const [a, b, c] = await line({ maxHops: 1, selection: 'round_robin' });
      await provider(await connect(c), 'mesh.bounced', 'c');
      await provider(await connect(b), 'mesh.bounced', 'b');
      const caller = await connect(a);
      // round robin over the directory's order: C first for this call, B the backup
      const t0 = Date.now();
      const answers: string[] = [];
      for (let i = 0; i < 2; i++) answers.push(decodeJson<{ by: string }>(await caller.call('mesh.bounced', i)).by);
      expect(answers).to.deep.equal(['b', 'b']);
      expect(Date.now() - t0, 'no attempt timeout').to.be.below(2_000);
      expect(a.mesh!.relayStats()!.bounced).to.be.at.least(1);
      expect(a.rpc!.remote!.providers(REALM).suspected(c.nodeId)).to.equal(true);
      // C alone serves this one (its new record lifts the suspicion): the caller hears why
      await provider(await connect(c), 'mesh.only.c', 'c');
      const e = await fails(caller.call('mesh.only.c', 0));
      expect(e.code).to.equal('all_providers_failed');
      expect(e.details.attempts).to.deep.equal([{ provider: `node:${c.nodeId}`, reason: 'declined', code: 'max_hops_exceeded' }]);
    });
  });

  it('a result that fits the provider\'s session but not the node link (the route envelope adds bytes) is frame_too_large to the caller; the link and the next call are unharmed', async () => {
    const [a, b] = [await node(0), await node(1)];
    const p = await connect(b);
    const big = new Uint8Array(DEFAULT_MAX_FRAME_BYTES - 64);
    p.serve((args) => (decodeJson<{ big: boolean }>(args).big ? big : encodeJson({ small: true })));
    await p.advertise('mesh.big');
    const caller = await connect(a);
    const e = await fails(caller.call('mesh.big', { big: true }));
    expect(e.code).to.equal('frame_too_large');
    expect(e.message).to.contain('node link');
    expect(a.mesh!.has(b.nodeId), 'the link stays').to.equal(true);
    expect(decodeJson(await caller.call('mesh.big', { big: false }))).to.deep.equal({ small: true });
  });

  describe('bounds', () => {
    it('invocations in flight to one node (maxRemoteCallsPerLink): beyond it that node is skipped; the link is pinned while any is in flight', async () => {
      const [a, b] = [await node(0, { rpcMesh: { maxRemoteCallsPerLink: 2 }, attemptTimeoutMs: 400 }), await node(1)];
      const pb = await connect(b);
      await pb.advertise('mesh.hold'); // answers nothing
      const caller = await connect(a);
      const held = [caller.call('mesh.hold', 1), caller.call('mesh.hold', 2)].map((p) => p.catch((e: unknown) => e));
      await waitFor(() => pb.received('invocation').length === 2);
      expect(a.rpc!.remote!.counts.sent).to.equal(2);
      expect(a.mesh!.links().find((l) => l.nodeId === b.nodeId)?.pinned).to.equal(true);
      const third = await fails(caller.call('mesh.hold', 3));
      expect(third.code).to.equal('all_providers_failed');
      expect(third.details.attempts).to.deep.equal([{ provider: `node:${b.nodeId}`, reason: 'send_failed' }]);
      await Promise.all(held);
      await waitFor(() => a.rpc!.remote!.counts.sent === 0, 3_000, 'answered (declined: b\'s deadline) or forgotten');
      expect(a.mesh!.links().find((l) => l.nodeId === b.nodeId)?.pinned).to.equal(false);
    });

    it('invocations one node has this node serve (maxServedCallsPerLink): beyond it they are declined with too_many_pending_calls', async () => {
      const [a, b] = [await node(0), await node(1, { rpcMesh: { maxServedCallsPerLink: 1 } })];
      const pb = await connect(b);
      await pb.advertise('mesh.busy'); // holds the first
      const caller = await connect(a);
      const first = caller.call('mesh.busy', 1, { timeoutMs: 600 }).catch((e: unknown) => e);
      await pb.next('invocation');
      expect(b.rpc!.remote!.counts).to.include({ served: 1, pinned: 1 });
      const second = await fails(caller.call('mesh.busy', 2));
      expect(second.code).to.equal('all_providers_failed');
      expect(second.details.attempts).to.deep.equal([{ provider: `node:${b.nodeId}`, reason: 'declined', code: 'too_many_pending_calls' }]);
      await first;
      await waitFor(() => b.rpc!.remote!.counts.served === 0, 3_000);
    });

    it('calls waiting for a lookup (maxCallsAwaitingDiscovery): beyond it too_many_pending_calls at once; a lookup slower than the call\'s deadline is a timeout', async () => {
      const a = await node(0, { rpcMesh: { maxCallsAwaitingDiscovery: 1 } });
      dir.delayMs = 400;
      const caller = await connect(a);
      const first = fails(caller.call('mesh.wait.one', 1, { timeoutMs: 200 }));
      const second = await fails(caller.call('mesh.wait.two', 2));
      expect(second.code).to.equal('too_many_pending_calls');
      const e = await first;
      expect(e.code).to.equal('timeout');
      expect(a.rpc!.remote!.counts.waiting).to.equal(0);
    });
  });
});

