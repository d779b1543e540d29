/**
 * One iterative lookup (Kademlia §2.3 node lookup, go-libp2p-kad-dht's β termination), with no
 * network of its own: `query` is injected (the node's RpcClient with its adaptive timeouts).
 *
 * - A shortlist of candidates ordered by XOR distance to the target, seeded from our table. Up
 *   to α queries run at once, always to the closest candidates not yet asked among the k closest.
 * - A returned contact is queued only when it would enter the current k closest (closer than the
 *   k-th closest candidate still standing, or fewer than k stand): Kademlia's shortlist, chosen
 *   over libp2p's "strictly closer than the peer that returned it", which exists for its disjoint
 *   paths; with one shortlist this never drops a contact that could improve the result and keeps
 *   state O(k). A candidate that fails leaves the shortlist and is never re-queued.
 * - The search ends when the β closest candidates have all answered; with `fullTopK` (STORE,
 *   FIND_VALUE) it then goes on until the k closest have all answered (go's follow-up).
 *   `locate` ends as soon as the target itself answered (the target is asked a second time
 *   before it counts as failed: it is the one node that matters); FIND_VALUE ends once `wantProviders`
 *   distinct providers were collected (records are upserted by node id: the highest seq wins).
 * - A dead contact costs one RPC timeout and no more: the other α − 1 queries keep going and
 *   its slot is reused when its timeout fires. The deadline ends the lookup with what it has, or
 *   rejects with `dht_timeout` if nobody answered. Late answers after the end are ignored.
 * Bounds: ≤ α in flight, ≤ maxRpcs sent, ≤ LOOKUP_CANDIDATES_PER_K × k candidates kept,
 * `seen` ≤ maxRpcs × MAX_CONTACTS_PER_REPLY + k.
 */
import { MaculaError } from '../errors/index.js';
import { DEFAULT_ALPHA, DEFAULT_BETA, DEFAULT_K, DEFAULT_LOOKUP_DEADLINE_MS, DEFAULT_MAX_LOOKUP_RPCS, DEFAULT_WANT_PROVIDERS, LOOKUP_CANDIDATES_PER_K } from './constants.js';
import { idToHex, parseId } from './ids.js';
import type { Clock, Contact, Id, IdHex, LookupEnd, LookupKind, LookupResult, LookupStats, ProviderRecord, TimerHandle } from './types.js';

/** What one query returned. */
export interface QueryAnswer {
  readonly contacts: readonly Contact[];
  readonly providers?: readonly ProviderRecord[];
}

export interface LookupOptions {
  target: Id;
  kind: LookupKind;
  /** Contacts from our own table, the closest to target first. */
  seeds: readonly Contact[];
  /** Ask one contact (FIND_NODE or FIND_VALUE for the target); rejects when it did not answer. */
  query: (contact: Contact) => Promise<QueryAnswer>;
  clock: Clock;
  /** Our own id: never a candidate. */
  self: IdHex;
  /** @default DEFAULT_K (20) */
  k?: number;
  /** @default DEFAULT_ALPHA (3) */
  alpha?: number;
  /** @default DEFAULT_BETA (3) */
  beta?: number;
  /** @default DEFAULT_LOOKUP_DEADLINE_MS (10 s) */
  deadlineMs?: number;
  /** @default DEFAULT_MAX_LOOKUP_RPCS (128) */
  maxRpcs?: number;
  /** After the β closest answered, go on until the k closest have. @default false */
  fullTopK?: boolean;
  /** End as soon as the target itself answered. @default false */
  locate?: boolean;
  /** FIND_VALUE ends once this many distinct providers were collected. @default DEFAULT_WANT_PROVIDERS (20) */
  wantProviders?: number;
}

const NEW = 0;
const WAITING = 1;
const ANSWERED = 2;

interface Candidate {
  readonly contact: Contact;
  readonly id: Id;
  readonly dist: bigint;
  readonly hop: number;
  state: typeof NEW | typeof WAITING | typeof ANSWERED;
}

export class Lookup {
  readonly #o: LookupOptions;
  readonly #k: number;
  readonly #alpha: number;
  readonly #beta: number;
  readonly #maxRpcs: number;
  readonly #maxCandidates: number;
  readonly #want: number;
  /** Standing candidates (not failed), closest first. */
  readonly #cands: Candidate[] = [];
  readonly #seen = new Set<IdHex>();
  readonly #providers = new Map<IdHex, ProviderRecord>();
  readonly #stats: LookupStats = { rounds: 0, rpcs: 0, failures: 0, answered: 0, durationMs: 0, end: 'exhausted' };
  #providerHop = 0;
  #found: Candidate | undefined;
  #inFlight = 0;
  #followUp = false;
  #retriedTarget = false;
  #done = false;
  #startedAtMs = 0;
  #timer: TimerHandle;
  #resolve!: (result: LookupResult) => void;
  #reject!: (error: MaculaError) => void;

  constructor(options: LookupOptions) {
    this.#o = options;
    this.#k = options.k ?? DEFAULT_K;
    this.#alpha = options.alpha ?? DEFAULT_ALPHA;
    this.#beta = options.beta ?? DEFAULT_BETA;
    this.#maxRpcs = options.maxRpcs ?? DEFAULT_MAX_LOOKUP_RPCS;
    this.#maxCandidates = LOOKUP_CANDIDATES_PER_K * this.#k;
    this.#want = options.wantProviders ?? DEFAULT_WANT_PROVIDERS;
  }

  /** Run the lookup (once). */
  run(): Promise<LookupResult> {
    return new Promise<LookupResult>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
      this.#startedAtMs = this.#o.clock.now();
      for (const s of this.#o.seeds) this.#offer(s, 1);
      this.#timer = this.#o.clock.setTimeout(() => this.#finish('deadline'), this.#o.deadlineMs ?? DEFAULT_LOOKUP_DEADLINE_MS);
      this.#pump();
    });
  }

  /** Queue a contact if it would enter the current k closest. */
  #offer(contact: Contact, hop: number): void {
    if (contact.nodeId === this.#o.self || this.#seen.has(contact.nodeId)) return;
    const id = parseId(contact.nodeId);
    const dist = id ^ this.#o.target;
    const cands = this.#cands;
    if (cands.length >= this.#k && dist > cands[this.#k - 1]!.dist) return;
    let lo = 0;
    let hi = cands.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cands[mid]!.dist < dist) lo = mid + 1;
      else hi = mid;
    }
    cands.splice(lo, 0, { contact, id, dist, hop, state: NEW });
    this.#seen.add(contact.nodeId);
    if (cands.length > this.#maxCandidates) cands.pop();
  }

  #pump(): void {
    if (this.#done || this.#checkEnd()) return;
    const window = Math.min(this.#k, this.#cands.length);
    for (let i = 0; i < window && this.#inFlight < this.#alpha && this.#stats.rpcs < this.#maxRpcs; i++) {
      const c = this.#cands[i]!;
      if (c.state === NEW) this.#ask(c);
    }
    if (this.#inFlight === 0) this.#finish(this.#stats.rpcs >= this.#maxRpcs ? 'rpc_budget' : 'exhausted');
  }

  /** True (and finished) when an end condition holds. */
  #checkEnd(): boolean {
    if (this.#found !== undefined) return this.#finish('found');
    if (this.#o.kind === 'find_value' && this.#providers.size >= this.#want) return this.#finish('enough_providers');
    for (;;) {
      const n = Math.min(this.#followUp ? this.#k : this.#beta, this.#cands.length);
      if (n === 0) return false;
      for (let i = 0; i < n; i++) if (this.#cands[i]!.state !== ANSWERED) return false;
      if (this.#followUp || this.#o.fullTopK !== true) return this.#finish('converged');
      this.#followUp = true;
    }
  }

  #ask(c: Candidate): void {
    c.state = WAITING;
    this.#inFlight++;
    this.#stats.rpcs++;
    let answer: Promise<QueryAnswer>;
    try {
      answer = this.#o.query(c.contact);
    } catch (err) {
      answer = Promise.reject(err);
    }
    answer.then((a) => this.#answered(c, a), () => this.#failed(c));
  }

  #answered(c: Candidate, answer: QueryAnswer): void {
    this.#inFlight--;
    if (this.#done) return;
    this.#stats.answered++;
    c.state = ANSWERED;
    if (this.#o.locate === true && c.id === this.#o.target) this.#found = c;
    for (const contact of answer.contacts) this.#offer(contact, c.hop + 1);
    if (answer.providers !== undefined && answer.providers.length > 0) {
      if (this.#providerHop === 0) this.#providerHop = c.hop;
      for (const p of answer.providers) {
        const known = this.#providers.get(p.nodeId);
        if (known === undefined || p.seq > known.seq) this.#providers.set(p.nodeId, p);
      }
    }
    this.#pump();
  }

  #failed(c: Candidate): void {
    this.#inFlight--;
    this.#stats.failures++;
    if (this.#done) return;
    if (this.#o.locate === true && c.id === this.#o.target && !this.#retriedTarget) {
      // the one node a locate is for gets a second chance before the lookup gives up on it
      this.#retriedTarget = true;
      c.state = NEW;
      this.#pump();
      return;
    }
    const at = this.#cands.indexOf(c);
    if (at >= 0) this.#cands.splice(at, 1);
    this.#pump();
  }

  #finish(end: LookupEnd): true {
    if (this.#done) return true;
    this.#done = true;
    this.#o.clock.clearTimeout(this.#timer);
    const stats = this.#stats;
    stats.end = end;
    stats.durationMs = this.#o.clock.now() - this.#startedAtMs;
    const answered = this.#cands.filter((c) => c.state === ANSWERED);
    stats.rounds = this.#found?.hop ?? (this.#providerHop || answered[0]?.hop || 0);
    if (end === 'deadline' && stats.answered === 0) {
      this.#reject(new MaculaError('dht_timeout', `lookup for ${idToHex(this.#o.target).slice(0, 12)}… got no answer within ${stats.durationMs} ms`, {
        details: { key: idToHex(this.#o.target), rpcs: stats.rpcs, failures: stats.failures, durationMs: stats.durationMs },
      }));
      return true;
    }
    this.#resolve({
      closest: answered.slice(0, this.#k).map((c) => c.contact),
      found: this.#found?.contact,
      providers: [...this.#providers.values()],
      stats,
    });
    return true;
  }
}
