/**
 * Pub/sub across the mesh (issue 12 item 2) with in-process brokers: real brokers, real QUIC node
 * links between them, real clients; the brokers find each other through a shared record table
 * (meshPubsubHelpers: an in-process broker has no DHT of its own). What a node does with its
 * links is what the gateway process does.
 */
import { expect } from 'chai';
import { decodeJson } from '../../lib/protocol/index.js';
import { meshed, sees, useMesh, type MeshNode } from './meshPubsubHelpers.js';
import { sleep, waitFor, type RawClient } from './helpers.js';

type Got = { sub: number; topic: string; n: number };
const events = (c: RawClient): Got[] => c.received('event').map((f) => ({ sub: f.event!.subscriptionId!, topic: f.event!.topic!, n: (decodeJson(f.event!.payload!) as { n: number }).n }));
const of = (c: RawClient, sub: number): number[] => events(c).filter((e) => e.sub === sub).map((e) => e.n).sort((a, b) => a - b);
const received = (n: MeshNode): number => n.broker.pubsub!.meshStats.eventsReceived;
const sent = (n: MeshNode): number => n.broker.pubsub!.meshStats.eventsSent;
const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, i) => a + i);

describe('broker: pub/sub across the mesh (in-process brokers, real node links)', function () {
  this.timeout(60_000);
  const mesh = useMesh();

  it('a publish on any node reaches every matching subscription on every other node, * and ** anywhere; each interested node gets one copy however many of its subscriptions match', async () => {
    const nodes = [await mesh.start(), await mesh.start(), await mesh.start()];
    await meshed(nodes);
    const subs = await Promise.all(nodes.map((n) => n.connect()));
    const ids = await Promise.all(subs.map(async (c, j) => ({
      exact: await c.subscribe(`t.n${j}.x`),
      one: await c.subscribe(`t.*.x`),
      any: await c.subscribe(`**.x`),
      mid: await c.subscribe(`t.**.n${j}.**`),
    })));
    for (const [j, at] of nodes.entries()) {
      for (const [i, from] of nodes.entries()) if (i !== j) await sees(at, from, [`t.n${i}.x`, 't.*.x', '**.x', `t.**.n${i}.**`]);
    }
    const pubs = await Promise.all(nodes.map((n) => n.connect()));
    const before = nodes.map(received);
    // every node publishes one message to each node's exact topic: 9 messages, n = 10 * from + to
    for (const [i, p] of pubs.entries()) for (let j = 0; j < 3; j++) await p.publishAcked(`t.n${j}.x`, { n: 10 * i + j });
    const all = [0, 1, 2, 10, 11, 12, 20, 21, 22];
    await waitFor(() => subs.every((c, j) => of(c, ids[j]!.one).length === 9 && of(c, ids[j]!.any).length === 9), 5000, 'every t.*.x and **.x subscription to get all 9');
    await sleep(100);
    for (const [j, c] of subs.entries()) {
      expect(of(c, ids[j]!.exact), `t.n${j}.x`).to.deep.equal([j, 10 + j, 20 + j]);
      expect(of(c, ids[j]!.one)).to.deep.equal(all);
      expect(of(c, ids[j]!.any)).to.deep.equal(all);
      expect(of(c, ids[j]!.mid)).to.deep.equal([j, 10 + j, 20 + j]);
    }
    // node j got one copy of each message published elsewhere (6), though up to 4 of its subscriptions match each
    expect(nodes.map((n, j) => received(n) - before[j]!)).to.deep.equal([6, 6, 6]);
  });

  it('a routed message is delivered where it arrives and never forwarded: no loops, no amplification', async () => {
    const [a, b, c] = [await mesh.start(), await mesh.start(), await mesh.start()];
    await meshed([a, b, c]);
    const sb = await b.connect();
    const sc = await c.connect();
    const ib = await sb.subscribe('loop.**');
    const ic = await sc.subscribe('loop.**');
    await sees(a, b, ['loop.**']);
    await sees(a, c, ['loop.**']);
    const pub = await a.connect();
    for (let n = 0; n < 20; n++) await pub.publishAcked('loop.t', { n });
    await waitFor(() => of(sb, ib).length === 20 && of(sc, ic).length === 20, 5000, 'both to get 20');
    await sleep(200);
    expect(of(sb, ib)).to.deep.equal(range(0, 20));
    expect(of(sc, ic)).to.deep.equal(range(0, 20));
    expect(sent(a)).to.equal(40);
    // b and c hold each other's interest, yet nothing that arrived from a went on
    expect(sent(b)).to.equal(0);
    expect(sent(c)).to.equal(0);
  });

  it('interest follows subscribe and unsubscribe in order (refcounted: only the first and the last of an entry are sent)', async () => {
    const [a, b] = [await mesh.start(), await mesh.start()];
    await meshed([a, b]);
    const c1 = await b.connect();
    const c2 = await b.connect();
    const s1 = await c1.subscribe('ref.*');
    const s2 = await c2.subscribe('ref.*');
    const q = await c2.subscribe('ref.*', 'g');
    await sees(a, b, ['ref.*', 'ref.*|g']);
    const deltas = b.broker.pubsub!.meshStats.deltasSent;
    // a second holder of an entry and its leaving change nothing on the wire
    const s3 = await c1.subscribe('ref.*');
    c1.send({ unsubscribe: { subscriptionId: s3 } });
    await c1.publishAcked('sync.x', 0);
    expect(b.broker.pubsub!.meshStats.deltasSent).to.equal(deltas);
    c1.send({ unsubscribe: { subscriptionId: s1 } });
    await c1.publishAcked('sync.x', 0);
    await sleep(100);
    expect(b.broker.pubsub!.meshStats.deltasSent).to.equal(deltas);
    // the last plain holder leaves: removed; a rapid add/remove/add ends with the entry held
    c2.send({ unsubscribe: { subscriptionId: s2 } });
    c2.send({ unsubscribe: { subscriptionId: q } });
    await sees(a, b, []);
    for (let i = 0; i < 20; i++) {
      const id = await c1.subscribe('flap.x');
      if (i < 19) c1.send({ unsubscribe: { subscriptionId: id } });
    }
    await sees(a, b, ['flap.x']);
    const pub = await a.connect();
    const before = sent(a);
    await pub.publishAcked('ref.z', { n: 1 });
    expect(sent(a), 'no copy for interest that left').to.equal(before);
  });

  it('queue groups span the mesh: members on other nodes each get a share and every message exactly one of them; a member on the publisher\'s node is preferred', async () => {
    const [a, b, c] = [await mesh.start(), await mesh.start(), await mesh.start()];
    await meshed([a, b, c]);
    const mb = await b.connect();
    const mc = await c.connect();
    const ib = await mb.subscribe('work.*', 'workers');
    const ic = await mc.subscribe('work.*', 'workers');
    const plain = await c.connect();
    const ip = await plain.subscribe('work.*');
    await sees(a, b, ['work.*|workers']);
    await sees(a, c, ['work.*', 'work.*|workers']);
    const pub = await a.connect();
    for (let n = 0; n < 40; n++) await pub.publishAcked('work.job', { n });
    await waitFor(() => of(mb, ib).length + of(mc, ic).length === 40 && of(plain, ip).length === 40, 5000, '40 in the group, 40 plain');
    await sleep(100);
    expect(of(mb, ib).length, 'b\'s share').to.be.greaterThan(0);
    expect(of(mc, ic).length, 'c\'s share').to.be.greaterThan(0);
    expect([...of(mb, ib), ...of(mc, ic)].sort((x, y) => x - y)).to.deep.equal(range(0, 40));
    expect(of(plain, ip)).to.deep.equal(range(0, 40));
    // a member on the publisher's node takes the group's messages from there
    const ma = await a.connect();
    const ia = await ma.subscribe('work.*', 'workers');
    const [nb, nc] = [of(mb, ib).length, of(mc, ic).length];
    for (let n = 40; n < 60; n++) await pub.publishAcked('work.job', { n });
    await waitFor(() => of(ma, ia).length === 20 && of(plain, ip).length === 60, 5000, 'the local member to take all 20');
    await sleep(100);
    expect([of(mb, ib).length, of(mc, ic).length]).to.deep.equal([nb, nc]);
  });

  it('a node restarted with the same id gets its interest back in both directions (a fresh snapshot on the new link)', async () => {
    const [a, b] = [await mesh.start(), await mesh.start()];
    await meshed([a, b]);
    const sa = await a.connect();
    const ia = await sa.subscribe('back.to.a');
    await sees(b, a, ['back.to.a']);
    const id = b.identity;
    await mesh.stop(b);
    await waitFor(() => (a.broker.pubsub!.remoteInterest('macula.default')!.nodeCount) === 0, 5000, 'a to drop b');
    const b2 = await mesh.start({}, id);
    expect(b2.nodeId).to.equal(b.nodeId);
    const sb = await b2.connect();
    const ib = await sb.subscribe('back.to.b');
    await sees(a, b2, ['back.to.b']);
    await sees(b2, a, ['back.to.a']);
    const pa = await a.connect();
    const pb = await b2.connect();
    await pa.publishAcked('back.to.b', { n: 1 });
    await pb.publishAcked('back.to.a', { n: 2 });
    await waitFor(() => of(sb, ib).length === 1 && of(sa, ia).length === 1, 5000, 'both directions');
    expect([of(sb, ib), of(sa, ia)]).to.deep.equal([[1], [2]]);
  });

  it('realms never cross: a broker of another realm is not linked and receives nothing', async () => {
    const a = await mesh.start();
    const other = await mesh.start({ realms: ['org.other'] });
    const sa = await a.connect();
    const so = await other.connect('org.other');
    const io = await so.subscribe('**');
    await sa.subscribe('**');
    await sleep(1_000);
    const pub = await a.connect();
    await pub.publishAcked('x.y', { n: 1 });
    await sleep(300);
    expect(events(so).filter((e) => e.sub === io)).to.deep.equal([]);
    expect(other.broker.pubsub!.meshStats.eventsReceived).to.equal(0);
    expect(a.broker.pubsub!.remoteInterest('macula.default')!.nodeCount).to.equal(0);
  });
});
