/**
 * Payload convention of the SDK: a Uint8Array travels as is, anything else as UTF-8 JSON.
 */
import { encodeJson } from '../protocol/index.js';
import type { ErrorCode } from '../errors/index.js';

/** Bytes for the wire: Uint8Array (incl. Buffer) untouched, other values JSON-encoded. */
export function toPayload(value: unknown, code: ErrorCode = 'invalid_args'): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value === undefined) return new Uint8Array(0);
  return encodeJson(value, code);
}
