/**
 * macula_gateway_quic_server (seed §3, child 3): owns the gateway's QUIC endpoint (UDP listener,
 * ALPN `macula`, the node's TLS identity, peers verified by certificate) on the configured
 * host/port, and hands each verified incoming connection to whoever attached (the coordinator).
 * Stopping closes the endpoint: every client sees its connection end and reconnects; a restart
 * binds the port the first incarnation got, so a listener started on port 0 keeps its address.
 * The same endpoint dials out for the mesh pool (one UDP socket, one node address).
 */
import { MaculaError } from '../errors/index.js';
import { openEndpoint, type QuicEndpoint } from '../transport/index.js';
import type { Connection, Endpoint, TlsIdentity, TransportLimits } from '../transport/types.js';
import type { Worker, WorkerContext } from '../supervisor/types.js';
import { CLIENT_QUEUE_BYTES, DEFAULT_QUIC_HOST, ENDPOINT_CONNECTION_SLACK, MAX_CLIENTS, MESH_POOL_MAX } from './constants.js';
import type { GatewayState } from './GatewayState.js';

export interface QuicListenerOptions extends Omit<TransportLimits, 'maxConnections' | 'streamHighWaterBytes'> {
  /** @default 8 MiB (transport) */
  socketBufferBytes?: number;
  /** @default 1350 (transport) */
  maxUdpPayloadBytes?: number;
  /** Graceful close of the endpoint waits at most this long (none for a silent peer). @default 1000 (transport) */
  closeTimeoutMs?: number;
  tls: TlsIdentity;
  /** @default '127.0.0.1' */
  host?: string;
  /** 0 = any free port (kept across restarts). @default 0 */
  port?: number;
  /** Sizes the endpoint's connection limit: clients + mesh + slack. @default MAX_CLIENTS */
  maxClients?: number;
  /** @default MESH_POOL_MAX */
  meshPoolMax?: number;
  /** Per-client outgoing queue; the stream high-water mark. @default CLIENT_QUEUE_BYTES */
  clientQueueBytes?: number;
  /** Extra check of an incoming peer's node id (deny lists). */
  verifyPeer?: (remoteNodeId: string) => boolean;
  /** @default true */
  retry?: boolean;
}

/** Receives each verified incoming connection. */
export type ConnectionHandler = (connection: Connection) => void;

export class QuicListener implements Worker {
  readonly #state: GatewayState;
  readonly #o: QuicListenerOptions;
  #endpoint: QuicEndpoint | undefined;
  #handler: ConnectionHandler | undefined;

  constructor(state: GatewayState, options: QuicListenerOptions) {
    this.#state = state;
    this.#o = options;
  }

  /** The live endpoint (undefined while stopped). */
  get endpoint(): Endpoint | undefined {
    return this.#endpoint;
  }

  get host(): string {
    return this.#o.host ?? DEFAULT_QUIC_HOST;
  }

  /** Bound port (the first incarnation's, once started). */
  get port(): number {
    return this.#state.boundQuicPort ?? this.#o.port ?? 0;
  }

  get url(): string {
    return `quic://${this.host}:${this.port}`;
  }

  /** Attach the coordinator; returns the detach. Connections arriving with nobody attached are refused. */
  attach(handler: ConnectionHandler): () => void {
    this.#handler = handler;
    return () => {
      if (this.#handler === handler) this.#handler = undefined;
    };
  }

  async start(ctx: WorkerContext): Promise<void> {
    const o = this.#o;
    const maxClients = o.maxClients ?? MAX_CLIENTS;
    const ep = await openEndpoint({
      tls: o.tls,
      verifyPeer: o.verifyPeer,
      retry: o.retry,
      maxFrameBytes: o.maxFrameBytes,
      maxStreamsPerConnection: o.maxStreamsPerConnection,
      idleTimeoutMs: o.idleTimeoutMs,
      keepAliveMs: o.keepAliveMs,
      maxUdpPayloadBytes: o.maxUdpPayloadBytes,
      socketBufferBytes: o.socketBufferBytes,
      closeTimeoutMs: o.closeTimeoutMs,
      host: this.host,
      port: this.#state.boundQuicPort ?? o.port ?? 0,
      listen: true,
      maxConnections: maxClients + (o.meshPoolMax ?? MESH_POOL_MAX) + ENDPOINT_CONNECTION_SLACK,
      streamHighWaterBytes: o.clientQueueBytes ?? CLIENT_QUEUE_BYTES,
    });
    this.#endpoint = ep;
    this.#state.boundQuicPort ??= ep.port;
    ep.on('connection', (conn: Connection) => {
      const handler = this.#handler;
      if (handler === undefined) {
        const err = new MaculaError('process_unavailable', 'gateway is starting; reconnect shortly');
        void conn.close({ code: err.wireCode, reason: err.message });
        return;
      }
      handler(conn);
    });
    // socket errors are counted in stats(); quiche recovers from a lost datagram, so none is fatal
    ep.on('error', () => undefined);
    this.#state.register('listener', this, ctx.boundary);
  }

  async stop(): Promise<void> {
    this.#state.deregister('listener', this);
    const ep = this.#endpoint;
    this.#endpoint = undefined;
    await ep?.close();
  }

  /** Died: close the socket at once (no graceful close), so the next incarnation can bind. */
  async kill(): Promise<void> {
    this.#state.deregister('listener', this);
    const ep = this.#endpoint;
    this.#endpoint = undefined;
    await ep?.close({ force: true });
  }
}
