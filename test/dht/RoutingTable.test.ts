import { expect } from 'chai';
import {
  DEFAULT_BUCKET_PING_CONCURRENCY, DEFAULT_K, DEFAULT_MAX_FAILURES, RoutingTable, idToHex, randomId, randomIdInBucket, seededRandom, type Contact, type RoutingTableOptions,
} from '../../lib/dht/index.js';
import { VirtualClock } from '../../lib/dht/sim/index.js';

const random = seededRandom('table');
const SELF = randomId(random);
const inBucket = (i: number): Contact => {
  const nodeId = idToHex(randomIdInBucket(SELF, i, random));
  return { nodeId, endpoint: `sim://${nodeId.slice(0, 6)}` };
};

/** A table whose pings are answered after pingMs by the contacts in `alive`. */
function harness(options: Partial<RoutingTableOptions> = {}, pingMs = 10) {
  const clock = new VirtualClock();
  const alive = new Set<string>();
  const pinged: string[] = [];
  const removed: [string, string][] = [];
  const table = new RoutingTable({
    self: idToHex(SELF),
    clock,
    ping: (c) => {
      pinged.push(c.nodeId);
      return new Promise((resolve) => clock.setTimeout(() => resolve(alive.has(c.nodeId)), pingMs));
    },
    onRemoved: (e, reason) => removed.push([e.nodeId, reason]),
    ...options,
  });
  return { clock, alive, pinged, removed, table };
}

describe('RoutingTable', () => {
  it('uses the recommended parameters: k = 20, ≤ 3 pings per full bucket, out after 3 failures in a row', () => {
    expect([DEFAULT_K, DEFAULT_BUCKET_PING_CONCURRENCY, DEFAULT_MAX_FAILURES]).to.deep.equal([20, 3, 3]);
  });

  it('places a contact in the bucket of its common-prefix length with us, and never admits us', () => {
    const { table } = harness();
    const a = inBucket(0);
    const b = inBucket(5);
    const c = inBucket(255);
    for (const x of [a, b, c]) table.answered(x);
    table.answered({ nodeId: idToHex(SELF), endpoint: 'me' });
    expect(table.size).to.equal(3);
    expect(table.bucket(0).map((e) => e.nodeId)).to.deep.equal([a.nodeId]);
    expect(table.bucket(5).map((e) => e.nodeId)).to.deep.equal([b.nodeId]);
    expect(table.bucket(255).map((e) => e.nodeId)).to.deep.equal([c.nodeId]);
    expect(table.deepestBucket).to.equal(255);
  });

  it('admits a contact that only sent a request after it answered a ping, and never one that did not', async () => {
    const { table, alive, pinged, clock } = harness();
    const good = inBucket(3);
    const bad = inBucket(3);
    alive.add(good.nodeId);
    table.heard(good);
    table.heard(bad);
    table.heard(good);
    expect(table.size, 'nothing admitted before an answer').to.equal(0);
    expect(pinged, 'one ping per contact').to.deep.equal([good.nodeId, bad.nodeId]);
    await clock.runFor(10);
    expect(table.has(good.nodeId)).to.equal(true);
    expect(table.has(bad.nodeId)).to.equal(false);
    expect(table.pingsInFlight).to.equal(0);
  });

  it('a request from a member refreshes it without a ping', async () => {
    const { table, pinged, clock } = harness();
    const a = inBucket(2);
    const b = inBucket(2);
    table.answered(a);
    await clock.runFor(1_000);
    table.answered(b);
    await clock.runFor(1_000);
    table.heard(a);
    expect(pinged).to.deep.equal([]);
    expect(table.bucket(2).map((e) => e.nodeId), 'a is now the most recently seen').to.deep.equal([b.nodeId, a.nodeId]);
    expect(table.get(a.nodeId)!.lastSeenMs).to.equal(clock.now());
  });

  it('a full bucket keeps answering members, puts the newcomer in the replacement cache and pings ≤ 3 least recently seen', async () => {
    const { table, alive, pinged, clock } = harness({ k: 4, recentlySeenMs: 60_000 });
    const members = [inBucket(1), inBucket(1), inBucket(1), inBucket(1)];
    for (const m of members) {
      table.answered(m);
      alive.add(m.nodeId);
      await clock.runFor(1);
    }
    await clock.runFor(60_000);
    const newcomer = inBucket(1);
    table.answered(newcomer);
    expect(table.replacements(1).map((e) => e.nodeId)).to.deep.equal([newcomer.nodeId]);
    expect(pinged, 'the three least recently seen').to.deep.equal(members.slice(0, 3).map((m) => m.nodeId));
    await clock.runFor(10);
    expect(table.bucket(1).map((e) => e.nodeId).sort()).to.deep.equal(members.map((m) => m.nodeId).sort());
    expect(table.bucket(1)[0]!.nodeId, 'the unpinged one is now least recently seen').to.equal(members[3]!.nodeId);
    expect(table.replacements(1)).to.have.length(1);
  });

  it('a full bucket evicts the pinged members that fail and promotes the freshest replacements', async () => {
    const { table, alive, clock, removed } = harness({ k: 4 });
    const members = [inBucket(1), inBucket(1), inBucket(1), inBucket(1)];
    for (const m of members) table.answered(m);
    alive.add(members[1]!.nodeId);
    await clock.runFor(120_000);
    const n1 = inBucket(1);
    const n2 = inBucket(1);
    table.answered(n1);
    table.answered(n2);
    await clock.runFor(10);
    // members 0 and 2 failed: replaced by n2 (freshest) then n1
    expect(removed).to.deep.equal([[members[0]!.nodeId, 'replaced'], [members[2]!.nodeId, 'replaced']]);
    expect(table.bucket(1).map((e) => e.nodeId).sort()).to.deep.equal([members[1]!.nodeId, members[3]!.nodeId, n1.nodeId, n2.nodeId].sort());
    expect(table.replacements(1)).to.deep.equal([]);
    expect(table.size).to.equal(4);
  });

  it('does not ping members seen within recentlySeenMs for a newcomer', async () => {
    const { table, pinged, clock } = harness({ k: 2, recentlySeenMs: 60_000 });
    table.answered(inBucket(0));
    table.answered(inBucket(0));
    await clock.runFor(59_000);
    table.answered(inBucket(0));
    expect(pinged).to.deep.equal([]);
    expect(table.replacementCount).to.equal(1);
  });

  it('the replacement cache holds at most k, most recently seen last, and a member\'s first failure promotes the freshest', () => {
    const { table, removed } = harness({ k: 3, recentlySeenMs: Infinity });
    const members = [inBucket(4), inBucket(4), inBucket(4)];
    for (const m of members) table.answered(m);
    const waiting = [inBucket(4), inBucket(4), inBucket(4), inBucket(4), inBucket(4)];
    for (const w of waiting) table.answered(w);
    expect(table.replacements(4).map((e) => e.nodeId)).to.deep.equal(waiting.slice(2).map((w) => w.nodeId));
    table.failed(members[1]!.nodeId);
    expect(removed).to.deep.equal([[members[1]!.nodeId, 'replaced']]);
    expect(table.has(waiting[4]!.nodeId)).to.equal(true);
    expect(table.replacements(4)).to.have.length(2);
    // a replacement that fails leaves the cache
    table.failed(waiting[3]!.nodeId);
    expect(table.replacements(4).map((e) => e.nodeId)).to.deep.equal([waiting[2]!.nodeId]);
  });

  it('with no replacement waiting, a member leaves after maxFailures consecutive failures; an answer resets the count', () => {
    const { table, removed } = harness({ maxFailures: 3 });
    const a = inBucket(9);
    table.answered(a);
    table.failed(a.nodeId);
    table.failed(a.nodeId);
    table.answered(a, 12);
    expect(table.get(a.nodeId)!.failures).to.equal(0);
    table.failed(a.nodeId);
    table.failed(a.nodeId);
    expect(table.has(a.nodeId)).to.equal(true);
    expect(table.get(a.nodeId)!.failures).to.equal(2);
    table.failed(a.nodeId);
    expect(table.has(a.nodeId)).to.equal(false);
    expect(removed).to.deep.equal([[a.nodeId, 'failed']]);
    expect(table.deepestBucket).to.equal(-1);
  });

  it('keeps a smoothed RTT per member', () => {
    const { table } = harness();
    const a = inBucket(0);
    table.answered(a, 100);
    table.answered(a, 20);
    expect(table.get(a.nodeId)!.rttMs).to.equal(90);
  });

  it('returns the n members closest to a target by XOR, closest first, excluding the requester', () => {
    const { table } = harness();
    const contacts = Array.from({ length: 200 }, () => ({ nodeId: idToHex(randomId(random)), endpoint: 'e' }));
    for (const c of contacts) table.answered(c);
    const target = randomId(random);
    const members = table.entries();
    const brute = members.map((e) => e.id).sort((x, y) => ((x ^ target) < (y ^ target) ? -1 : 1));
    expect(table.closest(target, 20).map((e) => e.id)).to.deep.equal(brute.slice(0, 20));
    const exclude = idToHex(brute[0]!);
    expect(table.closest(target, 5, exclude).map((e) => e.id)).to.deep.equal(brute.slice(1, 6));
    expect(table.closest(target, 1000)).to.have.length(members.length);
    expect(table.closest(target, 0)).to.deep.equal([]);
  });

  it('a bucket no lookup targeted counts as stale from the start; a lookup makes it fresh for bucketRefreshMs', async () => {
    const { table, clock } = harness();
    for (const i of [0, 1, 3]) table.answered(inBucket(i));
    expect(table.staleBuckets(300_000)).to.deep.equal([0, 1, 2, 3]);
    table.markUsed(randomIdInBucket(SELF, 1, random));
    table.markUsed(randomIdInBucket(SELF, 2, random));
    expect(table.staleBuckets(300_000)).to.deep.equal([0, 3]);
    expect(table.lastUsedMs(1)).to.equal(clock.now());
    await clock.runFor(300_000);
    expect(table.staleBuckets(300_000)).to.deep.equal([0, 1, 2, 3]);
  });

  it('checkLiveness pings members unheard for staleMs and members that failed, and a dead one leaves after maxFailures checks', async () => {
    const { table, alive, pinged, clock, removed } = harness({ maxFailures: 3 });
    const live = inBucket(0);
    const dead = inBucket(1);
    alive.add(live.nodeId);
    table.answered(live);
    table.answered(dead);
    expect(table.checkLiveness(60_000), 'nobody is stale yet').to.equal(0);
    await clock.runFor(60_000);
    expect(table.checkLiveness(60_000)).to.equal(2);
    expect(table.checkLiveness(60_000), 'one ping per contact at a time').to.equal(0);
    await clock.runFor(10);
    expect(table.get(live.nodeId)!.failures).to.equal(0);
    expect(table.get(dead.nodeId)!.failures).to.equal(1);
    for (let i = 0; i < 2; i++) {
      expect(table.checkLiveness(60_000), 'the failing one is re-checked at once').to.equal(1);
      await clock.runFor(10);
    }
    expect(table.has(dead.nodeId)).to.equal(false);
    expect(removed).to.deep.equal([[dead.nodeId, 'failed']]);
    expect(pinged.filter((id) => id === dead.nodeId)).to.have.length(3);
  });

  it('stays within its bounds: ≤ k members and ≤ k replacements per bucket, verification pings ≤ maxVerifying', () => {
    const { table } = harness({ k: 5, maxVerifying: 4, recentlySeenMs: Infinity });
    for (let n = 0; n < 2_000; n++) table.answered({ nodeId: idToHex(randomId(random)), endpoint: 'e' });
    for (let i = 0; i < 256; i++) {
      expect(table.bucket(i).length).to.be.at.most(5);
      expect(table.replacements(i).length).to.be.at.most(5);
    }
    expect(table.size).to.be.at.most(256 * 5);
    for (let n = 0; n < 50; n++) table.heard(inBucket(30 + n));
    expect(table.pingsInFlight).to.equal(4);
  });

  it('after close() ping results change nothing', async () => {
    const { table, alive, clock } = harness();
    const a = inBucket(2);
    alive.add(a.nodeId);
    table.heard(a);
    table.close();
    await clock.runFor(10);
    expect(table.size).to.equal(0);
  });
});
