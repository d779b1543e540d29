/**
 * Ids and keys (Kademlia §2.1): 256-bit ids, XOR distance, common-prefix length. In memory an id
 * is an unsigned bigint; at the edges it is 64 lowercase hex characters, as node ids are
 * everywhere else in the code (lib/identity: SHA-256 of the public key).
 *
 * DHT keys are scoped by realm (issue 11.5): SHA-256 over a domain tag, the realm's UTF-8 length
 * as 4 bytes big-endian, the realm, then the name. The length prefix makes the split unambiguous
 * for any strings (no separator character a realm or name could contain), so two realms can
 * never derive the same key for any names.
 */
import { createHash } from 'node:crypto';
import { MaculaError } from '../errors/index.js';
import { DHT_KEY_DOMAIN, ID_BITS, ID_HEX_LENGTH } from './constants.js';
import type { Id, IdHex, Random } from './types.js';

/** 1 for the char codes of 0-9 a-f (a table scan is ~3× faster than a regex on this hot path). */
const HEX_DIGIT = new Uint8Array(128);
for (const c of '0123456789abcdef') HEX_DIGIT[c.charCodeAt(0)] = 1;
const ID_MASK = (1n << BigInt(ID_BITS)) - 1n;

/** True for 64 lowercase hex characters. */
export function isIdHex(value: unknown): value is IdHex {
  if (typeof value !== 'string' || value.length !== ID_HEX_LENGTH) return false;
  for (let i = 0; i < ID_HEX_LENGTH; i++) if (HEX_DIGIT[value.charCodeAt(i)] !== 1) return false;
  return true;
}

/** Hex (edge) → bigint (memory). Throws malformed_frame for anything but 64 lowercase hex chars. */
export function idFromHex(hex: string): Id {
  if (!isIdHex(hex)) throw new MaculaError('malformed_frame', 'an id must be 64 lowercase hex characters', { details: { id: String(hex).slice(0, 80) } });
  return BigInt(`0x${hex}`);
}

/** Hex → bigint for an id already validated (a validated message, our own table): no check. */
export function parseId(hex: IdHex): Id {
  return BigInt(`0x${hex}`);
}

/** bigint (memory) → hex (edge). */
export function idToHex(id: Id): IdHex {
  return id.toString(16).padStart(ID_HEX_LENGTH, '0');
}

/** 32 bytes → id. */
export function idFromBytes(bytes: Uint8Array): Id {
  if (bytes.length !== ID_BITS / 8) throw new MaculaError('malformed_frame', `an id is ${ID_BITS / 8} bytes, got ${bytes.length}`);
  return BigInt(`0x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('hex')}`);
}

/** XOR distance. */
export function distance(a: Id, b: Id): bigint {
  return a ^ b;
}

/** Number of significant bits (0 for 0). */
export function bitLength(x: bigint): number {
  if (x === 0n) return 0;
  const hex = x.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/** Leading bits a and b share: 0..256 (256 when equal). The bucket of b in a's table. */
export function commonPrefixLength(a: Id, b: Id): number {
  return ID_BITS - bitLength(a ^ b);
}

/** Negative when a is closer to target than b, positive when farther, 0 when equal. */
export function compareDistance(target: Id, a: Id, b: Id): number {
  const da = a ^ target;
  const db = b ^ target;
  return da < db ? -1 : da > db ? 1 : 0;
}

/** A uniformly random id drawn from `random` (seeded in the simulation). */
export function randomId(random: Random): Id {
  let id = 0n;
  for (let i = 0; i < ID_BITS / 32; i++) id = (id << 32n) | BigInt(Math.floor(random() * 0x1_0000_0000) >>> 0);
  return id;
}

/**
 * A random id whose common-prefix length with `self` is exactly `cpl` (0..255): the target of a
 * bucket refresh. Keeps self's first cpl bits, flips the next, randomises the rest.
 */
export function randomIdInBucket(self: Id, cpl: number, random: Random): Id {
  if (!Number.isInteger(cpl) || cpl < 0 || cpl >= ID_BITS) throw new RangeError(`cpl must be 0..${ID_BITS - 1}`);
  const rest = ID_BITS - cpl - 1;
  const lowMask = (1n << BigInt(rest)) - 1n;
  const flipped = (self ^ (1n << BigInt(rest))) & ~lowMask & ID_MASK;
  return flipped | (randomId(random) & lowMask);
}

/** SHA-256 of bytes or UTF-8 text, as an id. */
export function sha256Id(data: string | Uint8Array): Id {
  return BigInt(`0x${createHash('sha256').update(data).digest('hex')}`);
}

/** The DHT key of `name` in `realm` (hex): SHA-256(domain ‖ u32be(len realm) ‖ realm ‖ name). */
export function dhtKey(realm: string, name: string): IdHex {
  const realmBytes = Buffer.from(realm, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(realmBytes.length);
  return createHash('sha256').update(DHT_KEY_DOMAIN).update(length).update(realmBytes).update(name, 'utf8').digest('hex');
}
