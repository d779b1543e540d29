/**
 * macula_gateway (seed §3, child 4): the message-routing coordinator. For each connection the
 * listener hands over it runs the session handshake and then routes frames:
 *
 * - The first stream the client opens is the session stream; the first frame must be `connect`
 *   (anything else: `not_connected`, dropped). Version negotiation and the realm check
 *   (lib/protocol negotiateVersion / resolveRealm): `protocol_version_unsupported` or
 *   `no_such_realm` (details name the served realms), then close. Admission by the ClientTable:
 *   `max_clients_reached`, then close. Then `connected`.
 * - After it, every frame is dispatched by its oneof case (lib/protocol Dispatcher): ping/pong
 *   and goodbye here, pub/sub to the PubSubRouter, RPC to the RpcRouter. Bytes that are not a
 *   Frame → `malformed_frame`; a body nobody handles → `unknown_message_type`; a handler's
 *   MaculaError → an `error` frame carrying the request's correlation id. All of these go to
 *   that client only, and its session continues.
 * - The connection closing (either side, idle timeout, crash) removes the client from the
 *   ClientTable, which clears all its state at once.
 */
import { randomBytes } from 'node:crypto';
import { MaculaError } from '../errors/index.js';
import { DEFAULT_MAX_FRAME_BYTES } from '../transport/index.js';
import {
  Dispatcher, MIN_PROTOCOL_VERSION, PROTOCOL_VERSION, decodeFrame, encodeFrame, frameCase, negotiateVersion, resolveRealm,
  toWireError, type Frame, type FrameInit,
} from '../protocol/index.js';
import type { Connection, Stream } from '../transport/types.js';
import { closeWithError, type ClientSession } from './ClientSession.js';
import type { ClientTable } from './ClientTable.js';
import { HANDSHAKE_TIMEOUT_MS, MAX_FRAMES_BEFORE_CONNECT, PING_INTERVAL_MS } from './constants.js';
import { Lifecycle } from './Lifecycle.js';
import type { PubSubRouter } from './PubSubRouter.js';
import type { QuicListener } from './QuicListener.js';
import type { RpcRouter } from './RpcRouter.js';
import type { BrokerObserver } from './types.js';

export interface GatewayCoordinatorOptions {
  listener: QuicListener;
  clients: ClientTable;
  pubsub: PubSubRouter;
  rpc: RpcRouter;
  realms: readonly string[];
  /** @default HANDSHAKE_TIMEOUT_MS */
  handshakeTimeoutMs?: number;
  /** Told to clients in Connected.heartbeat_ms. @default PING_INTERVAL_MS */
  pingIntervalMs?: number;
  /** Frames a client may send before connect; beyond it `not_connected` and close. @default MAX_FRAMES_BEFORE_CONNECT */
  maxFramesBeforeConnect?: number;
  /** @default transport DEFAULT_MAX_FRAME_BYTES */
  maxFrameBytes?: number;
  /** Per-client queue handed to ClientSession. @default CLIENT_QUEUE_BYTES */
  clientQueueBytes: number;
  observer?: BrokerObserver;
}

const CAPABILITIES = ['pubsub', 'rpc'];

/** The correlation id a request frame carries (0 when it has none). */
function correlationOf(frame: Frame): number {
  const kind = frameCase(frame);
  const body = kind === undefined ? undefined : (frame[kind] as { correlationId?: number | null } | null | undefined);
  return body?.correlationId ?? 0;
}

export class GatewayCoordinator extends Lifecycle {
  readonly #o: GatewayCoordinatorOptions;
  readonly #session = new Dispatcher<ClientSession>();
  /** Connections handed over and not yet closed (handshaking or admitted). */
  readonly #connections = new Set<Connection>();
  #detach: (() => void) | undefined;

  constructor(options: GatewayCoordinatorOptions) {
    super();
    this.#o = options;
    const { pubsub, rpc } = options;
    const needs = <T extends { running: boolean }>(worker: T, name: string): T => {
      if (!worker.running) throw new MaculaError('process_unavailable', `${name} is restarting; retry`);
      return worker;
    };
    this.#session
      .on('ping', (b, s) => void s.send({ pong: { seq: b.seq ?? 0 } }))
      .on('pong', () => undefined)
      .on('goodbye', (_b, s) => void s.connection.close())
      .on('subscribe', (b, s) => void needs(pubsub, 'pub/sub').subscribe(s, b))
      .on('unsubscribe', (b, s) => void needs(pubsub, 'pub/sub').unsubscribe(s, b))
      .on('publish', (b, s) => void needs(pubsub, 'pub/sub').publish(s, b))
      .on('advertise', (b, s) => needs(rpc, 'RPC').advertise(s, b))
      .on('unadvertise', (b, s) => needs(rpc, 'RPC').unadvertise(s, b))
      .on('call', (b, s) => needs(rpc, 'RPC').call(s, b))
      .on('yield', (b, s) => needs(rpc, 'RPC').yield(s, b))
      .on('invocationError', (b, s) => needs(rpc, 'RPC').invocationError(s, b));
  }

  /** Connections this coordinator holds (handshaking or admitted). */
  get connectionCount(): number {
    return this.#connections.size;
  }

  protected onStart(): void {
    this.#detach = this.#o.listener.attach((conn) => this.#accept(conn));
  }

  protected async onStop(): Promise<void> {
    this.#detach?.();
    this.#detach = undefined;
    const shutdown = new MaculaError('shutdown', 'gateway coordinator restarting');
    await Promise.all([...this.#connections].map((c) => c.close({ code: shutdown.wireCode, reason: shutdown.message }).catch(() => undefined)));
    this.#connections.clear();
  }

  #accept(conn: Connection): void {
    if (!this.running) {
      void conn.close({ code: new MaculaError('process_unavailable', '').wireCode, reason: 'gateway is restarting' });
      return;
    }
    this.#connections.add(conn);
    let session: ClientSession | undefined;
    let stream: Stream | undefined;
    let refused = false;
    const timer = setTimeout(() => {
      if (session === undefined) void closeWithError(conn, stream, new MaculaError('timeout', `no connect within ${this.#handshakeMs} ms`), false, this.#o.observer);
    }, this.#handshakeMs);
    timer.unref();
    conn.on('close', (err?: MaculaError) => {
      clearTimeout(timer);
      this.#connections.delete(conn);
      if (session !== undefined) this.#o.clients.remove(session.sessionId, err);
    });
    conn.on('stream', (s: Stream) => {
      if (stream !== undefined) {
        // version 1 carries a session on one stream; further streams are reserved
        s.reset(new MaculaError('not_supported', '').wireCode);
        return;
      }
      stream = s;
      let early = 0;
      s.on('frame', (bytes: Buffer) => {
        if (session !== undefined) {
          // a session leaving (kicked, or its table restarting) takes no more requests: they
          // would re-index state for a client the table no longer holds
          if (session.closing) return;
          session.lastSeenMs = Date.now();
          this.#route(session, bytes);
          return;
        }
        // a refused handshake is final: frames after it (a second connect) are not answered
        if (conn.closed || refused) return;
        const maxEarly = this.#o.maxFramesBeforeConnect ?? MAX_FRAMES_BEFORE_CONNECT;
        if (++early > maxEarly) {
          refused = true;
          void closeWithError(conn, s, new MaculaError('not_connected', `${maxEarly} frames without connect`, { details: { limit: maxEarly } }), false, this.#o.observer);
          return;
        }
        const outcome = this.#handshake(conn, s, bytes);
        if (outcome === 'refused') refused = true;
        else if (outcome !== undefined) {
          session = outcome;
          clearTimeout(timer);
        }
      });
      s.on('close', () => {
        if (!conn.closed) void conn.close();
      });
    });
  }

  get #handshakeMs(): number {
    return this.#o.handshakeTimeoutMs ?? HANDSHAKE_TIMEOUT_MS;
  }

  /**
   * Answer a pre-session frame: `connected` (returns the session), an error (undefined: the
   * client may still connect), or an error + close ('refused').
   */
  #handshake(conn: Connection, stream: Stream, bytes: Buffer): ClientSession | 'refused' | undefined {
    const o = this.#o;
    const reply = (frame: FrameInit): void => {
      try {
        stream.write(encodeFrame(frame));
        o.observer?.frameOut?.(frameCase(frame)!);
      } catch {
        // the client is gone; its close event cleans up
      }
    };
    let frame: Frame;
    try {
      frame = decodeFrame(bytes);
    } catch (err) {
      o.observer?.frameIn?.('malformed');
      reply({ error: toWireError(err, 0) });
      return undefined;
    }
    const kind = frameCase(frame);
    if (kind !== undefined) o.observer?.frameIn?.(kind);
    if (kind !== 'connect') {
      reply({ error: toWireError(new MaculaError('not_connected', `the first frame must be connect, got ${kind ?? 'an empty frame'}`, { details: { type: kind ?? null } }), correlationOf(frame)) });
      return undefined;
    }
    const c = frame.connect!;
    let session: ClientSession;
    try {
      const version = negotiateVersion(c.protocolVersion ?? 0, c.minProtocolVersion ?? 0, { min: MIN_PROTOCOL_VERSION, max: PROTOCOL_VERSION });
      const realm = resolveRealm(c.realm, o.realms);
      session = o.clients.admit({
        sessionId: randomBytes(8).toString('hex'),
        realm,
        nodeId: conn.remoteNodeId,
        clientName: c.clientName ?? '',
        protocolVersion: version,
        connection: conn,
        stream,
        queueBytes: o.clientQueueBytes,
      });
    } catch (err) {
      const e = MaculaError.wrap(err);
      o.observer?.clientRejected?.(e.code);
      void closeWithError(conn, stream, e, false, o.observer);
      return 'refused';
    }
    session.send({
      connected: {
        nodeId: o.listener.endpoint?.nodeId ?? '',
        sessionId: session.sessionId,
        protocolVersion: session.protocolVersion,
        realms: [...o.realms],
        heartbeatMs: o.pingIntervalMs ?? PING_INTERVAL_MS,
        maxFrameBytes: o.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES,
        capabilities: CAPABILITIES,
      },
    });
    return session;
  }

  #route(session: ClientSession, bytes: Buffer): void {
    const observer = this.#o.observer;
    let frame: Frame;
    try {
      frame = decodeFrame(bytes);
    } catch (err) {
      observer?.frameIn?.('malformed');
      session.sendError(err, 0);
      return;
    }
    const kind = frameCase(frame);
    if (kind !== undefined) observer?.frameIn?.(kind);
    try {
      this.#session.dispatch(frame, session);
    } catch (err) {
      const e = MaculaError.wrap(err);
      // unknown_message_type is connection-level (correlation 0); request errors answer the request
      session.sendError(e, e.code === 'unknown_message_type' ? 0 : correlationOf(frame));
    }
  }
}
