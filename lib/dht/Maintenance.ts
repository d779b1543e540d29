/**
 * The timers that keep one node's table alive (MESH §4.2–4.3, §5):
 * - join: a self-lookup seeded with the bootstrap contacts; then every stale bucket is refreshed;
 * - every maintenanceIntervalMs (± jitter): ping members not heard from for contactStaleMs and
 *   members whose last RPC failed (RoutingTable.checkLiveness), re-seed when low, start a
 *   refresh run when something is due;
 * - a refresh run is serial (one lookup at a time, refreshPaceMs ± jitter apart, so a node never
 *   storms: go-libp2p-kad-dht #384): the self-lookup when selfLookupIntervalMs passed, then one
 *   random-id lookup per bucket no lookup targeted for bucketRefreshMs;
 * - re-seeding (nim-libp2p #2937): when the table holds fewer than k/2 members, a self-lookup
 *   seeded with the bootstrap contacts; while still low, again after a backoff of 1 s doubling
 *   to 60 s (± jitter), reset once the table is back above k/2. A node with no bootstrap
 *   contacts is a seed node and never re-seeds.
 * Every RPC these send is a `maintenance` RPC (the RpcClient's budget of 16 in flight). Bounds:
 * one refresh run, one re-seed and one tick timer at a time.
 */
import {
  DEFAULT_BUCKET_REFRESH_MS, DEFAULT_CONTACT_STALE_MS, DEFAULT_JITTER, DEFAULT_MAINTENANCE_INTERVAL_MS, DEFAULT_MAX_FAILURES, DEFAULT_REFRESH_PACE_MS,
  DEFAULT_RESEED_MAX_DELAY_MS, DEFAULT_RESEED_MIN_DELAY_MS, DEFAULT_RPC_TIMEOUT_MAX_MS, DEFAULT_SELF_LOOKUP_INTERVAL_MS, MAX_SEEDS,
} from './constants.js';
import { isIdHex, randomIdInBucket } from './ids.js';
import type { RoutingTable } from './RoutingTable.js';
import type { Clock, Contact, Id, LookupResult, Random, TimerHandle } from './types.js';

/**
 * The longest a dead contact stays a member of a running node's table when nothing else talks to
 * it (and the maintenance budget is not saturated): it is pinged at the first tick after
 * contactStaleMs of silence, then at every tick until maxFailures pings failed, the last failing
 * within the RPC timeout ceiling. Any other failed RPC to it (a lookup) only makes it sooner.
 * Defaults: 300 s + 3 × 11 s + 5 s = 338 s.
 */
export function deadContactBoundMs(o: { contactStaleMs?: number; intervalMs?: number; jitter?: number; maxFailures?: number; rpcTimeoutMaxMs?: number } = {}): number {
  const tick = (o.intervalMs ?? DEFAULT_MAINTENANCE_INTERVAL_MS) * (1 + (o.jitter ?? DEFAULT_JITTER));
  return (o.contactStaleMs ?? DEFAULT_CONTACT_STALE_MS) + (o.maxFailures ?? DEFAULT_MAX_FAILURES) * tick + (o.rpcTimeoutMaxMs ?? DEFAULT_RPC_TIMEOUT_MAX_MS);
}

/** Where bootstrap contacts come from (the integration resolves the bootstrap URLs). */
export type SeedSource = readonly Contact[] | (() => readonly Contact[] | Promise<readonly Contact[]>);

export interface MaintenanceOptions {
  table: RoutingTable;
  clock: Clock;
  random: Random;
  /** Run a maintenance lookup for target (extraSeeds join the table's contacts as candidates). */
  lookup: (target: Id, extraSeeds: readonly Contact[]) => Promise<LookupResult>;
  /** Bootstrap contacts; none = a seed node. */
  seeds?: SeedSource;
  /** @default DEFAULT_BUCKET_REFRESH_MS (5 min) */
  bucketRefreshMs?: number;
  /** @default DEFAULT_SELF_LOOKUP_INTERVAL_MS (5 min) */
  selfLookupIntervalMs?: number;
  /** @default DEFAULT_MAINTENANCE_INTERVAL_MS (10 s) */
  intervalMs?: number;
  /** @default DEFAULT_REFRESH_PACE_MS (1 s) */
  refreshPaceMs?: number;
  /** @default DEFAULT_CONTACT_STALE_MS (5 min) */
  contactStaleMs?: number;
  /** @default DEFAULT_JITTER (0.1) */
  jitter?: number;
  /** @default DEFAULT_RESEED_MIN_DELAY_MS (1 s) */
  reseedMinDelayMs?: number;
  /** @default DEFAULT_RESEED_MAX_DELAY_MS (60 s) */
  reseedMaxDelayMs?: number;
}

/** Counters (monotonic). */
export interface MaintenanceCounters {
  ticks: number;
  refreshLookups: number;
  selfLookups: number;
  reseeds: number;
  livenessPings: number;
}

export class Maintenance {
  readonly counters: MaintenanceCounters = { ticks: 0, refreshLookups: 0, selfLookups: 0, reseeds: 0, livenessPings: 0 };
  readonly #o: MaintenanceOptions;
  readonly #table: RoutingTable;
  readonly #clock: Clock;
  readonly #intervalMs: number;
  readonly #refreshMs: number;
  readonly #selfMs: number;
  readonly #paceMs: number;
  readonly #staleMs: number;
  readonly #jitter: number;
  readonly #reseedMinMs: number;
  readonly #reseedMaxMs: number;
  #tick: TimerHandle | undefined;
  #reseedTimer: TimerHandle | undefined;
  #reseedDelayMs: number;
  #reseeding = false;
  #refreshing = false;
  #lastSelfLookupMs = -Infinity;
  #pause: { timer: TimerHandle; resolve: () => void } | undefined;
  #joined = false;
  readonly #joinWaiters: (() => void)[] = [];
  #running = false;

  constructor(options: MaintenanceOptions) {
    this.#o = options;
    this.#table = options.table;
    this.#clock = options.clock;
    this.#intervalMs = options.intervalMs ?? DEFAULT_MAINTENANCE_INTERVAL_MS;
    this.#refreshMs = options.bucketRefreshMs ?? DEFAULT_BUCKET_REFRESH_MS;
    this.#selfMs = options.selfLookupIntervalMs ?? DEFAULT_SELF_LOOKUP_INTERVAL_MS;
    this.#paceMs = options.refreshPaceMs ?? DEFAULT_REFRESH_PACE_MS;
    this.#staleMs = options.contactStaleMs ?? DEFAULT_CONTACT_STALE_MS;
    this.#jitter = options.jitter ?? DEFAULT_JITTER;
    this.#reseedMinMs = options.reseedMinDelayMs ?? DEFAULT_RESEED_MIN_DELAY_MS;
    this.#reseedMaxMs = options.reseedMaxDelayMs ?? DEFAULT_RESEED_MAX_DELAY_MS;
    this.#reseedDelayMs = this.#reseedMinMs;
  }

  /** True once a bootstrap contact answered the join lookup (at once for a seed node). */
  get joined(): boolean {
    return this.#joined;
  }

  /** Resolves when joined (never rejects; a stopped node that never joined leaves it pending). */
  whenJoined(): Promise<void> {
    return this.#joined ? Promise.resolve() : new Promise((resolve) => this.#joinWaiters.push(resolve));
  }

  /** Reseeding below this many members. */
  get lowWaterMark(): number {
    return this.#table.k / 2;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#scheduleTick();
    if (this.#hasSeeds()) void this.#reseed();
    else {
      this.#setJoined();
      void this.#refresh();
    }
  }

  stop(): void {
    if (!this.#running) return;
    this.#running = false;
    this.#clock.clearTimeout(this.#tick);
    this.#clock.clearTimeout(this.#reseedTimer);
    this.#tick = this.#reseedTimer = undefined;
    if (this.#pause !== undefined) {
      this.#clock.clearTimeout(this.#pause.timer);
      this.#pause.resolve();
    }
  }

  /** A member left the table: re-seed now if that made it low (and no retry is waiting). */
  tableShrunk(): void {
    if (this.#running && this.#table.size < this.lowWaterMark && this.#reseedTimer === undefined) void this.#reseed();
  }

  /** Run one tick now (the timer calls this). */
  tick(): void {
    if (!this.#running) return;
    this.counters.ticks++;
    this.counters.livenessPings += this.#table.checkLiveness(this.#staleMs);
    if (this.#table.size < this.lowWaterMark && this.#reseedTimer === undefined) void this.#reseed();
    void this.#refresh();
  }

  #jittered(ms: number): number {
    return ms * (1 - this.#jitter + 2 * this.#jitter * this.#o.random());
  }

  #scheduleTick(): void {
    this.#tick = this.#clock.setTimeout(() => {
      this.tick();
      if (this.#running) this.#scheduleTick();
    }, this.#jittered(this.#intervalMs));
  }

  #hasSeeds(): boolean {
    const s = this.#o.seeds;
    return s !== undefined && (typeof s === 'function' || s.length > 0);
  }

  async #seeds(): Promise<readonly Contact[]> {
    const s = this.#o.seeds;
    if (s === undefined) return [];
    try {
      const list = typeof s === 'function' ? await s() : s;
      return list.filter((c) => isIdHex(c.nodeId) && typeof c.endpoint === 'string' && c.nodeId !== this.#table.selfHex).slice(0, MAX_SEEDS);
    } catch {
      return [];
    }
  }

  #setJoined(): void {
    if (this.#joined) return;
    this.#joined = true;
    for (const w of this.#joinWaiters.splice(0)) w();
  }

  async #reseed(): Promise<void> {
    if (!this.#running || this.#reseeding || !this.#hasSeeds()) return;
    this.#reseeding = true;
    this.#clock.clearTimeout(this.#reseedTimer);
    this.#reseedTimer = undefined;
    this.counters.reseeds++;
    let answered = false;
    try {
      const seeds = await this.#seeds();
      if (seeds.length > 0 && this.#running) {
        const result = await this.#o.lookup(this.#table.self, seeds);
        this.#lastSelfLookupMs = this.#clock.now();
        answered = result.stats.answered > 0;
      }
    } catch {
      // a join lookup nobody answered: retried below
    } finally {
      this.#reseeding = false;
    }
    if (!this.#running) return;
    if (answered && !this.#joined) {
      this.#setJoined();
      void this.#refresh();
    }
    if (this.#table.size < this.lowWaterMark || !answered) {
      const delay = this.#jittered(this.#reseedDelayMs);
      this.#reseedDelayMs = Math.min(this.#reseedDelayMs * 2, this.#reseedMaxMs);
      this.#reseedTimer = this.#clock.setTimeout(() => {
        this.#reseedTimer = undefined;
        void this.#reseed();
      }, delay);
    } else {
      this.#reseedDelayMs = this.#reseedMinMs;
    }
  }

  /** One serial refresh run: the self-lookup if due, then each stale bucket, paced. */
  async #refresh(): Promise<void> {
    if (!this.#running || this.#refreshing || !this.#joined) return;
    this.#refreshing = true;
    try {
      for (;;) {
        if (!this.#running) return;
        if (this.#clock.now() - this.#lastSelfLookupMs >= this.#selfMs) {
          this.#lastSelfLookupMs = this.#clock.now();
          this.counters.selfLookups++;
          await this.#o.lookup(this.#table.self, []).catch(() => undefined);
        } else {
          const stale = this.#table.staleBuckets(this.#refreshMs);
          if (stale.length === 0) return;
          this.counters.refreshLookups++;
          // the lookup marks the bucket used, so the run ends after each stale bucket once
          await this.#o.lookup(randomIdInBucket(this.#table.self, stale[0]!, this.#o.random), []).catch(() => undefined);
        }
        await this.#sleep(this.#jittered(this.#paceMs));
      }
    } finally {
      this.#refreshing = false;
    }
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (!this.#running) return resolve();
      const timer = this.#clock.setTimeout(() => {
        this.#pause = undefined;
        resolve();
      }, ms);
      this.#pause = { timer, resolve };
    });
  }
}
