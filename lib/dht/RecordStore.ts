/**
 * The provider-record store (what macula_bootstrap_registry holds): per DHT key, provider records
 * upserted by node id. Fixes upstream's never-expiring entries (REFERENCE §2):
 * - a record with a higher seq replaces the node's previous one; an equal or lower seq is ignored;
 * - ttlMs is capped to maxTtlMs; a record is never served past its expiry (checked on every
 *   read, not only by the sweep, which runs every sweepIntervalMs and frees memory);
 * - ttlMs 0 withdraws (the node removing its own record): the entry becomes a tombstone, never
 *   served, kept tombstoneMs so a delayed older STORE cannot bring the record back;
 * - at most maxPerKey entries per key: a new node past it gets `too_many_records` (the oldest
 *   tombstone of the key gives up its slot first); existing providers always refresh;
 * - at most maxRecords entries in total: past it the least recently refreshed entry (any key) is
 *   evicted, so fresh republishes always land and abandoned records go first (MESH §5: LRU).
 */
import { MaculaError } from '../errors/index.js';
import { DEFAULT_MAX_PROVIDERS_PER_KEY, DEFAULT_MAX_RECORD_TTL_MS, DEFAULT_MAX_RECORDS, DEFAULT_SWEEP_INTERVAL_MS, DEFAULT_TOMBSTONE_MS } from './constants.js';
import type { Clock, IdHex, ProviderRecord, TimerHandle } from './types.js';

export interface RecordStoreOptions {
  clock: Clock;
  /** @default DEFAULT_MAX_PROVIDERS_PER_KEY (64) */
  maxPerKey?: number;
  /** @default DEFAULT_MAX_RECORDS (100,000) */
  maxRecords?: number;
  /** @default DEFAULT_MAX_RECORD_TTL_MS (1 h) */
  maxTtlMs?: number;
  /** @default DEFAULT_SWEEP_INTERVAL_MS (30 s) */
  sweepIntervalMs?: number;
  /** @default DEFAULT_TOMBSTONE_MS (60 s) */
  tombstoneMs?: number;
}

/** What put() did. */
export type PutOutcome = 'stored' | 'withdrawn' | 'ignored';

interface Entry {
  readonly key: IdHex;
  readonly nodeId: IdHex;
  endpoint: string;
  metadata: Readonly<Record<string, string>>;
  seq: number;
  expiresAtMs: number;
  withdrawn: boolean;
  /** Refresh order, least recent first (intrusive list: O(1) move and evict). */
  prev: Entry | undefined;
  next: Entry | undefined;
}

/** Counters (monotonic). */
export interface RecordStoreCounters {
  stored: number;
  withdrawn: number;
  ignored: number;
  refused: number;
  evicted: number;
  expired: number;
}

export class RecordStore {
  readonly maxPerKey: number;
  readonly maxRecords: number;
  readonly maxTtlMs: number;
  readonly sweepIntervalMs: number;
  readonly tombstoneMs: number;
  readonly counters: RecordStoreCounters = { stored: 0, withdrawn: 0, ignored: 0, refused: 0, evicted: 0, expired: 0 };
  readonly #clock: Clock;
  readonly #byKey = new Map<IdHex, Map<IdHex, Entry>>();
  #size = 0;
  #oldest: Entry | undefined;
  #newest: Entry | undefined;
  #timer: TimerHandle | undefined;

  constructor(options: RecordStoreOptions) {
    this.#clock = options.clock;
    this.maxPerKey = options.maxPerKey ?? DEFAULT_MAX_PROVIDERS_PER_KEY;
    this.maxRecords = options.maxRecords ?? DEFAULT_MAX_RECORDS;
    this.maxTtlMs = options.maxTtlMs ?? DEFAULT_MAX_RECORD_TTL_MS;
    this.sweepIntervalMs = options.sweepIntervalMs ?? DEFAULT_SWEEP_INTERVAL_MS;
    this.tombstoneMs = options.tombstoneMs ?? DEFAULT_TOMBSTONE_MS;
  }

  /** Entries held, tombstones and not-yet-swept expired ones included (what the bound counts). */
  get size(): number {
    return this.#size;
  }

  /** Keys with at least one entry. */
  get keyCount(): number {
    return this.#byKey.size;
  }

  /** Sweep every sweepIntervalMs until stop(). Idempotent. */
  start(): void {
    if (this.#timer !== undefined) return;
    const tick = (): void => {
      this.sweep();
      this.#timer = this.#clock.setTimeout(tick, this.sweepIntervalMs);
    };
    this.#timer = this.#clock.setTimeout(tick, this.sweepIntervalMs);
  }

  stop(): void {
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /**
   * Upsert the record of record.nodeId under key (ttlMs 0: withdraw). Throws `too_many_records`
   * when the key already holds maxPerKey other nodes' entries.
   */
  put(key: IdHex, record: ProviderRecord): PutOutcome {
    const now = this.#clock.now();
    let perKey = this.#byKey.get(key);
    const existing = perKey?.get(record.nodeId);
    if (existing !== undefined && existing.expiresAtMs > now && record.seq <= existing.seq) {
      this.counters.ignored++;
      return 'ignored';
    }
    const withdraw = record.ttlMs === 0;
    if (withdraw && existing === undefined) {
      // nothing to remove; no tombstone for a record this store never held
      this.counters.withdrawn++;
      return 'withdrawn';
    }
    const expiresAtMs = now + (withdraw ? this.tombstoneMs : Math.min(record.ttlMs, this.maxTtlMs));
    if (existing !== undefined) {
      existing.endpoint = record.endpoint;
      existing.metadata = record.metadata;
      existing.seq = record.seq;
      existing.expiresAtMs = expiresAtMs;
      existing.withdrawn = withdraw;
      this.#unlink(existing);
      this.#link(existing);
    } else {
      if (perKey === undefined) this.#byKey.set(key, (perKey = new Map()));
      if (perKey.size >= this.maxPerKey && !this.#freeSlot(perKey, now)) {
        this.counters.refused++;
        if (perKey.size === 0) this.#byKey.delete(key);
        throw new MaculaError('too_many_records', `key ${key.slice(0, 12)}… already has ${perKey.size} providers (at most ${this.maxPerKey})`, {
          details: { key, limit: this.maxPerKey },
        });
      }
      const entry: Entry = { key, nodeId: record.nodeId, endpoint: record.endpoint, metadata: record.metadata, seq: record.seq, expiresAtMs, withdrawn: withdraw, prev: undefined, next: undefined };
      perKey.set(record.nodeId, entry);
      this.#link(entry);
      this.#size++;
      while (this.#size > this.maxRecords) {
        this.counters.evicted++;
        this.#delete(this.#oldest!);
      }
    }
    if (withdraw) this.counters.withdrawn++;
    else this.counters.stored++;
    return withdraw ? 'withdrawn' : 'stored';
  }

  /** Live providers of key (at most limit), each with the time it has left as ttlMs. */
  get(key: IdHex, limit = this.maxPerKey): ProviderRecord[] {
    const perKey = this.#byKey.get(key);
    if (perKey === undefined) return [];
    const now = this.#clock.now();
    const out: ProviderRecord[] = [];
    for (const e of perKey.values()) {
      if (out.length >= limit) break;
      if (e.withdrawn || e.expiresAtMs <= now) continue;
      out.push({ nodeId: e.nodeId, endpoint: e.endpoint, metadata: e.metadata, ttlMs: e.expiresAtMs - now, seq: e.seq });
    }
    return out;
  }

  /** Remove every expired entry and tombstone. Returns how many went. */
  sweep(): number {
    const now = this.#clock.now();
    let removed = 0;
    for (const perKey of [...this.#byKey.values()]) {
      for (const e of [...perKey.values()]) {
        if (e.expiresAtMs > now) continue;
        this.#delete(e);
        removed++;
      }
    }
    this.counters.expired += removed;
    return removed;
  }

  /** Make room in a full key: drop an expired entry, else its oldest tombstone. */
  #freeSlot(perKey: Map<IdHex, Entry>, now: number): boolean {
    let tombstone: Entry | undefined;
    for (const e of perKey.values()) {
      if (e.expiresAtMs <= now) {
        this.#delete(e);
        return true;
      }
      if (e.withdrawn && (tombstone === undefined || e.expiresAtMs < tombstone.expiresAtMs)) tombstone = e;
    }
    if (tombstone === undefined) return false;
    this.#delete(tombstone);
    return true;
  }

  #delete(e: Entry): void {
    const perKey = this.#byKey.get(e.key);
    if (perKey?.get(e.nodeId) !== e) return;
    perKey.delete(e.nodeId);
    if (perKey.size === 0) this.#byKey.delete(e.key);
    this.#unlink(e);
    this.#size--;
  }

  #link(e: Entry): void {
    e.prev = this.#newest;
    e.next = undefined;
    if (this.#newest !== undefined) this.#newest.next = e;
    else this.#oldest = e;
    this.#newest = e;
  }

  #unlink(e: Entry): void {
    if (e.prev !== undefined) e.prev.next = e.next;
    else if (this.#oldest === e) this.#oldest = e.next;
    if (e.next !== undefined) e.next.prev = e.prev;
    else if (this.#newest === e) this.#newest = e.prev;
    e.prev = e.next = undefined;
  }
}
