/**
 * The gateway's state owners: which incarnation of each seed worker is running now, and the
 * facts that outlive every incarnation (node id, realms, metrics registry, the trust model —
 * permissions and mesh_trust, lib/broker/Authorizer — and the first bound port).
 *
 * Each worker builds its component afresh at every start from the incarnations it depends on
 * (rest_for_one guarantees those started before it, and a restart of one restarts every later
 * one), and registers it here; on stop or death it deregisters. A worker that needs a component
 * started after it (the coordinator needs pub/sub and RPC) asks for it at call time through
 * `call()`, which runs the request as the callee's own code inside its FaultBoundary: a bug there
 * crashes the callee, not the caller, and a callee that is restarting answers
 * `process_unavailable` (retry), as a `gen_server:call` to a restarting process would.
 */
import { MaculaError } from '../errors/index.js';
import type { GatewayMetrics } from '../metrics/index.js';
import type { FaultBoundary } from '../supervisor/FaultBoundary.js';
import type { Authorizer } from './Authorizer.js';
import type { ClientTable } from './ClientTable.js';
import type { Diagnostics } from './Diagnostics.js';
import type { GatewayCoordinator } from './GatewayCoordinator.js';
import type { MeshPool } from './MeshPool.js';
import type { PubSubRouter } from './PubSubRouter.js';
import type { QuicListener } from './QuicListener.js';
import type { RpcRouter } from './RpcRouter.js';
import type { BrokerObserver, DhtAccess } from './types.js';

/** The components of the gateway by role, one per seed worker. */
export interface GatewayComponents {
  diagnostics: Diagnostics;
  listener: QuicListener;
  coordinator: GatewayCoordinator;
  clients: ClientTable;
  pubsub: PubSubRouter;
  rpc: RpcRouter;
  mesh: MeshPool;
}
export type GatewayRole = keyof GatewayComponents;

/** Seed worker id of each role (for messages and the fault command). */
export const ROLE_WORKER_IDS: Readonly<Record<GatewayRole, string>> = {
  diagnostics: 'macula_gateway_diagnostics',
  listener: 'macula_gateway_quic_server',
  coordinator: 'macula_gateway',
  clients: 'macula_gateway_clients',
  pubsub: 'macula_gateway_pubsub',
  rpc: 'macula_gateway_rpc',
  mesh: 'macula_gateway_mesh',
};

interface Live<T> {
  component: T;
  boundary: FaultBoundary;
}

export interface GatewayStateInit {
  nodeId: string;
  realms: readonly string[];
  metrics: GatewayMetrics;
  observer: BrokerObserver;
  startedAt: number;
  auth: Authorizer;
  dht?: DhtAccess;
}

export class GatewayState {
  readonly nodeId: string;
  readonly realms: readonly string[];
  readonly metrics: GatewayMetrics;
  /** Metrics plus whatever observer the embedder added. */
  readonly observer: BrokerObserver;
  readonly startedAt: number;
  /** Who may do what (permissions) and which nodes may link (mesh_trust). */
  readonly auth: Authorizer;
  /** The QUIC port the first listener incarnation bound (later ones bind it again). */
  boundQuicPort: number | undefined;
  /** The DHT (routing process) when the broker runs in a node; undefined: local only. */
  readonly dht: DhtAccess | undefined;
  readonly #live = new Map<GatewayRole, Live<unknown>>();

  constructor(init: GatewayStateInit) {
    this.nodeId = init.nodeId;
    this.realms = init.realms;
    this.metrics = init.metrics;
    this.observer = init.observer;
    this.startedAt = init.startedAt;
    this.auth = init.auth;
    this.dht = init.dht;
  }

  /** A worker's new incarnation is up. */
  register<R extends GatewayRole>(role: R, component: GatewayComponents[R], boundary: FaultBoundary): void {
    this.#live.set(role, { component, boundary });
  }

  /** A worker's incarnation stopped or died (only that incarnation: a newer one stays). */
  deregister<R extends GatewayRole>(role: R, component: GatewayComponents[R]): void {
    if (this.#live.get(role)?.component === component) this.#live.delete(role);
  }

  /** The running incarnation of `role`, if any (reads only: use call() to hand it work). */
  get<R extends GatewayRole>(role: R): GatewayComponents[R] | undefined {
    const live = this.#live.get(role);
    return live !== undefined && live.boundary.alive ? (live.component as GatewayComponents[R]) : undefined;
  }

  running(role: GatewayRole): boolean {
    return this.get(role) !== undefined;
  }

  /**
   * Hand work to the running incarnation of `role`, as its own code. Throws (or rejects)
   * `process_unavailable` when it is restarting or the work crashed it; a MaculaError answer
   * passes through unchanged.
   */
  call<R extends GatewayRole, T>(role: R, fn: (component: GatewayComponents[R]) => T): T {
    const live = this.#live.get(role) as Live<GatewayComponents[R]> | undefined;
    if (live === undefined || !live.boundary.alive) {
      throw new MaculaError('process_unavailable', `${ROLE_WORKER_IDS[role]} is restarting; retry`, { details: { process: ROLE_WORKER_IDS[role] } });
    }
    return live.boundary.run(() => fn(live.component));
  }

  /**
   * call() for a message nobody waits on (a client left): dropped when `role` is restarting, as a
   * message to a dead process is; a bug in it still crashes `role`.
   */
  notify<R extends GatewayRole>(role: R, fn: (component: GatewayComponents[R]) => unknown): void {
    try {
      const r = this.call(role, fn);
      if (r instanceof Promise) r.catch(() => undefined);
    } catch {
      // restarting, or the answer has nobody to go to
    }
  }

  /** The FaultBoundary of the running incarnation of `role` (to guard callbacks it hands out). */
  boundaryOf(role: GatewayRole): FaultBoundary | undefined {
    const live = this.#live.get(role);
    return live?.boundary.alive === true ? live.boundary : undefined;
  }
}
