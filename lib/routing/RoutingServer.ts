/**
 * macula_routing_server (seed §1): the node's Kademlia routing table, lookups, maintenance
 * (refresh, liveness, re-seeding) and the publisher of the node's own records (lib/dht DhtNode),
 * in the routing OS process. Split as issue 11.6 says:
 *
 * - messages out go to the gateway over the sibling channel (`DhtRelay`), which sends them on the
 *   node link to their target (dialling it if needed); replies come back the same way, with the
 *   sender proven by the link's certificate. Requests from other nodes go to the bootstrap
 *   process, not here; it asks this one for `closest` and tells it whom it `heard`.
 * - the record store is the bootstrap process's (`records_get` / `records_put` over the sibling
 *   channel), so the node's own records and those it holds for others live in one place.
 *
 * The DHT starts once the gateway is up (the node's endpoint is the gateway's bound QUIC port) and
 * is rebuilt when a gateway incarnation comes back elsewhere. On start it also pings the
 * gateway's live links (a restarted routing process rebuilds its table from them and from the
 * bootstrap URLs). Every PIN_INTERVAL_MS it tells the gateway which links to keep (the k closest
 * contacts and the bootstrap nodes). Everything it registers runs inside its FaultBoundary.
 */
import { MaculaError } from '../errors/index.js';
import type { ChildContext } from '../cluster/types.js';
import { DhtNode, type DhtNodeOptions } from '../dht/DhtNode.js';
import { idFromHex, randomId } from '../dht/ids.js';
import type { PutOutcome } from '../dht/RecordStore.js';
import type { Contact, IdHex, ProviderRecord } from '../dht/types.js';
import { dhtFromWire, dhtToWire } from '../dht/wire.js';
import { askSibling, type DhtAnswer, type DhtOps } from '../dht/wiring/DhtOps.js';
import { parseBootstrapUrls, type BootstrapUrl } from '../dht/wiring/seeds.js';
import { recordFromWire, recordToWire } from '../dht/wiring/wireRecords.js';
import { RoutingMetrics } from '../metrics/DhtMetrics.js';
import type { Worker, WorkerContext } from '../supervisor/types.js';
import { PIN_INTERVAL_MS, ROUTING_QUERY_TIMEOUT_MS } from './constants.js';

/** What the routing worker needs from its process. */
export interface RoutingServerOptions {
  ctx: ChildContext;
  ops: DhtOps;
  /** DhtNode options from the config (k, alpha, timers). */
  dht?: Partial<Omit<DhtNodeOptions, 'nodeId' | 'endpoint' | 'transport' | 'seeds' | 'records'>>;
}

export class RoutingServer implements Worker {
  readonly #o: RoutingServerOptions;
  readonly #bootstrap: BootstrapUrl[];
  /** Pinned or learned (trust on first use) node ids of the bootstrap URLs. */
  readonly #seedIds = new Map<string, IdHex>();
  #node: DhtNode | undefined;
  #endpoint = '';
  #ctx: WorkerContext | undefined;
  #unserve: Array<() => void> = [];
  #unstatus: (() => void) | undefined;
  #pinTimer: NodeJS.Timeout | undefined;
  #stopped = false;
  readonly #metrics: RoutingMetrics;

  constructor(options: RoutingServerOptions) {
    this.#o = options;
    const config = options.ctx.config;
    this.#metrics = new RoutingMetrics({ node_id: config.nodeId, realm: config.realm }, {
      tableSize: () => this.#node?.table.size ?? 0,
      joined: () => this.#node?.maintenance.joined === true,
      rpc: () => ({ ...(this.#node?.rpc.counters ?? {}) }),
      received: () => ({ ...(this.#node?.counters.received ?? {}) }),
    });
    this.#bootstrap = parseBootstrapUrls(options.ctx.config.bootstrapUrl);
    for (const b of this.#bootstrap) if (b.nodeId !== undefined) this.#seedIds.set(b.endpoint, b.nodeId);
  }

  /** The running DHT node (undefined until the gateway is up). */
  get node(): DhtNode | undefined {
    return this.#node;
  }

  async start(ctx: WorkerContext): Promise<void> {
    this.#ctx = ctx;
    const { ops, ctx: proc } = this.#o;
    const g = ctx.guard;
    const b = ctx.boundary;
    this.#unserve.push(
      ops.serve('closest', (q) => ({ contacts: this.#requireNode().table.closest(idFromHex(q.key ?? ''), q.n || this.#requireNode().k, q.exclude || undefined, true).map((e) => ({ nodeId: e.nodeId, endpoint: e.endpoint })) }), b),
      ops.serve('heard', (q) => {
        const c = q.contact;
        if (c?.nodeId && c.endpoint !== undefined) this.#node?.table.heard({ nodeId: c.nodeId, endpoint: c.endpoint ?? '' });
        return {};
      }, b),
      ops.serve('status', () => ({ json: JSON.stringify(this.status()) }), b),
      ops.serve('metrics', async () => ({ outcome: await this.#metrics.render() }), b),
      // the gateway's workers: provider records (RPC) and interest (pub/sub) for the mesh
      ops.serve('publish', async (q) => {
        await this.#requireNode().publish(q.key ?? '', { ...(q.args ?? {}) });
        return {};
      }, b),
      ops.serve('unpublish', async (q) => {
        await this.#node?.unpublish(q.key ?? '');
        return {};
      }, b),
      ops.serve('find_providers', async (q) => ({ records: (await this.#requireNode().findProviders(q.key ?? '', q.n || undefined)).providers.map(recordToWire) }), b),
      ops.serve('locate', async (q) => {
        const r = await this.#requireNode().locate(q.key ?? '');
        return r.found === undefined ? {} : { contacts: [{ nodeId: r.found.nodeId, endpoint: r.found.endpoint }] };
      }, b),
      ops.serve('probe', async () => {
        const r = await this.#requireNode().lookup(randomId(Math.random));
        return { json: JSON.stringify({ ok: r.closest.length > 0 || this.#bootstrap.length === 0, rounds: r.stats.rounds, rpcs: r.stats.rpcs, durationMs: r.stats.durationMs }) };
      }, b),
    );
    if (proc.env.MACULA_TEST_FAULTS === '1') this.#serveTestOps();
    proc.siblings.handle('dhtRelay', (env) => {
      const r = env.dhtRelay;
      if (r?.peer && r.message) g(() => this.#node?.receive(r.peer as string, dhtFromWire(r.message!)))();
    });
    this.#unstatus = proc.siblings.onStatus(g((name: string, up: boolean) => {
      if (name === 'gateway' && up) void this.#startDht();
    }));
    if (proc.siblings.isUp('gateway')) void this.#startDht();
    this.#pinTimer = setInterval(g(() => this.#sendPins()), PIN_INTERVAL_MS);
    this.#pinTimer.unref();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#release();
    await this.#node?.stop();
  }

  kill(): void {
    this.#stopped = true;
    this.#release();
    void this.#node?.stop();
  }

  /** Contacts, buckets, lookups and RPC counters (macula-cluster mesh, /health, /metrics). */
  status(): Record<string, unknown> {
    const n = this.#node;
    if (n === undefined) return { running: false, endpoint: this.#endpoint, bootstrap: this.#bootstrap.map((b) => b.text) };
    const now = Date.now();
    return {
      running: true,
      nodeId: n.contact.nodeId,
      endpoint: n.contact.endpoint,
      joined: n.maintenance.joined,
      seed: this.#bootstrap.length === 0,
      bootstrap: this.#bootstrap.map((b) => ({ url: b.text, nodeId: this.#seedIds.get(b.endpoint) ?? null })),
      contacts: n.table.entries().map((e) => ({ nodeId: e.nodeId, endpoint: e.endpoint, bucket: e.bucket, lastSeenAgoMs: now - e.lastSeenMs, rttMs: e.rttMs ?? null, failures: e.failures })),
      tableSize: n.table.size,
      lookups: n.counters.lookups,
      activeLookups: n.activeLookups,
      rpc: { ...n.rpc.counters },
      received: { ...n.counters.received },
      rejected: { ...n.counters.rejected },
      maintenance: { ...n.maintenance.counters },
      published: n.publisher.size,
    };
  }

  #requireNode(): DhtNode {
    if (this.#node === undefined) throw new MaculaError('process_unavailable', 'the DHT is starting (waiting for the gateway)');
    return this.#node;
  }

  #release(): void {
    for (const u of this.#unserve.splice(0)) u();
    this.#unstatus?.();
    if (this.#pinTimer !== undefined) clearInterval(this.#pinTimer);
  }

  /** Start (or, after the gateway moved, restart) the DHT node on the gateway's endpoint. */
  async #startDht(): Promise<void> {
    const siblings = this.#o.ctx.siblings;
    let endpoint: string;
    try {
      endpoint = (await askSibling(siblings, 'gateway', { op: 'endpoint' }, ROUTING_QUERY_TIMEOUT_MS)).outcome ?? '';
    } catch {
      return; // the gateway is going again: its next 'up' retries
    }
    if (this.#stopped || endpoint === '' || (this.#node !== undefined && endpoint === this.#endpoint)) return;
    const previous = this.#node;
    this.#node = undefined;
    await previous?.stop();
    this.#endpoint = endpoint;
    const config = this.#o.ctx.config;
    const node = new DhtNode({
      ...this.#o.dht,
      nodeId: config.nodeId,
      endpoint,
      transport: { send: (to, m) => this.#send(to, dhtToWire(m)) },
      // none: a seed node (joined at once, never re-seeds)
      seeds: this.#bootstrap.length === 0 ? undefined : () => this.#seeds(),
      onLookup: (kind, stats) => this.#metrics.lookup(kind, stats.end, stats.durationMs, stats.rounds),
      records: this.#records(),
    });
    this.#node = node;
    await node.start();
    // rebuild from what the gateway is linked to right now (a restarted routing process)
    try {
      const links = JSON.parse((await askSibling(siblings, 'gateway', { op: 'links' }, ROUTING_QUERY_TIMEOUT_MS)).json || '[]') as Array<{ nodeId: string; endpoint: string }>;
      for (const l of links) node.table.heard({ nodeId: l.nodeId, endpoint: l.endpoint });
    } catch {
      // the bootstrap URLs alone will do
    }
  }

  #send(to: Contact, message: ReturnType<typeof dhtToWire>): void {
    const siblings = this.#o.ctx.siblings;
    if (!siblings.isUp('gateway')) throw new MaculaError('process_unavailable', 'the gateway is restarting');
    void siblings.send('gateway', { dhtRelay: { peer: to.nodeId, endpoint: to.endpoint, message } }).catch(() => undefined);
  }

  /** The bootstrap URLs as contacts; unpinned ones are resolved (dialled) by the gateway once. */
  async #seeds(): Promise<Contact[]> {
    const out: Contact[] = [];
    for (const b of this.#bootstrap) {
      let nodeId = this.#seedIds.get(b.endpoint);
      if (nodeId === undefined) {
        try {
          nodeId = (await askSibling(this.#o.ctx.siblings, 'gateway', { op: 'resolve', url: b.endpoint }, ROUTING_QUERY_TIMEOUT_MS)).nodeId || undefined;
        } catch (err) {
          this.#o.ctx.logger.debug({ url: b.text, err: MaculaError.wrap(err).toJSON() }, 'bootstrap node not reachable yet');
        }
        if (nodeId === undefined) continue;
        this.#seedIds.set(b.endpoint, nodeId);
        this.#o.ctx.logger.warn({ url: b.text, nodeId }, `bootstrap ${b.text} is node ${nodeId.slice(0, 16)}… (trust on first use; pin it with ?node_id=${nodeId})`);
      }
      if (nodeId !== this.#o.ctx.config.nodeId) out.push({ nodeId, endpoint: b.endpoint });
    }
    return out;
  }

  /** The record store, in the bootstrap process. */
  #records(): { get(key: IdHex, limit: number): Promise<ProviderRecord[]>; put(key: IdHex, record: ProviderRecord): Promise<PutOutcome> } {
    const siblings = this.#o.ctx.siblings;
    return {
      get: async (key, limit) => ((await askSibling(siblings, 'bootstrap', { op: 'records_get', key, n: limit }, ROUTING_QUERY_TIMEOUT_MS)).records ?? []).map(recordFromWire),
      put: async (key, record) => (await askSibling(siblings, 'bootstrap', { op: 'records_put', key, record: recordToWire(record) }, ROUTING_QUERY_TIMEOUT_MS)).outcome as PutOutcome,
    };
  }

  /** Tell the gateway which links the DHT needs kept: the k closest contacts and the bootstrap nodes. */
  #sendPins(): void {
    const n = this.#node;
    const siblings = this.#o.ctx.siblings;
    if (n === undefined || !siblings.isUp('gateway')) return;
    const ids = new Set(n.table.closest(n.id, n.k, undefined, false).map((e) => e.nodeId));
    for (const id of this.#seedIds.values()) ids.add(id);
    void askSibling(siblings, 'gateway', { op: 'pins', nodeIds: [...ids] }, ROUTING_QUERY_TIMEOUT_MS).catch(() => undefined);
  }

  /** Test-only (MACULA_TEST_FAULTS=1): publish, find and locate on demand. */
  #serveTestOps(): void {
    const ops = this.#o.ops;
    const b = this.#ctx!.boundary;
    this.#unserve.push(
      ops.serve('test_store', async (q) => {
        const r = await this.#requireNode().publish(q.key ?? '', { ...(q.args ?? {}) });
        return { json: JSON.stringify(r) };
      }, b),
      ops.serve('test_unstore', async (q) => {
        await this.#requireNode().unpublish(q.key ?? '');
        return { json: '{}' };
      }, b),
      ops.serve('test_find', async (q): Promise<DhtAnswer> => {
        const r = await this.#requireNode().findProviders(q.key ?? '', q.n || undefined);
        return { records: r.providers.map(recordToWire), json: JSON.stringify({ stats: r.stats, providers: r.providers }) };
      }, b),
      ops.serve('test_locate', async (q) => {
        const r = await this.#requireNode().locate(q.key ?? '');
        return { nodeId: r.found?.nodeId ?? '', json: JSON.stringify({ found: r.found?.nodeId ?? null, stats: r.stats }) };
      }, b),
    );
  }
}
