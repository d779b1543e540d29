/**
 * Multi-hop (issue 12 item 3) between real gateways in one process (distinct identities, QUIC on
 * 127.0.0.1:0): A – B – C where A holds no link to C. A learns that B reaches C, a frame A sends
 * to C goes through B and arrives as A's, C's answer comes back the same way; a frame allowed
 * fewer hops than the path is dropped at B and A told `max_hops_exceeded`; a copy of a frame
 * already relayed is dropped; cutting B – C ends A's routed link with `node_unreachable`; a direct
 * link replaces the routed one; a dial that fails falls back to the relay; mesh_trust allowlist
 * refuses relayed traffic from a node it does not list. (The same through real processes in
 * network namespaces: test/mesh/netns.test.ts.)
 */
import { expect } from 'chai';
import { Broker, type BrokerOptions, type NodeLink } from '../../lib/broker/index.js';
import type { MeshLink } from '../../lib/broker/NodeLink.js';
import type { RoutedLink } from '../../lib/broker/RoutedLink.js';
import type { WireDhtMessage } from '../../lib/dht/wire.js';
import type { MaculaError } from '../../lib/errors/index.js';
import { identity, sleep, waitFor } from './helpers.js';

type Heard = Array<{ from: string; message: WireDhtMessage }>;

describe('broker: multi-hop through relays (MeshRelay)', function () {
  this.timeout(30_000);
  const brokers: Broker[] = [];
  const ids = [identity(), identity(), identity()];
  const heard: Heard[] = [[], [], []];
  const node = async (i: number, opts: Partial<BrokerOptions> = {}): Promise<Broker> => {
    const b = new Broker({ tls: ids[i]!, port: 0, dht: { deliver: (from, message) => void heard[i]!.push({ from, message }) }, ...opts });
    brokers.push(b);
    await b.start();
    return b;
  };
  afterEach(async () => {
    await Promise.all(brokers.splice(0).map((b) => b.stop()));
    for (const h of heard) h.splice(0);
  });

  /** A – B – C, with A's route to C through B learnt. */
  async function line(aOpts: Partial<BrokerOptions> = {}, cOpts: Partial<BrokerOptions> = {}): Promise<[Broker, Broker, Broker]> {
    const [a, b, c] = [await node(0, aOpts), await node(1), await node(2, cOpts)];
    await a.mesh!.link(b.nodeId, b.url);
    await c.mesh!.link(b.nodeId, b.url);
    await waitFor(() => a.mesh!.routes().some((r) => r.nodeId === c.nodeId) && c.mesh!.routes().some((r) => r.nodeId === a.nodeId), 3000, 'A and C learn each other through B');
    return [a, b, c];
  }

  const ping = (from: Broker, requestId: number): WireDhtMessage => ({ type: 'ping', requestId, sender: { nodeId: from.nodeId, endpoint: from.url } });

  it('A learns B reaches C; a frame to C goes through B, arrives as A\'s, and C answers the same way', async () => {
    const [a, b, c] = await line();
    expect(a.mesh!.routes()).to.deep.equal([{ nodeId: c.nodeId, via: b.nodeId, hops: 2 }]);
    expect(a.mesh!.has(c.nodeId)).to.equal(false);
    const toC = await a.mesh!.link(c.nodeId, '');
    expect((toC as RoutedLink).via).to.deep.equal({ nodeId: b.nodeId, hops: 2 });
    expect(toC.send({ dht: ping(a, 1) })).to.equal(true);
    await waitFor(() => heard[2]!.length === 1, 3000, 'C hears A');
    expect(heard[2]![0]!.from).to.equal(a.nodeId);
    expect(heard[2]![0]!.message.requestId).to.equal(1);
    expect(heard[1]!, 'B delivers nothing to itself').to.deep.equal([]);
    // C answers: its routed link to A opened when A's frame came
    const links = c.mesh!.links().find((l) => l.nodeId === a.nodeId);
    expect(links).to.include({ via: b.nodeId, hops: 2, initiator: 'remote' });
    await c.mesh!.sendDht(a.nodeId, '', { type: 'pong', requestId: 1, sender: { nodeId: c.nodeId, endpoint: c.url } });
    await waitFor(() => heard[0]!.length === 1, 3000, 'A hears C');
    expect(heard[0]![0]!.from).to.equal(c.nodeId);
    expect(b.mesh!.relayStats()!.relayed).to.equal(2);
    expect(a.mesh!.links().map((l) => l.via ?? 'direct')).to.deep.equal(['direct', b.nodeId]);
  });

  it('a frame allowed fewer hops than the path is dropped at the relay and its sender told max_hops_exceeded', async () => {
    const [a, b, c] = await line({ maxHops: 1 });
    const toC = await a.mesh!.link(c.nodeId, '');
    toC.send({ dht: ping(a, 2) });
    await waitFor(() => (a.mesh!.relayStats()?.bounced ?? 0) === 1, 3000, 'A hears the bounce');
    expect(b.mesh!.relayStats()!.dropped.max_hops_exceeded).to.equal(1);
    await sleep(100);
    expect(heard[2]!, 'C got nothing').to.deep.equal([]);
  });

  it('a copy of a frame already relayed (same origin and packet id) is dropped', async () => {
    const [a, b, c] = await line();
    const toB = a.mesh!.get(b.nodeId) as NodeLink;
    const frame = { route: { originNodeId: a.nodeId, destinationNodeId: c.nodeId, hopCount: 0, maxHops: 10, packetId: 77 }, dht: ping(a, 3) };
    toB.send(frame);
    toB.send(frame);
    await waitFor(() => b.mesh!.relayStats()!.dropped.duplicate === 1, 3000, 'B drops the copy');
    await sleep(100);
    expect(heard[2]!.map((h) => h.message.requestId)).to.deep.equal([3]);
  });

  it('cutting B – C ends A\'s routed link with node_unreachable and withdraws the route', async () => {
    const [a, b, c] = await line();
    const toC = await a.mesh!.link(c.nodeId, '');
    const closed = new Promise<MaculaError | undefined>((resolve) => toC.once('close', resolve));
    b.mesh!.evict(c.nodeId);
    const err = await closed;
    expect(err?.code).to.equal('node_unreachable');
    expect(toC.closed).to.equal(true);
    await waitFor(() => a.mesh!.routes().length === 0, 3000, 'A forgets the route');
    const e = await a.mesh!.link(c.nodeId, '').then(() => undefined, (x: MaculaError) => x);
    expect(e?.code).to.equal('node_unreachable');
  });

  it('a direct link replaces the routed one (the workers see the direct link first)', async () => {
    const [a, , c] = await line();
    const toC = await a.mesh!.link(c.nodeId, '');
    const order: string[] = [];
    toC.once('close', () => order.push('routed closed'));
    const direct = (await a.mesh!.link(c.nodeId, c.url)) as MeshLink;
    order.push('direct up');
    // link() returned the routed link while it held one: dial directly as the background retry does
    expect(direct).to.equal(toC);
    const dialled = await (a.mesh as unknown as { linkUrl(url: string): Promise<NodeLink> }).linkUrl(c.url);
    await waitFor(() => toC.closed, 3000, 'the routed link gives way');
    expect(a.mesh!.get(c.nodeId)).to.equal(dialled);
    expect(a.mesh!.routes(), 'C is a neighbour now').to.deep.equal([]);
    expect(order).to.deep.equal(['direct up', 'routed closed']);
  });

  it('a dial that fails or does not answer within DIRECT_DIAL_BEFORE_RELAY_MS falls back to the relay', async () => {
    const [a, , c] = await line();
    const t0 = Date.now();
    // nobody listens there: the direct dial fails (or does not answer) and the relay is used
    const link = await a.mesh!.link(c.nodeId, 'quic://127.0.0.1:9');
    expect(Date.now() - t0).to.be.below(2_500);
    expect((link as RoutedLink).via?.hops).to.equal(2);
    // the next link() does not dial again (the failure is remembered)
    const t1 = Date.now();
    expect(await a.mesh!.link(c.nodeId, 'quic://127.0.0.1:9')).to.equal(link);
    expect(Date.now() - t1).to.be.below(100);
  });

  it('mesh_trust allowlist: relayed traffic from a node not listed is dropped, never delivered', async () => {
    const [a, b, c] = await line({}, { meshTrust: { mode: 'allowlist', allowlist: [identity().nodeId, ids[1]!.nodeId] } });
    const toC = await a.mesh!.link(c.nodeId, '');
    toC.send({ dht: ping(a, 4) });
    await waitFor(() => c.mesh!.relayStats()!.dropped.not_trusted === 1, 3000, 'C refuses A');
    expect(heard[2]!).to.deep.equal([]);
    expect(c.mesh!.links().map((l) => l.nodeId)).to.deep.equal([b.nodeId]);
  });

  it('holds at most maxRoutedLinks links through relays: opening one more closes the least recently used (too_many_links)', async () => {
    // a star: A, C, D and E each link to B only, so A reaches C, D and E through B
    const extra = [identity(), identity()];
    const leaf = async (tls: (typeof ids)[number]): Promise<Broker> => {
      const x = new Broker({ tls, port: 0, dht: { deliver: () => undefined } });
      brokers.push(x);
      await x.start();
      return x;
    };
    const [a, b, c] = [await node(0, { maxRoutedLinks: 2 }), await node(1), await node(2)];
    const [d, e] = [await leaf(extra[0]!), await leaf(extra[1]!)];
    for (const x of [a, c, d, e]) await x.mesh!.link(b.nodeId, b.url);
    await waitFor(() => [c, d, e].every((x) => a.mesh!.routes().some((r) => r.nodeId === x.nodeId)), 3000, 'A learns C, D and E through B');
    const toC = await a.mesh!.link(c.nodeId, '');
    const toD = await a.mesh!.link(d.nodeId, '');
    expect(a.mesh!.relayStats()!.routedLinks).to.equal(2);
    // D is used last: C is now the least recently used
    await sleep(5);
    expect(toD.send({ dht: ping(a, 7) })).to.equal(true);
    let why: MaculaError | undefined;
    toC.once('close', (err?: MaculaError) => (why = err));
    const toE = await a.mesh!.link(e.nodeId, '');
    expect(toC.closed, 'the least recently used routed link gave way').to.equal(true);
    expect(why?.code).to.equal('too_many_links');
    expect(toD.closed).to.equal(false);
    expect(toE.closed).to.equal(false);
    expect(a.mesh!.relayStats()!.routedLinks, 'never more than the bound').to.equal(2);
    expect(a.mesh!.links().filter((l) => l.via !== undefined).map((l) => l.nodeId).sort()).to.deep.equal([d.nodeId, e.nodeId].sort());
    // the evicted node is still reachable: asking again opens a routed link to it (and D, now least used, goes)
    const again = await a.mesh!.link(c.nodeId, '');
    expect(again.closed).to.equal(false);
    expect(again).to.not.equal(toC);
    expect(toD.closed).to.equal(true);
    expect(a.mesh!.relayStats()!.routedLinks).to.equal(2);
  });
});
