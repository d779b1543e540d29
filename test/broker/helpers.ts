/**
 * Raw protocol clients for the broker tests: lib/transport + lib/protocol only (no SDK), so the
 * tests see exactly the frames the gateway sends. One client endpoint can carry many
 * connections; each RawClient is one connection with its session stream.
 */
import { generateIdentity, type Identity } from '../../lib/identity/index.js';
import { MaculaError } from '../../lib/errors/index.js';
import {
  PROTOCOL_VERSION, decodeFrame, encodeFrame, encodeJson, frameCase, fromWireError, type Frame, type FrameCase, type FrameInit,
} from '../../lib/protocol/index.js';
import { openEndpoint, type QuicEndpoint } from '../../lib/transport/index.js';
import type { Connection, EndpointOptions, Stream } from '../../lib/transport/types.js';

export function identity(): Identity {
  return generateIdentity({ keyBits: 1024 });
}

export async function clientEndpoint(opts: Partial<EndpointOptions> = {}): Promise<QuicEndpoint> {
  return openEndpoint({ tls: identity(), ...opts });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export async function waitFor(cond: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

interface Waiter {
  match: (f: Frame) => boolean;
  resolve: (f: Frame) => void;
}

export class RawClient {
  readonly frames: Frame[] = [];
  readonly closed: Promise<MaculaError | undefined>;
  closeError: MaculaError | undefined;
  isClosed = false;
  #waiters: Waiter[] = [];
  #corr = 0;
  sessionId = '';

  private constructor(
    readonly connection: Connection,
    readonly stream: Stream,
  ) {
    this.closed = new Promise((resolve) =>
      connection.once('close', (err?: MaculaError) => {
        this.isClosed = true;
        this.closeError = err;
        resolve(err);
      }),
    );
    stream.on('frame', (bytes: Buffer) => this.#onFrame(decodeFrame(bytes)));
    stream.on('error', () => undefined);
  }

  /** Open a connection and its session stream (no Connect sent yet). */
  static async open(ep: QuicEndpoint, url: string): Promise<RawClient> {
    const conn = await ep.connect(url);
    return new RawClient(conn, conn.openStream());
  }

  /** Open and complete the handshake; returns the client with its Connected frame. */
  static async connect(ep: QuicEndpoint, url: string, realm = '', connect: Partial<NonNullable<FrameInit['connect']>> = {}): Promise<RawClient> {
    const c = await RawClient.open(ep, url);
    const answer = await c.handshake(realm, connect);
    if (answer.error) throw fromWireError(answer.error);
    c.sessionId = answer.connected!.sessionId!;
    return c;
  }

  handshake(realm = '', connect: Partial<NonNullable<FrameInit['connect']>> = {}): Promise<Frame> {
    this.send({ connect: { protocolVersion: PROTOCOL_VERSION, realm, clientName: 'test', ...connect } });
    return this.next((f) => f.connected != null || f.error != null);
  }

  nextCorrelation(): number {
    return ++this.#corr;
  }

  send(frame: FrameInit): void {
    this.stream.write(encodeFrame(frame));
  }

  sendBytes(bytes: Uint8Array): void {
    this.stream.write(bytes);
  }

  /** The first received frame (buffered or future) matching `match`; removed from the buffer. */
  next(match: FrameCase | ((f: Frame) => boolean) = () => true, timeoutMs = 5000): Promise<Frame> {
    const pred = typeof match === 'string' ? (f: Frame) => frameCase(f) === match : match;
    const i = this.frames.findIndex(pred);
    if (i >= 0) return Promise.resolve(this.frames.splice(i, 1)[0]!);
    return new Promise((resolve, reject) => {
      const w: Waiter = {
        match: pred,
        resolve: (f) => {
          clearTimeout(t);
          resolve(f);
        },
      };
      const t = setTimeout(() => {
        this.#waiters = this.#waiters.filter((x) => x !== w);
        reject(new Error(`no matching frame within ${timeoutMs} ms; buffered: ${this.frames.map((f) => frameCase(f)).join(',')}`));
      }, timeoutMs);
      this.#waiters.push(w);
    });
  }

  /** Frames of one kind received so far (left in the buffer). */
  received(kind: FrameCase): Frame[] {
    return this.frames.filter((f) => frameCase(f) === kind);
  }

  /** The answer to a request: the frame of `kind` or an error with this correlation id. */
  answer(kind: FrameCase, correlationId: number, timeoutMs = 5000): Promise<Frame> {
    return this.next((f) => (f[kind] as { correlationId?: number } | null)?.correlationId === correlationId || f.error?.correlationId === correlationId, timeoutMs);
  }

  async subscribe(pattern: string, queue?: string): Promise<number> {
    const correlationId = this.nextCorrelation();
    this.send({ subscribe: { correlationId, pattern, ...(queue === undefined ? {} : { queue }) } });
    const f = await this.answer('subscribed', correlationId);
    if (f.error) throw fromWireError(f.error);
    return f.subscribed!.subscriptionId!;
  }

  async publishAcked(topic: string, payload: unknown): Promise<void> {
    const correlationId = this.nextCorrelation();
    this.send({ publish: { topic, payload: encodeJson(payload), qos: 1, correlationId } });
    const f = await this.answer('published', correlationId);
    if (f.error) throw fromWireError(f.error);
  }

  async advertise(procedure: string, ttlMs = 0): Promise<void> {
    const correlationId = this.nextCorrelation();
    this.send({ advertise: { correlationId, procedure, ttlMs } });
    const f = await this.answer('advertised', correlationId);
    if (f.error) throw fromWireError(f.error);
  }

  /** Call and resolve with the Result payload bytes; rejects with the MaculaError of an Error answer. */
  async call(procedure: string, args: unknown, opts: { timeoutMs?: number; waitMs?: number } = {}): Promise<Uint8Array> {
    const correlationId = this.nextCorrelation();
    this.send({ call: { correlationId, procedure, args: encodeJson(args), timeoutMs: opts.timeoutMs ?? 0 } });
    const f = await this.answer('result', correlationId, opts.waitMs ?? 10_000);
    if (f.error) throw fromWireError(f.error);
    return f.result!.payload!;
  }

  /** Answer every invocation with `handler(args)` (a thrown error becomes InvocationError). */
  serve(handler: (args: Uint8Array, procedure: string) => Uint8Array | Promise<Uint8Array>): void {
    const loop = (): void => {
      void this.next('invocation', 3_600_000).then(async (f) => {
        const inv = f.invocation!;
        try {
          const payload = await handler(inv.args!, inv.procedure!);
          if (!this.isClosed) this.send({ yield: { invocationId: inv.invocationId, payload } });
        } catch (err) {
          if (!this.isClosed) this.send({ invocationError: { invocationId: inv.invocationId, message: (err as Error).message } });
        }
        if (!this.isClosed) loop();
      }, () => undefined);
    };
    loop();
  }

  close(): Promise<void> {
    return this.connection.close({ force: true });
  }

  #onFrame(f: Frame): void {
    const i = this.#waiters.findIndex((w) => w.match(f));
    if (i >= 0) {
      const [w] = this.#waiters.splice(i, 1);
      w!.resolve(f);
      return;
    }
    this.frames.push(f);
  }
}

/**
 * Crash the worker of `role` the way a bug does and wait for its next incarnation, with the whole
 * tree running again (what a real crash does under rest_for_one).
 */
export async function crashAndWait(broker: import('../../lib/broker/index.js').Broker, role: import('../../lib/broker/index.js').GatewayRole, timeoutMs = 5000): Promise<void> {
  const before = broker.state.get(role);
  broker.crash(role);
  await waitFor(() => broker.ready && broker.state.get(role) !== undefined && broker.state.get(role) !== before, timeoutMs, `${role} restarted`);
}

/** Stop the worker of `role` without a restart (OTP supervisor:terminate_child/2); returns its restart_child. */
export async function terminateWorker(broker: import('../../lib/broker/index.js').Broker, role: import('../../lib/broker/index.js').GatewayRole): Promise<() => Promise<void>> {
  const { ROLE_WORKER_IDS } = await import('../../lib/broker/index.js');
  const sup = broker.supervisorOf(role);
  await sup.terminateChild(ROLE_WORKER_IDS[role]);
  return () => sup.restartChild(ROLE_WORKER_IDS[role]);
}
