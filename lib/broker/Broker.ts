/**
 * The gateway's broker as the seed's tree (§3–4): macula_gateway_system [rest_for_one 10/60 s] →
 * [health →] diagnostics → quic_server → gateway → macula_gateway_workers_sup [rest_for_one
 * 10/60 s] → clients → pubsub → rpc → mesh. The gateway OS process runs exactly this tree (with
 * macula_gateway_health first, lib/gateway); tests run it in-process. There is no other way to
 * start, stop or restart a component than this supervisor: a crash is a worker's crash, handled
 * by the strategy.
 *
 * Each worker builds its component afresh per incarnation (factories below) from GatewayState,
 * the state owners. `broker.pubsub` etc. are the running incarnations (undefined while one
 * restarts).
 */
import type { MeshTrustOptions, PermissionsConfig, Posture } from '../auth/index.js';
import { MaculaError } from '../errors/index.js';
import { nodeIdFromCertPem } from '../identity/index.js';
import { GatewayMetrics, type GatewayMetricsOptions } from '../metrics/index.js';
import type { SelectionStrategy } from '../rpc/index.js';
import { Supervisor } from '../supervisor/Supervisor.js';
import { supervisorChild } from '../supervisor/supervisorChild.js';
import type { ChildDescription, ChildSpec, SupervisorEvent } from '../supervisor/types.js';
import type { FaultHow } from '../supervisor/constants.js';
import { WorkerRegistry } from '../supervisor/WorkerRegistry.js';
import { Authorizer } from './Authorizer.js';
import { ClientTable } from './ClientTable.js';
import { CLIENT_QUEUE_BYTES, DEFAULT_QUIC_HOST, DEFAULT_REALMS, GATEWAY_INTENSITY, GATEWAY_PERIOD_MS, GATEWAY_SYSTEM_ID, GATEWAY_WORKERS_SUP_ID } from './constants.js';
import { Diagnostics } from './Diagnostics.js';
import { GatewayCoordinator } from './GatewayCoordinator.js';
import { GatewayState, ROLE_WORKER_IDS, type GatewayComponents } from './GatewayState.js';
import { MeshPool, type DhtSink } from './MeshPool.js';
import { PubSubRouter, type PubSubRouterOptions } from './PubSubRouter.js';
import { QuicListener, type QuicListenerOptions } from './QuicListener.js';
import type { RemoteRpcOptions } from './RemoteRpc.js';
import { RpcRouter } from './RpcRouter.js';
import type { BrokerCounts, BrokerObserver, DhtAccess, WarnLogger } from './types.js';

/** Everything the listener takes (TLS identity, host/port, transport limits, maxClients, clientQueueBytes, meshPoolMax) plus the routers' options. */
export interface BrokerOptions extends QuicListenerOptions {
  /** Realms served. @default ['macula.default'] */
  realms?: readonly string[];
  maxSubscriptionsPerClient?: number;
  /** A subscriber holding its publishers back (queue over its pressure mark) this long is cut off as a slow consumer. @default SLOW_CONSUMER_MS */
  slowConsumerMs?: number;
  /** Subscriptions per realm over all clients. @default MAX_SUBSCRIPTIONS_PER_GATEWAY */
  maxSubscriptions?: number;
  /** Pub/sub across the mesh: remote interest bounds and the membership lookup interval (PubSubRouterOptions). */
  meshPubSub?: Pick<PubSubRouterOptions, 'mesh' | 'maxRemoteInterestPerNode' | 'maxRemoteInterest' | 'membershipIntervalMs' | 'snapshotWaitMs' | 'cellBits'>;
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
  /** @default PROVIDER_PROBE_IDLE_MS */
  probeIdleMs?: number;
  /** @default PROVIDER_PROBE_TIMEOUT_MS */
  probeTimeoutMs?: number;
  /** Node links idle this long are closed. @default DEFAULT_LINK_IDLE_TIMEOUT_MS */
  linkIdleTimeoutMs?: number;
  /** A node link that hears nothing this long is closed as dead. @default DEFAULT_LINK_TIMEOUT_MS */
  linkTimeoutMs?: number;
  /** max_hops of the frames this node sends through relays. @default DEFAULT_MAX_HOPS */
  maxHops?: number;
  /** Links through relays held at once (LRU). @default MAX_ROUTED_LINKS */
  maxRoutedLinks?: number;
  /** Where DHT messages arriving on node links go (the gateway process relays them to routing/bootstrap). */
  dht?: DhtSink;
  /** The DHT for the workers (provider records, interest): the gateway process's client of its routing process. */
  dhtAccess?: DhtAccess;
  /** RPC across nodes: discovery cache TTL and size, bounds per node link (lib/broker RemoteRpc). */
  rpcMesh?: RemoteRpcOptions;
  /** Metrics labels and the memory of other processes (the root's children). */
  metrics?: Pick<GatewayMetricsOptions, 'labels' | 'processes' | 'processName'>;
  /** epoch ms the node started. @default construction time */
  startedAt?: number;
  /** Extra observer besides the broker's own metrics. */
  observer?: BrokerObserver;
  /**
   * Who may do what: the validated `permissions` section (lib/auth parsePermissions). Absent:
   * the loopback default (docs/SECURITY.md), decided by `host`.
   */
  permissions?: PermissionsConfig;
  /** Which nodes may open node links (lib/auth MeshTrust). @default { mode: 'open' } */
  meshTrust?: MeshTrustOptions;
  /** Where refusals (permission_denied, not_trusted) are logged at warn (bounded). @default none */
  logger?: WarnLogger;
  /** Full path of the tree's supervisor. @default 'macula_gateway_system' */
  name?: string;
  /** Children started before the broker's (the gateway process puts macula_gateway_health here). */
  prepend?: ChildSpec[];
  /** Supervisor reports of the whole tree. */
  onEvent?: (e: SupervisorEvent) => void;
  /** Registry of live workers (for the fault command); the gateway process passes its own. */
  registry?: WorkerRegistry;
}

function allRunning(rows: readonly ChildDescription[]): boolean {
  return rows.every((r) => r.state === 'running' && allRunning(r.children ?? []));
}

function combine(m: BrokerObserver, extra: BrokerObserver | undefined): BrokerObserver {
  if (extra === undefined) return m;
  return {
    frameIn: (k) => (m.frameIn?.(k), extra.frameIn?.(k)),
    frameOut: (k) => (m.frameOut?.(k), extra.frameOut?.(k)),
    callDone: (o, l) => (m.callDone?.(o, l), extra.callDone?.(o, l)),
    clientRejected: (c) => (m.clientRejected?.(c), extra.clientRejected?.(c)),
    permissionDenied: (a, r) => (m.permissionDenied?.(a, r), extra.permissionDenied?.(a, r)),
    linkRefused: (c, side) => (m.linkRefused?.(c, side), extra.linkRefused?.(c, side)),
  };
}

export class Broker {
  readonly state: GatewayState;
  readonly tree: Supervisor;
  readonly registry: WorkerRegistry;
  readonly metrics: GatewayMetrics;
  readonly #o: BrokerOptions;
  #workersSup: Supervisor | undefined;

  constructor(options: BrokerOptions) {
    this.#o = options;
    const realms = options.realms ?? DEFAULT_REALMS;
    const startedAt = options.startedAt ?? Date.now();
    const nodeId = nodeIdFromCertPem(options.tls.certPem);
    this.metrics = new GatewayMetrics({
      ...options.metrics,
      startedAt,
      gauges: {
        ready: () => this.ready,
        clients: () => this.state.get('clients')?.size ?? 0,
        subscriptions: () => this.state.get('clients')?.subscriptionCount ?? 0,
        registrations: () => this.state.get('clients')?.registrationCount ?? 0,
        pendingCalls: () => this.state.get('rpc')?.pendingCount ?? 0,
        transport: () => this.state.get('listener')?.endpoint?.stats(),
      },
    });
    const observer = combine(this.metrics, options.observer);
    const auth = new Authorizer({
      nodeId,
      permissions: options.permissions,
      listenHost: options.host ?? DEFAULT_QUIC_HOST,
      meshTrust: options.meshTrust,
      observer,
      logger: options.logger,
    });
    this.state = new GatewayState({ nodeId, realms, startedAt, metrics: this.metrics, observer, auth, dht: options.dhtAccess });
    this.registry = options.registry ?? new WorkerRegistry();
    const flags = { strategy: 'rest_for_one' as const, intensity: GATEWAY_INTENSITY, periodMs: GATEWAY_PERIOD_MS };
    const w = (id: string, factory: () => import('../supervisor/types.js').Worker): ChildSpec => this.registry.child(id, factory);
    const st = this.state;
    const o = options;
    const queueBytes = o.clientQueueBytes ?? CLIENT_QUEUE_BYTES;
    this.tree = new Supervisor({
      name: o.name ?? GATEWAY_SYSTEM_ID,
      flags,
      children: [
        ...(o.prepend ?? []),
        w(ROLE_WORKER_IDS.diagnostics, () => new Diagnostics(st, { counts: () => this.counts() })),
        w(ROLE_WORKER_IDS.listener, () => new QuicListener(st, { ...o, clientQueueBytes: queueBytes })),
        w(ROLE_WORKER_IDS.coordinator, () =>
          new GatewayCoordinator(st, {
            handshakeTimeoutMs: o.handshakeTimeoutMs,
            maxFramesBeforeConnect: o.maxFramesBeforeConnect,
            pingIntervalMs: o.pingIntervalMs,
            maxFrameBytes: o.maxFrameBytes,
            clientQueueBytes: queueBytes,
            slowConsumerMs: o.slowConsumerMs,
          }),
        ),
        supervisorChild(GATEWAY_WORKERS_SUP_ID, flags, () => [
          w(ROLE_WORKER_IDS.clients, () => new ClientTable(st, { maxClients: o.maxClients })),
          w(ROLE_WORKER_IDS.pubsub, () => new PubSubRouter(st, { ...o.meshPubSub, logger: o.logger, maxSubscriptionsPerClient: o.maxSubscriptionsPerClient, maxSubscriptions: o.maxSubscriptions })),
          w(ROLE_WORKER_IDS.rpc, () =>
            new RpcRouter(st, {
              selection: o.selection,
              attemptTimeoutMs: o.attemptTimeoutMs,
              callTimeoutMs: o.callTimeoutMs,
              maxAttempts: o.maxAttempts,
              maxRegistrationsPerClient: o.maxRegistrationsPerClient,
              maxPendingCallsPerClient: o.maxPendingCallsPerClient,
              maxPendingCalls: o.maxPendingCalls,
              maxProcedures: o.maxProcedures,
              maxProvidersPerProcedure: o.maxProvidersPerProcedure,
              pruneIntervalMs: o.pruneIntervalMs,
              probeIdleMs: o.probeIdleMs,
              probeTimeoutMs: o.probeTimeoutMs,
              mesh: o.rpcMesh,
            }),
          ),
          w(ROLE_WORKER_IDS.mesh, () => new MeshPool(st, { maxLinks: o.meshPoolMax, idleTimeoutMs: o.linkIdleTimeoutMs, linkTimeoutMs: o.linkTimeoutMs, maxHops: o.maxHops, maxRoutedLinks: o.maxRoutedLinks, dht: o.dht, logger: o.logger, linkLimits: { queueBytes, slowConsumerMs: o.slowConsumerMs } })),
        ], { onStarted: (sup) => (this.#workersSup = sup) }),
      ],
      onEvent: o.onEvent,
    });
  }

  /** The gateway's node id (SHA-256 of its certificate key), known before the listener binds and across its restarts. */
  get nodeId(): string {
    return this.state.nodeId;
  }

  get realms(): readonly string[] {
    return this.state.realms;
  }

  get host(): string {
    return this.#o.host ?? DEFAULT_QUIC_HOST;
  }

  /**
   * The access default in force (docs/SECURITY.md): `rules`, `loopback_open` or `local_only`,
   * with the exposure warning for the banner and /health when the node listens beyond loopback
   * with no permissions section.
   */
  get posture(): Posture {
    return this.state.auth.posture(this.port);
  }

  /** The stated default in one line (banner, /health). */
  get accessSummary(): string {
    return this.state.auth.summary;
  }

  /** The QUIC port (the first listener incarnation's, kept by every later one). */
  get port(): number {
    return this.state.boundQuicPort ?? this.#o.port ?? 0;
  }

  /** `quic://host:port` clients connect to. */
  get url(): string {
    return `quic://${this.host}:${this.port}`;
  }

  /** The whole tree is running. */
  get ready(): boolean {
    return this.tree.describe().state === 'running' && allRunning(this.tree.whichChildren());
  }

  // the running incarnation of each worker's component (undefined while it restarts)
  get diagnostics(): Diagnostics | undefined {
    return this.state.get('diagnostics');
  }
  get listener(): QuicListener | undefined {
    return this.state.get('listener');
  }
  get coordinator(): GatewayCoordinator | undefined {
    return this.state.get('coordinator');
  }
  get clients(): ClientTable | undefined {
    return this.state.get('clients');
  }
  get pubsub(): PubSubRouter | undefined {
    return this.state.get('pubsub');
  }
  get rpc(): RpcRouter | undefined {
    return this.state.get('rpc');
  }
  get mesh(): MeshPool | undefined {
    return this.state.get('mesh');
  }

  counts(): BrokerCounts {
    const clients = this.state.get('clients');
    return {
      clients: clients?.size ?? 0,
      subscriptions: clients?.subscriptionCount ?? 0,
      registrations: clients?.registrationCount ?? 0,
      pendingCalls: clients?.pendingCallCount ?? 0,
    };
  }

  /** Start the tree in seed order (one shared promise); a failed start stops what it started. */
  start(): Promise<void> {
    return this.tree.start();
  }

  /** Stop the tree in reverse order (one shared promise). */
  stop(): Promise<void> {
    return this.tree.stop();
  }

  /** One of the node's own processes exited (root's word): drop its client sessions at once. */
  dropOwnProcess(processName: string): void {
    this.state.notify('clients', (t) => t.dropOwnProcess(processName));
  }

  /** The supervisor that runs `role`'s worker (macula_gateway_system or its workers_sup). */
  supervisorOf(role: keyof GatewayComponents): Supervisor {
    const inWorkersSup = role === 'clients' || role === 'pubsub' || role === 'rpc' || role === 'mesh';
    if (!inWorkersSup) return this.tree;
    if (this.#workersSup === undefined) throw new MaculaError('process_unavailable', `${GATEWAY_WORKERS_SUP_ID} is not running`);
    return this.#workersSup;
  }

  /**
   * Make the worker of `role` fail the way a bug does (WorkerRegistry.crash): its supervisor then
   * applies the strategy. Test and fault-injection use only.
   */
  crash(role: keyof GatewayComponents, how: FaultHow = 'throw'): void {
    const id = ROLE_WORKER_IDS[role];
    const inWorkersSup = role === 'clients' || role === 'pubsub' || role === 'rpc' || role === 'mesh';
    this.registry.crash(`${this.tree.name}/${inWorkersSup ? `${GATEWAY_WORKERS_SUP_ID}/` : ''}${id}`, how);
  }
}
