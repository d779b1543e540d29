/**
 * Frame codec: one protobuf `Frame` per transport frame. Garbage never crashes the caller: it
 * becomes MaculaError('malformed_frame') for the offender only.
 */
import { MaculaError } from '../errors/index.js';
import { FRAME_CASES, wire, type Frame, type FrameCase, type FrameInit } from './types.js';

/** The body case set on a frame, or undefined when none is (empty or from a newer protocol). */
export function frameCase(frame: FrameInit | Frame): FrameCase | undefined {
  const declared = (frame as Frame).body;
  if (declared !== undefined) return declared;
  for (const k of FRAME_CASES) if (frame[k] != null) return k;
  return undefined;
}

/** Encode a frame. Throws `malformed_frame` unless exactly one body is set. */
export function encodeFrame(frame: FrameInit): Uint8Array {
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
  try {
    return wire.Frame.decode(bytes);
  } catch (cause) {
    throw new MaculaError('malformed_frame', `malformed frame (${bytes.length} bytes): ${(cause as Error).message}`, {
      cause,
      details: { length: bytes.length },
    });
  }
}
