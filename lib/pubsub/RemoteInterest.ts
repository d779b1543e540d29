/**
 * Other nodes' interest in one realm, as their links told it (NATS: a remote subscription is
 * stored literally in the receiver's subject index with the route as its subscriber, and matched
 * at the publisher's server). Every remote (pattern, queue) entry sits in one TopicTrie, so `*`
 * and `**` anywhere in a remote pattern match here exactly as locally — upstream's gap, where a
 * remote wildcard subscriber was never found. match() answers one route per remote node however
 * many of its entries match, and however many links it has: one copy per interested node.
 *
 * State is kept per link (a peer): a snapshot replaces what that link said, deltas change it, each
 * frame carrying the sender's next sequence number on that link. A gap, or a delta before any
 * snapshot, discards nothing yet but asks for a resync (the stale entries can only cause a copy
 * the other node drops, never a missed one), and frames until the new snapshot are ignored.
 * Two links to one node (crossed dials, a restart racing its old link) each hold a full view;
 * routes merge them by node id, so the overlap can never duplicate a copy.
 *
 * Bounded: entries per link (MAX_REMOTE_INTEREST_PER_NODE) and per realm (MAX_REMOTE_INTEREST);
 * entries past them are refused and reported, never silently half-applied.
 */
import { MaculaError } from '../errors/index.js';
import { MAX_REMOTE_INTEREST, MAX_REMOTE_INTEREST_PER_NODE } from './constants.js';
import { interestKey } from './LocalInterest.js';
import { TopicTrie } from './TopicTrie.js';
import type { InterestEntry, InterestOp, SubscriptionHandle } from './types.js';
import { validatePattern, validateQueue } from './validate.js';

/** A link as remote interest sees it. */
export interface InterestPeer {
  readonly nodeId: string;
  readonly closed: boolean;
}

/** What one publish must send to one remote node. */
export interface RemoteRoute<P> {
  readonly nodeId: string;
  /** The link to send on: the node's most recently attached live link. */
  readonly peer: P;
  /** A plain (non-queue) entry of that node matched. */
  plain: boolean;
  /** Queue groups with a matching entry on that node (undefined: none). */
  queues: string[] | undefined;
}

/** Entries a frame carried that were not taken. */
export interface InterestRefusal {
  /** Entries past a bound. */
  refused: number;
  /** The bound that refused the first of them. */
  limit: number;
  scope: 'remote_node' | 'remote_realm';
}

export type ApplyOutcome =
  /** Applied; `refusal` / `invalid` report entries that were not. */
  | { kind: 'ok'; refusal?: InterestRefusal; invalid?: MaculaError }
  /** Dropped: a resync was asked and its snapshot has not begun. */
  | { kind: 'ignored' }
  /** Out of order: ask the sender for a snapshot. */
  | { kind: 'resync'; expected: number; got: number };

export interface RemoteInterestOptions<P = InterestPeer> {
  /** @default MAX_REMOTE_INTEREST_PER_NODE */
  maxPerNode?: number;
  /** @default MAX_REMOTE_INTEREST */
  maxTotal?: number;
  /**
   * Told of every entry a link's state took (added) or dropped, whatever did it (a delta, a
   * snapshot replacing the last, the link detaching): a node of a cell tells other cells the
   * union of its cell's entries (InterestExchange), kept from these.
   */
  onChange?: (peer: P, entry: InterestEntry, added: boolean) => void;
  /**
   * Entries held from `peer` at most, when not maxPerNode: a link from another cell carries that
   * whole cell's entries, bounded by maxTotal instead. @default maxPerNode for every peer
   */
  limitOf?: (peer: P) => number;
}

/** The sequence number after `seq` (uint32, never 0: 0 means "none yet"). */
export function nextSeq(seq: number): number {
  return seq >= 0xffff_ffff ? 1 : seq + 1;
}

class PeerState<P> {
  readonly entries = new Map<string, SubscriptionHandle>();
  /** The next sequence number expected; 0 = a snapshot must come first. */
  expected = 0;
  /** A resync was asked: frames until its snapshot begins are dropped. */
  resyncAsked = false;
  /** A snapshot being received (between its begin and end chunks). */
  pending: Map<string, InterestEntry> | undefined;
  pendingRefused = 0;
  constructor(readonly peer: P) {}
}

interface Held<P> extends InterestEntry {
  readonly state: PeerState<P>;
}

export class RemoteInterest<P extends InterestPeer> {
  readonly maxPerNode: number;
  readonly maxTotal: number;
  readonly #onChange: ((peer: P, entry: InterestEntry, added: boolean) => void) | undefined;
  readonly #limitOf: ((peer: P) => number) | undefined;
  readonly #trie: TopicTrie<Held<P>>;
  readonly #peers = new Map<P, PeerState<P>>();
  /** Live peers of each node, in the order they were attached. */
  readonly #byNode = new Map<string, Array<PeerState<P>>>();

  constructor(options: RemoteInterestOptions<P> = {}) {
    this.#onChange = options.onChange;
    this.#limitOf = options.limitOf;
    this.maxPerNode = options.maxPerNode ?? MAX_REMOTE_INTEREST_PER_NODE;
    this.maxTotal = options.maxTotal ?? MAX_REMOTE_INTEREST;
    this.#trie = new TopicTrie({ maxSubscriptions: this.maxTotal });
  }

  /** Remote entries held (all links). */
  get size(): number {
    return this.#trie.size;
  }

  /** Nodes with at least one attached link. */
  get nodeCount(): number {
    return this.#byNode.size;
  }

  /** Entries held from one link. */
  entriesOf(peer: P): InterestEntry[] {
    const st = this.#peers.get(peer);
    if (st === undefined) return [];
    return [...st.entries.values()].map((h) => {
      const { pattern, queue } = this.#trie.get(h)!;
      return { pattern, queue };
    });
  }

  /** Entries held from a node (all its links, each entry once), sorted: tests and diagnostics. */
  entriesOfNode(nodeId: string): InterestEntry[] {
    const out = new Map<string, InterestEntry>();
    for (const st of this.#byNode.get(nodeId) ?? []) for (const e of this.entriesOf(st.peer)) out.set(interestKey(e.pattern, e.queue), e);
    return [...out.keys()].sort().map((k) => out.get(k)!);
  }

  /** A link came up: it holds nothing until its snapshot arrives. Idempotent. */
  attach(peer: P): void {
    if (this.#peers.has(peer)) return;
    const st = new PeerState(peer);
    this.#peers.set(peer, st);
    const list = this.#byNode.get(peer.nodeId);
    if (list === undefined) this.#byNode.set(peer.nodeId, [st]);
    else list.push(st);
  }

  /** A link went: everything it said is dropped. Idempotent. */
  detach(peer: P): void {
    const st = this.#peers.get(peer);
    if (st === undefined) return;
    this.#peers.delete(peer);
    for (const h of st.entries.values()) this.#drop(st, h);
    st.entries.clear();
    const list = this.#byNode.get(peer.nodeId)?.filter((s) => s !== st) ?? [];
    if (list.length === 0) this.#byNode.delete(peer.nodeId);
    else this.#byNode.set(peer.nodeId, list);
  }

  attached(peer: P): boolean {
    return this.#peers.has(peer);
  }

  /** True while `peer` owes a snapshot: none applied yet, or a resync was asked. */
  awaitingSnapshot(peer: P): boolean {
    const st = this.#peers.get(peer);
    return st !== undefined && st.expected === 0;
  }

  /** One chunk of a snapshot from `peer`. */
  snapshot(peer: P, chunk: { seq: number; begin: boolean; end: boolean; entries: readonly InterestEntry[] }): ApplyOutcome {
    const st = this.#peers.get(peer);
    if (st === undefined) return { kind: 'ignored' };
    if (chunk.begin) {
      if (st.expected !== 0 && chunk.seq !== st.expected) return this.#gap(st, chunk.seq);
      st.pending = new Map();
      st.pendingRefused = 0;
      st.resyncAsked = false;
    } else if (st.pending === undefined || chunk.seq !== st.expected) {
      return st.expected === 0 && st.resyncAsked ? { kind: 'ignored' } : this.#gap(st, chunk.seq);
    }
    st.expected = nextSeq(chunk.seq);
    const pending = st.pending!;
    let invalid: MaculaError | undefined;
    for (const e of chunk.entries) {
      const bad = checkEntry(e);
      if (bad !== undefined) {
        invalid ??= bad;
        continue;
      }
      const key = interestKey(e.pattern, e.queue);
      if (pending.has(key)) continue;
      if (pending.size >= this.#limit(st)) st.pendingRefused++;
      else pending.set(key, { pattern: e.pattern, queue: e.queue });
    }
    if (!chunk.end) return invalid === undefined ? { kind: 'ok' } : { kind: 'ok', invalid };
    st.pending = undefined;
    const refusal = this.#replace(st, pending, st.pendingRefused);
    return outcome(refusal, invalid);
  }

  /** A delta from `peer`: its ops in order. */
  delta(peer: P, delta: { seq: number; ops: readonly InterestOp[] }): ApplyOutcome {
    const st = this.#peers.get(peer);
    if (st === undefined) return { kind: 'ignored' };
    if (st.expected === 0 && st.resyncAsked) return { kind: 'ignored' };
    if (st.expected === 0 || st.pending !== undefined || delta.seq !== st.expected) return this.#gap(st, delta.seq);
    st.expected = nextSeq(delta.seq);
    let refusal: InterestRefusal | undefined;
    let invalid: MaculaError | undefined;
    for (const op of delta.ops) {
      const bad = checkEntry(op);
      if (bad !== undefined) {
        invalid ??= bad;
        continue;
      }
      const key = interestKey(op.pattern, op.queue);
      const held = st.entries.get(key);
      if (op.remove) {
        if (held !== undefined) {
          this.#drop(st, held);
          st.entries.delete(key);
        }
      } else if (held === undefined) {
        refusal = merge(refusal, this.#add(st, key, op));
      }
    }
    return outcome(refusal, invalid);
  }

  /** One route per remote node with an entry matching concrete `topic` (valid: the caller checked it). */
  match(topic: string): Array<RemoteRoute<P>> {
    if (this.#trie.size === 0) return [];
    const routes = new Map<string, RemoteRoute<P>>();
    for (const held of this.#trie.match(topic)) {
      const nodeId = held.state.peer.nodeId;
      let route = routes.get(nodeId);
      if (route === undefined) {
        const peer = this.#preferred(nodeId);
        if (peer === undefined) continue;
        route = { nodeId, peer, plain: false, queues: undefined };
        routes.set(nodeId, route);
      }
      if (held.queue === '') route.plain = true;
      else if (route.queues === undefined) route.queues = [held.queue];
      else if (!route.queues.includes(held.queue)) route.queues.push(held.queue);
    }
    return [...routes.values()];
  }

  clear(): void {
    this.#trie.clear();
    this.#peers.clear();
    this.#byNode.clear();
  }

  #preferred(nodeId: string): P | undefined {
    const list = this.#byNode.get(nodeId);
    if (list === undefined) return undefined;
    for (let i = list.length - 1; i >= 0; i--) if (!list[i]!.peer.closed) return list[i]!.peer;
    return undefined;
  }

  #gap(st: PeerState<P>, got: number): ApplyOutcome {
    const expected = st.expected;
    st.expected = 0;
    st.pending = undefined;
    st.resyncAsked = true;
    return { kind: 'resync', expected, got };
  }

  /** Make `st` hold exactly `next` (removals first, so a full table takes the additions). */
  #replace(st: PeerState<P>, next: ReadonlyMap<string, InterestEntry>, alreadyRefused: number): InterestRefusal | undefined {
    for (const [key, h] of st.entries) {
      if (!next.has(key)) {
        this.#drop(st, h);
        st.entries.delete(key);
      }
    }
    let refusal: InterestRefusal | undefined = alreadyRefused > 0 ? { refused: alreadyRefused, limit: this.#limit(st), scope: 'remote_node' } : undefined;
    for (const [key, e] of next) if (!st.entries.has(key)) refusal = merge(refusal, this.#add(st, key, e));
    return refusal;
  }

  #add(st: PeerState<P>, key: string, e: InterestEntry): InterestRefusal | undefined {
    const limit = this.#limit(st);
    if (st.entries.size >= limit) return { refused: 1, limit, scope: 'remote_node' };
    if (this.#trie.size >= this.maxTotal) return { refused: 1, limit: this.maxTotal, scope: 'remote_realm' };
    st.entries.set(key, this.#trie.add(e.pattern, { state: st, pattern: e.pattern, queue: e.queue }));
    this.#onChange?.(st.peer, { pattern: e.pattern, queue: e.queue }, true);
    return undefined;
  }

  #limit(st: PeerState<P>): number {
    return this.#limitOf?.(st.peer) ?? this.maxPerNode;
  }

  /** Take `h` out of the trie (the caller forgets it in st.entries) and say so. */
  #drop(st: PeerState<P>, h: SubscriptionHandle): void {
    const held = this.#onChange === undefined ? undefined : this.#trie.get(h);
    this.#trie.remove(h);
    if (held !== undefined) this.#onChange!(st.peer, { pattern: held.pattern, queue: held.queue }, false);
  }
}

function checkEntry(e: InterestEntry): MaculaError | undefined {
  try {
    validatePattern(e.pattern);
    if (e.queue !== '') validateQueue(e.queue);
    return undefined;
  } catch (err) {
    return MaculaError.wrap(err);
  }
}

function merge(a: InterestRefusal | undefined, b: InterestRefusal | undefined): InterestRefusal | undefined {
  if (b === undefined) return a;
  if (a === undefined) return b;
  return { ...a, refused: a.refused + b.refused };
}

function outcome(refusal: InterestRefusal | undefined, invalid: MaculaError | undefined): ApplyOutcome {
  return { kind: 'ok', ...(refusal === undefined ? {} : { refusal }), ...(invalid === undefined ? {} : { invalid }) };
}
