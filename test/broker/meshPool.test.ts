/**
 * macula_gateway_mesh: node links between real gateways (in-process brokers with distinct
 * identities on 127.0.0.1:0) — the handshake says "node link", links have their own table and
 * limit and never count as clients, one dial per target, crossed dials resolve to one link on
 * both sides, LRU eviction spares pinned links, realm mismatch is refused naming both realms.
 */
import { expect } from 'chai';
import { Broker, type BrokerOptions, type NodeLink } from '../../lib/broker/index.js';
import { crashAndWait, identity, RawClient, clientEndpoint, waitFor } from './helpers.js';

describe('broker: node links (macula_gateway_mesh)', function () {
  this.timeout(30_000);
  const brokers: Broker[] = [];
  const ids = [identity(), identity(), identity(), identity()];
  const node = async (i: number, opts: Partial<BrokerOptions> = {}): Promise<Broker> => {
    const b = new Broker({ tls: ids[i]!, port: 0, ...opts });
    brokers.push(b);
    await b.start();
    return b;
  };
  afterEach(async () => {
    await Promise.all(brokers.splice(0).map((b) => b.stop()));
  });
  const conns = (b: Broker): number => b.listener!.endpoint!.stats().connections;

  it('dials on demand, pinned to the node id, and reuses the link; a link is not a client on either side', async () => {
    const [a, b] = [await node(0), await node(1)];
    const l1 = (await a.mesh!.link(b.nodeId, b.url)) as NodeLink;
    expect(l1.nodeId).to.equal(b.nodeId);
    expect(l1.initiator).to.equal('local');
    expect(await a.mesh!.link(b.nodeId, b.url)).to.equal(l1);
    await waitFor(() => b.mesh!.size === 1, 3000, 'b holds the inbound link');
    expect(b.mesh!.get(a.nodeId)!.initiator).to.equal('remote');
    expect([a.clients!.size, b.clients!.size]).to.deep.equal([0, 0]);
    expect(a.listener!.endpoint!.stats().connectionsInitiated).to.equal(1);
    // the link carries frames: ping → pong
    const pong = new Promise<void>((resolve) => l1.stream.on('frame', () => resolve()));
    l1.send({ ping: { seq: 7 } });
    await pong;
  });

  it('concurrent link() calls for one node share one dial', async () => {
    const [a, b] = [await node(0), await node(1)];
    const links = await Promise.all([1, 2, 3, 4].map(() => a.mesh!.link(b.nodeId, b.url)));
    expect(new Set(links).size).to.equal(1);
    expect(a.listener!.endpoint!.stats().connectionsInitiated).to.equal(1);
  });

  it('crossed dials (both nodes dial each other at once) resolve to one link, the same one on both sides: the one dialled by the lower node id', async () => {
    for (let round = 0; round < 3; round++) {
      const [a, b] = [await node(0), await node(1)];
      const [la, lb] = (await Promise.all([a.mesh!.link(b.nodeId, b.url), b.mesh!.link(a.nodeId, a.url)])) as NodeLink[];
      await waitFor(() => conns(a) === 1 && conns(b) === 1, 5000, 'the duplicate connection closed');
      expect([a.mesh!.size, b.mesh!.size]).to.deep.equal([1, 1]);
      const lower = a.nodeId < b.nodeId ? 'a' : 'b';
      expect(la.initiator).to.equal(lower === 'a' ? 'local' : 'remote');
      expect(lb.initiator).to.equal(lower === 'b' ? 'local' : 'remote');
      expect(la.closed || lb.closed).to.equal(false);
      // one QUIC connection: each side's link points at the other's port
      expect(la.connection.remotePort).to.equal(b.port);
      expect(lb.connection.remotePort).to.equal(a.port);
      expect(a.mesh!.get(b.nodeId)).to.equal(la);
      await Promise.all(brokers.splice(0).map((x) => x.stop()));
    }
  });

  it('refuses a node that is not the one asked for (node_id_mismatch); nothing is held', async () => {
    const [a, b] = [await node(0), await node(1)];
    const err = await a.mesh!.link('ab'.repeat(32), b.url).then(() => undefined, (e: { code?: string }) => e);
    expect(err?.code).to.equal('node_id_mismatch');
    expect(a.mesh!.size).to.equal(0);
  });

  it('a link to a node of another realm is refused with realm_mismatch naming both realms', async () => {
    const a = await node(0, { realms: ['org.alpha'] });
    const b = await node(1, { realms: ['org.beta'] });
    const err = await a.mesh!.link(b.nodeId, b.url).then(() => undefined, (e: { code?: string; message: string }) => e);
    expect(err?.code).to.equal('realm_mismatch');
    expect(err?.message).to.contain('org.alpha').and.to.contain('org.beta');
    expect([a.mesh!.size, b.mesh!.size]).to.deep.equal([0, 0]);
  });

  it('holds at most maxLinks: the least recently used unpinned link is evicted; all pinned → too_many_links', async () => {
    const a = await node(0, { meshPoolMax: 2 });
    const [r1, r2, r3] = [await node(1), await node(2), await node(3)];
    const l1 = await a.mesh!.link(r1.nodeId, r1.url);
    await a.mesh!.link(r2.nodeId, r2.url);
    const unpin1 = a.mesh!.pin(r1.nodeId);
    const closed = new Promise<void>((resolve) => a.mesh!.get(r2.nodeId)!.once('close', () => resolve()));
    await a.mesh!.link(r3.nodeId, r3.url); // r2 is the LRU unpinned one
    await closed;
    expect(a.mesh!.nodeIds()).to.have.members([r1.nodeId, r3.nodeId]);
    expect(a.mesh!.evictions).to.equal(1);
    expect(l1.closed).to.equal(false);
    const unpin3 = a.mesh!.pin(r3.nodeId);
    const err = await a.mesh!.link(r2.nodeId, r2.url).then(() => undefined, (e: { code?: string }) => e);
    expect(err?.code).to.equal('too_many_links');
    unpin1();
    unpin3();
  });

  it('node links never count against max_clients', async () => {
    const [a, b] = [await node(0), await node(1, { maxClients: 1 })];
    const ep = await clientEndpoint();
    try {
      await RawClient.connect(ep, b.url);
      const link = await a.mesh!.link(b.nodeId, b.url);
      expect(link.closed).to.equal(false);
      expect(b.clients!.size).to.equal(1);
      await waitFor(() => b.mesh!.size === 1);
    } finally {
      await ep.close({ force: true });
    }
  });

  it('a link closed by the other node leaves the table; the next link() dials again', async () => {
    const [a, b] = [await node(0), await node(1)];
    const l1 = (await a.mesh!.link(b.nodeId, b.url)) as NodeLink;
    await waitFor(() => b.mesh!.size === 1);
    b.mesh!.evict(a.nodeId);
    await waitFor(() => a.mesh!.size === 0, 5000, 'closed link removed');
    const l2 = await a.mesh!.link(b.nodeId, b.url);
    expect(l2).to.not.equal(l1);
  });

  it('an idle link is closed after linkIdleTimeoutMs', async () => {
    const a = await node(0, { linkIdleTimeoutMs: 200 });
    const b = await node(1);
    await a.mesh!.link(b.nodeId, b.url);
    await waitFor(() => a.mesh!.size === 0, 3000, 'idle link closed');
  });

  it('a mesh crash closes its links; the next incarnation starts empty and dials again', async () => {
    const [a, b] = [await node(0), await node(1)];
    const l1 = await a.mesh!.link(b.nodeId, b.url);
    await crashAndWait(a, 'mesh');
    await waitFor(() => l1.closed);
    expect(a.mesh!.size).to.equal(0);
    const l2 = await a.mesh!.link(b.nodeId, b.url);
    expect(l2.closed).to.equal(false);
  });

  it('a node back as a new incarnation (same id) replaces the link held to its old one at once, even where the crossed-dial rule would keep the old one', async () => {
    // the holder has the lower node id: by the crossed-dial rule alone it would refuse the
    // returning node's dial (already_registered) and keep its link to the old incarnation, which
    // a SIGKILL leaves silent until linkTimeoutMs (here 60 s: far beyond this test's wait)
    const [lo, hi] = [0, 1].sort((x, y) => (ids[x]!.nodeId < ids[y]!.nodeId ? -1 : 1)) as [number, number];
    const holder = await node(lo, { linkTimeoutMs: 60_000 });
    const old = await node(hi);
    const first = (await holder.mesh!.link(old.nodeId, old.url)) as NodeLink;
    expect(holder.mesh!.restartsSeen).to.equal(0);
    // the same identity started again (the old one still runs, as a killed node's link stays open
    // on this side): its dial to the holder is its new incarnation's
    const again = await node(hi);
    const t0 = Date.now();
    const back = (await again.mesh!.link(holder.nodeId, holder.url)) as NodeLink;
    expect(Date.now() - t0, 'linked at once, not after a timeout').to.be.below(2_000);
    expect(back.closed).to.equal(false);
    await waitFor(() => first.closed, 3000, 'the link to the old incarnation closed');
    const held = holder.mesh!.get(again.nodeId) as NodeLink;
    expect(held.connection.remotePort, 'the holder now holds the new incarnation\'s link').to.equal(again.port);
    expect(holder.mesh!.restartsSeen).to.equal(1);
    // a link from the same incarnation is still a crossed dial, never a restart
    expect(await again.mesh!.link(holder.nodeId, holder.url)).to.equal(back);
    expect(holder.mesh!.restartsSeen).to.equal(1);
  });
});
