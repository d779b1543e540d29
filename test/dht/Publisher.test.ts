import { expect } from 'chai';
import { DEFAULT_REPUBLISH_INTERVAL_MS, Publisher, dhtKey, idToHex, seededRandom, sha256Id, type Contact, type ProviderRecord, type PublisherOptions } from '../../lib/dht/index.js';
import { VirtualClock } from '../../lib/dht/sim/index.js';
import { MaculaError } from '../../lib/errors/index.js';

const SELF: Contact = { nodeId: idToHex(sha256Id('publisher')), endpoint: 'quic://self:9443' };
const holders: Contact[] = [1, 2, 3].map((i) => ({ nodeId: idToHex(sha256Id(`holder${i}`)), endpoint: `sim://${i}` }));
const KEY = dhtKey('macula.default', 'svc.echo');

function harness(options: Partial<PublisherOptions> = {}, storeMs = 50) {
  const clock = new VirtualClock();
  const stores: { atMs: number; key: string; record: ProviderRecord }[] = [];
  const direct: { atMs: number; key: string; record: ProviderRecord; to: string[] }[] = [];
  let reachable = true;
  const publisher = new Publisher({
    self: SELF,
    clock,
    random: seededRandom('publisher'),
    store: (key, record) => new Promise((resolve) => {
      stores.push({ atMs: clock.elapsedMs, key, record });
      clock.setTimeout(() => resolve(reachable ? holders : []), storeMs);
    }),
    storeAt: (key, record, to) => new Promise((resolve) => {
      direct.push({ atMs: clock.elapsedMs, key, record, to: to.map((c) => c.nodeId) });
      clock.setTimeout(() => resolve(to), 10);
    }),
    ...options,
  });
  return { clock, publisher, stores, direct, unreachable: () => (reachable = false), reachable: () => (reachable = true) };
}

describe('Publisher', () => {
  it('republishes every TTL / 2 by default: 150 s of a 300 s TTL', () => {
    expect(DEFAULT_REPUBLISH_INTERVAL_MS).to.equal(150_000);
    expect(harness().publisher.republishIntervalMs).to.equal(150_000);
  });

  it('stores at once, then republishes every TTL/2 minus up to 10 % jitter, each time with a higher seq', async () => {
    const { clock, publisher, stores } = harness();
    const r = await clock.settle(publisher.publish(KEY, { role: 'echo' }));
    expect(r.done && 'value' in r && r.value).to.deep.include({ key: KEY, storedAt: 3 });
    expect(stores[0]!.record).to.deep.include({ nodeId: SELF.nodeId, endpoint: SELF.endpoint, ttlMs: 300_000, metadata: { role: 'echo' } });
    await clock.runFor(20 * 150_000);
    expect(stores.length).to.be.within(20, 23);
    const gaps = stores.slice(1).map((s, i) => s.atMs - stores[i]!.atMs);
    for (const g of gaps) expect(g).to.be.within(0.9 * 150_000 + 50, 150_000 + 50);
    expect(new Set(gaps).size, 'jittered').to.be.above(1);
    const seqs = stores.map((s) => s.record.seq);
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]).to.be.above(seqs[i - 1]!);
    expect(seqs[0], 'the seq follows wall time, so a restarted node outranks its old records').to.be.at.least(clock.startMs);
    expect(publisher.storedAt(KEY)).to.deep.equal(holders);
  });

  it('retries a publish that reached nobody after 1 s, doubling, and republishes normally once it lands', async () => {
    const { clock, publisher, stores, unreachable, reachable } = harness({}, 0);
    unreachable();
    await clock.settle(publisher.publish(KEY));
    await clock.runFor(15_000);
    expect(stores.map((s) => s.atMs)).to.deep.equal([0, 1_000, 3_000, 7_000, 15_000]);
    reachable();
    await clock.runFor(31_000);
    expect(stores.at(-1)!.atMs, "the next retry, 16 s later, lands").to.equal(31_000);
    const landed = stores.length;
    await clock.runFor(130_000);
    expect(stores.length, 'nothing before the republish interval').to.equal(landed);
  });

  it('unpublish withdraws the record (ttlMs 0, a higher seq) from the nodes that hold it and stops republishing', async () => {
    const { clock, publisher, stores, direct } = harness();
    await clock.settle(publisher.publish(KEY));
    await clock.settle(publisher.unpublish(KEY));
    expect(direct).to.have.length(1);
    expect(direct[0]!.to).to.deep.equal(holders.map((h) => h.nodeId));
    expect(direct[0]!.record.ttlMs).to.equal(0);
    expect(direct[0]!.record.seq).to.be.above(stores[0]!.record.seq);
    await clock.runFor(1_000_000);
    expect(stores).to.have.length(1);
    expect(publisher.size).to.equal(0);
    expect(clock.queued).to.equal(0);
  });

  it('a store still in flight when the record is unpublished is withdrawn from its nodes too', async () => {
    const { clock, publisher, direct } = harness({}, 500);
    const p = publisher.publish(KEY);
    await clock.runFor(100);
    await clock.settle(publisher.unpublish(KEY));
    await clock.settle(p);
    expect(direct.map((d) => [d.record.ttlMs, d.to.length])).to.deep.equal([[0, 3]]);
  });

  it('stop() withdraws every record once, cancels every timer, and later publishes fail with shutdown', async () => {
    const { clock, publisher, direct } = harness();
    for (let i = 0; i < 5; i++) await clock.settle(publisher.publish(dhtKey('r', `k${i}`)));
    const s1 = publisher.stop();
    const s2 = publisher.stop();
    expect(s1).to.equal(s2);
    await clock.settle(s1);
    expect(direct.map((d) => d.key).sort()).to.deep.equal([0, 1, 2, 3, 4].map((i) => dhtKey('r', `k${i}`)).sort());
    expect(direct.every((d) => d.record.ttlMs === 0)).to.equal(true);
    await clock.runFor(1_000_000);
    expect(clock.queued).to.equal(0);
    const r = await clock.settle(publisher.publish(KEY));
    expect(r.done && 'error' in r && (r.error as MaculaError).code).to.equal('shutdown');
  });

  it('publishes at most maxPublished keys; past it too_many_records, while updating a known key still works', async () => {
    const { clock, publisher } = harness({ maxPublished: 2 });
    await clock.settle(publisher.publish(dhtKey('r', 'a')));
    await clock.settle(publisher.publish(dhtKey('r', 'b')));
    const r = await clock.settle(publisher.publish(dhtKey('r', 'c')));
    expect(r.done && 'error' in r && (r.error as MaculaError).code).to.equal('too_many_records');
    const again = await clock.settle(publisher.publish(dhtKey('r', 'a'), { v: '2' }));
    expect(again.done && 'value' in again).to.equal(true);
    expect(publisher.size).to.equal(2);
  });
});
