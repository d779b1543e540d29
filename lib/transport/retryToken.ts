/**
 * Stateless retry tokens (RFC 9000 §8.1.2): the server proves the client owns its address before
 * keeping any state. A token is `issuedAtMs (8) | odcidLen (1) | odcid | HMAC-SHA256 (32)`, the MAC
 * covering those bytes plus the client address and the connection id the server chose for it.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const MAC_BYTES = 32;

export class RetryTokens {
  private readonly key = randomBytes(32);

  constructor(private readonly lifetimeMs: number) {}

  mint(odcid: Uint8Array, newScid: Uint8Array, host: string, port: number, now = Date.now()): Buffer {
    const body = Buffer.allocUnsafe(9 + odcid.length);
    body.writeBigUInt64BE(BigInt(now), 0);
    body[8] = odcid.length;
    body.set(odcid, 9);
    return Buffer.concat([body, this.mac(body, newScid, host, port)]);
  }

  /** The original destination connection id when the token is ours, fresh and for this address; else null. */
  validate(token: Uint8Array, scid: Uint8Array, host: string, port: number, now = Date.now()): Buffer | null {
    const t = Buffer.from(token.buffer, token.byteOffset, token.byteLength);
    if (t.length < 9 + MAC_BYTES) return null;
    const odcidLen = t[8]!;
    if (t.length !== 9 + odcidLen + MAC_BYTES) return null;
    const body = t.subarray(0, 9 + odcidLen);
    if (!timingSafeEqual(t.subarray(9 + odcidLen), this.mac(body, scid, host, port))) return null;
    const issuedAt = Number(t.readBigUInt64BE(0));
    if (now - issuedAt > this.lifetimeMs || issuedAt - now > this.lifetimeMs) return null;
    return Buffer.from(body.subarray(9));
  }

  private mac(body: Uint8Array, scid: Uint8Array, host: string, port: number): Buffer {
    return createHmac('sha256', this.key).update(body).update(scid).update(`${host}|${port}`).digest();
  }
}
