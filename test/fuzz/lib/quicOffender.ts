/**
 * The offending client of the QUIC boundary: a real QUIC connection (lib/transport) whose
 * session stream is written RAW — bytes handed straight to quiche (`streamSend` on the
 * connection's native handle), so a case can send any byte sequence: lying length prefixes,
 * partial frames, raw garbage, frames over the limit. What the gateway sends back is read
 * through the normal transport stream (typed frames, typed stream and connection errors).
 *
 * Every byte written on the session stream is replayed into a GatewayView first, in write
 * order (one write lock: an invocation answer never lands inside a split frame), so the model
 * sees exactly what the gateway reads.
 */
import { MaculaError } from '../../../lib/errors/index.js';
import { decodeFrame, encodeFrame, frameCase, type Frame, type FrameInit } from '../../../lib/protocol/index.js';
import type { QuicConnection, QuicEndpoint, QuicStream } from '../../../lib/transport/index.js';
import { CASE_TIMEOUT_MS, sleep, wireErrorCode } from './common.js';
import { GATEWAY_LINK_SENDS, GATEWAY_SENDS, GatewayView, frameOfSize, type ModelContext } from './quicModel.js';
import type { Responder } from './wireArbitraries.js';

const EMPTY = new Uint8Array(0);
/** Frames that answer a request by its correlation id. */
const ANSWERS = new Set(['error', 'subscribed', 'advertised', 'published', 'result']);
const RECEIVED_KEPT = 64;

function prefixed(body: Uint8Array): Uint8Array {
  const out = Buffer.allocUnsafe(4 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.set(body, 4);
  return out;
}

interface Waiter {
  match: (f: Frame) => boolean;
  resolve: (f: Frame | 'closed') => void;
}

export class Offender {
  readonly view: GatewayView;
  #wasLink = false;
  /** The last frames received (for waitFor; events and invocations are not kept). */
  readonly received: Frame[] = [];
  /** Errors the gateway gave us: stream resets, connection close. */
  readonly errors: MaculaError[] = [];
  /** Set once the connection is gone. */
  gone = false;
  /** Why the connection closed (undefined: gracefully, or still open). */
  connError: MaculaError | undefined;
  /** Why the session stream closed, if it was reset. */
  sessionError: MaculaError | undefined;
  /** Violations noticed while reading (an undecodable or unexpected frame from the gateway). */
  readonly violations: string[] = [];
  responder: Responder = { r: 'ignore' };
  /** Bytes written on the session stream so far. */
  sessionBytes = 0;
  /** When the connection was opened (Date.now()). */
  readonly openedAt = Date.now();
  #waiters: Waiter[] = [];
  #lock: Promise<void> = Promise.resolve();
  readonly #extra: QuicStream[] = [];

  private constructor(
    readonly ep: QuicEndpoint,
    readonly conn: QuicConnection,
    readonly session: QuicStream,
    readonly ctx: ModelContext,
    private readonly onCode: (code: string) => void,
  ) {
    this.view = new GatewayView(ctx);
    session.on('frame', (bytes: Buffer) => this.#onFrame(bytes));
    session.on('close', (err?: MaculaError) => {
      if (err !== undefined && err.code !== 'connection_closed') {
        this.sessionError = err;
        this.errors.push(err);
      }
    });
    conn.on('close', (err?: MaculaError) => {
      this.gone = true;
      this.connError = err;
      if (err !== undefined) this.errors.push(err);
      for (const w of this.#waiters.splice(0)) w.resolve('closed');
    });
  }

  static async open(ep: QuicEndpoint, url: string, ctx: ModelContext, onCode: (code: string) => void): Promise<Offender> {
    const conn = (await ep.connect(url)) as QuicConnection;
    return new Offender(ep, conn, conn.openStream() as QuicStream, ctx, onCode);
  }

  /** Write raw bytes on the session stream (replayed into the view first), `cuts` splitting them into separate datagrams. */
  send(bytes: Uint8Array, cuts: number[] = []): Promise<void> {
    return this.#locked(async () => {
      const points = [...new Set(cuts.map((c) => (bytes.length === 0 ? 0 : c % bytes.length)))].filter((c) => c > 0).sort((a, b) => a - b);
      let from = 0;
      for (const to of [...points, bytes.length]) {
        const piece = bytes.subarray(from, to);
        from = to;
        this.view.feed(piece);
        this.sessionBytes += piece.length;
        if (!(await this.#raw(this.session, piece))) return;
        if (to < bytes.length) await new Promise((r) => setImmediate(r));
      }
    });
  }

  sendFrame(frame: FrameInit): Promise<void> {
    return this.send(prefixed(encodeFrame(frame)));
  }

  /** End our side of the session stream. */
  fin(): Promise<void> {
    return this.#locked(async () => {
      this.view.fin();
      await this.#raw(this.session, EMPTY, true);
    });
  }

  resetStream(code: number): void {
    this.view.mayClose = true;
    this.view.ended = true;
    this.session.reset(code >>> 0);
  }

  async close(code = 0, reason = ''): Promise<void> {
    this.view.mayClose = true;
    this.view.ended = true;
    await this.conn.close({ force: true, code: code >>> 0, reason });
  }

  /** Open `count` more streams, each carrying `bytes` (raw). Returns false when the peer allows no more streams. */
  async extraStreams(count: number, bytes: Uint8Array): Promise<boolean> {
    for (let i = 0; i < count; i++) {
      let s: QuicStream;
      try {
        s = this.conn.openStream() as QuicStream;
      } catch {
        return false;
      }
      this.#extra.push(s);
      s.on('close', (err?: MaculaError) => {
        this.#extra.splice(this.#extra.indexOf(s), 1);
        if (err !== undefined && err.code !== 'connection_closed') this.errors.push(err);
      });
      if (!(await this.#raw(s, bytes.length > 0 ? bytes : Uint8Array.of(0, 0, 0, 0)))) return true;
    }
    return true;
  }

  /** The first frame (received from now on, or already buffered) matching, or 'closed'; rejects after `ms` (a hang). */
  waitFor(match: (f: Frame) => boolean, ms = CASE_TIMEOUT_MS, what = 'an answer'): Promise<Frame | 'closed'> {
    const i = this.received.findIndex(match);
    if (i >= 0) return Promise.resolve(this.received[i]!);
    if (this.gone) return Promise.resolve('closed');
    return new Promise((resolve, reject) => {
      const w: Waiter = {
        match,
        resolve: (f) => {
          clearTimeout(t);
          resolve(f);
        },
      };
      const t = setTimeout(() => {
        this.#waiters = this.#waiters.filter((x) => x !== w);
        reject(new Error(`hang: no ${what} and no close within ${ms} ms (view ${this.view.state}, partial ${this.view.partial})`));
      }, ms);
      this.#waiters.push(w);
    });
  }

  /** Resolves once the connection is gone; rejects after `ms`. */
  waitGone(ms = CASE_TIMEOUT_MS): Promise<void> {
    return this.waitFor(() => false, ms, 'close').then(() => undefined);
  }

  /**
   * Raw streamSend, waiting out flow control. False when the stream or connection is gone (a
   * stream the gateway stopped takes nothing more: quiche answers null, the reset closes it).
   */
  async #raw(stream: QuicStream, bytes: Uint8Array, fin = false): Promise<boolean> {
    const deadline = Date.now() + CASE_TIMEOUT_MS;
    const id = stream.id;
    let off = 0;
    for (;;) {
      if (this.conn.closed || stream.closed) return false;
      let n: number | null;
      try {
        n = off < bytes.length ? this.conn.conn.streamSend(id, bytes.subarray(off), false) : 0;
        if (off + (n ?? 0) >= bytes.length && fin) this.conn.conn.streamSend(id, EMPTY, true);
      } catch {
        // the gateway stopped or reset this stream (STOP_SENDING / RESET_STREAM): nothing more goes
        return false;
      }
      off += n ?? 0;
      this.conn.sendNow = true;
      this.ep.markWrite(this.conn);
      if (off >= bytes.length) return true;
      if (Date.now() > deadline) throw new Error(`hang: the gateway took no more of a ${bytes.length}-byte write for ${CASE_TIMEOUT_MS} ms`);
      await sleep(1);
    }
  }

  #locked(fn: () => Promise<void>): Promise<void> {
    const run = this.#lock.then(fn);
    this.#lock = run.catch(() => undefined);
    return run;
  }

  #onFrame(bytes: Buffer): void {
    let f: Frame;
    try {
      f = decodeFrame(bytes);
    } catch {
      this.violations.push(`the gateway sent an undecodable ${bytes.length}-byte frame`);
      return;
    }
    const kind = frameCase(f);
    // sticky: link frames in flight still arrive after the offender's goodbye closed its view
    const onLink = (this.#wasLink ||= this.view.state === 'link' || this.view.state === 'linkMaybe');
    if (kind === undefined || (!GATEWAY_SENDS.has(kind) && !(onLink && GATEWAY_LINK_SENDS.has(kind)))) this.violations.push(`the gateway sent a ${kind ?? 'bodiless'} frame`);
    if (kind === 'error') {
      try {
        this.onCode(wireErrorCode(f.error, 'an error frame to the offender'));
      } catch (err) {
        this.violations.push((err as Error).message);
      }
    }
    if (kind === 'invocation') this.#answer(f.invocation!);
    const id = kind !== undefined && ANSWERS.has(kind) ? ((f[kind] as { correlationId?: number | null }).correlationId ?? 0) : 0;
    if (id !== 0) {
      if (!this.view.sentIds.has(id)) this.violations.push(`the gateway sent ${kind} for correlation id ${id}, which no frame of ours carried`);
      this.view.answered(id);
    }
    const i = this.#waiters.findIndex((w) => w.match(f));
    if (i >= 0) {
      const [w] = this.#waiters.splice(i, 1);
      w!.resolve(f);
    }
    if (kind === 'event' || kind === 'invocation') return;
    this.received.push(f);
    if (this.received.length > RECEIVED_KEPT) this.received.shift();
  }

  /** Answer an invocation as the current case's responder says. */
  #answer(inv: NonNullable<Frame['invocation']>): void {
    const id = inv.invocationId ?? 0;
    const r = this.responder;
    let frame: Uint8Array | undefined;
    if (r.r === 'yield') {
      const y: FrameInit = { yield: { invocationId: id, payload: inv.args ?? EMPTY } };
      frame = r.size === 'small' ? encodeFrame(y) : frameOfSize({ yield: { invocationId: id, payload: EMPTY } }, this.ctx.maxFrameBytes + (r.size === 'limit' ? r.delta : 0));
    } else if (r.r === 'error') {
      const e: FrameInit = { invocationError: { invocationId: id, message: r.message, code: r.code, detailsJson: r.detailsJson } };
      frame = r.huge ? frameOfSize(e, this.ctx.maxFrameBytes) : encodeFrame(e);
    } else if (r.r === 'wrongId') {
      frame = encodeFrame({ yield: { invocationId: (id + 1) >>> 0, payload: EMPTY } });
    }
    if (frame === undefined || this.view.over) return;
    void this.send(prefixed(frame)).catch(() => undefined);
  }
}
