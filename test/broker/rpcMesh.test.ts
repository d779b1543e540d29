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
import { clientEndpoint, identity, RawClient, sleep, waitFor } from './helpers.js';
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

  const node = async (i: number, opts: Partial<BrokerOptions> = {}): Promise<Broker> => {
    const b = meshBroker(dir, ids[i]!, opts);
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
});

