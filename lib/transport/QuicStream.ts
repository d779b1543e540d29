/**
 * One bidirectional QUIC stream carrying length-delimited frames. Writes are queued here and
 * handed to quiche by the connection's service pass (small frames coalesced into shared segments,
 * one streamSend for many); whatever quiche does not accept (flow control) stays queued and is
 * retried when ACKs / window updates arrive. Reads happen only when not paused (a frame handler's
 * pause() holds back even the rest of the chunk being decoded), so a paused reader leaves data in
 * quiche and its window closes: the writer's write() returns false.
 */
import { EventEmitter } from 'node:events';
import { MaculaError } from '../errors/index.js';
import { COALESCE_MAX_FRAME_BYTES, COALESCE_SEGMENT_BYTES, FRAME_HEADER_BYTES } from './constants.js';
import { FrameDecoder } from './FrameDecoder.js';
import { quiche } from './tls.js';
import type { EndpointStats, Stream } from './types.js';

/** What a stream needs from its connection. */
export interface StreamHost {
  readonly conn: import('@matrixai/quic').native.Connection;
  readonly maxFrameBytes: number;
  readonly highWaterBytes: number;
  /** The endpoint's counters (frames in and out). */
  readonly counters: EndpointStats;
  /** Schedule a service pass that flushes this stream's queue. */
  wantFlush(stream: QuicStream): void;
  /** A paused stream resumed: read it in the next pass. */
  wantRead(stream: QuicStream): void;
  /** Bytes the application may still be handed in this pass (READ_BUDGET_BYTES per pass, shared by every stream). */
  readBudget: number;
  /** The pass's read budget ran out with data left here: read it again in the next event-loop turn. */
  readMore(stream: QuicStream): void;
  streamClosed(stream: QuicStream, badFrame: boolean): void;
  /** The stream now exists in quiche (counts against the peer's MAX_STREAMS). */
  streamCreated(stream: QuicStream): void;
}

const EMPTY = new Uint8Array(0);
const STREAM_RESET_WIRE = new MaculaError('stream_reset', '').wireCode;

export class QuicStream extends EventEmitter implements Stream {
  private _buffered = 0;
  private segs: Uint8Array[] = [];
  private cur: Buffer | null = null;
  private curLen = 0;
  private needDrain = false;
  /** watchBelow()'s mark (0 = none). */
  private belowMark = 0;
  private paused = false;
  private endRequested = false;
  private sendFinished = false;
  private recvFinished = false;
  /** The stream's FIN was read while frames before it were held back (paused): handled once they are delivered. */
  private finPending = false;
  private _closed = false;
  private readonly decoder: FrameDecoder;
  /** send() calls waiting for 'drain' (one shared list, not a listener each). */
  private drainWaiters: Array<{ resolve: () => void; reject: (err: MaculaError) => void }> = [];
  /** In the connection's set of streams with queued writes. */
  queued = false;
  /** Known to quiche (something was sent, or the peer opened it). */
  created = false;

  constructor(
    readonly id: number,
    private readonly host: StreamHost,
  ) {
    super();
    this.decoder = new FrameDecoder(host.maxFrameBytes);
  }

  get bufferedBytes(): number {
    return this._buffered;
  }

  get closed(): boolean {
    return this._closed;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  /** Frames were held back by pause(): read() must run on resume even if quiche has nothing new. */
  get hasHeldFrames(): boolean {
    return this.decoder.hasRest;
  }

  write(frame: Uint8Array): boolean {
    return this.writeParts(EMPTY, frame);
  }

  /**
   * One frame made of `head` then `body` (a fan-out sends one body with a per-subscriber head:
   * no concatenated copy per subscriber). `head` is always copied; `body` like write()'s frame.
   */
  writeParts(head: Uint8Array, body: Uint8Array): boolean {
    if (this._closed || this.endRequested) {
      throw new MaculaError('stream_reset', `stream ${this.id} is ${this._closed ? 'closed' : 'ended'}`);
    }
    const n = head.length + body.length;
    if (n > this.host.maxFrameBytes) {
      throw new MaculaError('frame_too_large', `frame of ${n} bytes exceeds maxFrameBytes ${this.host.maxFrameBytes}`);
    }
    if (this._buffered + n + FRAME_HEADER_BYTES > this.host.highWaterBytes + this.host.maxFrameBytes + FRAME_HEADER_BYTES) {
      throw new MaculaError('slow_consumer', `stream ${this.id} write queue full (${this._buffered} bytes): wait for 'drain'`);
    }
    if (n <= COALESCE_MAX_FRAME_BYTES) {
      if (this.cur === null || this.cur.length - this.curLen < n + FRAME_HEADER_BYTES) {
        this.seal();
        this.cur = Buffer.allocUnsafe(COALESCE_SEGMENT_BYTES);
        this.curLen = 0;
      }
      const cur = this.cur;
      let at = this.curLen;
      cur[at] = n >>> 24;
      cur[at + 1] = (n >>> 16) & 0xff;
      cur[at + 2] = (n >>> 8) & 0xff;
      cur[at + 3] = n & 0xff;
      at += FRAME_HEADER_BYTES;
      for (let i = 0; i < head.length; i++) cur[at++] = head[i]!;
      cur.set(body, at);
      this.curLen = at + body.length;
    } else {
      this.seal();
      const header = Buffer.allocUnsafe(FRAME_HEADER_BYTES + head.length);
      header.writeUInt32BE(n, 0);
      header.set(head, FRAME_HEADER_BYTES);
      this.segs.push(header, body);
    }
    this._buffered += n + FRAME_HEADER_BYTES;
    this.host.counters.framesOut++;
    this.host.wantFlush(this);
    if (this._buffered >= this.host.highWaterBytes) {
      this.needDrain = true;
      return false;
    }
    return true;
  }

  /**
   * write(), then wait for 'drain' if needed. Waiters share one list per stream (no listener per
   * call: a burst of sends adds nothing to the emitter); drain resolves them all, close rejects them.
   */
  send(frame: Uint8Array): Promise<void> {
    try {
      if (this.write(frame)) return Promise.resolve();
    } catch (err) {
      return Promise.reject(err);
    }
    return new Promise<void>((resolve, reject) => this.drainWaiters.push({ resolve, reject }));
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.host.wantRead(this);
  }

  watchBelow(bytes: number): void {
    this.belowMark = bytes;
  }

  end(): void {
    if (this._closed || this.endRequested) return;
    this.endRequested = true;
    this.host.wantFlush(this);
  }

  reset(code: number = STREAM_RESET_WIRE): void {
    this.abort(code, undefined, false);
  }

  // ---- driven by the connection ----

  /** Hand queued bytes to quiche. Returns true while something is still queued. */
  flush(): boolean {
    if (this._closed) return false;
    this.seal();
    const conn = this.host.conn;
    try {
      while (this.segs.length > 0) {
        const seg = this.segs[0]!;
        const r = conn.streamSend(this.id, seg, false);
        if (r !== null && !this.created) this.markCreated();
        const n = r ?? 0;
        this._buffered -= n;
        if (n < seg.length) {
          this.segs[0] = seg.subarray(n);
          break;
        }
        this.segs.shift();
      }
      if (this.segs.length === 0 && this.endRequested && !this.sendFinished) {
        if (conn.streamSend(this.id, EMPTY, true) !== null) {
          this.sendFinished = true;
          if (!this.created) this.markCreated();
        }
      }
    } catch (err) {
      this.onNativeError(err);
      return false;
    }
    if (this.needDrain && this._buffered < this.host.highWaterBytes / 2) {
      this.needDrain = false;
      this.settleWaiters(undefined);
      this.emit('drain');
    }
    if (this.belowMark > 0 && this._buffered < this.belowMark) {
      this.belowMark = 0;
      this.emit('below');
    }
    if (this.sendFinished && this.recvFinished) this.finish();
    return !this._closed && (this.segs.length > 0 || (this.endRequested && !this.sendFinished));
  }

  /**
   * Read what quiche has for us (called when streamReadable) while the pass's read budget lasts
   * (READ_BUDGET_BYTES for all streams): the rest waits in quiche for the next event-loop turn, so
   * busy senders cannot make a pass long (every peer waits for its acknowledgements meanwhile);
   * their flow-control windows slow them down instead.
   */
  read(buf: Buffer): void {
    const host = this.host;
    const conn = host.conn;
    if (this.decoder.hasRest) {
      // frames held back by pause(): first, in order
      if (this.paused || this._closed) return;
      const bad = this.decoder.drainRest(this.emitFrame);
      if (bad !== null) {
        this.badFrame(bad);
        return;
      }
      if (this.decoder.hasRest) return;
      if (this.finPending) {
        this.finPending = false;
        this.onFin();
        return;
      }
    }
    while (!this.paused && !this._closed && !this.recvFinished) {
      if (host.readBudget <= 0) {
        if (conn.streamReadable(this.id)) host.readMore(this);
        return;
      }
      let r: [number, boolean] | null;
      try {
        r = conn.streamRecv(this.id, buf);
      } catch (err) {
        this.onNativeError(err);
        return;
      }
      if (r === null) return;
      const [n, fin] = r;
      host.readBudget -= n;
      if (n > 0) {
        const bad = this.decoder.push(buf.subarray(0, n), this.emitFrame);
        if (bad !== null) {
          this.badFrame(bad);
          return;
        }
        if (this.decoder.hasRest) {
          // paused by a frame's handler: the rest of this chunk waits for resume()
          if (fin) {
            this.recvFinished = true;
            this.finPending = true;
          }
          return;
        }
      }
      if (fin) {
        this.recvFinished = true;
        this.onFin();
      }
    }
  }

  /** The peer finished its side and every frame before the FIN was delivered. */
  private onFin(): void {
    if (this.decoder.midFrame) {
      this.badFrame('malformed_frame');
      return;
    }
    this.emit('end');
    if (this.sendFinished) this.finish();
    else if (!this._closed) this.host.wantFlush(this);
  }

  /** The connection is gone: close without touching quiche. */
  destroy(err?: MaculaError): void {
    if (this._closed) return;
    this._closed = true;
    this.segs = [];
    this.cur = null;
    this._buffered = 0;
    this.settleWaiters(err ?? new MaculaError('stream_reset', `stream ${this.id} closed before drain`));
    this.emit('close', err);
  }

  private markCreated(): void {
    this.created = true;
    this.host.streamCreated(this);
  }

  private readonly emitFrame = (frame: Buffer): boolean => {
    this.host.counters.framesIn++;
    this.emit('frame', frame);
    // pause() takes effect at once: the rest of this chunk waits in the decoder until resume()
    return !this._closed && !this.paused;
  };

  private badFrame(code: 'frame_too_large' | 'malformed_frame'): void {
    const err = new MaculaError(code, code === 'frame_too_large' ? `stream ${this.id}: frame longer than ${this.host.maxFrameBytes} bytes` : `stream ${this.id}: stream ended inside a frame`);
    this.abort(err.wireCode, err, true);
  }

  private abort(code: number, err: MaculaError | undefined, badFrame: boolean): void {
    if (this._closed) return;
    const conn = this.host.conn;
    try {
      conn.streamShutdown(this.id, quiche.Shutdown.Read, code);
    } catch {
      // The stream may not exist in quiche yet (nothing sent) or its read side is done.
    }
    try {
      conn.streamShutdown(this.id, quiche.Shutdown.Write, code);
    } catch {
      // Same for the write side.
    }
    this.host.wantFlush(this);
    this.finish(err, badFrame);
  }

  private onNativeError(err: unknown): void {
    const msg = err instanceof Error ? err.message : String(err);
    if (msg.includes('StreamLimit')) {
      this.abort(STREAM_RESET_WIRE, new MaculaError('too_many_streams', `stream ${this.id}: over the peer's stream limit`, { cause: err }), false);
      return;
    }
    const m = /Stream(Reset|Stopped)\((\d+)\)/.exec(msg);
    if (m !== null) {
      const code = Number(m[2]);
      const e = MaculaError.fromWire(code, `stream ${this.id} reset by peer (code ${code})`);
      const typed = e.code === 'internal' ? new MaculaError('stream_reset', e.message, { details: { code } }) : e;
      // A peer reset (or stop) ends both directions for us too.
      this.abort(code, typed, false);
      return;
    }
    this.abort(STREAM_RESET_WIRE, new MaculaError('transport_error', `stream ${this.id}: ${msg}`, { cause: err }), false);
  }

  private finish(err?: MaculaError, badFrame = false): void {
    if (this._closed) return;
    this._closed = true;
    this.segs = [];
    this.cur = null;
    this._buffered = 0;
    this.host.streamClosed(this, badFrame);
    this.settleWaiters(err ?? new MaculaError('stream_reset', `stream ${this.id} closed before drain`));
    this.emit('close', err);
  }

  /** Resolve (error undefined) or reject every send() waiting for drain. */
  private settleWaiters(error: MaculaError | undefined): void {
    if (this.drainWaiters.length === 0) return;
    const waiters = this.drainWaiters;
    this.drainWaiters = [];
    for (const w of waiters) {
      if (error === undefined) w.resolve();
      else w.reject(error);
    }
  }

  private seal(): void {
    if (this.cur !== null && this.curLen > 0) {
      this.segs.push(this.cur.subarray(0, this.curLen));
      // Keep filling the rest of the segment; quiche copies what it accepts.
      this.cur = this.cur.length - this.curLen >= 256 ? this.cur.subarray(this.curLen) : null;
      this.curLen = 0;
    }
  }
}

