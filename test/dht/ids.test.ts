import { expect } from 'chai';
import fc from 'fast-check';
import {
  ID_BITS, bitLength, commonPrefixLength, compareDistance, dhtKey, distance, idFromBytes, idFromHex, idToHex, isIdHex, randomId, randomIdInBucket, seededRandom, sha256Id,
} from '../../lib/dht/index.js';
import { MaculaError } from '../../lib/errors/index.js';

const hexArb = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex'));

describe('dht ids and keys', () => {
  it('converts 64 lowercase hex characters to a bigint and back, and 32 bytes to the same id', () => {
    fc.assert(fc.property(hexArb, (hex) => {
      expect(idToHex(idFromHex(hex))).to.equal(hex);
      expect(idFromBytes(Buffer.from(hex, 'hex'))).to.equal(idFromHex(hex));
    }));
    expect(idToHex(0n)).to.equal('0'.repeat(64));
  });

  it('refuses anything but 64 lowercase hex characters with malformed_frame', () => {
    for (const bad of ['', 'ab', 'A'.repeat(64), `${'0'.repeat(63)}g`, '0'.repeat(65), ` ${'0'.repeat(63)}`]) {
      expect(isIdHex(bad), bad).to.equal(false);
      expect(() => idFromHex(bad)).to.throw(MaculaError).with.property('code', 'malformed_frame');
    }
    expect(() => idFromBytes(new Uint8Array(31))).to.throw(MaculaError);
  });

  it('XOR distance is symmetric, zero only to itself, and obeys the triangle inequality of XOR', () => {
    fc.assert(fc.property(hexArb, hexArb, hexArb, (ha, hb, hc) => {
      const [a, b, c] = [idFromHex(ha), idFromHex(hb), idFromHex(hc)];
      expect(distance(a, b)).to.equal(distance(b, a));
      expect(distance(a, a)).to.equal(0n);
      expect(distance(a, c) <= distance(a, b) + distance(b, c)).to.equal(true);
    }));
  });

  it('common-prefix length counts the leading bits two ids share (256 when equal)', () => {
    const a = idFromHex('f'.repeat(64));
    expect(commonPrefixLength(a, a)).to.equal(ID_BITS);
    expect(commonPrefixLength(a, 0n)).to.equal(0);
    expect(commonPrefixLength(0n, 1n)).to.equal(255);
    expect(commonPrefixLength(0n, 1n << 200n)).to.equal(55);
    fc.assert(fc.property(hexArb, hexArb, (ha, hb) => {
      const [x, y] = [idFromHex(ha), idFromHex(hb)];
      const cpl = commonPrefixLength(x, y);
      expect(bitLength(x ^ y)).to.equal(ID_BITS - cpl);
      if (cpl < ID_BITS) expect((x >> BigInt(ID_BITS - cpl)) === (y >> BigInt(ID_BITS - cpl))).to.equal(true);
    }));
  });

  it('compares distances to a target', () => {
    expect(compareDistance(0n, 1n, 2n)).to.be.below(0);
    expect(compareDistance(3n, 1n, 2n)).to.be.above(0);
    expect(compareDistance(5n, 7n, 7n)).to.equal(0);
  });

  it('a refresh target for bucket i shares exactly i leading bits with us', () => {
    const random = seededRandom('ids');
    for (let n = 0; n < 50; n++) {
      const self = randomId(random);
      for (const i of [0, 1, 7, 100, 254, 255]) expect(commonPrefixLength(self, randomIdInBucket(self, i, random))).to.equal(i);
    }
    expect(() => randomIdInBucket(0n, 256, random)).to.throw(RangeError);
  });

  it('random ids are seeded: the same seed gives the same ids', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect([randomId(a), randomId(a)]).to.deep.equal([randomId(b), randomId(b)]);
    expect(randomId(seededRandom(43))).to.not.equal(randomId(seededRandom(42)));
  });

  it('a DHT key is SHA-256 over the realm and the name, different per realm and never ambiguous (#11.5)', () => {
    const k = dhtKey('macula.default', 'svc.echo');
    expect(isIdHex(k)).to.equal(true);
    expect(dhtKey('macula.default', 'svc.echo')).to.equal(k);
    expect(dhtKey('other.realm', 'svc.echo')).to.not.equal(k);
    // a naive realm + ':' + name would make these two collide
    expect(dhtKey('a:b', 'c')).to.not.equal(dhtKey('a', 'b:c'));
    expect(dhtKey('ab', 'c')).to.not.equal(dhtKey('a', 'bc'));
    expect(dhtKey('', 'x')).to.not.equal(dhtKey('x', ''));
    // a key is not the plain hash of the name (a node id could never be chosen to equal it by accident)
    expect(k).to.not.equal(idToHex(sha256Id('svc.echo')));
    fc.assert(fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (r1, n1, r2, n2) => {
      fc.pre(r1 !== r2 || n1 !== n2);
      expect(dhtKey(r1, n1)).to.not.equal(dhtKey(r2, n2));
    }), { numRuns: 300 });
  });
});
