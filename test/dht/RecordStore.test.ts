import { expect } from 'chai';
import {
  DEFAULT_MAX_PROVIDERS_PER_KEY, DEFAULT_MAX_RECORD_TTL_MS, DEFAULT_RECORD_TTL_MS, DEFAULT_SWEEP_INTERVAL_MS, RecordStore, dhtKey, idToHex, sha256Id, type ProviderRecord,
} from '../../lib/dht/index.js';
import { VirtualClock } from '../../lib/dht/sim/index.js';
import { MaculaError } from '../../lib/errors/index.js';

const node = (i: number): string => idToHex(sha256Id(`node-${i}`));
const KEY = dhtKey('macula.default', 'svc.echo');

function rec(i: number, seq: number, ttlMs = 300_000, metadata: Record<string, string> = {}): ProviderRecord {
  return { nodeId: node(i), endpoint: `quic://10.0.0.${i}:9443`, metadata, ttlMs, seq };
}

describe('RecordStore', () => {
  it('uses the recommended bounds: TTL 300 s, swept every 30 s, 64 providers per key, TTL capped at 1 h', () => {
    expect([DEFAULT_RECORD_TTL_MS, DEFAULT_SWEEP_INTERVAL_MS, DEFAULT_MAX_PROVIDERS_PER_KEY, DEFAULT_MAX_RECORD_TTL_MS]).to.deep.equal([300_000, 30_000, 64, 3_600_000]);
  });

  it('upserts by node id: a higher seq replaces, an equal or lower seq is ignored', () => {
    const store = new RecordStore({ clock: new VirtualClock() });
    expect(store.put(KEY, rec(1, 5, 300_000, { v: 'five' }))).to.equal('stored');
    expect(store.put(KEY, rec(1, 5, 300_000, { v: 'again' }))).to.equal('ignored');
    expect(store.put(KEY, rec(1, 4, 300_000, { v: 'older' }))).to.equal('ignored');
    expect(store.get(KEY).map((r) => r.metadata.v)).to.deep.equal(['five']);
    expect(store.put(KEY, rec(1, 6, 300_000, { v: 'six' }))).to.equal('stored');
    expect(store.put(KEY, rec(2, 1))).to.equal('stored');
    const got = store.get(KEY);
    expect(got.map((r) => [r.nodeId, r.seq, r.metadata.v])).to.deep.equal([[node(1), 6, 'six'], [node(2), 1, undefined]]);
    expect(store.size).to.equal(2);
    expect(store.counters).to.include({ stored: 3, ignored: 2 });
  });

  it('never serves a record past its TTL, even before the sweep ran, and reports the time left', async () => {
    const clock = new VirtualClock();
    const store = new RecordStore({ clock });
    store.put(KEY, rec(1, 1, 1_000));
    store.put(KEY, rec(2, 1, 5_000));
    await clock.runFor(400);
    expect(store.get(KEY).map((r) => r.ttlMs)).to.deep.equal([600, 4_600]);
    await clock.runFor(600);
    expect(store.get(KEY).map((r) => r.nodeId)).to.deep.equal([node(2)]);
    expect(store.size, 'not swept yet: still held').to.equal(2);
    expect(store.sweep()).to.equal(1);
    expect(store.size).to.equal(1);
  });

  it('an expired record does not block a new one from the same node, whatever its seq', async () => {
    const clock = new VirtualClock();
    const store = new RecordStore({ clock });
    store.put(KEY, rec(1, 10, 1_000));
    await clock.runFor(1_000);
    expect(store.put(KEY, rec(1, 3))).to.equal('stored');
    expect(store.get(KEY)[0]!.seq).to.equal(3);
  });

  it('sweeps expired records every sweepIntervalMs once started, and stops sweeping at stop()', async () => {
    const clock = new VirtualClock();
    const store = new RecordStore({ clock, sweepIntervalMs: 30_000 });
    store.start();
    store.start();
    for (let i = 0; i < 10; i++) store.put(dhtKey('r', `k${i}`), rec(i, 1, 10_000));
    expect([store.size, store.keyCount]).to.deep.equal([10, 10]);
    await clock.runFor(29_999);
    expect(store.size).to.equal(10);
    await clock.runFor(1);
    expect([store.size, store.keyCount]).to.deep.equal([0, 0]);
    expect(store.counters.expired).to.equal(10);
    store.stop();
    store.put(KEY, rec(1, 1, 10_000));
    await clock.runFor(120_000);
    expect(store.size, 'no sweep after stop').to.equal(1);
    expect(clock.queued).to.equal(0);
  });

  it('caps a TTL above maxTtlMs', () => {
    const clock = new VirtualClock();
    const store = new RecordStore({ clock, maxTtlMs: 60_000 });
    store.put(KEY, rec(1, 1, 10 * 3_600_000));
    expect(store.get(KEY)[0]!.ttlMs).to.equal(60_000);
  });

  it('refuses a new provider past maxPerKey with too_many_records; existing providers still refresh', () => {
    const store = new RecordStore({ clock: new VirtualClock(), maxPerKey: 3 });
    for (let i = 0; i < 3; i++) store.put(KEY, rec(i, 1));
    let err: unknown;
    try {
      store.put(KEY, rec(9, 1));
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(MaculaError);
    expect((err as MaculaError).code).to.equal('too_many_records');
    expect((err as MaculaError).details).to.include({ key: KEY, limit: 3 });
    expect(store.put(KEY, rec(1, 2))).to.equal('stored');
    expect(store.get(KEY)).to.have.length(3);
    expect(store.counters.refused).to.equal(1);
    // another key is unaffected
    expect(store.put(dhtKey('macula.default', 'other'), rec(9, 1))).to.equal('stored');
  });

  it('a full key makes room from an expired entry or a tombstone, never from a live provider', async () => {
    const clock = new VirtualClock();
    const store = new RecordStore({ clock, maxPerKey: 2, tombstoneMs: 60_000 });
    store.put(KEY, rec(1, 1, 1_000));
    store.put(KEY, rec(2, 1));
    await clock.runFor(1_000);
    expect(store.put(KEY, rec(3, 1))).to.equal('stored');
    expect(store.put(KEY, rec(2, 2, 0))).to.equal('withdrawn');
    expect(store.put(KEY, rec(4, 1))).to.equal('stored');
    expect(store.get(KEY).map((r) => r.nodeId).sort()).to.deep.equal([node(3), node(4)].sort());
    expect(() => store.put(KEY, rec(5, 1))).to.throw(MaculaError);
  });

  it('past maxRecords evicts the least recently refreshed record of any key', () => {
    const store = new RecordStore({ clock: new VirtualClock(), maxRecords: 3 });
    store.put(dhtKey('r', 'a'), rec(1, 1));
    store.put(dhtKey('r', 'b'), rec(2, 1));
    store.put(dhtKey('r', 'c'), rec(3, 1));
    store.put(dhtKey('r', 'a'), rec(1, 2)); // a is refreshed: b is now the oldest
    store.put(dhtKey('r', 'd'), rec(4, 1));
    expect(store.size).to.equal(3);
    expect(store.get(dhtKey('r', 'b'))).to.deep.equal([]);
    expect(store.get(dhtKey('r', 'a'))).to.have.length(1);
    expect(store.keyCount).to.equal(3);
    expect(store.counters.evicted).to.equal(1);
    for (let i = 0; i < 100; i++) store.put(dhtKey('r', `x${i}`), rec(i, 1));
    expect(store.size).to.equal(3);
  });

  it('a withdraw (ttlMs 0, higher seq) removes the record, and a delayed older STORE cannot revive it', async () => {
    const clock = new VirtualClock();
    const store = new RecordStore({ clock, tombstoneMs: 60_000 });
    store.put(KEY, rec(1, 10));
    store.put(KEY, rec(2, 1));
    expect(store.put(KEY, rec(1, 9, 0)), 'a withdraw with a lower seq is stale').to.equal('ignored');
    expect(store.put(KEY, rec(1, 11, 0))).to.equal('withdrawn');
    expect(store.get(KEY).map((r) => r.nodeId)).to.deep.equal([node(2)]);
    expect(store.put(KEY, rec(1, 10)), 'the STORE that was in flight arrives late').to.equal('ignored');
    expect(store.get(KEY).map((r) => r.nodeId)).to.deep.equal([node(2)]);
    expect(store.put(KEY, rec(1, 12)), 'a newer publish comes back').to.equal('stored');
    expect(store.get(KEY)).to.have.length(2);
    // a tombstone goes away after tombstoneMs
    store.put(KEY, rec(1, 13, 0));
    await clock.runFor(60_000);
    store.sweep();
    expect(store.size).to.equal(1);
  });

  it('a withdraw of a record the store never held changes nothing', () => {
    const store = new RecordStore({ clock: new VirtualClock() });
    expect(store.put(KEY, rec(1, 1, 0))).to.equal('withdrawn');
    expect(store.size).to.equal(0);
  });

  it('keys are realm-scoped: a record stored under one realm is not found under another', () => {
    const store = new RecordStore({ clock: new VirtualClock() });
    store.put(dhtKey('realm.a', 'svc.echo'), rec(1, 1));
    expect(store.get(dhtKey('realm.a', 'svc.echo'))).to.have.length(1);
    expect(store.get(dhtKey('realm.b', 'svc.echo'))).to.deep.equal([]);
  });

  it('get() returns at most `limit` providers', () => {
    const store = new RecordStore({ clock: new VirtualClock() });
    for (let i = 0; i < 10; i++) store.put(KEY, rec(i, 1));
    expect(store.get(KEY, 4)).to.have.length(4);
  });
});
