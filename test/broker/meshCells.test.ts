/**
 * Pub/sub across cells (`pubsub_cell_bits`, lib/pubsub/cells.ts: a full mesh per cell, one link
 * into every other cell carrying that cell's interest) with in-process brokers: real brokers,
 * real QUIC node links, real clients; membership through the shared record table
 * (meshPubsubHelpers), so the cell lookups of MeshMembership run as in a node. Four nodes, two in
 * each of the two cells of 1 cell bit (identities are drawn until the cells are even).
 */
import { expect } from 'chai';
import { nodeIdFromCertPem, type Identity } from '../../lib/identity/index.js';
import { decodeJson } from '../../lib/protocol/index.js';
import { cellOf } from '../../lib/pubsub/index.js';
import { useMesh, type MeshNode } from './meshPubsubHelpers.js';
import { identity, sleep, waitFor, type RawClient } from './helpers.js';

const BITS = 1;
const REALM = 'macula.default';
type Got = { sub: number; topic: string; n: number };
const events = (c: RawClient): Got[] => c.received('event').map((f) => ({ sub: f.event!.subscriptionId!, topic: f.event!.topic!, n: (decodeJson(f.event!.payload!) as { n: number }).n }));
const of = (c: RawClient, sub: number): number[] => events(c).filter((e) => e.sub === sub).map((e) => e.n).sort((a, b) => a - b);
const stats = (n: MeshNode) => n.broker.pubsub!.meshStats;
const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, i) => a + i);

/** Two identities in each cell of 1 bit: [cell 0, cell 0, cell 1, cell 1]. */
function evenIdentities(): Identity[] {
  const cells: Identity[][] = [[], []];
  while (cells[0]!.length < 2 || cells[1]!.length < 2) {
    const id = identity();
    const c = cells[cellOf(nodeIdFromCertPem(id.certPem), BITS)]!;
    if (c.length < 2) c.push(id);
  }
  return [...cells[0]!, ...cells[1]!];
}

/** Every node holds interest from the other node of its cell and from one node of the other cell (not from all three: no full mesh). */
async function celled(nodes: readonly MeshNode[], timeoutMs = 10_000): Promise<void> {
  await waitFor(() => nodes.every((n) => n.broker.pubsub!.remoteInterest(REALM)!.nodeCount === 2 && n.broker.pubsub!.interest.designated(REALM).size === 1), timeoutMs, 'every node linked in its cell and into the other cell');
}

describe('broker: pub/sub across cells (in-process brokers, real node links)', function () {
  this.timeout(60_000);
  const mesh = useMesh();
  const start = (id: Identity): Promise<MeshNode> => mesh.start({ meshPubSub: { cellBits: BITS, membershipIntervalMs: 200 } }, id);

  it('every publish reaches every matching subscription in both cells once, * and ** included; a node holds interest from its cell and one node of the other cell; a relayed copy goes on once and never further', async () => {
    const nodes = await Promise.all(evenIdentities().map(start));
    await celled(nodes);
    const subs = await Promise.all(nodes.map((n) => n.connect()));
    const ids = await Promise.all(subs.map(async (c, j) => ({ exact: await c.subscribe(`c.n${j}.x`), any: await c.subscribe('c.**'), one: await c.subscribe('*.*.x') })));
    // each node's cell entries: its own and its cell partner's, never the other cell's
    await waitFor(() => nodes.every((n, j) => {
      const partner = j ^ 1;
      const want = ['*.*.x', 'c.**', `c.n${j}.x`, `c.n${partner}.x`].sort();
      return JSON.stringify(n.broker.pubsub!.interest.cellEntries(REALM).map((e) => e.pattern).sort()) === JSON.stringify(want);
    }), 5000, 'cell entries of every node');
    // and what each node holds of the other cell is that cell's union
    await waitFor(() => nodes.every((n, j) => {
      const [o1, o2] = j < 2 ? [2, 3] : [0, 1];
      const node = [...n.broker.pubsub!.interest.designated(REALM).values()][0]!;
      const held = n.broker.pubsub!.remoteInterest(REALM)!.entriesOfNode(node).map((e) => e.pattern).sort();
      return JSON.stringify(held) === JSON.stringify(['*.*.x', 'c.**', `c.n${o1}.x`, `c.n${o2}.x`].sort());
    }), 5000, 'every node to hold the other cell\'s union');
    const pubs = await Promise.all(nodes.map((n) => n.connect()));
    const before = nodes.map((n) => ({ ...stats(n) }));
    // every node publishes to every node's exact topic: 16 messages, n = 10 * from + to
    for (const [i, p] of pubs.entries()) for (let j = 0; j < 4; j++) await p.publishAcked(`c.n${j}.x`, { n: 10 * i + j });
    const all = [0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23, 30, 31, 32, 33];
    await waitFor(() => subs.every((c, j) => of(c, ids[j]!.any).length === 16 && of(c, ids[j]!.one).length === 16), 5000, 'every c.** and *.*.x subscription to get all 16');
    await sleep(200);
    for (const [j, c] of subs.entries()) {
      expect(of(c, ids[j]!.exact), `c.n${j}.x`).to.deep.equal([j, 10 + j, 20 + j, 30 + j]);
      expect(of(c, ids[j]!.any)).to.deep.equal(all);
      expect(of(c, ids[j]!.one)).to.deep.equal(all);
    }
    // each node received one copy of each of the 12 messages published on other nodes: from its
    // cell partner directly (4), and from the other cell (8) through one relay each
    const got = nodes.map((n, j) => stats(n).eventsReceived - before[j]!.eventsReceived);
    expect(got).to.deep.equal([12, 12, 12, 12]);
    // per message published, one copy to the partner and one to the other cell: 2 × 4 per node
    expect(nodes.map((n, j) => stats(n).eventsSent - before[j]!.eventsSent - (stats(n).eventsRelayed - before[j]!.eventsRelayed))).to.deep.equal([8, 8, 8, 8]);
    // 8 messages entered each cell through a relay, which passed each on to its partner only
    const relayed = nodes.map((n, j) => stats(n).eventsRelayed - before[j]!.eventsRelayed);
    expect(relayed[0]! + relayed[1]!).to.equal(8);
    expect(relayed[2]! + relayed[3]!).to.equal(8);
  });

  it('a queue group with members in the other cell only: each message to exactly one of them; with a member in the publisher\'s cell, that member', async () => {
    const [a, b, c, d] = await Promise.all(evenIdentities().map(start));
    await celled([a!, b!, c!, d!]);
    const [sc, sd] = [await c!.connect(), await d!.connect()];
    const [qc, qd] = [await sc.subscribe('work.*', 'w'), await sd.subscribe('work.*', 'w')];
    const pub = await a!.connect();
    await waitFor(() => a!.broker.pubsub!.remoteInterest(REALM)!.match('work.x').some((r) => r.queues?.includes('w') === true), 5000, 'a to see the group');
    for (let n = 0; n < 100; n++) await pub.publishAcked('work.x', { n });
    await waitFor(() => of(sc, qc).length + of(sd, qd).length === 100, 5000, '100 deliveries to the group');
    await sleep(200);
    expect([...of(sc, qc), ...of(sd, qd)].sort((x, y) => x - y)).to.deep.equal(range(0, 100));
    // now a member in the publisher's cell: it takes every message (the publisher's cell first)
    const sb = await b!.connect();
    const qb = await sb.subscribe('work.*', 'w');
    await waitFor(() => a!.broker.pubsub!.remoteInterest(REALM)!.entriesOfNode(b!.nodeId).some((e) => e.queue === 'w'), 5000, 'a to see b\'s member');
    const [cBefore, dBefore] = [of(sc, qc).length, of(sd, qd).length];
    for (let n = 100; n < 150; n++) await pub.publishAcked('work.x', { n });
    await waitFor(() => of(sb, qb).length === 50, 5000, 'b to get 50');
    await sleep(200);
    expect(of(sb, qb)).to.deep.equal(range(100, 150));
    expect([of(sc, qc).length, of(sd, qd).length]).to.deep.equal([cBefore, dBefore]);
  });

  it('when a node\'s link into the other cell goes (that node stops), another node of that cell takes over and interest and events flow again', async () => {
    const nodes = await Promise.all(evenIdentities().map(start));
    await celled(nodes);
    const [a] = nodes;
    const subs = await Promise.all(nodes.slice(2).map((n) => n.connect()));
    const ids = await Promise.all(subs.map((c) => c.subscribe('fail.**')));
    const pub = await a!.connect();
    const designated = (): string | undefined => [...a!.broker.pubsub!.interest.designated(REALM).values()][0];
    await waitFor(() => a!.broker.pubsub!.remoteInterest(REALM)!.match('fail.t').length === 1, 5000, 'a to see cell 1\'s interest');
    const gone = nodes.find((n) => n.nodeId === designated())!;
    const stays = nodes.slice(2).find((n) => n !== gone)!;
    const stayIdx = nodes.indexOf(stays) - 2;
    await mesh.stop(gone);
    mesh.records.withdraw(gone.nodeId);
    const t0 = Date.now();
    await waitFor(() => designated() === stays.nodeId && a!.broker.pubsub!.remoteInterest(REALM)!.match('fail.t').length === 1, 8000, `a to hold cell 1's interest through ${stays.nodeId.slice(0, 8)}`);
    const tookMs = Date.now() - t0;
    for (let n = 0; n < 20; n++) await pub.publishAcked('fail.t', { n });
    await waitFor(() => of(subs[stayIdx]!, ids[stayIdx]!).length === 20, 5000, 'the surviving member to get 20');
    await sleep(100);
    expect(of(subs[stayIdx]!, ids[stayIdx]!)).to.deep.equal(range(0, 20));
    expect(tookMs).to.be.below(8000);
  });

  it('a full link table: the node left out is refused too_many_links, and membership warns "pub/sub mesh full", naming pubsub_cell_bits as the way out', async () => {
    const warnings: string[] = [];
    const logger = { warn: (_f: Record<string, unknown>, m: string) => void warnings.push(m) };
    // one link per node: a and b fill each other's tables, c is left out of both
    const small = { meshPoolMax: 1, logger, meshPubSub: { membershipIntervalMs: 200 } };
    const [a, b] = [await mesh.start(small), await mesh.start(small)];
    await waitFor(() => a.broker.pubsub!.remoteInterest(REALM)!.nodeCount === 1 && b.broker.pubsub!.remoteInterest(REALM)!.nodeCount === 1, 5000, 'a and b linked');
    const c = await mesh.start(small);
    await waitFor(() => warnings.some((w) => w.startsWith('pub/sub mesh full')), 5000, 'the warning');
    const w = warnings.find((x) => x.startsWith('pub/sub mesh full'))!;
    expect(w).to.include('holds its maximum of 1 links');
    expect(w).to.include('set pubsub_cell_bits');
    // the two that are linked go on: a subscriber on b gets a's publish; c's gets nothing (a's
    // dials to c are refused by a's own full table, so c may see a link come and go, never interest)
    const [sb, sc] = [await b.connect(), await c.connect()];
    const [ib, ic] = [await sb.subscribe('full.t'), await sc.subscribe('full.t')];
    await waitFor(() => a.broker.pubsub!.remoteInterest(REALM)!.match('full.t').length === 1, 5000, 'a to see b\'s subscription');
    const pa = await a.connect();
    await pa.publishAcked('full.t', { n: 1 });
    await waitFor(() => of(sb, ib).length === 1, 5000, 'b to get it');
    await sleep(300);
    expect(of(sc, ic)).to.deep.equal([]);
    expect(a.broker.pubsub!.remoteInterest(REALM)!.entriesOfNode(c.nodeId)).to.deep.equal([]);
  });

  it('a node running other cell bits: the link carries no pub/sub either way (both warn, naming pubsub_cell_bits); calls still cross it', async () => {
    const warnings: string[] = [];
    const logger = { warn: (_f: Record<string, unknown>, m: string) => void warnings.push(m) };
    const a = await mesh.start({ logger, meshPubSub: { cellBits: 1, membershipIntervalMs: 200 } });
    const b = await mesh.start({ logger, meshPubSub: { membershipIntervalMs: 200 } });
    const sb = await b.connect();
    await sb.subscribe('mix.t');
    await sb.advertise('mix.echo');
    sb.serve((args) => args);
    // they look each other up under different keys, so link them by hand (as a call or the DHT would)
    await a.broker.mesh!.link(b.nodeId, b.broker.url);
    await waitFor(() => a.broker.pubsub!.meshStats.cellBitsMismatches >= 1 && b.broker.pubsub!.meshStats.cellBitsMismatches >= 1, 5000, 'both to see the mismatch');
    expect(warnings.filter((w) => w.includes('pubsub_cell_bits 0, this node 1'))).to.have.length.above(0);
    expect(warnings.filter((w) => w.includes('pubsub_cell_bits 1, this node 0'))).to.have.length.above(0);
    expect(a.broker.pubsub!.remoteInterest(REALM)!.nodeCount).to.equal(0);
    expect(b.broker.pubsub!.remoteInterest(REALM)!.nodeCount).to.equal(0);
    // the link itself stays: a call from a's client reaches b's provider
    const ca = await a.connect();
    expect(decodeJson(await ca.call('mix.echo', { n: 1 }))).to.deep.equal({ n: 1 });
  });

  it('a node alone with empty cells looks them up less and less (skipping 1, 2, then 4 rounds), and finds the first node of one when it comes', async () => {
    const a = await mesh.start({ meshPubSub: { cellBits: 2, membershipIntervalMs: 100 } });
    // 3 other cells; rounds every ~100 ms: without the pause 3 lookups a round
    const rounds = 20;
    await sleep(rounds * 100);
    const looked = a.broker.pubsub!.meshStats.cellLookups;
    expect(looked).to.be.at.least(3);
    // lookups at rounds 0, 2, 5, 10, 15, … per cell: at most 6 each in 20 rounds (and some slack for timing)
    expect(looked).to.be.at.most(3 * 7);
    const b = await mesh.start({ meshPubSub: { cellBits: 2, membershipIntervalMs: 100 } }, identityInAnotherCell(a.nodeId, 2));
    await waitFor(() => a.broker.pubsub!.interest.designated(REALM).size === 1 && b.broker.pubsub!.interest.designated(REALM).size === 1, 5000, 'a and b linked across cells');
  });
});

/** An identity whose cell under `bits` is not that of `nodeId`. */
function identityInAnotherCell(nodeId: string, bits: number): Identity {
  for (;;) {
    const id = identity();
    if (cellOf(nodeIdFromCertPem(id.certPem), bits) !== cellOf(nodeId, bits)) return id;
  }
}
