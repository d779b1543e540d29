/**
 * Issue 12 items 3 and 5 on real nodes in network namespaces (test/helpers/netns.ts): a line
 * A – B – C where the network drops everything between A and C (silently, in the router
 * namespace), so A and C can only talk through B; a node D beside A whose frames may cross one
 * link only (mesh_max_hops 1); then a partition of C that heals. Each node is a real tree of OS
 * processes in its own namespace, bound to its namespace's address; the test's SDK clients sit
 * in the test's own namespace behind the same router (host link), one per node. DHT, link, RPC
 * and membership timers are small.
 */
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { connect, type MaculaClient } from '../../lib/client/index.js';
import { isMaculaError, type MaculaError } from '../../lib/errors/index.js';
import { generateIdentity } from '../../lib/identity/index.js';
import { killAllAndCheckOrphans, sleep, startNode, type TestNode } from '../helpers/cluster.js';
import { eventually } from '../helpers/eventually.js';
import { Netns, requireNetns } from '../helpers/netns.js';

const LINK_TIMEOUT_MS = 1_500;
const ATTEMPT_MS = 1_000;
const ENV = {
  MACULA_RPC_ATTEMPT_TIMEOUT_MS: String(ATTEMPT_MS),
  MACULA_RPC_SELECTION: 'round_robin',
  MACULA_PUBSUB_MEMBERSHIP_INTERVAL_MS: '1000',
  MACULA_DHT_CONTACT_STALE_MS: '1000',
  MACULA_DHT_MAINTENANCE_INTERVAL_MS: '300',
  MACULA_DHT_RECORD_TTL_MS: '20000',
  MACULA_MESH_LINK_TIMEOUT_MS: String(LINK_TIMEOUT_MS),
};
/** After a heal, the links and routes are back within this (stated in README, *Multi-hop*). */
const RECONVERGE_MS = 15_000;

interface MeshView {
  nodeId: string;
  links: Array<{ nodeId: string; via?: string; hops?: number; initiator: 'local' | 'remote' }>;
  routes: Array<{ nodeId: string; via: string; hops: number }>;
  relay: { relayed: number; delivered: number; bounced: number; dropped: Record<string, number> } | null;
  routing: { contacts?: Array<{ nodeId: string }> };
}

async function mesh(n: TestNode): Promise<MeshView> {
  const res = await n.control({ mesh: {} });
  return JSON.parse(res.mesh!.json!) as MeshView;
}

async function dht(n: TestNode, op: string, key: string, args: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const res = await n.control({ dhtTest: { op, key, args } }, 20_000);
  return JSON.parse(res.mesh!.json!) as Record<string, unknown>;
}


const direct = (m: MeshView, id: string): boolean => m.links.some((l) => l.nodeId === id && !l.via);
const routedVia = (m: MeshView, id: string, via: string): boolean => m.links.some((l) => l.nodeId === id && l.via === via && l.hops === 2);

describe('multi-hop and partitions in network namespaces (issue 12)', function () {
  this.timeout(120_000);
  const net = new Netns(3, true);
  let a: TestNode, b: TestNode, c: TestNode, d: TestNode;
  let ids: Record<'a' | 'b' | 'c' | 'd', string>;
  const clients: MaculaClient[] = [];
  /** One SDK client per node, from the test's namespace. */
  const sdk: Partial<Record<'a' | 'b' | 'c' | 'd', MaculaClient>> = {};
  const urlOf = async (n: TestNode): Promise<string> => `quic://${(await n.control({ status: {} })).status!.bound!.quic!}`;

  before(async function () {
    requireNetns(this);
    net.create();
    net.block(1, 3);
    // the test's clients are not on the nodes' loopback: a rule lets their identity act on netns.**
    const identity = generateIdentity({ keyBits: 1024 });
    const all = ['netns.**'];
    const config = { permissions: { rules: [{ identity: identity.nodeId, publish: all, subscribe: all, advertise: all, call: all }] } };
    const on = (i: number, extra: Record<string, string> = {}, bootstrap?: string) =>
      startNode({ netns: net.ns(i), config, env: { ...ENV, MACULA_QUIC_HOST: net.addr(i), ...(bootstrap ? { MACULA_BOOTSTRAP_URL: bootstrap } : {}), ...extra } });
    b = await on(2);
    const bId = (await b.status()).nodeId;
    const port = (await b.control({ status: {} })).status!.bound!.quic!.split(':').pop()!;
    const seed = `quic://${net.addr(2)}:${port}?node_id=${bId}`;
    [a, c] = await Promise.all([on(1, {}, seed), on(3, {}, seed)]);
    d = await on(1, { MACULA_MESH_MAX_HOPS: '1' }, seed);
    ids = { a: (await a.status()).nodeId, b: bId, c: (await c.status()).nodeId, d: (await d.status()).nodeId };
    for (const [k, n] of [['a', a], ['b', b], ['c', c], ['d', d]] as const) {
      const cl = await connect(await urlOf(n), { identity, expectedNodeId: ids[k], reconnect: { initialDelayMs: 50, maxDelayMs: 300 } });
      cl.on('error', () => undefined); // C's client reconnects after the partition
      clients.push(cl);
      sdk[k] = cl;
    }
  });

  after(async function () {
    await Promise.all(clients.map((cl) => cl.close().catch(() => undefined)));
    const left = await killAllAndCheckOrphans();
    net.destroy();
    expect(left, 'processes that outlived their root').to.deep.equal([]);
    expect(net.leftovers(), 'namespaces left behind').to.deep.equal([]);
  });

  it('A and C cannot reach each other, yet are linked through B: `mesh` shows C via B (2 hops) on A and A via B on C; DHT traffic crosses the relay', async () => {
    await eventually('A to reach C through B', 20_000, () => mesh(a), (m) => routedVia(m, ids.c, ids.b));
    await eventually('C to reach A through B', 20_000, () => mesh(c), (m) => routedVia(m, ids.a, ids.b));
    const ma = await mesh(a);
    expect(direct(ma, ids.b), 'A–B is direct').to.equal(true);
    expect(direct(ma, ids.c), 'no direct A–C link (the network drops it)').to.equal(false);
    expect(ma.routes).to.deep.include({ nodeId: ids.c, via: ids.b, hops: 2 });
    // the relay counts what it carried, and the CLI says who is reached through whom
    expect((await mesh(b)).relay!.relayed).to.be.above(0);
    const text = await a.cli(['mesh']);
    expect(text.exitCode, text.stderr).to.equal(0);
    expect(text.stdout).to.match(new RegExp(`${ids.c.slice(0, 16)}.*via ${ids.b.slice(0, 16)} \\(2 hops\\)`));
    // a record stored by C is found from A: C's answers to A's FIND_VALUE come back through B
    const key = createHash('sha256').update('netns.relayed.record').digest('hex');
    await dht(c, 'test_store', key, { service: 'relayed' });
    const found = await eventually('A to find C’s record', 10_000, () => dht(a, 'test_find', key), (r) => (r.providers as Array<{ nodeId: string }>).some((p) => p.nodeId === ids.c));
    expect(found.providers).to.have.length.above(0);
  });

  it('calls and publishes from A reach C through B: a procedure served only on C answers A, and every message published on A reaches C\'s wildcard subscription exactly once', async () => {
    await sdk.c!.advertise('netns.only.c', (x: { n: number }) => ({ by: 'c', n: x.n }));
    const relayedBefore = (await mesh(b)).relay!.relayed;
    const first = await eventually('C’s provider to be found from A', 15_000, () => sdk.a!.call<{ by: string }>('netns.only.c', { n: 0 }), (r) => r.by === 'c');
    expect(first).to.deep.equal({ by: 'c', n: 0 });
    for (let n = 1; n <= 5; n++) expect(await sdk.a!.call('netns.only.c', { n })).to.deep.equal({ by: 'c', n });
    expect((await mesh(b)).relay!.relayed - relayedBefore, 'B carried the invocations and the answers').to.be.at.least(12);
    // pub/sub through the relay: interest of C reaches A over the routed link
    const got: string[] = [];
    await sdk.c!.subscribe('netns.events.**', (m) => void got.push(m.topic));
    await eventually('A’s publishes to reach C', 15_000, async () => (await sdk.a!.publish('netns.events.probe', {}), got.includes('netns.events.probe')), (x) => x);
    got.length = 0;
    for (let i = 0; i < 50; i++) await sdk.a!.publish(`netns.events.${i}.x`, { i });
    await eventually('all 50 at C', 5_000, async () => got.filter((t) => !t.endsWith('probe')).length, (n) => n >= 50);
    await sleep(300);
    const seen = got.filter((t) => !t.endsWith('probe'));
    expect(seen.length, 'each message once').to.equal(50);
    expect(new Set(seen).size).to.equal(50);
  });

  it('a node whose frames may cross one link only (mesh_max_hops 1) gets max_hops_exceeded from the relay: counted on both sides, never delivered to C', async () => {
    const mb = await eventually('B to bounce D’s frames for C', 20_000, () => mesh(b), (m) => (m.relay?.dropped.max_hops_exceeded ?? 0) > 0);
    expect(mb.relay!.dropped.max_hops_exceeded).to.be.above(0);
    await eventually('D to hear the bounces', 10_000, () => mesh(d), (m) => (m.relay?.bounced ?? 0) > 0);
    // a call from D to what only C serves: the relay's bounce fails the attempt at once, and the caller hears why
    const t0 = Date.now();
    const err = await eventually('D’s call to fail with the relay’s reason', 15_000, () => sdk.d!.call('netns.only.c', { n: 1 }).then(() => undefined, (e: unknown) => e as MaculaError), (e) => e !== undefined && JSON.stringify(e.details ?? {}).includes('max_hops_exceeded'));
    expect(isMaculaError(err), String(err)).to.equal(true);
    expect(['all_providers_failed', 'max_hops_exceeded']).to.include(err!.code);
    expect(Date.now() - t0, 'not an attempt timeout').to.be.below(15_000);
    // no frame of D's ever reached C (C's own frames to D may: its limit is the default 10)
    expect((await mesh(c)).links.filter((l) => l.nodeId === ids.d && l.initiator === 'remote'), 'links D opened to C').to.deep.equal([]);
  });

  it(`a partition of C: calls fail over to B or fail fast, C's links go within the link timeout (${LINK_TIMEOUT_MS} ms + a ping); after the heal links, routes and interest are back within ${RECONVERGE_MS} ms, with no duplicate`, async () => {
    await eventually('B–C linked', 20_000, () => mesh(b), (m) => direct(m, ids.c));
    // B serves it too: during the partition A's calls fail over to B
    await sdk.b!.advertise('netns.both', () => ({ by: 'b' }));
    await sdk.c!.advertise('netns.both', () => ({ by: 'c' }));
    await eventually('both providers seen from A', 15_000, async () => new Set(await Promise.all([0, 1, 2, 3].map(async () => (await sdk.a!.call<{ by: string }>('netns.both')).by))), (by) => by.has('b') && by.has('c'));
    net.partition(3);
    const cut = Date.now();
    const during: Array<{ by: string; ms: number }> = [];
    for (let i = 0; i < 10; i++) {
      const t = Date.now();
      during.push({ by: (await sdk.a!.call<{ by: string }>('netns.both')).by, ms: Date.now() - t });
    }
    expect(during.every((x) => x.by === 'b'), JSON.stringify(during)).to.equal(true);
    expect(Math.max(...during.map((x) => x.ms)), 'at worst one attempt timeout, then B').to.be.below(ATTEMPT_MS + 1_000);
    // what only C serves fails with a typed error, never a hang to the overall deadline
    const t1 = Date.now();
    const lost = await sdk.a!.call('netns.only.c', { n: 9 }).then(() => undefined, (e: unknown) => e as MaculaError);
    expect(isMaculaError(lost), String(lost)).to.equal(true);
    expect(Date.now() - t1).to.be.below(3 * ATTEMPT_MS + 2_000);
    await eventually('B to drop its link to C', LINK_TIMEOUT_MS * 3, () => mesh(b), (m) => !m.links.some((l) => l.nodeId === ids.c));
    await eventually('A to lose its route to C', LINK_TIMEOUT_MS * 4, () => mesh(a), (m) => !m.links.some((l) => l.nodeId === ids.c) && !m.routes.some((r) => r.nodeId === ids.c));
    const noticedMs = Date.now() - cut;
    expect(noticedMs).to.be.below(LINK_TIMEOUT_MS * 4);
    net.heal(3);
    const healed = Date.now();
    await eventually('B–C linked again', RECONVERGE_MS, () => mesh(b), (m) => direct(m, ids.c));
    await eventually('A to reach C through B again', RECONVERGE_MS, () => mesh(a), (m) => routedVia(m, ids.c, ids.b));
    // interest reconverges: a publish on A reaches C's subscription again, once each
    const got: string[] = [];
    await sdk.c!.subscribe('netns.healed.*', (m) => void got.push(m.topic));
    await eventually('A’s publishes to reach C after the heal', RECONVERGE_MS, async () => (await sdk.a!.publish('netns.healed.probe', {}), got.includes('netns.healed.probe')), (x) => x);
    expect(Date.now() - healed, 'links, routes and interest back').to.be.below(RECONVERGE_MS);
    got.length = 0;
    for (let i = 0; i < 20; i++) await sdk.a!.publish(`netns.healed.m${i}`, {});
    await eventually('20 at C', 5_000, async () => got.filter((t) => t !== 'netns.healed.probe').length, (n) => n >= 20);
    await sleep(300);
    const after = got.filter((t) => t !== 'netns.healed.probe');
    expect(after.length, 'no duplicate after the heal').to.equal(20);
    expect(await sdk.a!.call('netns.only.c', { n: 10 })).to.deep.equal({ by: 'c', n: 10 });
  });
});
