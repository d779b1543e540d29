/**
 * Which other nodes serve a procedure, as this gateway last learned it from the DHT: the
 * discovery cache of one realm (upstream's 60 s cache, REFERENCE §2), the `RemoteCandidates` of
 * that realm's CallRouter. A lookup (FIND_VALUE of dhtKey(realm, "rpc/" + procedure), shared by
 * every call that waits for it) fills one entry; each node in it lasts the cache TTL or its
 * record's remaining TTL, whichever ends first. A lookup that finds nobody caches nothing, so a
 * provider advertised a moment later is found by the next call.
 *
 * A node that fails (no answer within an attempt, a dial that fails) is dropped from every entry
 * and suspected: lookups leave it out until it is heard from again (any answer, a new link, a
 * record with a higher seq than any seen from it — it republished or restarted) or
 * `suspectMs` passes. A node that says it serves none (stale record) is dropped from that entry
 * only. Go-libp2p #728 (stale providers served long after their peer left) is what this avoids.
 *
 * Choice among nodes follows the registry's strategy (`random`, upstream's default, or
 * `round_robin`), after this node's own providers (CallRouter puts those first). call_to targets
 * (located nodes) are kept apart: isProvider() admits them, select() never offers them.
 * Every table is bounded (entries LRU, suspects, targets, lookups in flight).
 */
import { dhtKey } from '../dht/ids.js';
import { MaculaError } from '../errors/index.js';
import type { ProviderId, RemoteCandidates, SelectionStrategy } from '../rpc/index.js';
import {
  DISCOVERY_CACHE_TTL_MS, DISCOVERY_STALE_GRACE_MS, DISCOVERY_WANT_PROVIDERS, MAX_CALL_TO_TARGETS, MAX_DISCOVERY_ENTRIES, MAX_DISCOVERY_LOOKUPS, MAX_SUSPECT_NODES,
  NODE_SUSPECT_MS, REMOTE_PROVIDER_PREFIX, RPC_RECORD_PREFIX,
} from './constants.js';
import type { DhtAccess } from './types.js';

/** The DHT key of `procedure`'s provider records in `realm`. */
export function rpcRecordKey(realm: string, procedure: string): string {
  return dhtKey(realm, RPC_RECORD_PREFIX + procedure);
}

export interface RemoteProvidersOptions {
  realm: string;
  /** This node (its own record is never a remote candidate). */
  selfId: string;
  /** The DHT; undefined: nothing is ever discovered. */
  dht: DhtAccess | undefined;
  /** @default 'random' */
  selection?: SelectionStrategy;
  /** @default DISCOVERY_CACHE_TTL_MS (60 s) */
  ttlMs?: number;
  /** @default MAX_DISCOVERY_ENTRIES */
  maxEntries?: number;
  /** @default MAX_DISCOVERY_LOOKUPS */
  maxLookups?: number;
  /** @default DISCOVERY_WANT_PROVIDERS */
  wantProviders?: number;
  /** @default NODE_SUSPECT_MS */
  suspectMs?: number;
  /** A call that chose a node may still fail over to it this long after its cache time. @default DISCOVERY_STALE_GRACE_MS */
  staleGraceMs?: number;
  /** @default MAX_SUSPECT_NODES */
  maxSuspects?: number;
  /** @default MAX_CALL_TO_TARGETS */
  maxTargets?: number;
  random?: () => number;
  now?: () => number;
}

interface ProviderNode {
  readonly nodeId: string;
  readonly endpoint: string;
  readonly expiresAtMs: number;
  readonly seq: number;
}

interface Entry {
  nodes: ProviderNode[];
  cursor: number;
}

export class RemoteProviders implements RemoteCandidates {
  readonly realm: string;
  readonly #o: RemoteProvidersOptions;
  readonly #ttlMs: number;
  readonly #graceMs: number;
  readonly #now: () => number;
  readonly #random: () => number;
  /** procedure → nodes serving it; Map order = recency of use (least recently used first). */
  readonly #entries = new Map<string, Entry>();
  /** node → the procedures it is cached for, and the highest record seq seen from it. */
  readonly #byNode = new Map<string, { procedures: Set<string>; endpoint: string; seq: number }>();
  readonly #suspects = new Map<string, { seq: number; untilMs: number }>();
  readonly #targets = new Map<string, { endpoint: string; expiresAtMs: number }>();
  readonly #lookups = new Map<string, Promise<void>>();

  constructor(options: RemoteProvidersOptions) {
    this.#o = options;
    this.realm = options.realm;
    this.#ttlMs = options.ttlMs ?? DISCOVERY_CACHE_TTL_MS;
    this.#graceMs = options.staleGraceMs ?? DISCOVERY_STALE_GRACE_MS;
    this.#now = options.now ?? Date.now;
    this.#random = options.random ?? Math.random;
  }

  /** Procedures cached. */
  get size(): number {
    return this.#entries.size;
  }

  get suspectCount(): number {
    return this.#suspects.size;
  }

  get targetCount(): number {
    return this.#targets.size;
  }

  get lookupsInFlight(): number {
    return this.#lookups.size;
  }

  /** True when a live node is cached for `procedure` (a call needs no lookup). */
  has(procedure: string): boolean {
    return this.#live(procedure).length > 0;
  }

  /** Node ids cached for `procedure`, live ones only. */
  nodesOf(procedure: string): string[] {
    return this.#live(procedure).map((n) => n.nodeId);
  }

  select(procedure: string, count: number): ProviderId[] {
    const live = this.#live(procedure);
    if (live.length === 0 || count <= 0) return [];
    const entry = this.#entries.get(procedure)!;
    // recency for the LRU bound
    this.#entries.delete(procedure);
    this.#entries.set(procedure, entry);
    const n = Math.min(count, live.length);
    if (this.#o.selection === 'round_robin') {
      const start = entry.cursor % live.length;
      entry.cursor = (start + 1) % live.length;
      return Array.from({ length: n }, (_, k) => REMOTE_PROVIDER_PREFIX + live[(start + k) % live.length]!.nodeId);
    }
    // partial Fisher–Yates: n distinct uniform picks
    for (let k = 0; k < n; k++) {
      const j = k + Math.floor(this.#random() * (live.length - k));
      [live[k], live[j]] = [live[j]!, live[k]!];
    }
    return live.slice(0, n).map((p) => REMOTE_PROVIDER_PREFIX + p.nodeId);
  }

  /**
   * Whether a call that chose `providerId` may (still) try it: not suspected, not dropped, and
   * within the stale grace of its cache time (an aged cache sends new calls to a lookup; it does
   * not take a running call's backups away).
   */
  isProvider(procedure: string, providerId: ProviderId): boolean {
    if (!providerId.startsWith(REMOTE_PROVIDER_PREFIX)) return false;
    const nodeId = providerId.slice(REMOTE_PROVIDER_PREFIX.length);
    const oldest = this.#now() - this.#graceMs;
    if (this.#suspected(nodeId, this.#now())) return false;
    const target = this.#targets.get(nodeId);
    if (target !== undefined && target.expiresAtMs > oldest) return true;
    return this.#entries.get(procedure)?.nodes.some((n) => n.nodeId === nodeId && n.expiresAtMs > oldest) ?? false;
  }

  /** Where `nodeId` was last said to be (its record's or its locate answer's endpoint). */
  endpointOf(nodeId: string): string | undefined {
    return this.#byNode.get(nodeId)?.endpoint ?? this.#targets.get(nodeId)?.endpoint;
  }

  /**
   * Look `procedure` up in the DHT and cache who serves it; concurrent calls for one procedure
   * share one lookup. Rejects with the lookup's error (`dht_timeout`, `process_unavailable` while
   * routing restarts), or `too_many_pending_calls` beyond `maxLookups`.
   */
  discover(procedure: string): Promise<void> {
    const dht = this.#o.dht;
    if (dht === undefined) return Promise.resolve();
    const running = this.#lookups.get(procedure);
    if (running !== undefined) return running;
    const max = this.#o.maxLookups ?? MAX_DISCOVERY_LOOKUPS;
    if (this.#lookups.size >= max) {
      return Promise.reject(new MaculaError('too_many_pending_calls', `${max} provider lookups are in flight`, { details: { limit: max, scope: 'discovery' } }));
    }
    const lookup = dht
      .findProviders(rpcRecordKey(this.realm, procedure), this.#o.wantProviders ?? DISCOVERY_WANT_PROVIDERS)
      .then((records) => this.fill(procedure, records))
      .finally(() => this.#lookups.delete(procedure));
    this.#lookups.set(procedure, lookup);
    return lookup;
  }

  /** Replace `procedure`'s entry with what a lookup found (this node and suspects left out). */
  fill(procedure: string, records: ReadonlyArray<{ nodeId: string; endpoint: string; ttlMs: number; seq: number }>): void {
    const now = this.#now();
    const nodes: ProviderNode[] = [];
    for (const r of records) {
      if (r.nodeId === this.#o.selfId || r.ttlMs <= 0 || nodes.some((n) => n.nodeId === r.nodeId)) continue;
      const suspect = this.#suspects.get(r.nodeId);
      // a record newer than any seen when it failed: it republished or restarted since
      if (suspect !== undefined && r.seq <= suspect.seq && suspect.untilMs > now) continue;
      this.#suspects.delete(r.nodeId);
      nodes.push({ nodeId: r.nodeId, endpoint: r.endpoint, expiresAtMs: now + Math.min(this.#ttlMs, r.ttlMs), seq: r.seq });
    }
    this.#remove(procedure);
    if (nodes.length === 0) return;
    const max = this.#o.maxEntries ?? MAX_DISCOVERY_ENTRIES;
    while (this.#entries.size >= max) this.#remove(this.#entries.keys().next().value as string);
    this.#entries.set(procedure, { nodes, cursor: 0 });
    for (const n of nodes) {
      const known = this.#byNode.get(n.nodeId);
      if (known === undefined) this.#byNode.set(n.nodeId, { procedures: new Set([procedure]), endpoint: n.endpoint, seq: n.seq });
      else {
        known.procedures.add(procedure);
        known.endpoint = n.endpoint;
        known.seq = Math.max(known.seq, n.seq);
      }
    }
  }

  /** call_to: `nodeId` was located at `endpoint`; it may be tried for any procedure (it answers for itself). */
  addTarget(nodeId: string, endpoint: string): void {
    const max = this.#o.maxTargets ?? MAX_CALL_TO_TARGETS;
    this.#targets.delete(nodeId);
    while (this.#targets.size >= max) this.#targets.delete(this.#targets.keys().next().value as string);
    this.#targets.set(nodeId, { endpoint, expiresAtMs: this.#now() + this.#ttlMs });
  }

  /** `nodeId` says it does not serve `procedure` (any more): forget it for that procedure. */
  drop(procedure: string, nodeId: string): void {
    const entry = this.#entries.get(procedure);
    if (entry === undefined) return;
    entry.nodes = entry.nodes.filter((n) => n.nodeId !== nodeId);
    this.#unindex(nodeId, procedure);
    if (entry.nodes.length === 0) this.#entries.delete(procedure);
  }

  /** `nodeId` is gone from view (its link closed): forget it everywhere, without suspicion. */
  forget(nodeId: string): void {
    for (const procedure of [...(this.#byNode.get(nodeId)?.procedures ?? [])]) this.drop(procedure, nodeId);
    this.#targets.delete(nodeId);
  }

  /** `nodeId` failed an attempt: forget it and leave it out of lookups until it is heard from. */
  failed(nodeId: string): void {
    const seq = this.#byNode.get(nodeId)?.seq ?? 0;
    this.forget(nodeId);
    const max = this.#o.maxSuspects ?? MAX_SUSPECT_NODES;
    this.#suspects.delete(nodeId);
    while (this.#suspects.size >= max) this.#suspects.delete(this.#suspects.keys().next().value as string);
    this.#suspects.set(nodeId, { seq, untilMs: this.#now() + (this.#o.suspectMs ?? NODE_SUSPECT_MS) });
  }

  /** Any sign of life from `nodeId` (an answer, a new link) lifts its suspicion. */
  heardFrom(nodeId: string): void {
    this.#suspects.delete(nodeId);
  }

  suspected(nodeId: string): boolean {
    return this.#suspected(nodeId, this.#now());
  }

  /** Free entries whose nodes all expired (past the stale grace), such targets, and ended suspicions (the prune tick). */
  sweep(): void {
    const now = this.#now();
    const oldest = now - this.#graceMs;
    for (const [procedure, entry] of [...this.#entries]) if (entry.nodes.every((n) => n.expiresAtMs <= oldest)) this.#remove(procedure);
    for (const [id, t] of [...this.#targets]) if (t.expiresAtMs <= oldest) this.#targets.delete(id);
    for (const [id, s] of [...this.#suspects]) if (s.untilMs <= now) this.#suspects.delete(id);
  }

  #live(procedure: string): ProviderNode[] {
    const entry = this.#entries.get(procedure);
    if (entry === undefined) return [];
    const now = this.#now();
    return entry.nodes.filter((n) => n.expiresAtMs > now && !this.#suspected(n.nodeId, now));
  }

  #suspected(nodeId: string, now: number): boolean {
    const s = this.#suspects.get(nodeId);
    if (s === undefined) return false;
    if (s.untilMs > now) return true;
    this.#suspects.delete(nodeId);
    return false;
  }

  #remove(procedure: string): void {
    const entry = this.#entries.get(procedure);
    if (entry === undefined) return;
    this.#entries.delete(procedure);
    for (const n of entry.nodes) this.#unindex(n.nodeId, procedure);
  }

  #unindex(nodeId: string, procedure: string): void {
    const known = this.#byNode.get(nodeId);
    if (known === undefined) return;
    known.procedures.delete(procedure);
    if (known.procedures.size === 0) this.#byNode.delete(nodeId);
  }
}
