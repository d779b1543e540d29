/**
 * Length-delimited framing: a 4-byte big-endian length, then that many bytes. A small state
 * machine in the style of nats.js's parser: feed it chunks as they arrive (split or coalesced),
 * it hands back whole frames.
 *
 * A length prefix above `maxFrameBytes` cannot be trusted (garbage on the pipe, a peer bug): the
 * decoder reports `frame_too_large` and drops what it has buffered. A byte stream has no frame
 * marks to find the next frame by, so nothing after that point can be trusted either: the owner
 * of the stream closes it (IpcChannel does).
 */
import { MaculaError } from '../errors/index.js';
import { FRAME_HEADER_BYTES, MAX_FRAME_BYTES } from './constants.js';

export function encodeFrame(payload: Uint8Array, maxFrameBytes = MAX_FRAME_BYTES): Buffer {
  if (payload.length > maxFrameBytes) {
    throw new MaculaError('frame_too_large', `frame of ${payload.length} bytes exceeds the ${maxFrameBytes}-byte limit`, {
      details: { size: payload.length, max: maxFrameBytes },
    });
  }
  const frame = Buffer.allocUnsafe(FRAME_HEADER_BYTES + payload.length);
  frame.writeUInt32BE(payload.length, 0);
  frame.set(payload, FRAME_HEADER_BYTES);
  return frame;
}

export interface DecodeResult {
  frames: Buffer[];
  /** Set when the input contained a frame the decoder had to drop. */
  error?: MaculaError;
}

export class FrameDecoder {
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  /** Bytes the next frame needs (header + its length, once the header is in): until then chunks are only kept, not copied. */
  private need = 0;

  constructor(private readonly maxFrameBytes = MAX_FRAME_BYTES) {}

  /** Bytes held while waiting for the rest of a frame. */
  get pendingBytes(): number {
    return this.bufferedBytes;
  }

  push(chunk: Buffer): DecodeResult {
    this.buffered.push(chunk);
    this.bufferedBytes += chunk.length;
    // a frame still incomplete: concatenating on every chunk would make reassembly quadratic
    if (this.bufferedBytes < this.need) return { frames: [] };
    let data = this.buffered.length === 1 ? this.buffered[0]! : Buffer.concat(this.buffered, this.bufferedBytes);
    const frames: Buffer[] = [];
    let offset = 0;
    while (data.length - offset >= FRAME_HEADER_BYTES) {
      const length = data.readUInt32BE(offset);
      if (length > this.maxFrameBytes) {
        this.reset();
        return {
          frames,
          error: new MaculaError('frame_too_large', `frame length ${length} exceeds the ${this.maxFrameBytes}-byte limit; dropped ${data.length - offset} buffered bytes`, {
            details: { size: length, max: this.maxFrameBytes },
          }),
        };
      }
      if (data.length - offset - FRAME_HEADER_BYTES < length) break;
      const start = offset + FRAME_HEADER_BYTES;
      frames.push(data.subarray(start, start + length));
      offset = start + length;
    }
    data = data.subarray(offset);
    this.buffered = data.length > 0 ? [data] : [];
    this.bufferedBytes = data.length;
    // the loop stopped at a partial frame whose length (if its header is in) is within the limit
    this.need = data.length >= FRAME_HEADER_BYTES ? FRAME_HEADER_BYTES + data.readUInt32BE(0) : FRAME_HEADER_BYTES;
    return { frames };
  }

  reset(): void {
    this.buffered = [];
    this.bufferedBytes = 0;
    this.need = 0;
  }
}
