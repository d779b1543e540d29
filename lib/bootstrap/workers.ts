/**
 * The workers of macula_bootstrap_system (seed §2), the DHT's server side (issue 11.3):
 *
 * - macula_bootstrap_server answers FIND_NODE, FIND_VALUE, STORE and PING from other nodes (they
 *   arrive from the gateway's node links over the sibling channel, the sender proven by the link's
 *   certificate): every message is validated (lib/dht validate: a bad one gets a typed error reply
 *   and changes nothing), answered with lib/dht's handlers — closest contacts from the routing
 *   process, records from the registry — and its sender is reported to routing as heard. Counts
 *   queries by type and rejections by code.
 * - macula_bootstrap_registry is the record store (lib/dht RecordStore: provider records upserted
 *   by node id, never served past their TTL, swept every 30 s, bounded per key and in total). It is
 *   soft state: a restart loses it, and the publishers' republishing (every TTL / 2) restores it.
 * - macula_bootstrap_health checks, every `bootstrap_health_interval`, that the routing table is
 *   populated, that a lookup succeeds and that the bootstrap links are alive, and keeps the result
 *   for /health and /metrics (the `health` op).
 *
 * The three share BootstrapState (which incarnation of the registry is running); every op and
 * handler they register runs inside its own worker's FaultBoundary.
 */
import { MaculaError } from '../errors/index.js';
import type { ChildContext } from '../cluster/types.js';
import { DEFAULT_K, DEFAULT_MAX_PROVIDERS_PER_KEY } from '../dht/constants.js';
import { handleRequest, type HandlerContext } from '../dht/handlers.js';
import { isRequest, REPLY_TYPE, type DhtReply } from '../dht/messages.js';
import { RecordStore } from '../dht/RecordStore.js';
import { systemClock } from '../dht/clock.js';
import type { Contact } from '../dht/types.js';
import { validateMessage } from '../dht/validate.js';
import { dhtFromWire, dhtToWire } from '../dht/wire.js';
import { askSibling, type DhtOps } from '../dht/wiring/DhtOps.js';
import { contactFromWire, recordFromWire, recordToWire } from '../dht/wiring/wireRecords.js';
import type { Worker, WorkerContext } from '../supervisor/types.js';
import { BOOTSTRAP_QUERY_TIMEOUT_MS } from './constants.js';

/** What the bootstrap workers share within their process. */
export class BootstrapState {
  registry: RecordStore | undefined;
  /** The running server's counters and the last health report (metrics read them). */
  server: ServerCounters | undefined;
  health: BootstrapHealthReport | undefined;
  /** This node's DHT contact (its gateway's endpoint), learned from the gateway. */
  self: Contact | undefined;

  constructor(
    readonly ctx: ChildContext,
    readonly ops: DhtOps,
  ) {}

  requireRegistry(): RecordStore {
    if (this.registry === undefined) throw new MaculaError('process_unavailable', 'macula_bootstrap_registry is restarting; retry');
    return this.registry;
  }
}

/** macula_bootstrap_registry: the record store. */
export class BootstrapRegistry implements Worker {
  #store: RecordStore | undefined;
  #unserve: Array<() => void> = [];

  constructor(private readonly state: BootstrapState) {}

  async start(ctx: WorkerContext): Promise<void> {
    const store = (this.#store = new RecordStore({ clock: systemClock }));
    store.start();
    const { ops } = this.state;
    const b = ctx.boundary;
    this.#unserve.push(
      ops.serve('records_get', (q) => ({ records: store.get(q.key ?? '', q.n || undefined).map(recordToWire) }), b),
      ops.serve('records_put', (q) => ({ outcome: store.put(q.key ?? '', recordFromWire(q.record ?? {})) }), b),
      ops.serve('records_status', () => ({ json: JSON.stringify({ records: store.size, keys: store.keyCount, ...store.counters }) }), b),
    );
    this.state.registry = store;
  }

  async stop(): Promise<void> {
    this.kill();
  }

  kill(): void {
    if (this.state.registry === this.#store) this.state.registry = undefined;
    for (const u of this.#unserve.splice(0)) u();
    this.#store?.stop();
  }
}

/** Counters of the server (monotonic). */
export interface ServerCounters {
  queries: Record<string, number>;
  rejected: Record<string, number>;
  repliesFailed: number;
}

/** macula_bootstrap_server: answers DHT requests from other nodes. */
export class BootstrapServer implements Worker {
  readonly counters: ServerCounters = { queries: {}, rejected: {}, repliesFailed: 0 };
  #unserve: Array<() => void> = [];
  #running = false;

  constructor(private readonly state: BootstrapState) {}

  async start(ctx: WorkerContext): Promise<void> {
    const { ops, ctx: proc } = this.state;
    this.#running = true;
    proc.siblings.handle('dhtRelay', ctx.guard(async (env) => {
      const r = env.dhtRelay;
      if (this.#running && r?.peer && r.message) await this.#serve(r.peer, dhtFromWire(r.message));
    }));
    this.#unserve.push(ops.serve('server_status', () => ({ json: JSON.stringify(this.counters) }), ctx.boundary));
    this.state.server = this.counters;
  }

  async stop(): Promise<void> {
    this.kill();
  }

  kill(): void {
    this.#running = false;
    for (const u of this.#unserve.splice(0)) u();
  }

  async #self(): Promise<Contact> {
    if (this.state.self !== undefined) return this.state.self;
    const endpoint = (await askSibling(this.state.ctx.siblings, 'gateway', { op: 'endpoint' }, BOOTSTRAP_QUERY_TIMEOUT_MS)).outcome ?? '';
    if (endpoint === '') throw new MaculaError('process_unavailable', 'the gateway has no endpoint yet');
    this.state.self = { nodeId: this.state.ctx.config.nodeId, endpoint };
    return this.state.self;
  }

  async #serve(from: string, raw: Record<string, unknown>): Promise<void> {
    const self = await this.#self();
    const siblings = this.state.ctx.siblings;
    let request;
    try {
      request = validateMessage(raw, from);
    } catch (err) {
      const e = MaculaError.wrap(err, 'malformed_frame');
      this.counters.rejected[e.code] = (this.counters.rejected[e.code] ?? 0) + 1;
      // answer a request we can name (its id and a reply type), so its sender fails fast
      const requestId = raw.requestId;
      const sender = raw.sender as { endpoint?: unknown } | undefined;
      if (typeof raw.type === 'string' && Object.hasOwn(REPLY_TYPE, raw.type) && typeof requestId === 'number') {
        this.#reply({ nodeId: from, endpoint: typeof sender?.endpoint === 'string' ? sender.endpoint : '' }, { type: 'error', requestId, sender: self, code: e.code, message: e.message.slice(0, 200) });
      }
      return;
    }
    if (!isRequest(request)) return; // replies go to routing, never here
    this.counters.queries[request.type] = (this.counters.queries[request.type] ?? 0) + 1;
    const handlers: HandlerContext = {
      self,
      k: this.state.ctx.config.dhtK ?? DEFAULT_K,
      maxProviders: DEFAULT_MAX_PROVIDERS_PER_KEY,
      closest: async (key, n, exclude) => ((await askSibling(siblings, 'routing', { op: 'closest', key, n, exclude }, BOOTSTRAP_QUERY_TIMEOUT_MS)).contacts ?? []).map(contactFromWire),
      records: {
        get: (key, limit) => this.state.requireRegistry().get(key, limit),
        put: (key, record) => this.state.requireRegistry().put(key, record),
      },
    };
    const reply = await handleRequest(request, handlers);
    this.#reply(request.sender, reply);
    void askSibling(siblings, 'routing', { op: 'heard', contact: { nodeId: request.sender.nodeId, endpoint: request.sender.endpoint } }).catch(() => undefined);
  }

  #reply(to: Contact, reply: DhtReply): void {
    void this.state.ctx.siblings.send('gateway', { dhtRelay: { peer: to.nodeId, endpoint: to.endpoint, message: dhtToWire(reply) } }).catch(() => {
      this.counters.repliesFailed++;
    });
  }
}

/** The outcome of one round of health checks. */
export interface BootstrapHealthReport {
  healthy: boolean;
  checkedAt: number;
  checks: Record<string, { ok: boolean; detail: string }>;
}

/** macula_bootstrap_health: periodic checks of the DHT (seed: "Periodic health checks, unhealthy service detection"). */
export class BootstrapHealth implements Worker {
  #timer: NodeJS.Timeout | undefined;
  #last: BootstrapHealthReport | undefined;
  #unserve: (() => void) | undefined;

  constructor(private readonly state: BootstrapState) {}

  async start(ctx: WorkerContext): Promise<void> {
    const intervalMs = this.state.ctx.config.bootstrapHealthIntervalMs;
    this.#unserve = this.state.ops.serve('health', () => ({ json: JSON.stringify(this.#last ?? { healthy: false, checkedAt: 0, checks: { first: { ok: false, detail: 'no check has run yet' } } }) }), ctx.boundary);
    const tick = ctx.guard(async () => {
      this.#last = await this.check();
      this.state.health = this.#last;
    });
    this.#timer = setInterval(tick, intervalMs);
    this.#timer.unref();
    // a first check soon after start, not a whole interval later
    setTimeout(tick, Math.min(intervalMs, 2_000)).unref();
  }

  async stop(): Promise<void> {
    this.kill();
  }

  kill(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#unserve?.();
  }

  /** One round: the table, a lookup, the bootstrap links. */
  async check(): Promise<BootstrapHealthReport> {
    const siblings = this.state.ctx.siblings;
    const checks: BootstrapHealthReport['checks'] = {};
    const ask = async (to: string, op: string): Promise<Record<string, unknown>> => JSON.parse((await askSibling(siblings, to, { op }, BOOTSTRAP_QUERY_TIMEOUT_MS)).json || '{}') as Record<string, unknown>;
    let status: Record<string, unknown> = {};
    try {
      status = await ask('routing', 'status');
      const seed = status.seed === true;
      const size = Number(status.tableSize ?? 0);
      checks.table = { ok: status.running === true && (seed || size > 0), detail: status.running === true ? `${size} contacts${seed ? ' (seed node)' : ''}` : 'the DHT has not started (waiting for the gateway)' };
    } catch (err) {
      checks.table = { ok: false, detail: `routing unreachable: ${(err as Error).message}` };
    }
    try {
      const probe = await ask('routing', 'probe');
      checks.lookup = { ok: probe.ok === true, detail: probe.ok === true ? `a lookup took ${probe.rounds} rounds, ${probe.rpcs} RPCs` : 'a lookup found nobody' };
    } catch (err) {
      checks.lookup = { ok: false, detail: `lookup failed: ${(err as Error).message}` };
    }
    const bootstrap = (status.bootstrap as Array<{ url: string; nodeId: string | null }> | undefined) ?? [];
    if (bootstrap.length > 0) {
      try {
        const links = JSON.parse((await askSibling(siblings, 'gateway', { op: 'links' }, BOOTSTRAP_QUERY_TIMEOUT_MS)).json || '[]') as Array<{ nodeId: string }>;
        const linked = new Set(links.map((l) => l.nodeId));
        const alive = bootstrap.filter((b) => b.nodeId !== null && linked.has(b.nodeId)).length;
        checks.bootstrap_links = { ok: alive > 0, detail: `${alive} of ${bootstrap.length} bootstrap nodes linked` };
      } catch (err) {
        checks.bootstrap_links = { ok: false, detail: `gateway unreachable: ${(err as Error).message}` };
      }
    }
    return { healthy: Object.values(checks).every((c) => c.ok), checkedAt: Date.now(), checks };
  }
}
