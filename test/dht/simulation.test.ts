/**
 * The real DHT code (tables, lookups, handlers, stores, publishers, timers) for 500 nodes over the
 * in-memory network on one virtual clock (lib/dht/sim): seeded, so every run is the same run.
 * Links delay 2–10 ms. The checks that say "every" run without loss (a node links over QUIC,
 * which retransmits, so a lost datagram is a delay, not a lost request); from the churn test on,
 * 0.5 % of messages are lost (each loss an RPC timeout), and the checks say "≥ 99 %".
 */
import { expect } from 'chai';
import { DEFAULT_K, DEFAULT_RECORD_TTL_MS, deadContactBoundMs, dhtKey, type LookupResult } from '../../lib/dht/index.js';
import { Simulation, type SimNode } from '../../lib/dht/sim/index.js';

const NODES = 500;
const LINK = { delayMs: 2, jitterMs: 8, loss: 0 };
const LOSSY = 0.005;

async function grow(sim: Simulation, n: number, gapMs: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    sim.addNode();
    await sim.run(gapMs);
  }
}

/** Run these locates concurrently; returns how many found their target. */
async function locateAll(sim: Simulation, pairs: [SimNode, SimNode][]): Promise<{ found: number; results: LookupResult[] }> {
  const results: LookupResult[] = [];
  let found = 0;
  const all = Promise.all(pairs.map(async ([from, to]) => {
    const r = await from.node.locate(to.nodeId).catch(() => undefined);
    if (r !== undefined) results.push(r);
    if (r?.found?.nodeId === to.nodeId) found++;
  }));
  const done = await sim.settle(all, 120_000);
  expect(done.done, 'every lookup ended').to.equal(true);
  return { found, results };
}

function randomPairs(sim: Simulation, count: number, among = sim.alive()): [SimNode, SimNode][] {
  const out: [SimNode, SimNode][] = [];
  while (out.length < count) {
    const a = among[Math.floor(sim.random() * among.length)]!;
    const b = among[Math.floor(sim.random() * among.length)]!;
    if (a !== b) out.push([a, b]);
  }
  return out;
}

const members = (sim: Simulation, nodeId: string): number => sim.alive().filter((s) => s.node.table.has(nodeId)).length;

describe(`DHT simulation: ${NODES} nodes on one event loop`, function () {
  this.timeout(120_000);
  let sim: Simulation;

  before(async () => {
    sim = new Simulation({ seed: 'dht-500', link: LINK });
    await grow(sim, NODES, 20);
    await sim.run(60_000);
  });

  it('every node joined through the one bootstrap node and holds at least k/2 contacts', () => {
    expect(sim.alive()).to.have.length(NODES);
    for (const s of sim.alive()) {
      expect(s.node.maintenance.joined).to.equal(true);
      expect(s.node.table.size).to.be.at.least(DEFAULT_K / 2);
    }
  });

  it('every node finds other nodes by id: 10 seeded-random targets per node, 5,000 locates, all found in ≤ 4 rounds', async () => {
    const pairs = sim.alive().flatMap((a) => randomPairs(sim, 10).map(([, b]) => [a, b === a ? sim.bootstrap! : b] as [SimNode, SimNode]));
    const { found, results } = await locateAll(sim, pairs);
    expect(found).to.equal(pairs.length);
    expect(Math.max(...results.map((r) => r.stats.rounds))).to.be.at.most(4);
  });

  it('a record stored from one node is found by FIND_VALUE from every node', async () => {
    const key = dhtKey('macula.default', 'svc.echo');
    const publisher = sim.nodes[123]!;
    const stored = await sim.settle(publisher.node.publish(key, { role: 'echo' }));
    expect(stored.done && 'value' in stored && (stored.value as { storedAt: number }).storedAt).to.be.at.least(DEFAULT_K - 1);
    let found = 0;
    const all = Promise.all(sim.alive().map(async (s) => {
      const r = await s.node.findProviders(key);
      if (r.providers.some((p) => p.nodeId === publisher.nodeId && p.metadata.role === 'echo')) found++;
    }));
    await sim.settle(all);
    expect(found).to.equal(NODES);
    // another realm's key with the same name finds nothing
    const other = await sim.settle(sim.nodes[7]!.node.findProviders(dhtKey('other.realm', 'svc.echo')));
    expect(other.done && 'value' in other && (other.value as LookupResult).providers).to.deep.equal([]);
  });

  it('a withdrawn record is gone from every node at once', async () => {
    const key = dhtKey('macula.default', 'svc.echo');
    await sim.settle(sim.nodes[123]!.node.unpublish(key));
    expect(sim.alive().filter((s) => s.node.store.get(key).length > 0)).to.deep.equal([]);
    const r = await sim.settle(sim.nodes[300]!.node.findProviders(key));
    expect(r.done && 'value' in r && (r.value as LookupResult).providers).to.deep.equal([]);
  });

  it(`a killed node leaves every table within the stated bound (${deadContactBoundMs() / 1000} s), and its records expire after their TTL`, async () => {
    const victim = sim.nodes[250]!;
    const key = dhtKey('macula.default', 'svc.victim');
    await sim.settle(victim.node.publish(key));
    expect(members(sim, victim.nodeId)).to.be.above(20);
    sim.kill(victim.nodeId);
    const t0 = sim.clock.elapsedMs;
    let gone = -1;
    while (sim.clock.elapsedMs - t0 < deadContactBoundMs()) {
      await sim.run(10_000);
      if (gone < 0 && members(sim, victim.nodeId) === 0) gone = sim.clock.elapsedMs - t0;
    }
    expect(members(sim, victim.nodeId), 'still in some table after the bound').to.equal(0);
    expect(gone).to.be.above(0);
    expect(DEFAULT_RECORD_TTL_MS).to.be.below(deadContactBoundMs());
    expect(sim.alive().filter((s) => s.node.store.get(key).length > 0), 'nobody serves its record').to.deep.equal([]);
  });

  it('under churn (10 % of the nodes replaced per simulated minute, 3 minutes) and 0.5 % loss, ≥ 99 % of lookups of live nodes succeed', async () => {
    sim.network.setDefaultLink({ loss: LOSSY });
    let ok = 0;
    let total = 0;
    for (let minute = 0; minute < 3; minute++) {
      for (let second = 0; second < 60; second += 5) {
        // 50 per minute: 4 or 5 every 5 s
        const churn = Math.round(((second + 5) * NODES) / 600) - Math.round((second * NODES) / 600);
        for (let c = 0; c < churn; c++) {
          sim.kill(sim.randomAlive(sim.bootstrap!.nodeId).nodeId);
          sim.addNode();
        }
        // between nodes that are up and joined (a node added this instant has not met anyone yet)
        const { found } = await locateAll(sim, randomPairs(sim, 20, sim.alive().filter((n) => n.node.maintenance.joined)));
        ok += found;
        total += 20;
        await sim.run(5_000);
      }
    }
    expect(total).to.equal(720);
    expect(ok / total).to.be.at.least(0.99);
  });

  it('a partition splits the network into two that still work inside; healing joins them again', async () => {
    const live = sim.alive();
    const left = live.filter((s) => s.index % 2 === 0);
    const right = live.filter((s) => s.index % 2 === 1);
    sim.network.partition([left.map((s) => s.nodeId), right.map((s) => s.nodeId)]);
    await sim.run(5_000);
    const inside = await locateAll(sim, [...randomPairs(sim, 100, left), ...randomPairs(sim, 100, right)]);
    expect(inside.found, 'lookups inside each side').to.be.at.least(198);
    const across = await locateAll(sim, randomPairs(sim, 50, left).map(([a], i) => [a, right[i]!]));
    expect(across.found, 'nothing crosses a partition').to.equal(0);
    sim.network.heal();
    await sim.run(60_000);
    const healed = await locateAll(sim, randomPairs(sim, 100, left).map(([a], i) => [a, right[i]!]));
    expect(healed.found, 'across after healing').to.equal(100);
  });

  it('a node restarted with the same id is re-learned, and its re-published record replaces the old one', async () => {
    sim.network.setDefaultLink({ loss: 0 });
    const s = sim.randomAlive(sim.bootstrap!.nodeId);
    const key = dhtKey('macula.default', 'svc.restart');
    await sim.settle(s.node.publish(key, { version: '1' }));
    sim.kill(s.nodeId);
    await sim.run(30_000);
    sim.restart(s.nodeId);
    await sim.settle(s.node.whenJoined());
    await sim.settle(s.node.publish(key, { version: '2' }));
    await sim.run(60_000);
    expect(s.incarnation).to.equal(2);
    const { found } = await locateAll(sim, randomPairs(sim, 50).map(([a]) => [a === s ? sim.bootstrap! : a, s]));
    expect(found).to.equal(50);
    const r = await sim.settle(sim.nodes[5]!.node.findProviders(key));
    const providers = r.done && 'value' in r ? (r.value as LookupResult).providers : [];
    expect(providers.map((p) => [p.nodeId, p.metadata.version])).to.deep.equal([[s.nodeId, '2']]);
  });
});

describe('DHT simulation: every node finds every other node', function () {
  this.timeout(60_000);

  it('100 nodes: all 9,900 ordered pairs are found by locate', async () => {
    const sim = new Simulation({ seed: 'dht-all-pairs', link: LINK });
    await grow(sim, 100, 20);
    await sim.run(60_000);
    const nodes = sim.alive();
    const pairs = nodes.flatMap((a) => nodes.filter((b) => b !== a).map((b) => [a, b] as [SimNode, SimNode]));
    const { found } = await locateAll(sim, pairs);
    expect(found).to.equal(9_900);
  });
});

describe('DHT simulation: determinism', function () {
  this.timeout(60_000);

  async function run(seed: string) {
    const sim = new Simulation({ seed, link: { ...LINK, loss: LOSSY } });
    await grow(sim, 60, 20);
    await sim.run(30_000);
    const { results } = await locateAll(sim, randomPairs(sim, 100));
    await sim.settle(sim.nodes[3]!.node.publish(dhtKey('r', 'x')));
    sim.kill(sim.nodes[9]!.nodeId);
    await sim.run(400_000);
    return {
      network: { ...sim.network.counters },
      events: sim.clock.events,
      stats: results.map((r) => r.stats),
      tables: sim.alive().map((s) => s.node.table.entries().map((e) => e.nodeId).sort().join(',')),
    };
  }

  it('the same seed replays the same run; another seed does not', async () => {
    const a = await run('replay');
    const b = await run('replay');
    expect(b).to.deep.equal(a);
    const c = await run('other');
    expect(c.network).to.not.deep.equal(a.network);
  });
});
