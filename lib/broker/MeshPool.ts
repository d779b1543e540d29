/**
 * macula_gateway_mesh (seed §4, child 4): a pool of outgoing QUIC connections to other nodes,
 * keyed by node id, at most `max` (upstream 1,000) with LRU eviction (lru-cache). A connection is
 * dialled on demand from the listener's endpoint (one UDP socket per node) with `expectedNodeId`
 * pinning, so a connection in the pool under a node id is proven to be that node. Evicted
 * connections are closed; a connection that closes on its own leaves the pool at once;
 * concurrent get()s for one node share one dial.
 *
 * The pool only holds connections: cross-node routing of pub/sub and RPC over them is a later
 * issue and nothing here claims to do it.
 */
import { LRUCache } from 'lru-cache';
import { MaculaError } from '../errors/index.js';
import type { Connection, Endpoint } from '../transport/types.js';
import { MESH_CONNECT_TIMEOUT_MS, MESH_POOL_MAX } from './constants.js';
import { Lifecycle } from './Lifecycle.js';

export interface MeshPoolOptions {
  /** The endpoint to dial from (the listener's; late-bound because it restarts). */
  endpoint: () => Endpoint | undefined;
  /** @default MESH_POOL_MAX (1,000) */
  max?: number;
  /** @default MESH_CONNECT_TIMEOUT_MS */
  connectTimeoutMs?: number;
}

export class MeshPool extends Lifecycle {
  readonly max: number;
  readonly #o: MeshPoolOptions;
  #cache: LRUCache<string, Connection> | undefined;
  readonly #dialling = new Map<string, Promise<Connection>>();
  #evictions = 0;

  constructor(options: MeshPoolOptions) {
    super();
    this.#o = options;
    this.max = options.max ?? MESH_POOL_MAX;
  }

  /** Pooled connections. */
  get size(): number {
    return this.#cache?.size ?? 0;
  }

  /** Connections closed because the pool was full (monotonic). */
  get evictions(): number {
    return this.#evictions;
  }

  has(nodeId: string): boolean {
    return this.#cache?.has(nodeId) ?? false;
  }

  /** Node ids in the pool, most recently used first. */
  nodeIds(): string[] {
    return [...(this.#cache?.keys() ?? [])];
  }

  /**
   * The pooled connection to `nodeId`, or a new one dialled to `url` that must present that node
   * id (else `node_id_mismatch`). Marks it most recently used.
   */
  async get(nodeId: string, url: string): Promise<Connection> {
    const cache = this.#cache;
    if (cache === undefined) throw new MaculaError('process_unavailable', 'mesh pool is not running');
    const pooled = cache.get(nodeId);
    if (pooled !== undefined && !pooled.closed) return pooled;
    const inFlight = this.#dialling.get(nodeId);
    if (inFlight !== undefined) return inFlight;
    const endpoint = this.#o.endpoint();
    if (endpoint === undefined) throw new MaculaError('process_unavailable', 'no QUIC endpoint to dial from');
    const dial = endpoint
      .connect(url, { expectedNodeId: nodeId, connectTimeoutMs: this.#o.connectTimeoutMs ?? MESH_CONNECT_TIMEOUT_MS })
      .then((conn) => {
        if (this.#cache !== cache) {
          void conn.close();
          throw new MaculaError('process_unavailable', 'mesh pool stopped while dialling');
        }
        conn.once('close', () => {
          if (cache.peek(nodeId) === conn) cache.delete(nodeId);
        });
        cache.set(nodeId, conn);
        return conn;
      })
      .finally(() => this.#dialling.delete(nodeId));
    this.#dialling.set(nodeId, dial);
    return dial;
  }

  /** Close and forget the connection to `nodeId`. */
  evict(nodeId: string): boolean {
    return this.#cache?.delete(nodeId) ?? false;
  }

  protected onStart(): void {
    this.#cache = new LRUCache<string, Connection>({
      max: this.max,
      dispose: (conn, _nodeId, reason) => {
        if (reason === 'evict') this.#evictions++;
        if (!conn.closed) void conn.close();
      },
    });
  }

  protected async onStop(): Promise<void> {
    const cache = this.#cache;
    this.#cache = undefined;
    if (cache === undefined) return;
    const conns = [...cache.values()];
    cache.clear();
    await Promise.all(conns.map((c) => c.close().catch(() => undefined)));
  }
}
