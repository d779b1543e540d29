/**
 * What a node does for its own provider records (upstream's advertisement manager, hyperswarm's
 * announce/unannounce): publish stores the record at the k closest nodes to its key (through the
 * injected `store`: a full-top-k lookup, then STOREs), republishes it every republishIntervalMs
 * (TTL / 2) minus up to `jitter` of it (earlier only, so a record never gets closer than TTL / 2
 * to expiring), and withdraws it (a STORE with ttlMs 0 and a higher seq) from the nodes that took
 * it when unpublished or when the publisher stops gracefully.
 *
 * seq = max(last + 1, clock.now()): monotonic within a run and, because it follows wall time,
 * higher after a restart with the same node id, so a restarted node's records replace its old ones.
 * A publish that reached nobody (not joined yet, all timed out) is retried after retryMs,
 * doubling up to the republish interval. Bounds: ≤ maxPublished keys, one timer each.
 */
import { MaculaError } from '../errors/index.js';
import { DEFAULT_JITTER, DEFAULT_MAX_PUBLISHED, DEFAULT_PUBLISH_RETRY_MS, DEFAULT_RECORD_TTL_MS } from './constants.js';
import type { Clock, Contact, IdHex, ProviderRecord, Random, TimerHandle } from './types.js';

export interface PublisherOptions {
  /** Our contact (the record's nodeId and endpoint). */
  self: Contact;
  clock: Clock;
  random: Random;
  /** Store the record at the k closest nodes to key; resolves with the nodes that accepted it. */
  store: (key: IdHex, record: ProviderRecord) => Promise<readonly Contact[]>;
  /** Send the record (ttlMs 0: a withdraw) to exactly these nodes; resolves when each answered or failed. */
  storeAt: (key: IdHex, record: ProviderRecord, to: readonly Contact[]) => Promise<readonly Contact[]>;
  /** @default DEFAULT_RECORD_TTL_MS (300 s) */
  ttlMs?: number;
  /** @default ttlMs / 2 */
  republishIntervalMs?: number;
  /** @default DEFAULT_JITTER (0.1) */
  jitter?: number;
  /** @default DEFAULT_MAX_PUBLISHED (10,000) */
  maxPublished?: number;
  /** @default DEFAULT_PUBLISH_RETRY_MS (1 s) */
  retryMs?: number;
}

export interface PublishResult {
  key: IdHex;
  seq: number;
  /** Nodes that accepted the record. */
  storedAt: number;
}

interface Published {
  readonly key: IdHex;
  metadata: Readonly<Record<string, string>>;
  seq: number;
  storedAt: readonly Contact[];
  timer: TimerHandle | undefined;
  retryMs: number;
}

export class Publisher {
  readonly ttlMs: number;
  readonly republishIntervalMs: number;
  readonly #o: PublisherOptions;
  readonly #jitter: number;
  readonly #max: number;
  readonly #retryMs: number;
  readonly #published = new Map<IdHex, Published>();
  /** Stores in flight (≤ one per key plus republish overlaps; stop() waits for them). */
  readonly #running = new Set<Promise<PublishResult>>();
  #lastSeq = 0;
  #stopping: Promise<void> | undefined;

  constructor(options: PublisherOptions) {
    this.#o = options;
    this.ttlMs = options.ttlMs ?? DEFAULT_RECORD_TTL_MS;
    this.republishIntervalMs = options.republishIntervalMs ?? this.ttlMs / 2;
    this.#jitter = options.jitter ?? DEFAULT_JITTER;
    this.#max = options.maxPublished ?? DEFAULT_MAX_PUBLISHED;
    this.#retryMs = options.retryMs ?? DEFAULT_PUBLISH_RETRY_MS;
  }

  /** Keys we publish. */
  keys(): IdHex[] {
    return [...this.#published.keys()];
  }

  get size(): number {
    return this.#published.size;
  }

  /** Nodes that accepted key's record at its last store. */
  storedAt(key: IdHex): readonly Contact[] {
    return this.#published.get(key)?.storedAt ?? [];
  }

  /** Publish (or update the metadata of) our record under key, now and every republish interval. */
  async publish(key: IdHex, metadata: Readonly<Record<string, string>> = {}): Promise<PublishResult> {
    if (this.#stopping !== undefined) throw new MaculaError('shutdown', 'the publisher is stopping');
    let p = this.#published.get(key);
    if (p === undefined) {
      if (this.#published.size >= this.#max) {
        throw new MaculaError('too_many_records', `this node already publishes ${this.#max} records`, { details: { limit: this.#max, key } });
      }
      p = { key, metadata, seq: 0, storedAt: [], timer: undefined, retryMs: this.#retryMs };
      this.#published.set(key, p);
    }
    p.metadata = metadata;
    return this.#run(p);
  }

  /** Stop publishing key and withdraw it from the nodes that hold it. */
  async unpublish(key: IdHex): Promise<void> {
    const p = this.#published.get(key);
    if (p === undefined) return;
    this.#published.delete(key);
    this.#o.clock.clearTimeout(p.timer);
    await this.#withdraw(p);
  }

  /** Withdraw every record and cancel every timer (graceful stop). One shared promise. */
  stop(): Promise<void> {
    if (this.#stopping !== undefined) return this.#stopping;
    const all = [...this.#published.values()];
    this.#published.clear();
    for (const p of all) this.#o.clock.clearTimeout(p.timer);
    const running = [...this.#running].map((r) => r.catch(() => undefined));
    this.#stopping = Promise.all([...all.map((p) => this.#withdraw(p)), ...running]).then(() => undefined);
    return this.#stopping;
  }

  #record(p: Published, ttlMs: number): ProviderRecord {
    return { nodeId: this.#o.self.nodeId, endpoint: this.#o.self.endpoint, metadata: p.metadata, ttlMs, seq: p.seq };
  }

  #nextSeq(): number {
    this.#lastSeq = Math.max(this.#lastSeq + 1, Math.floor(this.#o.clock.now()));
    return this.#lastSeq;
  }

  /** One store of p, tracked so stop() waits for it. */
  #run(p: Published): Promise<PublishResult> {
    const run = this.#store(p);
    this.#running.add(run);
    const untrack = (): void => void this.#running.delete(run);
    run.then(untrack, untrack);
    return run;
  }

  async #store(p: Published): Promise<PublishResult> {
    this.#o.clock.clearTimeout(p.timer);
    p.timer = undefined;
    p.seq = this.#nextSeq();
    const seq = p.seq;
    let storedAt: readonly Contact[] = [];
    try {
      storedAt = await this.#o.store(p.key, this.#record(p, this.ttlMs));
    } catch {
      // a failed store is retried like one that reached nobody
    }
    if (this.#published.get(p.key) !== p) {
      // unpublished or stopped while storing: take back what this run stored too
      p.storedAt = storedAt;
      await this.#withdraw(p);
      return { key: p.key, seq, storedAt: storedAt.length };
    }
    if (p.seq !== seq) return { key: p.key, seq, storedAt: storedAt.length };
    p.storedAt = storedAt;
    let delay: number;
    if (storedAt.length > 0) {
      p.retryMs = this.#retryMs;
      delay = this.republishIntervalMs * (1 - this.#jitter * this.#o.random());
    } else {
      delay = p.retryMs;
      p.retryMs = Math.min(p.retryMs * 2, this.republishIntervalMs);
    }
    p.timer = this.#o.clock.setTimeout(() => void this.#run(p), delay);
    return { key: p.key, seq, storedAt: storedAt.length };
  }

  async #withdraw(p: Published): Promise<void> {
    if (p.storedAt.length === 0) return;
    p.seq = this.#nextSeq();
    await this.#o.storeAt(p.key, this.#record(p, 0), p.storedAt).catch(() => undefined);
  }
}
