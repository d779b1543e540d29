/**
 * JSON payload helpers: payloads on the wire are bytes; most SDK users send JSON in them.
 */
import { MaculaError, type ErrorCode } from '../errors/index.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Encode a value as UTF-8 JSON bytes. Throws `invalid_args` for values JSON cannot hold (cycles, BigInt, undefined). */
export function encodeJson(value: unknown, code: ErrorCode = 'invalid_args'): Uint8Array {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (cause) {
    throw new MaculaError(code, `payload is not JSON-serialisable: ${(cause as Error).message}`, { cause });
  }
  if (text === undefined) throw new MaculaError(code, `payload of type ${typeof value} is not JSON-serialisable`);
  return encoder.encode(text);
}

/** Decode UTF-8 JSON bytes. Empty bytes decode to `undefined`. Throws `invalid_args` on invalid UTF-8 or JSON. */
export function decodeJson<T = unknown>(bytes: Uint8Array, code: ErrorCode = 'invalid_args'): T {
  if (bytes.length === 0) return undefined as T;
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch (cause) {
    throw new MaculaError(code, 'payload is not valid UTF-8', { cause, details: { length: bytes.length } });
  }
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new MaculaError(code, `payload is not valid JSON: ${(cause as Error).message}`, { cause, details: { length: bytes.length } });
  }
}
