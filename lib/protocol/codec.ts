/**
 * Frame codec: one protobuf `Frame` per transport frame. Garbage never crashes the caller: it
 * becomes MaculaError('malformed_frame') for the offender only. The frames of the message paths
 * (publish, event, call, result, invocation, yield, …) take the generated fast code
 * (lib/gen/macula.fast.js, scripts/fast-codec.mjs): the same bytes and values as protobufjs at a
 * fraction of the cost; it answers undefined for whatever it does not handle, and protobufjs
 * takes those.
 */
import { MaculaError } from '../errors/index.js';
import { decodeFast, encodeFast } from '../gen/macula.fast.js';
import { FRAME_CASES, wire, type Frame, type FrameCase, type FrameInit } from './types.js';

const CASES: ReadonlySet<string> = new Set(FRAME_CASES);

/**
 * The one body case set on a plain frame literal (the form every sender builds), found from its
 * own keys instead of probing all twenty cases; undefined when it is not a plain object or does
 * not set exactly one case.
 */
function literalCase(frame: FrameInit): FrameCase | undefined {
  if (Object.getPrototypeOf(frame) !== Object.prototype) return undefined;
  let found: string | undefined;
  for (const k in frame) {
    if (CASES.has(k) && (frame as Record<string, unknown>)[k] != null) {
      if (found !== undefined) return undefined;
      found = k;
    }
  }
  return found as FrameCase | undefined;
}

/** The body case set on a frame, or undefined when none is (empty or from a newer protocol). */
export function frameCase(frame: FrameInit | Frame): FrameCase | undefined {
  const declared = (frame as Frame).body;
  if (declared !== undefined) return declared;
  const lit = literalCase(frame);
  if (lit !== undefined) return lit;
  for (const k of FRAME_CASES) if (frame[k] != null) return k;
  return undefined;
}

/** Encode a frame. Throws `malformed_frame` unless exactly one body is set. */
export function encodeFrame(frame: FrameInit): Uint8Array {
  const lit = literalCase(frame);
  if (lit !== undefined && frame.route == null) {
    const fast = encodeFast(lit, frame[lit] as object);
    if (fast !== undefined) return fast;
  }
  // One scan, no allocation: count the bodies set and remember the first.
  let count = 0;
  let first: FrameCase | undefined;
  for (let i = 0; i < FRAME_CASES.length; i++) {
    const k = FRAME_CASES[i]!;
    if (frame[k] != null) {
      if (count++ === 0) first = k;
    }
  }
  if (count !== 1) {
    const set = FRAME_CASES.filter((k) => frame[k] != null);
    throw new MaculaError('malformed_frame', `a frame needs exactly one body, got ${set.length}`, {
      details: { bodies: set },
    });
  }
  try {
    return wire.Frame.encode(frame).finish();
  } catch (cause) {
    throw new MaculaError('malformed_frame', `cannot encode ${first} frame: ${(cause as Error).message}`, { cause });
  }
}

/**
 * Decode one frame. Throws `malformed_frame` on bytes that are not a Frame. A frame whose body
 * this build does not know decodes with no body; the Dispatcher answers it with
 * `unknown_message_type`.
 */
export function decodeFrame(bytes: Uint8Array): Frame {
  if (Buffer.isBuffer(bytes)) {
    const fast = decodeFast(bytes);
    if (fast !== undefined) return fast as unknown as Frame;
  }
  try {
    return wire.Frame.decode(bytes);
  } catch (cause) {
    throw new MaculaError('malformed_frame', `malformed frame (${bytes.length} bytes): ${(cause as Error).message}`, {
      cause,
      details: { length: bytes.length },
    });
  }
}
