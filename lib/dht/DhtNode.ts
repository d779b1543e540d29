/**
 * One DHT node: the routing table, lookups, request handlers, record store, publisher and the
 * maintenance timers composed, over an injected transport and clock. The simulation runs many of
 * these on virtual time; the integration splits the same pieces across the routing process
 * (table, lookups, maintenance), the bootstrap process (handlers, record store) and the gateway
 * (the transport), see README.md.
 *
 * Messages in: receive(from, raw), where `from` is the node id the transport authenticated.
 * Everything is validated first (validate.ts): a bad message gets a typed MaculaError (returned,
 * counted, and sent back as an `error` reply when it was a request with a usable id) and changes
 * nothing. A valid request refreshes its sender in the table (heard) and is answered once; a
 * valid reply goes to the RpcClient. Messages out: transport.send(to, message), routed by node id.
 *
 * Lifecycle: start() / stop() idempotent, stop() one shared promise: withdraw our records, stop
 * the timers, answer every RPC in flight with `shutdown`, close the table.
 */
import { MaculaError } from '../errors/index.js';
import { systemClock, systemRandom } from './clock.js';
import {
  DEFAULT_ALPHA, DEFAULT_BETA, DEFAULT_K, DEFAULT_LOOKUP_DEADLINE_MS, DEFAULT_MAX_CONCURRENT_LOOKUPS, DEFAULT_MAX_LOOKUP_RPCS,
  DEFAULT_MAX_PROVIDERS_PER_KEY, DEFAULT_WANT_PROVIDERS,
} from './constants.js';
import { handleRequest, type HandlerContext } from './handlers.js';
import { idFromHex } from './ids.js';
import { Lookup, type QueryAnswer } from './Lookup.js';
import { Maintenance, type MaintenanceOptions, type SeedSource } from './Maintenance.js';
import { isRequest, REPLY_TYPE, type DhtMessage, type DhtReply } from './messages.js';
import { Publisher, type PublishResult } from './Publisher.js';
import { RecordStore, type RecordStoreOptions } from './RecordStore.js';
import { RoutingTable, type RoutingTableOptions } from './RoutingTable.js';
import { RpcClient } from './RpcClient.js';
import { RpcTimeouts, type RpcTimeoutOptions } from './RpcTimeouts.js';
import type { Clock, Contact, Id, IdHex, LookupKind, LookupResult, ProviderRecord, Random } from './types.js';
import { DEFAULT_MESSAGE_LIMITS, validateMessage, type MessageLimits } from './validate.js';

/** How a node's messages leave it. `to.nodeId` routes; `to.endpoint` is a dial hint. Throwing = unreachable. */
export interface DhtTransport {
  send(to: Contact, message: DhtMessage): void;
}

export interface DhtNodeOptions {
  /** Our node id (64 lowercase hex: SHA-256 of our public key). */
  nodeId: IdHex;
  /** Where others reach us (sent in every message and in our records). */
  endpoint: string;
  transport: DhtTransport;
  /** @default systemClock */
  clock?: Clock;
  /** @default Math.random */
  random?: Random;
  /** Bootstrap contacts (none: a seed node). */
  seeds?: SeedSource;
  /** @default DEFAULT_K (20) */
  k?: number;
  /** @default DEFAULT_ALPHA (3) */
  alpha?: number;
  /** @default DEFAULT_BETA (3) */
  beta?: number;
  /** @default DEFAULT_LOOKUP_DEADLINE_MS (10 s) */
  lookupDeadlineMs?: number;
  /** @default DEFAULT_MAX_LOOKUP_RPCS (128) */
  maxLookupRpcs?: number;
  /** @default DEFAULT_MAX_CONCURRENT_LOOKUPS (256) */
  maxConcurrentLookups?: number;
  /** @default DEFAULT_WANT_PROVIDERS (20) */
  wantProviders?: number;
  /** Routing-table options (k comes from above). */
  table?: Omit<RoutingTableOptions, 'self' | 'ping' | 'clock' | 'k' | 'onAdded' | 'onRemoved'>;
  /** Maintenance timers. */
  maintenance?: Omit<MaintenanceOptions, 'table' | 'clock' | 'random' | 'lookup' | 'seeds'>;
  rpcTimeouts?: RpcTimeoutOptions;
  /** @default DEFAULT_MAX_PENDING_RPCS (4,096) */
  maxPendingRpcs?: number;
  /** @default DEFAULT_MAX_MAINTENANCE_IN_FLIGHT (16) */
  maxMaintenanceInFlight?: number;
  store?: Omit<RecordStoreOptions, 'clock'>;
  /**
   * Where this node's record store is, when it is not this object's own `store` (the node's
   * bootstrap process holds it: a client over the sibling channel). @default this.store
   */
  records?: HandlerContext['records'];
  /** Our records' TTL. @default DEFAULT_RECORD_TTL_MS (300 s) */
  recordTtlMs?: number;
  /** @default recordTtlMs / 2 */
  republishIntervalMs?: number;
  /** @default DEFAULT_MAX_PUBLISHED (10,000) */
  maxPublished?: number;
  /** Bounds on incoming messages. */
  limits?: Partial<MessageLimits>;
  /** Told of every lookup that ended (metrics). */
  onLookup?: (kind: LookupKind, stats: LookupResult['stats']) => void;
}

export interface LookupOptions {
  kind?: LookupKind;
  fullTopK?: boolean;
  locate?: boolean;
  wantProviders?: number;
  /** Extra candidates (bootstrap contacts). */
  extraSeeds?: readonly Contact[];
  /** Count the RPCs against the maintenance budget. */
  maintenance?: boolean;
}

/** Counters (monotonic). */
export interface DhtNodeCounters {
  received: Record<string, number>;
  rejected: Record<string, number>;
  lookups: number;
  repliesFailed: number;
}

type State = 'new' | 'running' | 'stopping' | 'stopped';

export class DhtNode {
  readonly contact: Contact;
  readonly id: Id;
  readonly table: RoutingTable;
  readonly rpc: RpcClient;
  readonly store: RecordStore;
  readonly publisher: Publisher;
  readonly maintenance: Maintenance;
  readonly counters: DhtNodeCounters = { received: {}, rejected: {}, lookups: 0, repliesFailed: 0 };
  readonly k: number;
  readonly #o: DhtNodeOptions;
  readonly #clock: Clock;
  readonly #limits: MessageLimits;
  readonly #handlers: HandlerContext;
  readonly #maxLookups: number;
  readonly #records: HandlerContext['records'];
  #activeLookups = 0;
  #state: State = 'new';
  #stopping: Promise<void> | undefined;

  constructor(options: DhtNodeOptions) {
    this.#o = options;
    this.#clock = options.clock ?? systemClock;
    const random = options.random ?? systemRandom;
    this.k = options.k ?? DEFAULT_K;
    this.contact = { nodeId: options.nodeId, endpoint: options.endpoint };
    this.id = idFromHex(options.nodeId);
    this.#limits = { ...DEFAULT_MESSAGE_LIMITS, ...options.limits };
    this.#maxLookups = options.maxConcurrentLookups ?? DEFAULT_MAX_CONCURRENT_LOOKUPS;
    this.table = new RoutingTable({
      ...options.table,
      self: options.nodeId,
      clock: this.#clock,
      k: this.k,
      ping: (c) => this.rpc.request(c, { type: 'ping' }, { quiet: true, maintenance: true }).then(() => true, () => false),
      onRemoved: () => this.maintenance.tableShrunk(),
    });
    this.rpc = new RpcClient({
      self: this.contact,
      send: (to, m) => options.transport.send(to, m),
      clock: this.#clock,
      timeouts: new RpcTimeouts(options.rpcTimeouts),
      timing: (nodeId) => this.table.get(nodeId),
      onAnswered: (c, rtt) => this.table.answered(c, rtt),
      onFailed: (c) => this.table.failed(c.nodeId),
      maxPending: options.maxPendingRpcs,
      maxMaintenanceInFlight: options.maxMaintenanceInFlight,
    });
    this.store = new RecordStore({ ...options.store, clock: this.#clock });
    this.#records = options.records ?? this.store;
    this.publisher = new Publisher({
      self: this.contact,
      clock: this.#clock,
      random,
      ttlMs: options.recordTtlMs,
      republishIntervalMs: options.republishIntervalMs,
      maxPublished: options.maxPublished,
      store: (key, record) => this.storeRecord(key, record),
      storeAt: (key, record, to) => this.storeAt(key, record, to),
    });
    this.maintenance = new Maintenance({
      ...options.maintenance,
      table: this.table,
      clock: this.#clock,
      random,
      seeds: options.seeds,
      lookup: (target, extraSeeds) => this.lookup(target, { extraSeeds, maintenance: true }),
    });
    this.#handlers = {
      self: this.contact,
      k: this.k,
      maxProviders: Math.min(this.#limits.maxProviders, options.store?.maxPerKey ?? DEFAULT_MAX_PROVIDERS_PER_KEY),
      // entries are Contacts; the handler copies out nodeId and endpoint
      closest: (key, n, exclude) => this.table.closest(idFromHex(key), n, exclude, false),
      records: this.#records,
    };
  }

  get running(): boolean {
    return this.#state === 'running';
  }

  /** Lookups in flight. */
  get activeLookups(): number {
    return this.#activeLookups;
  }

  /** Arm the timers and start joining (does not wait for the join: see whenJoined()). Idempotent. */
  async start(): Promise<void> {
    if (this.#state !== 'new') return;
    this.#state = 'running';
    this.store.start();
    this.maintenance.start();
  }

  /** Resolves once a bootstrap contact answered (at once for a seed node). */
  whenJoined(): Promise<void> {
    return this.maintenance.whenJoined();
  }

  /** Withdraw our records, stop every timer, fail RPCs in flight with `shutdown`. One shared promise. */
  stop(): Promise<void> {
    if (this.#stopping !== undefined) return this.#stopping;
    if (this.#state === 'new') {
      this.#state = 'stopped';
      this.#stopping = Promise.resolve();
      return this.#stopping;
    }
    this.#state = 'stopping';
    this.#stopping = (async () => {
      this.maintenance.stop();
      try {
        await this.publisher.stop();
      } finally {
        this.store.stop();
        this.rpc.close();
        this.table.close();
        this.#state = 'stopped';
      }
    })();
    return this.#stopping;
  }

  /**
   * A message arrived from `from` (the authenticated node id). Returns the MaculaError it was
   * rejected with, if any (nothing was changed then).
   */
  receive(from: IdHex, raw: unknown): MaculaError | undefined {
    if (this.#state !== 'running' && this.#state !== 'stopping') return undefined;
    let message: DhtMessage;
    try {
      message = validateMessage(raw, from, this.#limits);
    } catch (err) {
      const e = MaculaError.wrap(err, 'malformed_frame');
      this.counters.rejected[e.code] = (this.counters.rejected[e.code] ?? 0) + 1;
      this.#answerRejected(from, raw, e);
      return e;
    }
    this.counters.received[message.type] = (this.counters.received[message.type] ?? 0) + 1;
    if (!isRequest(message)) {
      this.rpc.onReply(from, message);
      return undefined;
    }
    if (this.#state !== 'running') {
      this.#reply(message.sender, { type: 'error', requestId: message.requestId, sender: this.contact, code: 'shutdown', message: 'the DHT node is stopping' });
      return undefined;
    }
    this.table.heard(message.sender);
    void handleRequest(message, this.#handlers).then((reply) => this.#reply(message.sender, reply));
    return undefined;
  }

  /** Run one lookup for target (the building block of everything below). */
  async lookup(target: Id, options: LookupOptions = {}): Promise<LookupResult> {
    if (this.#state !== 'running') throw new MaculaError('shutdown', 'the DHT node is not running');
    if (this.#activeLookups >= this.#maxLookups) {
      throw new MaculaError('too_many_pending_calls', `too many DHT lookups in flight (${this.#maxLookups})`, { details: { limit: this.#maxLookups } });
    }
    const kind = options.kind ?? 'find_node';
    this.table.markUsed(target);
    const key = target.toString(16).padStart(64, '0');
    const seeds: Contact[] = this.table.closest(target, this.k, undefined, false).map((e) => ({ nodeId: e.nodeId, endpoint: e.endpoint }));
    for (const s of options.extraSeeds ?? []) if (!seeds.some((c) => c.nodeId === s.nodeId)) seeds.push(s);
    const requestOptions = { maintenance: options.maintenance === true };
    const query = kind === 'find_node'
      ? (c: Contact): Promise<QueryAnswer> => this.rpc.request(c, { type: 'find_node', key }, requestOptions)
      : (c: Contact): Promise<QueryAnswer> => this.rpc.request(c, { type: 'find_value', key }, requestOptions);
    const lookup = new Lookup({
      target, kind, seeds, query, clock: this.#clock, self: this.contact.nodeId,
      k: this.k, alpha: this.#o.alpha ?? DEFAULT_ALPHA, beta: this.#o.beta ?? DEFAULT_BETA,
      deadlineMs: this.#o.lookupDeadlineMs ?? DEFAULT_LOOKUP_DEADLINE_MS, maxRpcs: this.#o.maxLookupRpcs ?? DEFAULT_MAX_LOOKUP_RPCS,
      fullTopK: options.fullTopK, locate: options.locate, wantProviders: options.wantProviders ?? this.#o.wantProviders ?? DEFAULT_WANT_PROVIDERS,
    });
    this.#activeLookups++;
    this.counters.lookups++;
    try {
      const result = await lookup.run();
      this.#o.onLookup?.(kind, result.stats);
      return result;
    } finally {
      this.#activeLookups--;
    }
  }

  /** Find a node by id: ends as soon as the node itself answered (result.found). */
  locate(nodeId: IdHex): Promise<LookupResult> {
    return this.lookup(idFromHex(nodeId), { locate: true });
  }

  /** The k closest live nodes to key (every one of them answered). */
  closestNodes(key: IdHex): Promise<LookupResult> {
    return this.lookup(idFromHex(key), { fullTopK: true });
  }

  /** Providers of key from the closest nodes (and our own store), until `want` were collected. */
  async findProviders(key: IdHex, want?: number): Promise<LookupResult> {
    const result = await this.lookup(idFromHex(key), { kind: 'find_value', fullTopK: true, wantProviders: want });
    const merged = new Map<IdHex, ProviderRecord>(result.providers.map((p) => [p.nodeId, p]));
    const local = await Promise.resolve(this.#records.get(key, want ?? this.#o.wantProviders ?? DEFAULT_WANT_PROVIDERS)).catch(() => [] as ProviderRecord[]);
    for (const p of local) {
      const known = merged.get(p.nodeId);
      if (known === undefined || p.seq > known.seq) merged.set(p.nodeId, p);
    }
    return { ...result, providers: [...merged.values()] };
  }

  /** Publish our record under key (stored at the k closest, republished, withdrawn at stop). */
  publish(key: IdHex, metadata?: Readonly<Record<string, string>>): Promise<PublishResult> {
    return this.publisher.publish(key, metadata);
  }

  /** Stop publishing key and withdraw it. */
  unpublish(key: IdHex): Promise<void> {
    return this.publisher.unpublish(key);
  }

  /**
   * Store a record at the k closest live nodes to key (and in our own store when we rank among
   * them). Resolves with the nodes that accepted it (us included, as our contact).
   */
  async storeRecord(key: IdHex, record: ProviderRecord): Promise<Contact[]> {
    const target = idFromHex(key);
    const { closest } = await this.lookup(target, { fullTopK: true });
    const accepted = await this.storeAt(key, record, closest);
    const kth = closest[this.k - 1];
    if (kth === undefined || (this.id ^ target) < (idFromHex(kth.nodeId) ^ target)) {
      if (await this.#putLocal(key, record)) accepted.push(this.contact);
    }
    return accepted;
  }

  /** Send a STORE of record to exactly these nodes (ourselves: the local store). Resolves with those that accepted. */
  async storeAt(key: IdHex, record: ProviderRecord, to: readonly Contact[]): Promise<Contact[]> {
    const outcomes = await Promise.all(to.map(async (c) => {
      if (c.nodeId === this.contact.nodeId) return this.#putLocal(key, record);
      try {
        return (await this.rpc.request(c, { type: 'store', key, record })).stored;
      } catch {
        return false;
      }
    }));
    return to.filter((_, i) => outcomes[i]);
  }

  async #putLocal(key: IdHex, record: ProviderRecord): Promise<boolean> {
    try {
      return (await this.#records.put(key, record)) !== 'ignored';
    } catch {
      return false;
    }
  }

  #reply(to: Contact, reply: DhtReply): void {
    try {
      this.#o.transport.send(to, reply);
    } catch {
      this.counters.repliesFailed++;
    }
  }

  /** A rejected request with a usable requestId gets an error reply to its authenticated sender. */
  #answerRejected(from: IdHex, raw: unknown, error: MaculaError): void {
    if (typeof raw !== 'object' || raw === null) return;
    const { requestId, type, sender } = raw as { requestId?: unknown; type?: unknown; sender?: { endpoint?: unknown } };
    if (typeof requestId !== 'number' || !Number.isInteger(requestId) || requestId < 0 || requestId > 0xffff_ffff) return;
    if (typeof type !== 'string' || !Object.hasOwn(REPLY_TYPE, type)) return;
    const endpoint = typeof sender?.endpoint === 'string' && sender.endpoint.length <= this.#limits.maxEndpointLength ? sender.endpoint : '';
    this.#reply({ nodeId: from, endpoint }, { type: 'error', requestId, sender: this.contact, code: error.code, message: error.message });
  }
}
