import { expect } from 'chai';
import {
  DEFAULT_BUCKET_REFRESH_MS, DEFAULT_RESEED_MAX_DELAY_MS, DEFAULT_RESEED_MIN_DELAY_MS, DEFAULT_SELF_LOOKUP_INTERVAL_MS, Maintenance, RoutingTable,
  idToHex, randomId, randomIdInBucket, seededRandom, type Contact, type Id, type LookupResult, type MaintenanceOptions,
} from '../../lib/dht/index.js';
import { VirtualClock } from '../../lib/dht/sim/index.js';

const random = seededRandom('maintenance');
const SELF = randomId(random);
const contactIn = (i: number): Contact => ({ nodeId: idToHex(randomIdInBucket(SELF, i, random)), endpoint: 'e' });
const SEED: Contact = { nodeId: idToHex(randomId(random)), endpoint: 'sim://seed' };

interface Call { atMs: number; target: Id; extraSeeds: readonly Contact[]; endMs: number }

/**
 * Maintenance over a real RoutingTable with a scripted lookup that takes lookupMs, marks its
 * bucket used (as DhtNode.lookup does) and, while `answering`, adds `learn` contacts to the table.
 */
function harness(options: Partial<MaintenanceOptions> = {}, lookupMs = 100) {
  const clock = new VirtualClock();
  const table = new RoutingTable({ self: idToHex(SELF), clock, ping: async () => true, k: 20 });
  const calls: Call[] = [];
  let running = 0;
  let maxRunning = 0;
  const state = { answering: true, learn: [] as Contact[] };
  const lookup = (target: Id, extraSeeds: readonly Contact[]): Promise<LookupResult> => {
    table.markUsed(target);
    const call: Call = { atMs: clock.elapsedMs, target, extraSeeds, endMs: -1 };
    calls.push(call);
    maxRunning = Math.max(maxRunning, ++running);
    return new Promise((resolve) => clock.setTimeout(() => {
      running--;
      call.endMs = clock.elapsedMs;
      if (state.answering) for (const c of state.learn) table.answered(c);
      const answered = state.answering ? 1 : 0;
      resolve({ closest: [], found: undefined, providers: [], stats: { rounds: 1, rpcs: 1, failures: 1 - answered, answered, durationMs: lookupMs, end: 'converged' } });
    }, lookupMs));
  };
  const m = new Maintenance({ table, clock, random: seededRandom('m'), lookup, ...options });
  return { clock, table, m, calls, state, maxRunning: () => maxRunning };
}

describe('Maintenance', () => {
  it('uses the recommended timers: buckets refreshed after 5 min unused, self-lookup every 5 min, re-seed backoff 1 s → 60 s', () => {
    expect([DEFAULT_BUCKET_REFRESH_MS, DEFAULT_SELF_LOOKUP_INTERVAL_MS, DEFAULT_RESEED_MIN_DELAY_MS, DEFAULT_RESEED_MAX_DELAY_MS]).to.deep.equal([300_000, 300_000, 1_000, 60_000]);
  });

  it('joins with a self-lookup seeded by the bootstrap contacts, then refreshes every stale bucket, one lookup at a time, paced', async () => {
    const { clock, table, m, calls, state, maxRunning } = harness({ seeds: [SEED] });
    state.learn = [0, 1, 2, 3, 5, 8].map(contactIn).concat(Array.from({ length: 20 }, () => contactIn(0)));
    m.start();
    await clock.runFor(0);
    expect(calls).to.have.length(1);
    expect(calls[0]!.target).to.equal(SELF);
    expect(calls[0]!.extraSeeds).to.deep.equal([SEED]);
    const joined = m.whenJoined();
    await clock.runFor(100);
    await clock.settle(joined);
    expect(m.joined).to.equal(true);
    await clock.runFor(30_000);
    const refreshes = calls.slice(1);
    // buckets 0 … deepest (8) were never used: one random-id lookup each, in order
    expect(refreshes.map((c) => table.bucketIndex(c.target))).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(maxRunning(), 'serial').to.equal(1);
    for (let i = 1; i < refreshes.length; i++) expect(refreshes[i]!.atMs - refreshes[i - 1]!.endMs, 'paced ≥ 0.9 s apart').to.be.at.least(900);
    expect(table.staleBuckets(DEFAULT_BUCKET_REFRESH_MS)).to.deep.equal([]);
    m.stop();
  });

  it('refreshes a bucket again once no lookup targeted it for 5 min, and looks itself up every 5 min', async () => {
    const { clock, table, m, calls } = harness();
    for (const i of [0, 1, 2]) table.answered(contactIn(i));
    m.start(); // a seed node: joined at once
    await clock.runFor(20_000);
    const first = calls.length;
    expect(calls.map((c) => (c.target === SELF ? 'self' : table.bucketIndex(c.target)))).to.deep.equal(['self', 0, 1, 2]);
    // a lookup of our own uses bucket 1 four minutes in
    await clock.runFor(220_000);
    table.markUsed(randomIdInBucket(SELF, 1, random));
    await clock.runFor(120_000);
    const later = calls.slice(first).map((c) => (c.target === SELF ? 'self' : table.bucketIndex(c.target)));
    expect(later).to.deep.equal(['self', 0, 2]);
    m.stop();
  });

  it('re-seeds while the table holds fewer than k/2 members, backing off 1 s, 2 s, 4 s … up to 60 s', async () => {
    const { clock, m, calls, state } = harness({ seeds: [SEED] }, 0);
    state.answering = false;
    m.start();
    await clock.runFor(400_000);
    const times = calls.filter((c) => c.extraSeeds.length > 0).map((c) => c.atMs);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    const nominal = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000];
    nominal.forEach((g, i) => expect(gaps[i], `gap ${i}`).to.be.within(g * 0.9, g * 1.1 + 1));
    expect(m.joined).to.equal(false);
    expect(m.counters.reseeds).to.equal(times.length);
  });

  it('stops re-seeding once the table is back above k/2, and starts again when it drops', async () => {
    const { clock, table, m, calls, state } = harness({ seeds: [SEED] }, 0);
    state.learn = Array.from({ length: 12 }, (_, i) => contactIn(i));
    m.start();
    await clock.runFor(200_000);
    const reseeds = () => calls.filter((c) => c.extraSeeds.length > 0).length;
    expect(reseeds()).to.equal(1);
    state.learn = [];
    for (const e of table.entries().slice(0, 3)) table.remove(e.nodeId);
    m.tableShrunk();
    await clock.runFor(0);
    expect(reseeds()).to.equal(2);
    await clock.runFor(1_200);
    expect(reseeds(), 'still low: the backoff retries').to.equal(3);
  });

  it('a seed node (no bootstrap contacts) never re-seeds, however small its table', async () => {
    const { clock, m, calls } = harness();
    m.start();
    await clock.runFor(600_000);
    expect(calls.every((c) => c.extraSeeds.length === 0)).to.equal(true);
    expect(m.counters.reseeds).to.equal(0);
  });

  it('the tick pings members not heard from for contactStaleMs', async () => {
    const clock = new VirtualClock();
    const pinged: string[] = [];
    const table = new RoutingTable({ self: idToHex(SELF), clock, ping: async (c) => (pinged.push(c.nodeId), true) });
    const m = new Maintenance({ table, clock, random: seededRandom('t'), lookup: async () => { throw new Error('no lookups here'); }, contactStaleMs: 60_000, intervalMs: 10_000 });
    const a = contactIn(0);
    table.answered(a);
    m.start();
    await clock.runFor(55_000);
    expect(pinged).to.deep.equal([]);
    await clock.runFor(20_000);
    expect(pinged).to.deep.equal([a.nodeId]);
    m.stop();
  });

  it('stop() cancels every timer, including a paced refresh run and a pending re-seed', async () => {
    const { clock, m, state, table } = harness({ seeds: [SEED] });
    state.learn = [contactIn(0), contactIn(4)];
    m.start();
    m.start();
    await clock.runFor(1_500);
    expect(table.size).to.equal(2);
    m.stop();
    m.stop();
    await clock.runFor(1_000_000);
    expect(clock.queued).to.equal(0);
  });
});
