/**
 * A scripted gateway for client tests that need an answer the real broker gives only under a
 * fault or by chance: a restore answered with `process_unavailable` ("restarting, retry"), a
 * request never answered, a connection closed with the wire code of a stateless reset. It is the
 * real transport (lib/transport, QUIC on 127.0.0.1 port 0) and the real codec (lib/protocol);
 * only the broker's decisions are replaced by the test's `onFrame`. The Connect → Connected
 * handshake is done here, as the broker does it.
 */
import { MaculaError, type ErrorCode } from '../../lib/errors/index.js';
import { decodeFrame, encodeFrame, frameCase, PROTOCOL_VERSION, toWireError, type Frame, type FrameCase, type FrameInit } from '../../lib/protocol/index.js';
import { openEndpoint } from '../../lib/transport/index.js';
import type { Connection, Endpoint, Stream } from '../../lib/transport/types.js';
import { gatewayIdentity } from './helpers.js';

/** One client session at the scripted gateway. */
export class ScriptedSession {
  #nextSub = 0;

  constructor(
    readonly index: number,
    readonly conn: Connection,
    readonly stream: Stream,
  ) {}

  send(frame: FrameInit): void {
    try {
      this.stream.write(encodeFrame(frame));
    } catch {
      // the client is gone
    }
  }

  /** Answer a request with an error of `code` (the broker's sendError). */
  fail(correlationId: number, code: ErrorCode, message: string = code): void {
    this.send({ error: toWireError(new MaculaError(code, message), correlationId) });
  }

  /** What the broker answers when all goes well: subscribed, advertised, published, pong. */
  accept(frame: Frame): void {
    const kind = frameCase(frame);
    if (kind === 'subscribe') this.send({ subscribed: { correlationId: frame.subscribe!.correlationId, subscriptionId: ++this.#nextSub } });
    else if (kind === 'advertise') this.send({ advertised: { correlationId: frame.advertise!.correlationId } });
    else if (kind === 'publish' && frame.publish!.qos === 1) this.send({ published: { correlationId: frame.publish!.correlationId } });
    else if (kind === 'ping') this.send({ pong: { seq: frame.ping!.seq ?? 0 } });
  }

  /** Close the connection with `code`'s wire value, as a peer closing with that error does. */
  close(code: ErrorCode, reason: string = code): Promise<void> {
    return this.conn.close({ force: true, code: new MaculaError(code, reason).wireCode, reason });
  }
}

export type FrameScript = (frame: Frame, session: ScriptedSession) => void;

export class ScriptedGateway {
  readonly sessions: ScriptedSession[] = [];
  /** Frames received after Connect, by kind. */
  readonly received = new Map<FrameCase, number>();
  /** Refuse new connections as a restarting gateway does (close with `process_unavailable`). */
  refuse = false;
  #connections = new Set<Connection>();

  private constructor(
    readonly endpoint: Endpoint,
    private readonly onFrame: FrameScript,
  ) {
    endpoint.on('connection', (conn: Connection) => this.#accept(conn));
  }

  /** Listen on 127.0.0.1 (port 0, or `port` to come back where a previous one was). */
  static async start(onFrame: FrameScript = (f, s) => s.accept(f), port = 0): Promise<ScriptedGateway> {
    const endpoint = await openEndpoint({ tls: gatewayIdentity(), host: '127.0.0.1', port, listen: true });
    return new ScriptedGateway(endpoint, onFrame);
  }

  get url(): string {
    return `quic://127.0.0.1:${this.endpoint.port}`;
  }

  get nodeId(): string {
    return this.endpoint.nodeId;
  }

  count(kind: FrameCase): number {
    return this.received.get(kind) ?? 0;
  }

  /** Connections open now. */
  get connections(): number {
    return this.#connections.size;
  }

  async stop(): Promise<void> {
    await this.endpoint.close({ force: true });
  }

  #accept(conn: Connection): void {
    if (this.refuse) {
      void conn.close({ code: new MaculaError('process_unavailable', '').wireCode, reason: 'gateway is restarting' });
      return;
    }
    this.#connections.add(conn);
    conn.on('close', () => this.#connections.delete(conn));
    conn.on('stream', (stream: Stream) => {
      let session: ScriptedSession | undefined;
      stream.on('error', () => undefined);
      stream.on('frame', (bytes: Buffer) => {
        const frame = decodeFrame(bytes);
        if (session === undefined) {
          if (frame.connect == null) return;
          session = new ScriptedSession(this.sessions.length, conn, stream);
          this.sessions.push(session);
          session.send({
            connected: { nodeId: this.nodeId, sessionId: `scripted-${session.index}`, protocolVersion: PROTOCOL_VERSION, heartbeatMs: 30_000, realms: ['macula.default'] },
          });
          return;
        }
        const kind = frameCase(frame);
        if (kind !== undefined) this.received.set(kind, (this.received.get(kind) ?? 0) + 1);
        this.onFrame(frame, session);
      });
    });
  }
}
