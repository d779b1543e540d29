import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { clientInitialKeys, hkdfExpandLabel, isGenuineClientInitial } from '../../lib/transport/initialPacket.js';
import { buildQuicheConfig, quiche } from '../../lib/transport/tls.js';
import { identity } from './helpers.js';

/** First datagrams of real quiche clients. */
function initials(n: number): Buffer[] {
  const id = identity();
  const cfg = buildQuicheConfig({ certPem: id.certPem, keyPem: id.keyPem, idleTimeoutMs: 60_000, maxUdpPayloadBytes: 1350, maxStreamsPerConnection: 10 });
  const buf = Buffer.alloc(2000);
  return Array.from({ length: n }, () => {
    const c = quiche.Connection.connect(null, randomBytes(20), { host: '127.0.0.1', port: 1 }, { host: '127.0.0.1', port: 2 }, cfg);
    const r = c.send(buf)!;
    return Buffer.from(buf.subarray(0, r[0]));
  });
}

describe('transport: the genuine-Initial check (RFC 9001 §5)', () => {
  it('derives the client Initial keys of RFC 9001 Appendix A.1', () => {
    const k = clientInitialKeys(Buffer.from('8394c8f03e515708', 'hex'));
    expect(k.key.toString('hex')).to.equal('1f369613dd76d5467730efcbe3b1a22d');
    expect(k.iv.toString('hex')).to.equal('fa044b2f42a3fd3b46fb255c');
    expect(k.hp.toString('hex')).to.equal('9f50449e04a0e810283a1e9933adedd2');
    // client_initial_secret of A.1, through the same HKDF-Expand-Label
    const initialSecret = Buffer.from('7db5df06e7a69e432496adedb00851923595221596ae2ae9fb8115c1e9ed0a44', 'hex');
    expect(hkdfExpandLabel(initialSecret, 'client in', 32).toString('hex')).to.equal('c00cf151ca5be075ed0ebfb5c80323c42d6b7db67881289af4008f1f6c357aea');
  });

  it('accepts the first Initial of every real client and leaves its bytes untouched', () => {
    for (const p of initials(50)) {
      const copy = Buffer.from(p);
      expect(isGenuineClientInitial(p)).to.equal(true);
      expect(p.equals(copy)).to.equal(true);
    }
  });

  it('refuses junk shaped like an Initial, a real one with one byte flipped, a truncated one, another version, and random bytes, without throwing', () => {
    const [real] = initials(1);
    const flipped = Buffer.from(real!);
    flipped[120] = flipped[120]! ^ 1; // inside the encrypted payload (quiche's packet is ~250 bytes, then zero padding)
    const otherVersion = Buffer.from(real!);
    otherVersion[4] = 2;
    const junk = Buffer.concat([Buffer.from([0xc0, 0, 0, 0, 1, 8]), randomBytes(8), Buffer.from([8]), randomBytes(8), Buffer.from([0, 0x44, 0xb0]), randomBytes(1200)]);
    const cases = { flipped, otherVersion, junk, truncated: real!.subarray(0, 200), header: real!.subarray(0, 30), empty: Buffer.alloc(0) };
    for (const [name, bad] of Object.entries(cases)) expect(isGenuineClientInitial(bad), name).to.equal(false);
    for (let i = 0; i < 2000; i++) {
      const r = randomBytes(1 + (i % 1400));
      r[0] = 0xc0 | (r[0]! & 0x0f);
      expect(isGenuineClientInitial(r)).to.equal(false);
    }
  });
});
