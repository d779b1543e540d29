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
 *
 * A Connect names the connection's role (PROTOCOL §1): `client` (SDK, CLI, the node's own peer
 * processes) is admitted by macula_gateway_clients and counts against max_clients; `node_link`
 * (another node's gateway) is handed to macula_gateway_mesh, which has its own table and limit.
 *
 * Fault domains: every listener this worker registers is guarded by its own boundary, and work
 * for later workers (admission, pub/sub, RPC) is handed over through GatewayState.call, so a bug
 * in pub/sub crashes pub/sub (the client that triggered it hears `process_unavailable`) and a bug
 * here crashes this coordinator.
 */
import { randomBytes } from 'node:crypto';
import { MaculaError } from '../errors/index.js';
import { DEFAULT_MAX_FRAME_BYTES } from '../transport/index.js';
import {
  Dispatcher, MIN_PROTOCOL_VERSION, PROTOCOL_VERSION, decodeFrame, encodeFrame, frameCase, negotiateVersion, resolveRealm,
  toWireError, wire, type Frame, type FrameInit,
} from '../protocol/index.js';
import { isExpectedError } from '../supervisor/FaultBoundary.js';
import type { Worker, WorkerContext } from '../supervisor/types.js';
import type { Connection, Stream } from '../transport/types.js';
import { closeWithError, type ClientSession } from './ClientSession.js';
import { HANDSHAKE_TIMEOUT_MS, MAX_FRAMES_BEFORE_CONNECT, PING_INTERVAL_MS } from './constants.js';
import type { GatewayState } from './GatewayState.js';

export interface GatewayCoordinatorOptions {
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
  /** Handed to ClientSession (backpressure). @default SLOW_CONSUMER_MS */
  slowConsumerMs?: number;
}

const CAPABILITIES = ['pubsub', 'rpc'];

/** The correlation id a request frame carries (0 when it has none). */
function correlationOf(frame: Frame): number {
  const kind = frameCase(frame);
  const body = kind === undefined ? undefined : (frame[kind] as { correlationId?: number | null } | null | undefined);
  return body?.correlationId ?? 0;
}

export class GatewayCoordinator implements Worker {
  readonly #state: GatewayState;
  readonly #o: GatewayCoordinatorOptions;
  readonly #session = new Dispatcher<ClientSession>();
  /** Connections handed over and not yet closed (handshaking or admitted). */
  readonly #connections = new Set<Connection>();
  #detach: (() => void) | undefined;
  #ctx: WorkerContext | undefined;
  #running = false;

  constructor(state: GatewayState, options: GatewayCoordinatorOptions) {
    this.#state = state;
    this.#o = options;
    const st = state;
    this.#session
      .on('ping', (b, s) => void s.send({ pong: { seq: b.seq ?? 0 } }))
      .on('pong', () => undefined)
      .on('goodbye', (_b, s) => void s.connection.close())
      .on('subscribe', (b, s) => void st.call('pubsub', (p) => p.subscribe(s, b)))
      .on('unsubscribe', (b, s) => void st.call('pubsub', (p) => p.unsubscribe(s, b)))
      .on('publish', (b, s) => void st.call('pubsub', (p) => p.publish(s, b)))
      .on('advertise', (b, s) => st.call('rpc', (r) => r.advertise(s, b)))
      .on('unadvertise', (b, s) => st.call('rpc', (r) => r.unadvertise(s, b)))
      .on('call', (b, s) => st.call('rpc', (r) => r.call(s, b)))
      .on('yield', (b, s) => st.call('rpc', (r) => r.yield(s, b)))
      .on('invocationError', (b, s) => st.call('rpc', (r) => r.invocationError(s, b)));
  }

  /** Connections this coordinator holds (handshaking or admitted). */
  get connectionCount(): number {
    return this.#connections.size;
  }

  async start(ctx: WorkerContext): Promise<void> {
    this.#ctx = ctx;
    const listener = this.#state.get('listener');
    if (listener === undefined) throw new MaculaError('process_unavailable', 'the coordinator starts after the QUIC listener (rest_for_one)');
    this.#detach = listener.attach(ctx.guard((conn: Connection) => this.#accept(conn)));
    this.#running = true;
    this.#state.register('coordinator', this, ctx.boundary);
  }

  async stop(): Promise<void> {
    await this.#release(false);
  }

  async kill(): Promise<void> {
    await this.#release(true);
  }

  async #release(force: boolean): Promise<void> {
    this.#running = false;
    this.#state.deregister('coordinator', this);
    this.#detach?.();
    this.#detach = undefined;
    const shutdown = new MaculaError('shutdown', 'gateway coordinator restarting');
    const conns = [...this.#connections];
    this.#connections.clear();
    await Promise.all(conns.map((c) => c.close({ force, code: shutdown.wireCode, reason: shutdown.message }).catch(() => undefined)));
  }

  #accept(conn: Connection): void {
    const ctx = this.#ctx!;
    if (!this.#running) {
      void conn.close({ code: new MaculaError('process_unavailable', '').wireCode, reason: 'gateway is restarting' });
      return;
    }
    this.#connections.add(conn);
    let session: ClientSession | undefined;
    let stream: Stream | undefined;
    let refused = false;
    let handedOff = false;
    const timer = setTimeout(ctx.guard(() => {
      if (session === undefined && !handedOff) void closeWithError(conn, stream, new MaculaError('timeout', `no connect within ${this.#handshakeMs} ms`), false, this.#state.observer);
    }), this.#handshakeMs);
    timer.unref();
    conn.on('close', ctx.guard((err?: MaculaError) => {
      clearTimeout(timer);
      this.#connections.delete(conn);
      if (session !== undefined) {
        const id = session.sessionId;
        this.#state.notify('clients', (c) => c.remove(id, err));
      }
    }));
    conn.on('stream', ctx.guard((s: Stream) => {
      if (stream !== undefined) {
        // version 1 carries a session on one stream; further streams are reserved
        if (!handedOff) s.reset(new MaculaError('not_supported', '').wireCode);
        return;
      }
      stream = s;
      let early = 0;
      const onFrame = ctx.guard((bytes: Buffer) => {
        if (session !== undefined) {
          // a session leaving (kicked, or its table restarting) takes no more requests: they
          // would re-index state for a client the table no longer holds
          if (session.closing) return;
          session.heard();
          this.#route(session, bytes);
          return;
        }
        // a refused handshake is final: frames after it (a second connect) are not answered
        if (conn.closed || refused || handedOff) return;
        const maxEarly = this.#o.maxFramesBeforeConnect ?? MAX_FRAMES_BEFORE_CONNECT;
        if (++early > maxEarly) {
          refused = true;
          void closeWithError(conn, s, new MaculaError('not_connected', `${maxEarly} frames without connect`, { details: { limit: maxEarly } }), false, this.#state.observer);
          return;
        }
        const outcome = this.#handshake(conn, s, bytes);
        if (outcome === 'refused') refused = true;
        else if (outcome === 'link') {
          handedOff = true;
          clearTimeout(timer);
          this.#connections.delete(conn);
          s.off('frame', onFrame);
        } else if (outcome !== undefined) {
          session = outcome;
          clearTimeout(timer);
        }
      });
      s.on('frame', onFrame);
      s.on('close', ctx.guard(() => {
        if (!conn.closed && !handedOff) void conn.close();
      }));
    }));
  }

  get #handshakeMs(): number {
    return this.#o.handshakeTimeoutMs ?? HANDSHAKE_TIMEOUT_MS;
  }

  /**
   * Answer a pre-session frame: `connected` (returns the session), an error (undefined: the
   * client may still connect), or an error + close ('refused').
   */
  #handshake(conn: Connection, stream: Stream, bytes: Buffer): ClientSession | 'refused' | 'link' | undefined {
    const o = this.#o;
    const observer = this.#state.observer;
    const reply = (frame: FrameInit): void => {
      try {
        stream.write(encodeFrame(frame));
        observer.frameOut?.(frameCase(frame)!);
      } catch {
        // the client is gone; its close event cleans up
      }
    };
    let frame: Frame;
    try {
      frame = decodeFrame(bytes);
    } catch (err) {
      observer.frameIn?.('malformed');
      reply({ error: toWireError(err, 0) });
      return undefined;
    }
    const kind = frameCase(frame);
    if (kind !== undefined) observer.frameIn?.(kind);
    if (kind !== 'connect') {
      reply({ error: toWireError(new MaculaError('not_connected', `the first frame must be connect, got ${kind ?? 'an empty frame'}`, { details: { type: kind ?? null } }), correlationOf(frame)) });
      return undefined;
    }
    const c = frame.connect!;
    if ((c.role ?? 0) === wire.ConnectionRole.NODE_LINK) return this.#handOffLink(conn, stream, c);
    let session: ClientSession;
    try {
      const version = negotiateVersion(c.protocolVersion ?? 0, c.minProtocolVersion ?? 0, { min: MIN_PROTOCOL_VERSION, max: PROTOCOL_VERSION });
      const realm = resolveRealm(c.realm, this.#state.realms);
      // decided once per session: its identity, realm and address do not change
      const grant = this.#state.auth.grantFor({ nodeId: conn.remoteNodeId, realm, remoteAddress: conn.remoteAddress });
      session = this.#state.call('clients', (t) =>
        t.admit({
          sessionId: randomBytes(8).toString('hex'),
          realm,
          nodeId: conn.remoteNodeId,
          grant,
          clientName: c.clientName ?? '',
          protocolVersion: version,
          connection: conn,
          stream,
          queueBytes: o.clientQueueBytes,
          slowConsumerMs: o.slowConsumerMs,
          maxFrameBytes: o.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES,
        }),
      );
    } catch (err) {
      const e = MaculaError.wrap(err);
      observer.clientRejected?.(e.code);
      void closeWithError(conn, stream, e, false, observer);
      if (!isExpectedError(err)) throw err;
      return 'refused';
    }
    session.send({
      connected: {
        nodeId: this.#state.nodeId,
        sessionId: session.sessionId,
        protocolVersion: session.protocolVersion,
        realms: [...this.#state.realms],
        heartbeatMs: o.pingIntervalMs ?? PING_INTERVAL_MS,
        maxFrameBytes: o.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES,
        capabilities: CAPABILITIES,
      },
    });
    return session;
  }

  /**
   * A Connect with role node_link: another node's gateway. The mesh worker takes it from here; a
   * refusal (not_trusted, realm_mismatch, …) is sent as an Error before the close, never a silent close.
   */
  #handOffLink(conn: Connection, stream: Stream, c: NonNullable<Frame['connect']>): 'link' | 'refused' {
    try {
      this.#state.call('mesh', (m) => m.acceptLink(conn, stream, c));
      return 'link';
    } catch (err) {
      const e = MaculaError.wrap(err);
      this.#state.auth.linkRefused(e, 'accept', conn.remoteAddress);
      void closeWithError(conn, stream, e, false, this.#state.observer);
      return 'refused';
    }
  }

  #route(session: ClientSession, bytes: Buffer): void {
    const observer = this.#state.observer;
    let frame: Frame;
    try {
      frame = decodeFrame(bytes);
    } catch (err) {
      observer.frameIn?.('malformed');
      session.sendError(err, 0);
      return;
    }
    const kind = frameCase(frame);
    if (kind !== undefined) observer.frameIn?.(kind);
    try {
      this.#session.dispatch(frame, session);
    } catch (err) {
      const e = MaculaError.wrap(err);
      // unknown_message_type is connection-level (correlation 0); request errors answer the request
      session.sendError(e, e.code === 'unknown_message_type' ? 0 : correlationOf(frame));
      // a callee's bug already crashed the callee (it reached us as process_unavailable); what
      // is left unexpected is this coordinator's own bug
      if (!isExpectedError(err)) throw err;
    }
  }
}
