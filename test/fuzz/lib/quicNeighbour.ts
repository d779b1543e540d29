/**
 * The healthy client beside the offender on the QUIC boundary: a well-behaved session (raw
 * protocol over lib/transport, nothing buffered it does not wait for) that shares the gateway
 * with the offender in every way a neighbour can — it subscribes to the topic space the
 * offender publishes into (`fuzz.**`), serves a procedure the offender calls
 * (`fuzz.healthy.echo`, echoing), and calls a procedure the offender serves. Throughout a run it
 * makes requests in a loop; each must be answered within HEALTHY_REQUEST_BOUND_MS (a call to the
 * offender's procedure within `offenderCallBoundMs`, with any typed answer: the offender may fail
 * it). Its session must never be closed, sent a Goodbye or a connection-level error.
 */
import { decodeFrame, encodeFrame, encodeJson, frameCase, PROTOCOL_VERSION, type Frame, type FrameInit } from '../../../lib/protocol/index.js';
import type { QuicEndpoint } from '../../../lib/transport/index.js';
import type { Connection, Stream } from '../../../lib/transport/types.js';
import type { MaculaError } from '../../../lib/errors/index.js';
import { HEALTHY_REQUEST_BOUND_MS, Latencies, sleep, wireErrorCode } from './common.js';
import { DIAGNOSTICS, HEALTHY_PATTERN, HEALTHY_PROCEDURE, OFFENDER_PROCEDURES } from './wireArbitraries.js';

export interface NeighbourOptions {
  /** Pause between requests. @default 10 */
  intervalMs?: number;
  /** Bound for a call to the offender's procedure (attempt timeout × attempts + margin). */
  offenderCallBoundMs: number;
  /**
   * Bound for the built-in echo call. Any client may advertise a built-in's name today, so a
   * call may first go to the offender and fail over after an attempt timeout.
   * @default HEALTHY_REQUEST_BOUND_MS
   */
  echoBoundMs?: number;
}

interface Pending {
  resolve: (f: Frame) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export class Neighbour {
  readonly failures: string[] = [];
  readonly latencies = new Latencies();
  /** Built-in echo calls answered by someone else (a client that advertised the built-in's name). */
  hijacked = 0;
  sessionId = '';
  closedWith: MaculaError | undefined;
  isClosed = false;
  #pending = new Map<number, Pending>();
  #corr = 0;
  #ownEvents = new Map<string, () => void>();
  #running: Promise<void> | undefined;
  #stop = false;

  private constructor(
    readonly connection: Connection,
    readonly stream: Stream,
    private readonly o: NeighbourOptions,
  ) {
    stream.on('frame', (b: Buffer) => this.#onFrame(b));
    connection.once('close', (err?: MaculaError) => {
      this.isClosed = true;
      this.closedWith = err;
      if (!this.#stop) this.failures.push(`the healthy session was closed (${err?.code ?? 'gracefully'}: ${err?.message ?? ''})`);
      for (const p of this.#pending.values()) p.reject(new Error('connection closed'));
      this.#pending.clear();
    });
  }

  static async connect(ep: QuicEndpoint, url: string, o: NeighbourOptions): Promise<Neighbour> {
    const conn = await ep.connect(url);
    const n = new Neighbour(conn, conn.openStream(), o);
    const connected = await n.#request({ connect: { protocolVersion: PROTOCOL_VERSION, clientName: 'fuzz-neighbour' } }, 0);
    if (connected.connected == null) throw new Error(`the healthy neighbour was not admitted: ${JSON.stringify(connected.toJSON())}`);
    n.sessionId = connected.connected.sessionId ?? '';
    for (const f of [{ subscribe: { pattern: HEALTHY_PATTERN } }, { advertise: { procedure: HEALTHY_PROCEDURE } }] as const) {
      const c = n.#next();
      const body = 'subscribe' in f ? { subscribe: { ...f.subscribe, correlationId: c } } : { advertise: { ...f.advertise, correlationId: c } };
      const a = await n.#request(body, c);
      if (a.error != null) throw new Error(`neighbour setup failed: ${a.error.codeName}: ${a.error.message}`);
    }
    return n;
  }

  /** Start the request loop (runs until stop()). */
  start(): void {
    this.#running ??= this.#loop();
  }

  async stop(): Promise<void> {
    this.#stop = true;
    await this.#running;
  }

  async close(): Promise<void> {
    this.#stop = true;
    await this.#running;
    await this.connection.close({ force: true });
  }

  /** One round of requests now (also used after a run: "and after"). */
  async round(i: number): Promise<void> {
    const t0 = performance.now();
    const seq = (0x4e00_0000 + i) >>> 0;
    const pong = await this.#request({ ping: { seq } }, PING_KEY);
    if (pong.pong?.seq !== seq) this.failures.push(`ping ${seq} answered ${describe(pong)}`);
    const args = encodeJson({ i, from: 'neighbour' });
    const echo = await this.#call(DIAGNOSTICS[0], args, this.o.echoBoundMs ?? HEALTHY_REQUEST_BOUND_MS);
    // any client may advertise a com.macula.* name today (the reserved namespace of lib/auth is
    // not enforced by the broker yet): an answer from such a provider is typed but not an echo
    if (echo.error != null) wireErrorCode(echo.error, 'the healthy echo call');
    if (echo.result == null || Buffer.compare(Buffer.from(echo.result.payload ?? []), Buffer.from(args)) !== 0) this.hijacked++;
    this.latencies.add(performance.now() - t0);
    if (i % 4 === 0) {
      const topic = `fuzz.neighbour.n${i}`;
      const t1 = performance.now();
      const got = new Promise<void>((resolve) => this.#ownEvents.set(topic, resolve));
      const c = this.#next();
      const published = await this.#request({ publish: { topic, payload: args, qos: 1, correlationId: c } }, c);
      if (published.published == null) this.failures.push(`publish answered ${describe(published)}`);
      await bounded(got, HEALTHY_REQUEST_BOUND_MS, `its own event on ${topic}`).catch((e: Error) => this.failures.push(e.message));
      this.#ownEvents.delete(topic);
      this.latencies.add(performance.now() - t1);
    }
    if (i % 8 === 0) {
      // the offender serves it (or is between connections: no_providers); any typed answer is fine
      const a = await this.#call(OFFENDER_PROCEDURES[0], args, this.o.offenderCallBoundMs);
      if (a.error != null) wireErrorCode(a.error, 'the healthy call to the offender');
    }
  }

  async #loop(): Promise<void> {
    for (let i = 1; !this.#stop && !this.isClosed; i++) {
      try {
        await this.round(i);
      } catch (err) {
        if (!this.#stop) this.failures.push(`healthy request failed: ${(err as Error).message}`);
      }
      await sleep(this.o.intervalMs ?? 10);
    }
  }

  #next(): number {
    this.#corr = this.#corr >= 0xffff_fff0 ? 1 : this.#corr + 1;
    return this.#corr;
  }

  #call(procedure: string, args: Uint8Array, boundMs: number): Promise<Frame> {
    const c = this.#next();
    return this.#request({ call: { correlationId: c, procedure, args, timeoutMs: boundMs } }, c, boundMs);
  }

  /** Send a frame and wait for the answer carrying correlation id `c` (0: the handshake's). */
  #request(frame: FrameInit, c: number, boundMs = HEALTHY_REQUEST_BOUND_MS): Promise<Frame> {
    return new Promise<Frame>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(c);
        reject(new Error(`no answer to ${frameCase(frame)} within ${boundMs} ms`));
      }, boundMs);
      this.#pending.set(c, { resolve, reject, timer });
      this.stream.write(encodeFrame(frame));
    });
  }

  #onFrame(bytes: Buffer): void {
    const f = decodeFrame(bytes);
    const kind = frameCase(f);
    if (kind === 'invocation') {
      const inv = f.invocation!;
      this.stream.write(encodeFrame({ yield: { invocationId: inv.invocationId ?? 0, payload: inv.args ?? new Uint8Array(0) } }));
      return;
    }
    if (kind === 'event') {
      this.#ownEvents.get(f.event!.topic ?? '')?.();
      return;
    }
    if (kind === 'goodbye') {
      this.failures.push(`the gateway said goodbye to the healthy neighbour: ${f.goodbye!.reason}`);
      return;
    }
    const c = kind === 'connected' ? 0 : kind === 'pong' ? PING_KEY : ((f[kind!] as { correlationId?: number } | null)?.correlationId ?? 0);
    if (kind === 'error' && c === 0) {
      this.failures.push(`connection-level error to the healthy neighbour: ${f.error!.codeName}: ${f.error!.message}`);
      return;
    }
    const p = this.#pending.get(c);
    if (p === undefined) return;
    this.#pending.delete(c);
    clearTimeout(p.timer);
    p.resolve(f);
  }
}

/** Pending-table key of the (one at a time) ping: correlation ids are never this. */
const PING_KEY = -1;

function describe(f: Frame): string {
  return f.error != null ? `${f.error.codeName}: ${f.error.message}` : (frameCase(f) ?? 'an empty frame');
}

function bounded(p: Promise<void>, ms: number, what: string): Promise<void> {
  let t: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<void>((_, reject) => (t = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms)))]).finally(() => clearTimeout(t));
}
