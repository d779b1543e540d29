/**
 * QUIC stateless reset (RFC 9000 §10.3): a server that lost a connection's state (it restarted)
 * answers that connection's packets with a reset, and the client, recognising the token the server
 * gave it in its transport parameters, closes at once instead of waiting for its idle timeout.
 *
 * Tokens are stateless too (§10.3.2): HMAC-SHA256(key, connection id) truncated to 16 bytes, the
 * key derived by HKDF from the node's TLS private key, so every incarnation of a node computes the
 * same token for the same connection id and an endpoint with another identity cannot forge one.
 * quiche advertises the token we set on its Config before accept() (the Config's transport
 * parameters are copied into the connection), and quiche itself recognises a received reset
 * (quiche 0.18 `is_stateless_reset`: the connection becomes closed without any error).
 *
 * Rules kept (§10.3, §10.3.3): a reset is always smaller than the packet that triggered it (so two
 * endpoints answering each other's resets shrink towards a size neither answers), never shorter
 * than STATELESS_RESET_MIN_BYTES, at most STATELESS_RESET_MAX_BYTES (never an amplifier), and the
 * endpoint sends at most STATELESS_RESETS_PER_SECOND (token bucket).
 */
import { createHmac, createPrivateKey, hkdfSync, randomFillSync } from 'node:crypto';
import { MaculaError } from '../errors/index.js';
import { STATELESS_RESET_MAX_BYTES, STATELESS_RESET_MIN_BYTES, STATELESS_RESET_TOKEN_BYTES } from './constants.js';

/** Domain separation of the HKDF: the key serves stateless resets and nothing else. */
const HKDF_SALT = Buffer.from('macula quic stateless reset');
const HKDF_INFO = Buffer.from('token key v1');

export class StatelessResetTokens {
  private readonly key: Buffer;

  /** keyPem: the node's TLS private key (PEM). */
  constructor(keyPem: string) {
    let der: Buffer;
    try {
      der = createPrivateKey(keyPem).export({ format: 'der', type: 'pkcs8' });
    } catch (err) {
      throw new MaculaError('invalid_config', `cannot read the TLS private key for stateless reset tokens: ${(err as Error).message}`, { cause: err });
    }
    this.key = Buffer.from(hkdfSync('sha256', der, HKDF_SALT, HKDF_INFO, 32));
  }

  /** The 16-byte token of a connection id. */
  token(cid: Uint8Array): Buffer {
    return createHmac('sha256', this.key).update(cid).digest().subarray(0, STATELESS_RESET_TOKEN_BYTES);
  }

  /** The token as quiche's Config.setStatelessResetToken wants it (a u128, big-endian bytes). */
  tokenBigInt(cid: Uint8Array): bigint {
    return BigInt(`0x${this.token(cid).toString('hex')}`);
  }

  /**
   * A reset answering a short-header packet of `triggerBytes` bytes for connection id `cid`, or
   * null when no reset may be sent (the trigger is too short for a smaller reset to exist).
   */
  build(cid: Uint8Array, triggerBytes: number): Buffer | null {
    const len = Math.min(triggerBytes - 1, STATELESS_RESET_MAX_BYTES);
    if (len < STATELESS_RESET_MIN_BYTES) return null;
    const out = Buffer.allocUnsafe(len);
    randomFillSync(out, 0, len - STATELESS_RESET_TOKEN_BYTES);
    // Short header form (0), fixed bit (1), the other six bits unpredictable.
    out[0] = 0x40 | (out[0]! & 0x3f);
    this.token(cid).copy(out, len - STATELESS_RESET_TOKEN_BYTES);
    return out;
  }
}

/** A token bucket: at most `perSecond` events a second, bursts up to `perSecond`. */
export class RateLimit {
  private tokens: number;
  private lastMs = performance.now();

  constructor(private readonly perSecond: number) {
    this.tokens = perSecond;
  }

  take(now = performance.now()): boolean {
    this.tokens = Math.min(this.perSecond, this.tokens + ((now - this.lastMs) * this.perSecond) / 1000);
    this.lastMs = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
