/**
 * The Kademlia routing table (paper §2.2, §4.1; the shape of libp2p kad-dht's k-bucket, which
 * takes a `ping` function rather than a network client). Buckets are indexed by the common-prefix
 * length of a contact's id with ours (0..255), each holding at most k members ordered from least
 * to most recently seen, plus a replacement cache of at most k.
 *
 * - Admission only after an answer: `answered()` is called for contacts that answered one of our
 *   RPCs. A contact that only sent us a request (`heard()`) is pinged first and admitted if it
 *   answers (only while its bucket has room). Contacts named in replies are never admitted by
 *   being named. Membership is not a connection: nothing here holds a link open.
 * - A full bucket keeps its members and puts the newcomer in the replacement cache, then pings up
 *   to `bucketPingConcurrency` least-recently-seen members not seen within `recentlySeenMs`;
 *   those that fail are evicted and the freshest replacement takes their place.
 * - Any failure of a member (`failed()`: an RPC timed out or could not be sent) promotes the
 *   freshest replacement in its place when the cache has one (the paper's rule); with an empty
 *   cache a member leaves after `maxFailures` consecutive failures. Any answer resets the count.
 * - `lastUsedMs` per bucket (the last lookup whose target fell in it) drives refresh; a bucket
 *   never used counts as stale (libp2p PR #3538: defaulting it to "now" meant never refreshing).
 *
 * Contacts given to it must be validated (validate.ts, or the owner's own data): ids are parsed
 * unchecked on this hot path.
 *
 * Bounds: members ≤ 256 × k, replacements ≤ 256 × k, pings in flight ≤ one per contact (at most
 * bucketPingConcurrency per bucket for newcomers, maxVerifying for senders being verified).
 */
import { BUCKET_COUNT, ID_BITS, DEFAULT_BUCKET_PING_CONCURRENCY, DEFAULT_K, DEFAULT_MAX_FAILURES, DEFAULT_MAX_VERIFYING, DEFAULT_RECENTLY_SEEN_MS, RTT_SMOOTHING } from './constants.js';
import { bitLength, commonPrefixLength, idFromHex, parseId } from './ids.js';
import type { Clock, Contact, Id, IdHex, RemovalReason, TableEntry } from './types.js';

export interface RoutingTableOptions {
  /** Our own node id (never admitted). */
  self: IdHex;
  /** Ask a contact whether it is alive: resolves true if it answered. Never rejects (a rejection counts as false). */
  ping: (contact: Contact) => Promise<boolean>;
  clock: Clock;
  /** @default DEFAULT_K (20) */
  k?: number;
  /** @default DEFAULT_MAX_FAILURES (3) */
  maxFailures?: number;
  /** @default DEFAULT_BUCKET_PING_CONCURRENCY (3) */
  bucketPingConcurrency?: number;
  /** @default DEFAULT_RECENTLY_SEEN_MS (60 s) */
  recentlySeenMs?: number;
  /** @default DEFAULT_MAX_VERIFYING (32) */
  maxVerifying?: number;
  onAdded?: (entry: TableEntry) => void;
  onRemoved?: (entry: TableEntry, reason: RemovalReason) => void;
}

/** Up to this many entries are taken from a partly used bucket by selection rather than a sort. */
const PARTIAL_SELECTION_MAX = 4;

class Bucket {
  /** Least recently seen first. */
  readonly members: TableEntry[] = [];
  /** Most recently seen last. */
  readonly replacements: TableEntry[] = [];
  /** Pings of members running for newcomers. */
  pinging = 0;
}

export class RoutingTable {
  readonly self: Id;
  readonly selfHex: IdHex;
  readonly k: number;
  readonly #ping: (contact: Contact) => Promise<boolean>;
  readonly #clock: Clock;
  readonly #maxFailures: number;
  readonly #bucketPings: number;
  readonly #recentlyMs: number;
  readonly #maxVerifying: number;
  readonly #onAdded: ((entry: TableEntry) => void) | undefined;
  readonly #onRemoved: ((entry: TableEntry, reason: RemovalReason) => void) | undefined;
  readonly #buckets: (Bucket | undefined)[] = new Array(BUCKET_COUNT);
  readonly #lastUsed = new Float64Array(BUCKET_COUNT).fill(-Infinity);
  readonly #members = new Map<IdHex, TableEntry>();
  /** Contacts with a ping in flight (one at a time per contact). */
  readonly #pinging = new Set<IdHex>();
  #verifying = 0;
  #replacements = 0;
  /** Highest bucket index holding a member, -1 when empty. */
  #deepest = -1;
  #closed = false;

  constructor(options: RoutingTableOptions) {
    this.selfHex = options.self;
    this.self = idFromHex(options.self);
    this.#ping = options.ping;
    this.#clock = options.clock;
    this.k = options.k ?? DEFAULT_K;
    this.#maxFailures = options.maxFailures ?? DEFAULT_MAX_FAILURES;
    this.#bucketPings = options.bucketPingConcurrency ?? DEFAULT_BUCKET_PING_CONCURRENCY;
    this.#recentlyMs = options.recentlySeenMs ?? DEFAULT_RECENTLY_SEEN_MS;
    this.#maxVerifying = options.maxVerifying ?? DEFAULT_MAX_VERIFYING;
    this.#onAdded = options.onAdded;
    this.#onRemoved = options.onRemoved;
  }

  /** Members. */
  get size(): number {
    return this.#members.size;
  }

  /** Contacts waiting in replacement caches. */
  get replacementCount(): number {
    return this.#replacements;
  }

  /** Pings in flight (newcomers, liveness, verification). */
  get pingsInFlight(): number {
    return this.#pinging.size;
  }

  /** Highest bucket index holding a member (-1 when empty). */
  get deepestBucket(): number {
    return this.#deepest;
  }

  has(nodeId: IdHex): boolean {
    return this.#members.has(nodeId);
  }

  get(nodeId: IdHex): TableEntry | undefined {
    return this.#members.get(nodeId);
  }

  /** Bucket index of an id: its common-prefix length with ours (256 for our own id). */
  bucketIndex(id: Id): number {
    return commonPrefixLength(this.self, id);
  }

  /** Members of bucket i, least recently seen first. */
  bucket(i: number): readonly TableEntry[] {
    return this.#buckets[i]?.members ?? [];
  }

  /** Replacement cache of bucket i, most recently seen last. */
  replacements(i: number): readonly TableEntry[] {
    return this.#buckets[i]?.replacements ?? [];
  }

  /** Every member. */
  entries(): TableEntry[] {
    return [...this.#members.values()];
  }

  /** The contact answered one of our RPCs (rttMs: how long it took): admit or refresh it. */
  answered(contact: Contact, rttMs?: number): void {
    if (this.#closed || contact.nodeId === this.selfHex) return;
    const member = this.#members.get(contact.nodeId);
    if (member !== undefined) {
      member.endpoint = contact.endpoint;
      this.#touch(member, rttMs);
      this.#moveToEnd(this.#buckets[member.bucket]!.members, member);
      return;
    }
    const id = parseId(contact.nodeId);
    const bucket = this.bucketIndex(id);
    const b = this.#bucketAt(bucket);
    const at = b.replacements.findIndex((e) => e.nodeId === contact.nodeId);
    let entry: TableEntry;
    if (at >= 0) {
      entry = b.replacements.splice(at, 1)[0]!;
      this.#replacements--;
      entry.endpoint = contact.endpoint;
    } else {
      entry = { id, nodeId: contact.nodeId, bucket, endpoint: contact.endpoint, lastSeenMs: 0, failures: 0, rttMs: undefined, addedAtMs: this.#clock.now() };
    }
    this.#touch(entry, rttMs);
    if (b.members.length < this.k) {
      this.#admit(b, entry, b.members.length);
      return;
    }
    b.replacements.push(entry);
    this.#replacements++;
    if (b.replacements.length > this.k) {
      b.replacements.shift();
      this.#replacements--;
    }
    this.#checkBucket(b);
  }

  /**
   * The contact sent us a request (the transport authenticated its node id). A member is
   * refreshed; an unknown contact is pinged and admitted only if it answers.
   */
  heard(contact: Contact): void {
    if (this.#closed || contact.nodeId === this.selfHex) return;
    const member = this.#members.get(contact.nodeId);
    if (member !== undefined) {
      this.#touch(member, undefined);
      this.#moveToEnd(this.#buckets[member.bucket]!.members, member);
      return;
    }
    const b = this.#bucketAt(this.bucketIndex(parseId(contact.nodeId)));
    const waiting = b.replacements.find((e) => e.nodeId === contact.nodeId);
    if (waiting !== undefined) {
      waiting.lastSeenMs = this.#clock.now();
      this.#moveToEnd(b.replacements, waiting);
      return;
    }
    // a full bucket does not verify senders: its replacement cache fills from contacts that
    // answered our own RPCs (a ping per unknown sender would double a node's traffic)
    if (b.members.length >= this.k || this.#pinging.has(contact.nodeId) || this.#verifying >= this.#maxVerifying) return;
    this.#verifying++;
    this.#runPing(contact, () => this.#verifying--);
  }

  /** An RPC to the contact failed (timed out, could not be sent, or was answered with garbage). */
  failed(nodeId: IdHex): void {
    if (this.#closed) return;
    const member = this.#members.get(nodeId);
    if (member === undefined) {
      if (nodeId === this.selfHex) return;
      const b = this.#buckets[this.bucketIndex(parseId(nodeId))];
      const at = b?.replacements.findIndex((e) => e.nodeId === nodeId) ?? -1;
      if (at >= 0) {
        b!.replacements.splice(at, 1);
        this.#replacements--;
      }
      return;
    }
    member.failures++;
    const b = this.#buckets[member.bucket]!;
    if (b.replacements.length > 0) this.#remove(member, 'replaced');
    else if (member.failures >= this.#maxFailures) this.#remove(member, 'failed');
  }

  /** Remove a member (operator or owner decision). Returns whether it was one. */
  remove(nodeId: IdHex): boolean {
    const member = this.#members.get(nodeId);
    if (member === undefined) return false;
    this.#remove(member, 'removed');
    return true;
  }

  /**
   * The n members closest to target by XOR (excluding `exclude`), closest first unless `sorted`
   * is false (then the same set in no particular order: a FIND_NODE reply, whose receiver sorts).
   * Walks buckets in distance order instead of sorting the table. With d = self ^ target and
   * i = cpl(self, target): bucket i is closest; then the deeper buckets j > i, where bucket j is
   * closer than every bucket deeper than it exactly when bit j of d is 1 (so: the j with bit 1
   * ascending, then the j with bit 0 descending); then buckets i-1 … 0. A bucket that fits
   * whole is taken without sorting; only the last, partly taken one is sorted.
   */
  closest(target: Id, n: number, exclude?: IdHex, sorted = true): TableEntry[] {
    const out: TableEntry[] = [];
    if (n <= 0) return out;
    // compare entry objects, not id strings: no string of every entry is read
    const ex = exclude === undefined ? undefined : this.#members.get(exclude);
    const take = (j: number): void => {
      const entries = this.#buckets[j]?.members;
      if (entries === undefined || entries.length === 0) return;
      const count = ex !== undefined && ex.bucket === j ? entries.length - 1 : entries.length;
      const room = n - out.length;
      if (count <= room) {
        for (const e of entries) if (e !== ex) out.push(e);
        return;
      }
      const ranked = ex === undefined ? [...entries] : entries.filter((e) => e !== ex);
      if (room <= PARTIAL_SELECTION_MAX) {
        // the last bucket usually gives only a few: select them instead of sorting the bucket
        const dist = ranked.map((e) => e.id ^ target);
        for (let pick = 0; pick < room; pick++) {
          let best = pick;
          for (let x = pick + 1; x < ranked.length; x++) if (dist[x]! < dist[best]!) best = x;
          [ranked[pick], ranked[best]] = [ranked[best]!, ranked[pick]!];
          [dist[pick], dist[best]] = [dist[best]!, dist[pick]!];
          out.push(ranked[pick]!);
        }
        return;
      }
      sortByDistance(ranked, target);
      for (let x = 0; x < ranked.length && out.length < n; x++) out.push(ranked[x]!);
    };
    const d = this.self ^ target;
    const i = ID_BITS - bitLength(d);
    if (i < BUCKET_COUNT) take(i);
    if (out.length < n && i < this.#deepest) {
      const bit = (j: number): boolean => ((d >> BigInt(ID_BITS - 1 - j)) & 1n) === 1n;
      for (let j = i + 1; j <= this.#deepest && out.length < n; j++) if (bit(j)) take(j);
      for (let j = this.#deepest; j > i && out.length < n; j--) if (!bit(j)) take(j);
    }
    for (let j = Math.min(i, BUCKET_COUNT) - 1; j >= 0 && out.length < n; j--) take(j);
    if (sorted) sortByDistance(out, target);
    return out;
  }

  /** A lookup for `target` ran: its bucket counts as used now. */
  markUsed(target: Id): void {
    const i = this.bucketIndex(target);
    if (i < BUCKET_COUNT) this.#lastUsed[i] = this.#clock.now();
  }

  /** When a lookup last targeted bucket i (-Infinity: never). */
  lastUsedMs(i: number): number {
    return this.#lastUsed[i] ?? -Infinity;
  }

  /**
   * Buckets 0 … deepest non-empty that no lookup targeted within `maxAgeMs`, nearest-to-us last.
   * Deeper (empty) buckets are covered by the self-lookup.
   */
  staleBuckets(maxAgeMs: number): number[] {
    const now = this.#clock.now();
    const out: number[] = [];
    for (let i = 0; i <= this.#deepest; i++) if (now - this.#lastUsed[i]! >= maxAgeMs) out.push(i);
    return out;
  }

  /**
   * Ping every member not heard from within `staleMs`, and every member whose last RPC failed
   * (so a dead contact leaves after maxFailures checks). Returns how many pings started.
   */
  checkLiveness(staleMs: number): number {
    if (this.#closed) return 0;
    const now = this.#clock.now();
    let started = 0;
    for (const e of this.#members.values()) {
      if (this.#pinging.has(e.nodeId) || (now - e.lastSeenMs < staleMs && e.failures === 0)) continue;
      this.#runPing(e, undefined);
      started++;
    }
    return started;
  }

  /** Stop reacting: pings in flight are ignored when they end. */
  close(): void {
    this.#closed = true;
  }

  #touch(entry: TableEntry, rttMs: number | undefined): void {
    entry.lastSeenMs = this.#clock.now();
    entry.failures = 0;
    if (rttMs !== undefined) entry.rttMs = entry.rttMs === undefined ? rttMs : entry.rttMs + (rttMs - entry.rttMs) * RTT_SMOOTHING;
  }

  #bucketAt(i: number): Bucket {
    let b = this.#buckets[i];
    if (b === undefined) this.#buckets[i] = b = new Bucket();
    return b;
  }

  #moveToEnd(list: TableEntry[], entry: TableEntry): void {
    const at = list.indexOf(entry);
    if (at >= 0 && at !== list.length - 1) {
      list.splice(at, 1);
      list.push(entry);
    }
  }

  /** Insert keeping members ordered by lastSeenMs (a promoted replacement may be older than some). */
  #admit(b: Bucket, entry: TableEntry, hint: number): void {
    let at = hint;
    while (at > 0 && b.members[at - 1]!.lastSeenMs > entry.lastSeenMs) at--;
    b.members.splice(at, 0, entry);
    this.#members.set(entry.nodeId, entry);
    if (entry.bucket > this.#deepest) this.#deepest = entry.bucket;
    this.#onAdded?.(entry);
  }

  #remove(member: TableEntry, reason: RemovalReason): void {
    const i = member.bucket;
    const b = this.#buckets[i]!;
    const at = b.members.indexOf(member);
    if (at >= 0) b.members.splice(at, 1);
    this.#members.delete(member.nodeId);
    const promoted = b.replacements.pop();
    if (promoted !== undefined) {
      this.#replacements--;
      this.#admit(b, promoted, b.members.length);
    }
    if (b.members.length === 0 && i === this.#deepest) {
      while (this.#deepest >= 0 && (this.#buckets[this.#deepest]?.members.length ?? 0) === 0) this.#deepest--;
    }
    this.#onRemoved?.(member, reason);
  }

  /** Ping least-recently-seen members of a full bucket that has a newcomer waiting. */
  #checkBucket(b: Bucket): void {
    const now = this.#clock.now();
    for (const m of b.members) {
      if (b.pinging >= this.#bucketPings) return;
      if (now - m.lastSeenMs < this.#recentlyMs) return; // ordered: every later member is fresher
      if (this.#pinging.has(m.nodeId)) continue;
      b.pinging++;
      this.#runPing(m, () => b.pinging--);
    }
  }

  #runPing(contact: Contact, done: (() => void) | undefined): void {
    const c: Contact = { nodeId: contact.nodeId, endpoint: contact.endpoint };
    this.#pinging.add(c.nodeId);
    const settle = (ok: boolean): void => {
      this.#pinging.delete(c.nodeId);
      done?.();
      if (ok) this.answered(c);
      else this.failed(c.nodeId);
    };
    let p: Promise<boolean>;
    try {
      p = this.#ping(c);
    } catch {
      p = Promise.resolve(false);
    }
    p.then(settle, () => settle(false));
  }
}

/** Sort entries in place by XOR distance to target (each distance computed once). */
function sortByDistance(entries: TableEntry[], target: Id): void {
  if (entries.length < 2) return;
  const ranked = entries.map((e) => ({ d: e.id ^ target, e }));
  ranked.sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : 0));
  for (let x = 0; x < ranked.length; x++) entries[x] = ranked[x]!.e;
}
