/**
 * Incremental decoder of length-delimited frames: a 4-byte unsigned big-endian length, then that
 * many bytes. Chunks arrive in a reused read buffer, so every frame handed out is a copy.
 * A length above maxFrameBytes is 'frame_too_large'; the stream ending mid-frame is 'malformed_frame'.
 */
import { FRAME_HEADER_BYTES } from './constants.js';

/** Frames up to this size get their buffer when the header arrives (one copy, bounded memory). */
const PREALLOC_MAX_BYTES = 256 * 1024;

export type FrameError = 'frame_too_large' | 'malformed_frame';

export class FrameDecoder {
  private readonly header = Buffer.alloc(FRAME_HEADER_BYTES);
  private headerLen = 0;
  /** A frame still arriving: allocated whole up to PREALLOC_MAX_BYTES, else in parts (memory grows with bytes received, not with the announced length). */
  private body: Buffer | null = null;
  private parts: Buffer[] | null = null;
  private bodyLen = 0;
  private want = 0;
  /** What followed a frame whose handler stopped the decoder (a copy: chunks live in a reused buffer). */
  private rest: Buffer | null = null;

  constructor(private readonly maxFrameBytes: number) {}

  /** True while a frame is partly received (the stream must not end here). */
  get midFrame(): boolean {
    return this.headerLen > 0 || this.body !== null || this.parts !== null || this.rest !== null;
  }

  /** Bytes are held back because `emit` stopped the decoder (the stream paused): drainRest() them. */
  get hasRest(): boolean {
    return this.rest !== null;
  }

  /** Decode what was held back when `emit` last returned false. */
  drainRest(emit: (frame: Buffer) => boolean): FrameError | null {
    const r = this.rest;
    if (r === null) return null;
    this.rest = null;
    return this.push(r, emit);
  }

  /**
   * Decode `chunk`, calling `emit` per complete frame; `emit` returns false to stop (the stream
   * was paused or reset by a handler): the rest of the chunk is kept for drainRest(). Returns the
   * error that must reset the stream, or null.
   */
  push(chunk: Buffer, emit: (frame: Buffer) => boolean): FrameError | null {
    let pos = 0;
    const end = chunk.length;
    while (pos < end) {
      if (this.body !== null) {
        const take = Math.min(this.want - this.bodyLen, end - pos);
        chunk.copy(this.body, this.bodyLen, pos, pos + take);
        this.bodyLen += take;
        pos += take;
        if (this.bodyLen < this.want) return null;
        const frame = this.body;
        this.body = null;
        this.bodyLen = 0;
        if (!emit(frame)) return this.stop(chunk, pos);
        continue;
      }
      if (this.parts !== null) {
        const take = Math.min(this.want - this.bodyLen, end - pos);
        const part = Buffer.allocUnsafe(take);
        chunk.copy(part, 0, pos, pos + take);
        this.parts.push(part);
        this.bodyLen += take;
        pos += take;
        if (this.bodyLen < this.want) return null;
        const frame = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.want);
        this.parts = null;
        this.bodyLen = 0;
        if (!emit(frame)) return this.stop(chunk, pos);
        continue;
      }
      let len: number;
      if (this.headerLen === 0 && end - pos >= FRAME_HEADER_BYTES) {
        len = chunk.readUInt32BE(pos);
        pos += FRAME_HEADER_BYTES;
      } else {
        while (this.headerLen < FRAME_HEADER_BYTES && pos < end) this.header[this.headerLen++] = chunk[pos++]!;
        if (this.headerLen < FRAME_HEADER_BYTES) return null;
        this.headerLen = 0;
        len = this.header.readUInt32BE(0);
      }
      if (len > this.maxFrameBytes) return 'frame_too_large';
      if (end - pos >= len) {
        // Whole frame in this chunk: one copy out of the shared read buffer.
        const frame = Buffer.allocUnsafe(len);
        chunk.copy(frame, 0, pos, pos + len);
        pos += len;
        if (!emit(frame)) return this.stop(chunk, pos);
      } else {
        this.want = len;
        this.bodyLen = 0;
        if (len <= PREALLOC_MAX_BYTES) this.body = Buffer.allocUnsafe(len);
        else this.parts = [];
      }
    }
    return null;
  }

  private stop(chunk: Buffer, pos: number): null {
    if (pos < chunk.length) this.rest = Buffer.from(chunk.subarray(pos));
    return null;
  }
}
