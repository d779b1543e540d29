/**
 * The whole gateway broker in one process, wired in the seed's order (§3–4): diagnostics →
 * quic_server → gateway → [clients → pubsub → rpc → mesh]. start() starts them in that order and,
 * if one fails, stops what it started in reverse; stop() stops all in reverse. restartFrom()
 * is rest_for_one by hand: it stops a component and every later one, then starts them again
 * (what the supervisor does when that worker crashes). Tests drive this facade; the gateway
 * process wraps each component in its own supervised worker instead (see index.ts).
 */
import { MaculaError } from '../errors/index.js';
import { nodeIdFromCertPem } from '../identity/index.js';
import { GatewayMetrics, type GatewayMetricsOptions } from '../metrics/index.js';
import type { SelectionStrategy } from '../rpc/index.js';
import { ClientTable } from './ClientTable.js';
import { CLIENT_QUEUE_BYTES, DEFAULT_REALMS } from './constants.js';
import { Diagnostics } from './Diagnostics.js';
import { GatewayCoordinator } from './GatewayCoordinator.js';
import type { Lifecycle } from './Lifecycle.js';
import { MeshPool } from './MeshPool.js';
import { PubSubRouter } from './PubSubRouter.js';
import { QuicListener, type QuicListenerOptions } from './QuicListener.js';
import { RpcRouter } from './RpcRouter.js';
import type { BrokerCounts, BrokerObserver } from './types.js';

/** Everything the listener takes (TLS identity, host/port, transport limits, maxClients, clientQueueBytes, meshPoolMax) plus the routers' options. */
export interface BrokerOptions extends QuicListenerOptions {
  /** Realms served. @default ['macula.default'] */
  realms?: readonly string[];
  maxSubscriptionsPerClient?: number;
  /** Subscriptions per realm over all clients. @default MAX_SUBSCRIPTIONS_PER_GATEWAY */
  maxSubscriptions?: number;
  maxRegistrationsPerClient?: number;
  maxPendingCallsPerClient?: number;
  /** Calls in flight per realm. @default MAX_PENDING_CALLS (100,000) */
  maxPendingCalls?: number;
  maxProcedures?: number;
  maxProvidersPerProcedure?: number;
  /** @default 'random' */
  selection?: SelectionStrategy;
  attemptTimeoutMs?: number;
  callTimeoutMs?: number;
  maxAttempts?: number;
  handshakeTimeoutMs?: number;
  maxFramesBeforeConnect?: number;
  pingIntervalMs?: number;
  /** How often expired advertisements are pruned. @default REGISTRY_PRUNE_INTERVAL_MS (60 s) */
  pruneIntervalMs?: number;
  /** Metrics labels and the memory of other processes (the root's children). */
  metrics?: Pick<GatewayMetricsOptions, 'labels' | 'processes' | 'processName'>;
  /** epoch ms the node started. @default construction time */
  startedAt?: number;
  /** Extra observer besides the broker's own metrics. */
  observer?: BrokerObserver;
}

/** Component names in start order (seed order). */
export const BROKER_COMPONENTS = ['diagnostics', 'listener', 'coordinator', 'clients', 'pubsub', 'rpc', 'mesh'] as const;
export type BrokerComponent = (typeof BROKER_COMPONENTS)[number];

export class Broker {
  readonly realms: readonly string[];
  readonly metrics: GatewayMetrics;
  readonly diagnostics: Diagnostics;
  readonly listener: QuicListener;
  readonly coordinator: GatewayCoordinator;
  readonly clients: ClientTable;
  readonly pubsub: PubSubRouter;
  readonly rpc: RpcRouter;
  readonly mesh: MeshPool;
  readonly #nodeId: string;
  #stopping: Promise<void> | undefined;

  constructor(options: BrokerOptions) {
    this.#nodeId = nodeIdFromCertPem(options.tls.certPem);
    const realms = (this.realms = options.realms ?? DEFAULT_REALMS);
    const startedAt = options.startedAt ?? Date.now();
    const queueBytes = options.clientQueueBytes ?? CLIENT_QUEUE_BYTES;
    this.metrics = new GatewayMetrics({
      ...options.metrics,
      startedAt,
      gauges: {
        ready: () => this.ready,
        clients: () => this.clients.size,
        subscriptions: () => this.clients.subscriptionCount,
        registrations: () => this.clients.registrationCount,
        pendingCalls: () => this.rpc.pendingCount,
        transport: () => this.listener.endpoint?.stats(),
      },
    });
    const extra = options.observer;
    const m = this.metrics;
    const observer: BrokerObserver = extra === undefined ? m : {
      frameIn: (k) => (m.frameIn(k), extra.frameIn?.(k)),
      frameOut: (k) => (m.frameOut(k), extra.frameOut?.(k)),
      callDone: (o, l) => (m.callDone(o, l), extra.callDone?.(o, l)),
      clientRejected: (c) => (m.clientRejected(c), extra.clientRejected?.(c)),
    };
    this.listener = new QuicListener({ ...options, clientQueueBytes: queueBytes });
    this.diagnostics = new Diagnostics({ nodeId: () => this.nodeId, realms, startedAt, counts: () => this.counts() });
    this.clients = new ClientTable({ maxClients: options.maxClients, observer });
    this.pubsub = new PubSubRouter({ clients: this.clients, realms, maxSubscriptionsPerClient: options.maxSubscriptionsPerClient, maxSubscriptions: options.maxSubscriptions });
    this.rpc = new RpcRouter({
      clients: this.clients,
      realms,
      local: this.diagnostics,
      nodeId: () => this.nodeId,
      selection: options.selection,
      attemptTimeoutMs: options.attemptTimeoutMs,
      callTimeoutMs: options.callTimeoutMs,
      maxAttempts: options.maxAttempts,
      maxRegistrationsPerClient: options.maxRegistrationsPerClient,
      maxPendingCallsPerClient: options.maxPendingCallsPerClient,
      maxPendingCalls: options.maxPendingCalls,
      maxProcedures: options.maxProcedures,
      maxProvidersPerProcedure: options.maxProvidersPerProcedure,
      pruneIntervalMs: options.pruneIntervalMs,
      observer,
    });
    this.coordinator = new GatewayCoordinator({
      listener: this.listener,
      clients: this.clients,
      pubsub: this.pubsub,
      rpc: this.rpc,
      realms,
      handshakeTimeoutMs: options.handshakeTimeoutMs,
      maxFramesBeforeConnect: options.maxFramesBeforeConnect,
      pingIntervalMs: options.pingIntervalMs,
      maxFrameBytes: options.maxFrameBytes,
      clientQueueBytes: queueBytes,
      observer,
    });
    this.mesh = new MeshPool({ endpoint: () => this.listener.endpoint, max: options.meshPoolMax });
  }

  /** The gateway's node id (SHA-256 of its certificate key), known before the listener binds and across its restarts. */
  get nodeId(): string {
    return this.#nodeId;
  }

  /** `quic://host:port` clients connect to. */
  get url(): string {
    return this.listener.url;
  }

  get ready(): boolean {
    return BROKER_COMPONENTS.every((n) => this.component(n).running);
  }

  counts(): BrokerCounts {
    return {
      clients: this.clients.size,
      subscriptions: this.clients.subscriptionCount,
      registrations: this.clients.registrationCount,
      pendingCalls: this.clients.pendingCallCount,
    };
  }

  component(name: BrokerComponent): Lifecycle {
    return this[name];
  }

  /** Start every component in seed order; on failure stop the started ones in reverse and rethrow. */
  async start(): Promise<void> {
    await this.#startFrom(0);
  }

  /** Stop every component in reverse order. One shared promise while it runs. */
  stop(): Promise<void> {
    this.#stopping ??= this.#stopFrom(0).finally(() => (this.#stopping = undefined));
    return this.#stopping;
  }

  /** rest_for_one by hand: stop `name` and every later component (in reverse), then start them again. */
  async restartFrom(name: BrokerComponent): Promise<void> {
    const i = BROKER_COMPONENTS.indexOf(name);
    if (i < 0) throw new MaculaError('no_such_process', `no broker component ${name}`);
    await this.#stopFrom(i);
    await this.#startFrom(i);
  }

  async #startFrom(from: number): Promise<void> {
    const started: Lifecycle[] = [];
    try {
      for (const name of BROKER_COMPONENTS.slice(from)) {
        const c = this.component(name);
        await c.start();
        started.push(c);
      }
    } catch (err) {
      for (const c of started.reverse()) await c.stop().catch(() => undefined);
      throw err;
    }
  }

  async #stopFrom(from: number): Promise<void> {
    for (const name of [...BROKER_COMPONENTS.slice(from)].reverse()) await this.component(name).stop();
  }
}
