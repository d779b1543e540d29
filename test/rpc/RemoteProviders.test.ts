/**
 * RemoteProviders (the discovery cache of one realm) with a fake clock and an in-memory DHT:
 * what is cached, for how long, what a failed node costs, and every bound.
 */
import { expect } from 'chai';
import { RemoteProviders, rpcRecordKey } from '../../lib/broker/RemoteProviders.js';
import type { DhtAccess } from '../../lib/broker/types.js';

const REALM = 'macula.default';
const SELF = 'aa'.repeat(32);
const B = 'bb'.repeat(32);
const C = 'cc'.repeat(32);

interface Rec { nodeId: string; endpoint: string; ttlMs: number; seq: number }

function fakeDht(records: Map<string, Rec[]>): DhtAccess & { finds: number; hold: boolean; release: () => void } {
  let releases: Array<() => void> = [];
  const dht = {
    finds: 0,
    hold: false,
    release: () => { for (const r of releases) r(); releases = []; },
    publish: async () => undefined,
    unpublish: async () => undefined,
    locate: async () => undefined,
    findProviders: async (key: string) => {
      dht.finds++;
      if (dht.hold) await new Promise<void>((r) => releases.push(r));
      return (records.get(key) ?? []).map((r) => ({ ...r, metadata: {} }));
    },
  };
  return dht;
}

describe('rpc: RemoteProviders (discovery cache)', () => {
  let now = 0;
  const clock = (): number => now;
  const rec = (nodeId: string, seq = 1, ttlMs = 300_000): Rec => ({ nodeId, endpoint: `quic://${nodeId.slice(0, 4)}:1`, ttlMs, seq });
  beforeEach(() => { now = 1_000_000; });

  it('a lookup caches the nodes that serve a procedure (not this node) for the cache TTL; concurrent discovers share one lookup', async () => {
    const dht = fakeDht(new Map([[rpcRecordKey(REALM, 'p'), [rec(SELF), rec(B), rec(C)]]]));
    const rp = new RemoteProviders({ realm: REALM, selfId: SELF, dht, ttlMs: 1_000, now: clock });
    await Promise.all([rp.discover('p'), rp.discover('p'), rp.discover('p')]);
    expect(dht.finds).to.equal(1);
    expect(rp.nodesOf('p')).to.deep.equal([B, C]);
    expect(rp.endpointOf(B)).to.equal('quic://bbbb:1');
    now += 1_001;
    expect(rp.has('p'), 'aged: new calls look up again').to.equal(false);
    expect(rp.select('p', 3)).to.deep.equal([]);
  });

  it('an aged entry does not take a running call\'s backups away (stale grace), and sweep frees it only after that grace', async () => {
    const dht = fakeDht(new Map([[rpcRecordKey(REALM, 'p'), [rec(B), rec(C)]]]));
    const rp = new RemoteProviders({ realm: REALM, selfId: SELF, dht, ttlMs: 100, staleGraceMs: 5_000, now: clock });
    await rp.discover('p');
    now += 200;
    expect(rp.isProvider('p', `node:${C}`)).to.equal(true);
    rp.sweep();
    expect(rp.size).to.equal(1);
    now += 5_000;
    expect(rp.isProvider('p', `node:${C}`)).to.equal(false);
    rp.sweep();
    expect(rp.size).to.equal(0);
    expect(rp.endpointOf(B)).to.equal(undefined);
  });

  it('a lookup that finds nobody caches nothing; round_robin rotates over the cached nodes', async () => {
    const records = new Map<string, Rec[]>();
    const dht = fakeDht(records);
    const rp = new RemoteProviders({ realm: REALM, selfId: SELF, dht, selection: 'round_robin', now: clock });
    await rp.discover('p');
    expect(rp.size).to.equal(0);
    records.set(rpcRecordKey(REALM, 'p'), [rec(B), rec(C)]);
    await rp.discover('p');
    expect([rp.select('p', 1), rp.select('p', 1), rp.select('p', 1)]).to.deep.equal([[`node:${B}`], [`node:${C}`], [`node:${B}`]]);
    expect(rp.select('p', 5)).to.have.length(2);
  });

  it('a failed node is suspected: left out of lookups with the same record until heard from, a newer seq, or suspectMs', async () => {
    const records = new Map([[rpcRecordKey(REALM, 'p'), [rec(B, 1), rec(C, 1)]]]);
    const rp = new RemoteProviders({ realm: REALM, selfId: SELF, dht: fakeDht(records), suspectMs: 10_000, now: clock });
    await rp.discover('p');
    rp.failed(B);
    expect(rp.nodesOf('p')).to.deep.equal([C]);
    expect(rp.isProvider('p', `node:${B}`)).to.equal(false);
    await rp.discover('p');
    expect(rp.nodesOf('p'), 'same seq: still suspected').to.deep.equal([C]);
    rp.heardFrom(B);
    await rp.discover('p');
    expect(rp.nodesOf('p')).to.deep.equal([B, C]);
    rp.failed(B);
    records.set(rpcRecordKey(REALM, 'p'), [rec(B, 2), rec(C, 1)]);
    await rp.discover('p');
    expect(rp.nodesOf('p'), 'republished (seq 2)').to.deep.equal([B, C]);
    rp.failed(B);
    now += 10_001;
    expect(rp.suspected(B)).to.equal(false);
    rp.sweep();
    expect(rp.suspectCount).to.equal(0);
  });

  it('bounds: entries (LRU), suspects, call_to targets, lookups in flight', async () => {
    const records = new Map<string, Rec[]>();
    for (const p of ['p1', 'p2', 'p3']) records.set(rpcRecordKey(REALM, p), [rec(B)]);
    const dht = fakeDht(records);
    const rp = new RemoteProviders({ realm: REALM, selfId: SELF, dht, maxEntries: 2, maxSuspects: 2, maxTargets: 2, maxLookups: 1, now: clock });
    await rp.discover('p1');
    await rp.discover('p2');
    rp.select('p1', 1); // p1 used last: p2 is the least recently used
    await rp.discover('p3');
    expect(rp.size).to.equal(2);
    expect(rp.has('p2')).to.equal(false);
    expect(rp.has('p1')).to.equal(true);
    for (const n of ['01', '02', '03']) rp.failed(n.repeat(32));
    expect(rp.suspectCount).to.equal(2);
    for (const n of ['01', '02', '03']) rp.addTarget(n.repeat(32), 'quic://x:1');
    expect(rp.targetCount).to.equal(2);
    dht.hold = true;
    const first = rp.discover('p1');
    const err = await rp.discover('p2').then(() => undefined, (e: unknown) => e);
    expect((err as { code?: string }).code).to.equal('too_many_pending_calls');
    dht.release();
    await first;
    expect(rp.lookupsInFlight).to.equal(0);
  });
});
