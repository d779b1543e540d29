import { expect } from 'chai';
import { DhtNode, dhtKey, idToHex, sha256Id, type DhtMessage } from '../../lib/dht/index.js';
import { Simulation, VirtualClock } from '../../lib/dht/sim/index.js';

async function network(n: number, seed: string, node = {}): Promise<Simulation> {
  const sim = new Simulation({ seed, node });
  for (let i = 0; i < n; i++) {
    sim.addNode();
    await sim.run(20);
  }
  await sim.run(30_000);
  return sim;
}

describe('DhtNode', () => {
  it('start() and stop() are idempotent, stop() is one shared promise, and a stopped node holds no timer, RPC or lookup', async () => {
    const sim = await network(12, 'lifecycle');
    const s = sim.nodes[5]!;
    await s.node.start();
    const p1 = s.node.stop();
    const p2 = s.node.stop();
    expect(p1).to.equal(p2);
    await sim.settle(p1);
    expect(s.node.running).to.equal(false);
    expect(s.clock.pending, 'timers left').to.equal(0);
    expect(s.node.rpc.pendingCount).to.equal(0);
    expect(s.node.activeLookups).to.equal(0);
    await s.node.start();
    expect(s.node.running, 'a stopped node stays stopped').to.equal(false);
    let fromIt = 0;
    sim.network.tap = (from) => void (from === s.nodeId && fromIt++);
    expect(s.node.receive(sim.nodes[0]!.nodeId, { type: 'ping', requestId: 1, sender: sim.nodes[0]!.node.contact })).to.equal(undefined);
    const others = sim.nodes.filter((o) => o !== s).map((o) => o.node.closestNodes(s.nodeId));
    await sim.settle(Promise.all(others));
    await sim.run(600_000);
    expect(fromIt, 'a stopped node answers nothing and sends nothing').to.equal(0);
    const r = await sim.settle(s.node.locate(sim.nodes[0]!.nodeId));
    expect(r.done && 'error' in r && (r.error as { code: string }).code).to.equal('shutdown');
  });

  it('stopping a node that never started resolves at once', async () => {
    const node = new DhtNode({ nodeId: idToHex(sha256Id('x')), endpoint: 'e', clock: new VirtualClock(), transport: { send: () => undefined } });
    await node.stop();
    expect(node.running).to.equal(false);
  });

  it('joins through the bootstrap node: every node joined and learned others', async () => {
    const sim = await network(40, 'join');
    for (const s of sim.nodes) {
      expect(s.node.maintenance.joined, s.endpoint).to.equal(true);
      expect(s.node.table.size, s.endpoint).to.be.at.least(10);
    }
  });

  it('publish stores at the k closest, any node finds the provider with its metadata, unpublish withdraws it everywhere', async () => {
    const sim = await network(40, 'publish', { k: 8 });
    const key = dhtKey('macula.default', 'svc.echo');
    const publisher = sim.nodes[7]!;
    const r = await sim.settle(publisher.node.publish(key, { role: 'echo' }));
    expect(r.done && 'value' in r && (r.value as { storedAt: number }).storedAt).to.equal(8);
    const holders = sim.nodes.filter((s) => s.node.store.get(key).length > 0).map((s) => s.nodeId);
    const closest = sim.nodes.map((s) => s.nodeId).filter((id) => id !== publisher.nodeId)
      .sort((a, b) => ((BigInt(`0x${a}`) ^ BigInt(`0x${key}`)) < (BigInt(`0x${b}`) ^ BigInt(`0x${key}`)) ? -1 : 1)).slice(0, 8);
    expect(holders.sort()).to.deep.equal(closest.sort());
    const found = await sim.settle(sim.nodes[30]!.node.findProviders(key));
    const providers = found.done && 'value' in found ? (found.value as { providers: { nodeId: string; metadata: object }[] }).providers : [];
    expect(providers.map((p) => [p.nodeId, p.metadata])).to.deep.equal([[publisher.nodeId, { role: 'echo' }]]);
    await sim.settle(publisher.node.unpublish(key));
    expect(sim.nodes.filter((s) => s.node.store.get(key).length > 0)).to.deep.equal([]);
  });

  it('a graceful stop withdraws our records; a kill leaves them until their TTL', async () => {
    const sim = await network(30, 'withdraw', { k: 6, recordTtlMs: 60_000 });
    const k1 = dhtKey('r', 'graceful');
    const k2 = dhtKey('r', 'killed');
    await sim.settle(sim.nodes[3]!.node.publish(k1));
    await sim.settle(sim.nodes[4]!.node.publish(k2));
    // holders other than the publisher itself (which keeps a copy when it ranks among the k closest)
    const holding = (key: string, publisher: number) => sim.alive().filter((s) => s.index !== publisher && s.node.store.get(key).length > 0).length;
    expect([holding(k1, 3), holding(k2, 4)]).to.deep.equal([6, 6]);
    await sim.stop(sim.nodes[3]!.nodeId);
    sim.kill(sim.nodes[4]!.nodeId);
    await sim.run(1_000);
    expect(holding(k1, 3)).to.equal(0);
    expect(holding(k2, 4), 'the killed node\'s record is still served').to.be.within(5, 6);
    await sim.run(60_000);
    expect(holding(k2, 4), 'expired, nobody republished').to.equal(0);
  });

  it('keeps at most 16 maintenance RPCs in flight even when every contact must be pinged at once', async () => {
    const sim = await network(60, 'dials', { maintenance: { contactStaleMs: 60_000, intervalMs: 10_000 } });
    const watched = sim.nodes[10]!;
    let max = 0;
    const probe = (): void => {
      max = Math.max(max, watched.node.rpc.maintenanceInFlight);
      if (sim.clock.elapsedMs < 3_000_000) sim.clock.setTimeout(probe, 1);
    };
    for (const s of sim.nodes) if (s !== watched) sim.kill(s.nodeId);
    probe();
    const members = watched.node.table.size;
    expect(members).to.be.above(30);
    await sim.run(200_000);
    expect(max).to.equal(16);
    expect(watched.node.table.size, 'dead contacts pinged out').to.equal(0);
  });

  it('bounds its lookups in flight: past maxConcurrentLookups one fails at once with too_many_pending_calls', async () => {
    const sim = await network(10, 'lookups', { maxConcurrentLookups: 2 });
    const s = sim.nodes[4]!;
    const a = s.node.locate(sim.nodes[1]!.nodeId);
    const b = s.node.locate(sim.nodes[2]!.nodeId);
    const c = await sim.settle(s.node.locate(sim.nodes[3]!.nodeId), 0);
    expect(c.done && 'error' in c && (c.error as { code: string }).code).to.equal('too_many_pending_calls');
    await sim.settle(Promise.all([a, b]));
    expect(s.node.activeLookups).to.equal(0);
  });

  it('its lookups wait for a slow contact as long as its own RTT asks and give up on fast ones at the floor', async () => {
    const sim = await network(20, 'slow-link');
    const a = sim.nodes[5]!;
    const slow = sim.nodes[6]!;
    sim.network.setLink(a.nodeId, slow.nodeId, { delayMs: 400, jitterMs: 0 });
    // a few exchanges teach a the slow contact's RTT (the first may time out and back off)
    for (let i = 0; i < 4; i++) await sim.settle(a.node.rpc.request(slow.node.contact, { type: 'ping' }).catch(() => undefined));
    expect(a.node.table.get(slow.nodeId)?.rttMs).to.be.within(790, 830);
    expect(a.node.rpc.timeoutFor(slow.nodeId)).to.be.within(2_370, 2_490);
    const fast = a.node.table.entries().find((e) => e.nodeId !== slow.nodeId)!;
    expect(a.node.rpc.timeoutFor(fast.nodeId)).to.equal(250);
    const r = await sim.settle(a.node.locate(slow.nodeId));
    expect(r.done && 'value' in r && (r.value as { found?: { nodeId: string } }).found?.nodeId).to.equal(slow.nodeId);
  });

  it('answers a request that arrives while it is stopping with shutdown', async () => {
    const sim = await network(8, 'stopping');
    const s = sim.nodes[3]!;
    const sent: DhtMessage[] = [];
    const other = sim.nodes[1]!;
    sim.network.attach(other.nodeId, (_from, m) => sent.push(m));
    await sim.settle(s.node.publish(dhtKey('r', 'x')));
    const stopping = s.node.stop();
    s.node.receive(other.nodeId, { type: 'find_node', requestId: 77, sender: other.node.contact, key: other.nodeId });
    await sim.settle(stopping);
    expect(sent.find((m) => m.requestId === 77)).to.deep.include({ type: 'error', code: 'shutdown' });
  });
});
