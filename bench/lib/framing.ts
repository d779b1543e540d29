/**
 * Length-delimited framing shared by the transport benchmark's baselines (node:tls, the
 * high-level @matrixai/quic classes): the same 4-byte big-endian length prefix Macula's transport
 * puts on the wire, and the same coalescing of small frames into one write per event-loop turn,
 * so the comparison measures the transports, not the framing.
 */
import { FrameDecoder } from '../../lib/transport/FrameDecoder.js';

export { FrameDecoder };

/** A framed, bidirectional byte stream as the benchmark drives it. */
export interface BenchStream {
  /** false: backpressure, wait for drain(). */
  write(frame: Uint8Array): boolean;
  drain(): Promise<void>;
  /** Set (replace) the frame handler. */
  onFrame(cb: (frame: Buffer) => void): void;
  end(): void;
}

export interface BenchConn {
  openStream(): BenchStream;
  close(): Promise<void>;
}

const SEGMENT_BYTES = 64 * 1024;
const COALESCE_MAX = 16 * 1024;

/** Frames small writes into shared segments and hands them to `sink` once per turn. */
export class CoalescingFramer {
  private cur: Buffer | null = null;
  private curLen = 0;
  private scheduled = false;

  constructor(private readonly sink: (chunk: Buffer) => void) {}

  write(frame: Uint8Array): void {
    const n = frame.length;
    if (n > COALESCE_MAX) {
      this.flush();
      const h = Buffer.allocUnsafe(4);
      h.writeUInt32BE(n, 0);
      this.sink(h);
      this.sink(Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength));
      return;
    }
    if (this.cur === null || this.cur.length - this.curLen < n + 4) {
      this.flush();
      this.cur = Buffer.allocUnsafe(SEGMENT_BYTES);
      this.curLen = 0;
    }
    this.cur.writeUInt32BE(n, this.curLen);
    this.cur.set(frame, this.curLen + 4);
    this.curLen += n + 4;
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.flushTick);
    }
  }

  flush(): void {
    if (this.cur !== null && this.curLen > 0) {
      this.sink(this.cur.subarray(0, this.curLen));
      this.cur = this.cur.length - this.curLen >= 256 ? this.cur.subarray(this.curLen) : null;
      this.curLen = 0;
    }
  }

  private readonly flushTick = (): void => {
    this.scheduled = false;
    this.flush();
  };
}
