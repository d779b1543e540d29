import { expect } from 'chai';
import fc from 'fast-check';
import {
  DEFAULT_ALPHA, DEFAULT_BETA, DEFAULT_LOOKUP_DEADLINE_MS, Lookup, RoutingTable, idToHex, randomId, seededRandom, type Contact, type LookupRunOptions, type ProviderRecord, type QueryAnswer,
} from '../../lib/dht/index.js';
import { VirtualClock } from '../../lib/dht/sim/index.js';
import { MaculaError } from '../../lib/errors/index.js';

/**
 * A scripted topology: each node's knowledge is a real RoutingTable; a query to a live node
 * answers after `delayMs` with its k closest to the target; a dead node never answers and the
 * query fails at `timeoutMs` (what the RpcClient does).
 */
class Topology {
  readonly clock = new VirtualClock();
  readonly tables = new Map<string, RoutingTable>();
  readonly dead = new Set<string>();
  readonly providers = new Map<string, ProviderRecord[]>();
  readonly asked: string[] = [];
  inFlight = 0;
  maxInFlight = 0;
  delayMs = 10;
  timeoutMs = 1_000;

  constructor(readonly k = 20) {}

  add(id: bigint): string {
    const hex = idToHex(id);
    this.tables.set(hex, new RoutingTable({ self: hex, clock: this.clock, k: this.k, ping: async () => true }));
    return hex;
  }

  link(from: string, to: string): void {
    this.tables.get(from)!.answered({ nodeId: to, endpoint: `sim://${to.slice(0, 6)}` });
  }

  /**
   * Every node learns every other, each in its own random order (a converged network: where a
   * bucket overflows, which k it keeps differs per node, as contacts arrive in different orders).
   */
  connectAll(random: () => number): void {
    const ids = [...this.tables.keys()];
    for (const a of ids) {
      const order = ids.map((id) => ({ id, r: random() })).sort((x, y) => x.r - y.r);
      for (const { id } of order) if (id !== a) this.link(a, id);
    }
  }

  query(target: bigint) {
    return (c: Contact): Promise<QueryAnswer> => {
      this.asked.push(c.nodeId);
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      return new Promise((resolve, reject) => {
        if (this.dead.has(c.nodeId) || !this.tables.has(c.nodeId)) {
          this.clock.setTimeout(() => {
            this.inFlight--;
            reject(new MaculaError('timeout', 'dead'));
          }, this.timeoutMs);
          return;
        }
        this.clock.setTimeout(() => {
          this.inFlight--;
          const contacts = this.tables.get(c.nodeId)!.closest(target, this.k).map((e) => ({ nodeId: e.nodeId, endpoint: e.endpoint }));
          resolve({ contacts, providers: this.providers.get(c.nodeId) ?? [] });
        }, this.delayMs);
      });
    };
  }

  lookup(from: string, target: bigint, options: Partial<LookupRunOptions> = {}): Lookup {
    const seeds = this.tables.get(from)!.closest(target, this.k).map((e) => ({ nodeId: e.nodeId, endpoint: e.endpoint }));
    return new Lookup({ target, kind: 'find_node', seeds, query: this.query(target), clock: this.clock, self: from, k: this.k, ...options });
  }

  async run(lookup: Lookup) {
    const r = await this.clock.settle(lookup.run(), 60_000);
    if (!r.done) throw new Error('lookup never ended');
    if ('error' in r) throw r.error;
    return r.value as Awaited<ReturnType<Lookup['run']>>;
  }

  trueClosest(target: bigint, n: number, exclude: string): string[] {
    return [...this.tables.keys()].filter((id) => id !== exclude).sort((a, b) => ((BigInt(`0x${a}`) ^ target) < (BigInt(`0x${b}`) ^ target) ? -1 : 1)).slice(0, n);
  }
}

/** A network of n random nodes where each node learned every other. */
function converged(n: number, seed: string, k = 20): { t: Topology; ids: string[]; random: () => number } {
  const random = seededRandom(seed);
  const t = new Topology(k);
  const ids = Array.from({ length: n }, () => t.add(randomId(random)));
  t.connectAll(random);
  return { t, ids, random };
}

describe('Lookup', () => {
  it('uses α = 3, β = 3 and a 10 s deadline', () => {
    expect([DEFAULT_ALPHA, DEFAULT_BETA, DEFAULT_LOOKUP_DEADLINE_MS]).to.deep.equal([3, 3, 10_000]);
  });

  it('converges to the true k closest of the whole network (full top k)', async () => {
    const { t, ids, random } = converged(300, 'converge');
    for (let n = 0; n < 10; n++) {
      const target = randomId(random);
      const from = ids[n]!;
      const r = await t.run(t.lookup(from, target, { fullTopK: true }));
      expect(r.closest.map((c) => c.nodeId)).to.deep.equal(t.trueClosest(target, 20, from));
      expect(r.stats.end).to.equal('converged');
    }
  });

  it('keeps at most α queries in flight', async () => {
    const { t, ids, random } = converged(200, 'alpha');
    await t.run(t.lookup(ids[0]!, randomId(random), { fullTopK: true }));
    expect(t.maxInFlight).to.equal(3);
  });

  it('ends the search once the β closest answered; full top k asks the rest of the k closest too', async () => {
    const { t, ids, random } = converged(400, 'beta');
    const target = randomId(random);
    const short = await t.run(t.lookup(ids[0]!, target));
    const full = await t.run(t.lookup(ids[0]!, target, { fullTopK: true }));
    expect(short.closest.slice(0, 3).map((c) => c.nodeId)).to.deep.equal(t.trueClosest(target, 3, ids[0]!));
    expect(short.stats.rpcs).to.be.below(full.stats.rpcs);
    expect(full.stats.answered).to.be.at.least(20);
  });

  it('counts rounds as hops on the discovery path: a chain us → a → b → target is 3', async () => {
    const random = seededRandom('chain');
    const t = new Topology();
    const [us, a, b, target] = [t.add(randomId(random)), t.add(randomId(random)), t.add(randomId(random)), t.add(randomId(random))];
    t.link(us!, a!);
    t.link(a!, b!);
    t.link(b!, target!);
    const r = await t.run(t.lookup(us!, BigInt(`0x${target}`), { locate: true }));
    expect(r.found?.nodeId).to.equal(target);
    expect(r.stats).to.deep.include({ rounds: 3, rpcs: 3, answered: 3, failures: 0, end: 'found' });
    expect(r.stats.durationMs).to.equal(30);
  });

  it('a locate for a node in our own table ends after one hop', async () => {
    const { t, ids } = converged(100, 'direct');
    const known = t.tables.get(ids[0]!)!.entries()[0]!.nodeId;
    const r = await t.run(t.lookup(ids[0]!, BigInt(`0x${known}`), { locate: true }));
    expect(r.found?.nodeId).to.equal(known);
    expect(r.stats.rounds).to.equal(1);
    expect(r.stats.durationMs).to.equal(10);
  });

  it('a dead contact costs its timeout and no more: the others go on, and it is not in the result', async () => {
    const { t, ids, random } = converged(200, 'dead');
    const target = randomId(random);
    const closest = t.trueClosest(target, 1, ids[0]!)[0]!;
    t.dead.add(closest);
    t.timeoutMs = 500;
    const r = await t.run(t.lookup(ids[0]!, target, { fullTopK: true }));
    expect(r.closest.map((c) => c.nodeId)).to.not.include(closest);
    expect(r.closest.map((c) => c.nodeId)).to.deep.equal(t.trueClosest(target, 21, ids[0]!).filter((id) => id !== closest));
    expect(r.stats.failures).to.equal(1);
    expect(t.asked.filter((id) => id === closest), 'asked once').to.have.length(1);
    // without the dead node the same lookup takes D; with it, at most D + its timeout
    t.dead.clear();
    const healthy = await t.run(t.lookup(ids[0]!, target, { fullTopK: true }));
    expect(r.stats.durationMs).to.be.at.most(healthy.stats.durationMs + 500);
  });

  it('every dead node stalls nothing beyond the timeouts it costs, and a lookup with no live contact ends exhausted', async () => {
    const { t, ids, random } = converged(50, 'alldead');
    for (const id of ids.slice(1)) t.dead.add(id);
    t.timeoutMs = 300;
    const r = await t.run(t.lookup(ids[0]!, randomId(random)));
    expect(r.stats.end).to.equal('exhausted');
    expect(r.closest).to.deep.equal([]);
    expect(r.stats.failures).to.equal(r.stats.rpcs);
    // 20 seeds, 3 at a time, 300 ms each: ⌈20 / 3⌉ waves
    expect(r.stats.durationMs).to.equal(7 * 300);
  });

  it('rejects with dht_timeout at the deadline when nobody answered', async () => {
    const { t, ids, random } = converged(30, 'deadline');
    t.timeoutMs = 60_000;
    for (const id of ids.slice(1)) t.dead.add(id);
    const lookup = t.lookup(ids[0]!, randomId(random), { deadlineMs: 2_000 });
    const r = await t.clock.settle(lookup.run(), 10_000);
    expect(r.done && 'error' in r && (r.error as MaculaError).code).to.equal('dht_timeout');
    expect(t.clock.elapsedMs).to.equal(2_000);
  });

  it('ends at the deadline with what it has when some answered, and ignores answers after the end', async () => {
    const { t, ids, random } = converged(300, 'partial');
    t.delayMs = 400;
    const r = await t.run(t.lookup(ids[0]!, randomId(random), { fullTopK: true, deadlineMs: 1_000 }));
    expect(r.stats.end).to.equal('deadline');
    expect(r.stats.durationMs).to.equal(1_000);
    expect(r.closest.length).to.equal(r.stats.answered);
    expect(r.stats.answered).to.equal(6);
    const answeredAtEnd = r.stats.answered;
    await t.clock.runFor(5_000);
    expect(r.stats.answered, 'late answers ignored').to.equal(answeredAtEnd);
    expect(t.inFlight).to.equal(0);
  });

  it('stops after maxRpcs', async () => {
    const { t, ids, random } = converged(300, 'budget');
    const r = await t.run(t.lookup(ids[0]!, randomId(random), { fullTopK: true, maxRpcs: 5 }));
    expect(r.stats.rpcs).to.equal(5);
    expect(r.stats.end).to.equal('rpc_budget');
  });

  it('queues a returned contact only if it would enter the current k closest', async () => {
    const random = seededRandom('filter');
    const t = new Topology(2);
    const target = randomId(random);
    const ids = Array.from({ length: 40 }, () => t.add(randomId(random)));
    const byDistance = [...ids].sort((a, b) => ((BigInt(`0x${a}`) ^ target) < (BigInt(`0x${b}`) ^ target) ? -1 : 1));
    const [us, near1, near2, ...far] = byDistance.slice().reverse().slice(0, 1).concat(byDistance.slice(0, 2), byDistance.slice(10));
    // us knows the two nearest; they both know only far nodes, which can never enter the top 2
    t.link(us!, near1!);
    t.link(us!, near2!);
    for (const f of far.slice(0, 10)) {
      t.link(near1!, f);
      t.link(near2!, f);
    }
    const r = await t.run(t.lookup(us!, target, { fullTopK: true }));
    expect(t.asked.sort()).to.deep.equal([near1, near2].sort());
    expect(r.stats.rpcs).to.equal(2);
  });

  it('FIND_VALUE collects providers from several nodes, the highest seq of each node, and stops at wantProviders', async () => {
    const { t, ids, random } = converged(200, 'providers');
    const target = randomId(random);
    const holders = t.trueClosest(target, 20, ids[0]!);
    const p = (i: number, seq: number): ProviderRecord => ({ nodeId: ids[100 + i]!, endpoint: `sim://p${i}`, metadata: {}, ttlMs: 1_000, seq });
    // each holder has a different subset; holder 0 has an old version of provider 0
    holders.forEach((h, n) => t.providers.set(h, [p(n % 5, n === 0 ? 1 : 2), p((n + 1) % 5, 2)]));
    const seedsOf = (want: number) => new Lookup({
      target, kind: 'find_value', seeds: t.tables.get(ids[0]!)!.closest(target, 20), query: t.query(target), clock: t.clock, self: ids[0]!, fullTopK: true, wantProviders: want,
    });
    const all = await t.run(seedsOf(64));
    expect(all.providers.map((x) => x.nodeId).sort()).to.deep.equal([0, 1, 2, 3, 4].map((i) => ids[100 + i]).sort());
    expect(all.providers.every((x) => x.seq === 2)).to.equal(true);
    expect(all.stats.end).to.equal('converged');
    const enough = await t.run(seedsOf(2));
    expect(enough.stats.end).to.equal('enough_providers');
    expect(enough.providers.length).to.be.at.least(2);
    expect(enough.stats.rpcs).to.be.below(all.stats.rpcs);
  });
});

describe('Lookup property: equals brute force on a random static topology', () => {
  // fixed seeds: the suite is deterministic
  it('returns exactly the k closest of everything it was told (seeds and every reply), each of which answered', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 2, max: 150 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 40 }), fc.string(), async (n, k, degree, seed) => {
      // a sparse random graph: each node learned `degree` random others
      const random = seededRandom(seed);
      const t = new Topology(k);
      const ids = Array.from({ length: n }, () => t.add(randomId(random)));
      for (const a of ids) for (let d = 0; d < degree; d++) {
        const b = ids[Math.floor(random() * n)]!;
        if (b !== a) t.link(a, b);
      }
      const target = randomId(random);
      const from = ids[0]!;
      const told = new Set<string>();
      for (const e of t.tables.get(from)!.closest(target, k)) told.add(e.nodeId);
      const query = t.query(target);
      const recording = new Lookup({
        target, kind: 'find_node', seeds: [...told].map((id) => ({ nodeId: id, endpoint: 'e' })), clock: t.clock, self: from, k, fullTopK: true, maxRpcs: 10_000,
        query: (c) => query(c).then((a) => {
          for (const x of a.contacts) told.add(x.nodeId);
          return a;
        }),
      });
      const r = await t.run(recording);
      told.delete(from);
      const brute = [...told].sort((a, b) => ((BigInt(`0x${a}`) ^ target) < (BigInt(`0x${b}`) ^ target) ? -1 : 1)).slice(0, k);
      expect(r.closest.map((c) => c.nodeId)).to.deep.equal(brute);
      expect(r.stats.end).to.equal(told.size === 0 ? 'exhausted' : 'converged');
    }), { numRuns: 300, seed: 0x5eed });
  });

  it('on a converged network, from any node, for any target, returns the true k closest of all nodes', async () => {
    // Kademlia does not promise this when buckets overflow (a node that no table near the target
    // kept cannot be found by any lookup); with per-node insertion orders that is rare and these
    // seeded cases hit none, so a failure here means the lookup missed a contact it was given.
    await fc.assert(fc.asyncProperty(fc.integer({ min: 2, max: 120 }), fc.integer({ min: 4, max: 20 }), fc.string(), async (n, k, seed) => {
      const { t, ids, random } = converged(n, seed, k);
      const target = randomId(random);
      const from = ids[Math.floor(random() * ids.length)]!;
      const r = await t.run(t.lookup(from, target, { fullTopK: true }));
      expect(r.closest.map((c) => c.nodeId)).to.deep.equal(t.trueClosest(target, k, from));
    }), { numRuns: Number(process.env.DHT_PROPERTY_RUNS ?? 200), seed: Number(process.env.DHT_PROPERTY_SEED ?? 0x5eed) });
  });
});
