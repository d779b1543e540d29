/**
 * Issue 12 item 3 on real nodes in network namespaces (test/helpers/netns.ts): a line A – B – C
 * where the network drops everything between A and C (silently, in the router namespace), so A
 * and C can only talk through B; a node D beside A whose frames may cross one link only
 * (mesh_max_hops 1); then a partition of C that heals. Each node is a real tree of OS processes
 * in its own namespace, bound to its namespace's address. DHT and link timers are small.
 */
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { killAllAndCheckOrphans, sleep, startNode, type TestNode } from '../helpers/cluster.js';
import { Netns, requireNetns } from '../helpers/netns.js';

const LINK_TIMEOUT_MS = 1_500;
const ENV = {
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

async function eventually<T>(what: string, timeoutMs: number, fn: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await fn().catch(() => undefined as T);
    if (last !== undefined && ok(last)) return last;
    await sleep(100);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(last)}`);
}

const direct = (m: MeshView, id: string): boolean => m.links.some((l) => l.nodeId === id && !l.via);
const routedVia = (m: MeshView, id: string, via: string): boolean => m.links.some((l) => l.nodeId === id && l.via === via && l.hops === 2);

describe('multi-hop and partitions in network namespaces (issue 12)', function () {
  this.timeout(120_000);
  const net = new Netns(3);
  let a: TestNode, b: TestNode, c: TestNode, d: TestNode;
  let ids: Record<'a' | 'b' | 'c' | 'd', string>;

  before(async function () {
    requireNetns(this);
    net.create();
    net.block(1, 3);
    const on = (i: number, extra: Record<string, string> = {}, bootstrap?: string) =>
      startNode({ netns: net.ns(i), env: { ...ENV, MACULA_QUIC_HOST: net.addr(i), ...(bootstrap ? { MACULA_BOOTSTRAP_URL: bootstrap } : {}), ...extra } });
    b = await on(2);
    const bId = (await b.status()).nodeId;
    const port = (await b.control({ status: {} })).status!.bound!.quic!.split(':').pop()!;
    const seed = `quic://${net.addr(2)}:${port}?node_id=${bId}`;
    [a, c] = await Promise.all([on(1, {}, seed), on(3, {}, seed)]);
    d = await on(1, { MACULA_MESH_MAX_HOPS: '1' }, seed);
    ids = { a: (await a.status()).nodeId, b: bId, c: (await c.status()).nodeId, d: (await d.status()).nodeId };
  });

  after(async function () {
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

  it('a node whose frames may cross one link only (mesh_max_hops 1) gets max_hops_exceeded from the relay: counted on both sides, never delivered to C', async () => {
    const mb = await eventually('B to bounce D’s frames for C', 20_000, () => mesh(b), (m) => (m.relay?.dropped.max_hops_exceeded ?? 0) > 0);
    expect(mb.relay!.dropped.max_hops_exceeded).to.be.above(0);
    await eventually('D to hear the bounces', 10_000, () => mesh(d), (m) => (m.relay?.bounced ?? 0) > 0);
    // no frame of D's ever reached C (C's own frames to D may: its limit is the default 10)
    expect((await mesh(c)).links.filter((l) => l.nodeId === ids.d && l.initiator === 'remote'), 'links D opened to C').to.deep.equal([]);
  });

  it(`a partition of C: its links go within the link timeout (${LINK_TIMEOUT_MS} ms + a ping), and after the heal links and routes are back within ${RECONVERGE_MS} ms`, async () => {
    await eventually('B–C linked', 20_000, () => mesh(b), (m) => direct(m, ids.c));
    net.partition(3);
    const cut = Date.now();
    await eventually('B to drop its link to C', LINK_TIMEOUT_MS * 3, () => mesh(b), (m) => !m.links.some((l) => l.nodeId === ids.c));
    await eventually('A to lose its route to C', LINK_TIMEOUT_MS * 4, () => mesh(a), (m) => !m.links.some((l) => l.nodeId === ids.c) && !m.routes.some((r) => r.nodeId === ids.c));
    const noticedMs = Date.now() - cut;
    expect(noticedMs).to.be.below(LINK_TIMEOUT_MS * 4);
    net.heal(3);
    const healed = Date.now();
    await eventually('B–C linked again', RECONVERGE_MS, () => mesh(b), (m) => direct(m, ids.c));
    await eventually('A to reach C through B again', RECONVERGE_MS, () => mesh(a), (m) => routedVia(m, ids.c, ids.b));
    expect(Date.now() - healed).to.be.below(RECONVERGE_MS);
  });
});
