import { expect } from 'chai';
import fc from 'fast-check';
import { RoutingTable, idToHex, type Contact } from '../../lib/dht/index.js';
import { VirtualClock } from '../../lib/dht/sim/index.js';

// Ids near SELF in a few low bits only, so buckets fill, overflow and collide.
const SELF = 0xabcdn << 240n;
const idArb = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.bigInt({ min: 0n, max: (1n << 16n) - 1n })).map(([cpl, low]) => {
  const rest = 255 - cpl;
  const flipped = (SELF ^ (1n << BigInt(rest))) & ~((1n << BigInt(rest)) - 1n);
  return flipped | (low & ((1n << BigInt(rest)) - 1n));
});
const contact = (id: bigint): Contact => ({ nodeId: idToHex(id), endpoint: 'e' });
const opArb = fc.oneof(
  fc.record({ op: fc.constant('answered' as const), id: idArb }),
  fc.record({ op: fc.constant('failed' as const), id: idArb }),
  fc.record({ op: fc.constant('heard' as const), id: idArb }),
  fc.record({ op: fc.constant('remove' as const), id: idArb }),
  fc.record({ op: fc.constant('wait' as const), ms: fc.integer({ min: 1, max: 120_000 }) }),
);

describe('RoutingTable property: bounded, and closest() is the true closest among its members', () => {
  it('after any sequence of answers, failures, requests and removals', async () => {
    await fc.assert(fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 150 }), fc.integer({ min: 1, max: 6 }), idArb, fc.integer({ min: 1, max: 30 }), async (ops, k, target, n) => {
      const clock = new VirtualClock();
      const alive = new Set<string>();
      const table = new RoutingTable({
        self: idToHex(SELF), clock, k, maxFailures: 2, recentlySeenMs: 1_000,
        ping: (c) => new Promise((resolve) => clock.setTimeout(() => resolve(alive.has(c.nodeId)), 5)),
      });
      for (const o of ops) {
        if (o.op === 'wait') await clock.runFor(o.ms);
        else if (o.op === 'answered') {
          alive.add(idToHex(o.id));
          table.answered(contact(o.id));
        } else if (o.op === 'failed') {
          alive.delete(idToHex(o.id));
          table.failed(idToHex(o.id));
        } else if (o.op === 'heard') table.heard(contact(o.id));
        else table.remove(idToHex(o.id));
      }
      await clock.runFor(100);
      const members = table.entries();
      let total = 0;
      for (let i = 0; i < 256; i++) {
        const b = table.bucket(i);
        expect(b.length).to.be.at.most(k);
        expect(table.replacements(i).length).to.be.at.most(k);
        for (const e of b) expect(table.bucketIndex(e.id)).to.equal(i);
        const r = new Set(table.replacements(i).map((e) => e.nodeId));
        for (const e of b) expect(r.has(e.nodeId), 'never both member and replacement').to.equal(false);
        total += b.length;
      }
      expect(total).to.equal(table.size);
      expect(members.every((e) => e.id !== SELF)).to.equal(true);
      const brute = members.map((e) => e.id).sort((x, y) => ((x ^ target) < (y ^ target) ? -1 : 1)).slice(0, n);
      expect(table.closest(target, n).map((e) => e.id)).to.deep.equal(brute);
      expect(new Set(table.closest(target, n, undefined, false).map((e) => e.id))).to.deep.equal(new Set(brute));
    }), { numRuns: 300 });
  });
});
