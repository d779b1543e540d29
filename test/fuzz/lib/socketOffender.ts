/**
 * The offending end of a byte-stream boundary (a unix socket: the IPC socket pair, a sibling
 * socket, the control socket): writes any bytes, optionally cut into writes that arrive
 * separately, and reads what the other end answers as length-prefixed frames of message type M
 * (an undecodable answer is a violation). It can stop reading (a slow consumer) and end or
 * destroy its end.
 */
import type { Socket } from 'node:net';
import { FrameDecoder } from '../../../lib/ipc/index.js';
import { CASE_TIMEOUT_MS } from './common.js';

/** Answers can be as large as anything the other end sends (describe trees, pongs echoing 4 MiB). */
const REPLY_FRAME_LIMIT = 64 * 1024 * 1024;
/** Recent answers kept for waitFor (answers can be MiBs each: keep few). */
const KEPT = 16;

interface Waiter<M> {
  match: (m: M) => boolean;
  resolve: (m: M | 'closed') => void;
}

export class SocketOffender<M> {
  readonly violations: string[] = [];
  /** Recent answers (for waitFor). */
  readonly received: M[] = [];
  closed = false;
  /** When data last arrived (performance.now()). */
  lastDataAt = 0;
  #waiters: Array<Waiter<M>> = [];
  readonly #decoder = new FrameDecoder(REPLY_FRAME_LIMIT);

  constructor(
    readonly socket: Socket,
    private readonly decode: (frame: Buffer) => M,
    private readonly onMessage: (m: M) => void,
  ) {
    socket.on('data', (chunk: Buffer) => {
      this.lastDataAt = performance.now();
      const { frames, error } = this.#decoder.push(chunk);
      if (error) this.violations.push(`the other end sent a frame over ${REPLY_FRAME_LIMIT} bytes`);
      for (const f of frames) {
        let m: M;
        try {
          m = this.decode(f);
        } catch (err) {
          this.violations.push(`the other end sent an undecodable ${f.length}-byte frame: ${(err as Error).message}`);
          continue;
        }
        this.onMessage(m);
        const i = this.#waiters.findIndex((w) => w.match(m));
        if (i >= 0) this.#waiters.splice(i, 1)[0]!.resolve(m);
        this.received.push(m);
        if (this.received.length > KEPT) this.received.shift();
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.closed = true;
      for (const w of this.#waiters.splice(0)) w.resolve('closed');
    });
  }

  /** Write `bytes`, cut at `cuts` into writes a turn apart (so they arrive as separate reads). */
  async send(bytes: Uint8Array, cuts: number[] = []): Promise<void> {
    const points = [...new Set(cuts.map((c) => (bytes.length === 0 ? 0 : c % bytes.length)))].filter((c) => c > 0).sort((a, b) => a - b);
    let from = 0;
    for (const to of [...points, bytes.length]) {
      if (this.closed || this.socket.destroyed) return;
      this.socket.write(bytes.subarray(from, to));
      from = to;
      if (to < bytes.length) await new Promise((r) => setImmediate(r));
    }
  }

  waitFor(match: (m: M) => boolean, ms = CASE_TIMEOUT_MS, what = 'an answer'): Promise<M | 'closed'> {
    const hit = this.received.find(match);
    if (hit !== undefined) return Promise.resolve(hit);
    if (this.closed) return Promise.resolve('closed');
    return new Promise((resolve, reject) => {
      const w: Waiter<M> = {
        match,
        resolve: (m) => {
          clearTimeout(t);
          resolve(m);
        },
      };
      const t = setTimeout(() => {
        this.#waiters = this.#waiters.filter((x) => x !== w);
        reject(new Error(`hang: no ${what} and no close within ${ms} ms`));
      }, ms);
      this.#waiters.push(w);
    });
  }

  /** Resolves once nothing has arrived for `quietMs` (the other end drained what it had queued for us). */
  async waitQuiet(quietMs: number, ms = CASE_TIMEOUT_MS): Promise<void> {
    const deadline = performance.now() + ms;
    while (!this.closed && performance.now() - this.lastDataAt < quietMs) {
      if (performance.now() > deadline) throw new Error(`hang: the other end kept sending for ${ms} ms`);
      await new Promise((r) => setTimeout(r, quietMs / 2));
    }
  }

  waitClosed(ms = CASE_TIMEOUT_MS): Promise<void> {
    return this.waitFor(() => false, ms, 'close').then(() => undefined);
  }

  destroy(): void {
    this.socket.destroy();
  }
}
