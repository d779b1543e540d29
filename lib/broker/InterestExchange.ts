/**
 * Interest across node links, as NATS routes exchange it (MESH §2): each node tells every linked
 * node of its realm the distinct (pattern, queue) entries its own clients subscribe to —
 * refcounted, so only an entry's first subscription (RS+) and its last one leaving (RS-) are sent
 * — and holds what the other nodes tell it (lib/pubsub RemoteInterest), matched at publish.
 *
 * Ordering (MESH §4.5, nats-server #8233: reordered add/remove left stale interest):
 * - a full snapshot on every new or re-established link (nats-server #138, rust-libp2p #5097: a
 *   node restarted with the same id relearns everything, and is relearned), taken synchronously
 *   when the link comes up, before any later change is sent on it;
 * - every interest frame on a link carries the sender's next sequence number on that link, and
 *   the receiver applies them in that order only: a gap asks for a fresh snapshot
 *   (`interest_resync`) instead of guessing. On one QUIC stream frames cannot reorder, so the
 *   numbers are the check that they did not, not a repair mechanism.
 * - state is per link: a second link to the same node (crossed dials, a restart racing its dead
 *   link) has its own snapshot and sequence; copies are still one per node (RemoteInterest).
 *
 * Each link's node is pinned in the mesh pool while the link is up (an idle or LRU eviction would
 * silently drop interest), and each snapshot names the other nodes this one exchanges interest
 * with, so a node that met one member links to all of them (the one-hop rule needs a full mesh).
 */
import { MaculaError } from '../errors/index.js';
import { toWireError, type Frame } from '../protocol/index.js';
import type { MeshLink } from './NodeLink.js';
import {
  INTEREST_SNAPSHOT_CHUNK_ENTRIES, MAX_SNAPSHOT_MEMBERS, LocalInterest, RemoteInterest, nextSeq,
  type ApplyOutcome, type InterestEntry, type InterestOp, type InterestPeer,
} from '../pubsub/index.js';

/**
 * The part of a MeshLink (NodeLink.ts: a direct NodeLink, or a RoutedLink through relays) pub/sub
 * uses; the simulation's in-memory links implement just this.
 */
export type InterestLink = InterestPeer & Pick<MeshLink, 'nodeId' | 'realm' | 'endpoint' | 'closed' | 'send'>;

/** A node another node exchanges interest with. */
export interface MeshMember {
  nodeId: string;
  endpoint: string;
}

export interface InterestExchangeOptions {
  realms: readonly string[];
  /** @default MAX_REMOTE_INTEREST_PER_NODE */
  maxPerNode?: number;
  /** @default MAX_REMOTE_INTEREST */
  maxTotal?: number;
  /** @default INTEREST_SNAPSHOT_CHUNK_ENTRIES */
  chunkEntries?: number;
  /** Keep the link to a node from being evicted; returns its release. */
  pin?: (nodeId: string) => (() => void) | undefined;
  /** A snapshot named these members: link to them too. */
  onMembers?: (members: readonly MeshMember[]) => void;
}

/** What the exchange did, for tests and metrics. */
export interface InterestStats {
  snapshotsSent: number;
  deltasSent: number;
  resyncsAsked: number;
  resyncsServed: number;
  /** Remote entries refused at a bound (too_many_subscriptions). */
  refused: number;
  /** Remote entries with a bad pattern or queue name. */
  invalid: number;
}

interface LinkState {
  /** Our last sequence number sent on the link. */
  seq: number;
  /** Since when (ms) the link has owed us a snapshot, as last checked. */
  owedSince: number | undefined;
  release: (() => void) | undefined;
}

export class InterestExchange {
  readonly stats: InterestStats = { snapshotsSent: 0, deltasSent: 0, resyncsAsked: 0, resyncsServed: 0, refused: 0, invalid: 0 };
  readonly #o: InterestExchangeOptions;
  readonly #local = new Map<string, LocalInterest>();
  readonly #remote = new Map<string, RemoteInterest<InterestLink>>();
  readonly #links = new Map<InterestLink, LinkState>();

  constructor(options: InterestExchangeOptions) {
    this.#o = options;
    for (const realm of options.realms) {
      this.#local.set(realm, new LocalInterest());
      this.#remote.set(realm, new RemoteInterest({ maxPerNode: options.maxPerNode, maxTotal: options.maxTotal }));
    }
  }

  /** Other nodes' interest in `realm` (undefined: not served). */
  remote(realm: string): RemoteInterest<InterestLink> | undefined {
    return this.#remote.get(realm);
  }

  /** This node's own interest in `realm`. */
  local(realm: string): LocalInterest | undefined {
    return this.#local.get(realm);
  }

  /** Links exchanging interest now. */
  get linkCount(): number {
    return this.#links.size;
  }

  /** The nodes this one exchanges interest with in `realm` (each once), at most MAX_SNAPSHOT_MEMBERS. */
  members(realm: string, except?: string): MeshMember[] {
    const out = new Map<string, MeshMember>();
    for (const link of this.#links.keys()) {
      if (out.size >= MAX_SNAPSHOT_MEMBERS) break;
      if (link.realm === realm && link.nodeId !== except && !link.closed) out.set(link.nodeId, { nodeId: link.nodeId, endpoint: link.endpoint });
    }
    return [...out.values()];
  }

  /** A local subscription appeared: the entry's first is sent to every link of the realm. */
  subscribed(realm: string, pattern: string, queue = ''): void {
    if (this.#local.get(realm)?.add(pattern, queue) === true) this.#broadcast(realm, { pattern, queue, remove: false });
  }

  /** A local subscription left: the entry's last is sent to every link of the realm. */
  unsubscribed(realm: string, pattern: string, queue = ''): void {
    if (this.#local.get(realm)?.remove(pattern, queue) === true) this.#broadcast(realm, { pattern, queue, remove: true });
  }

  /** A link came up: pin it, hold nothing from it yet, send it our whole interest. */
  linkUp(link: InterestLink): void {
    const remote = this.#remote.get(link.realm);
    if (remote === undefined || this.#links.has(link) || link.closed) return;
    this.#links.set(link, { seq: 0, owedSince: undefined, release: this.#o.pin?.(link.nodeId) });
    remote.attach(link);
    this.#sendSnapshot(link);
  }

  /** A link went: forget what it told us. */
  linkDown(link: InterestLink): void {
    const st = this.#links.get(link);
    if (st === undefined) return;
    this.#links.delete(link);
    st.release?.();
    this.#remote.get(link.realm)?.detach(link);
  }

  /** Handle an interest frame from `link`; false when `frame` is not one. */
  onFrame(link: InterestLink, frame: Frame): boolean {
    const remote = this.#remote.get(link.realm);
    if (frame.interestSnapshot != null) {
      const s = frame.interestSnapshot;
      if (remote === undefined || !this.#links.has(link)) return true;
      const chunk = { seq: s.seq ?? 0, begin: s.begin === true, end: s.end === true, entries: (s.entries ?? []).map(entry) };
      const result = remote.snapshot(link, chunk);
      this.#answer(link, result);
      if (chunk.end && result.kind === 'ok' && (s.members?.length ?? 0) > 0) {
        const members = s.members!.slice(0, MAX_SNAPSHOT_MEMBERS).map((m) => ({ nodeId: m.nodeId ?? '', endpoint: m.endpoint ?? '' }));
        this.#o.onMembers?.(members.filter((m) => m.nodeId !== '' && m.endpoint !== ''));
      }
      return true;
    }
    if (frame.interestDelta != null) {
      if (remote === undefined || !this.#links.has(link)) return true;
      const d = frame.interestDelta;
      this.#answer(link, remote.delta(link, { seq: d.seq ?? 0, ops: (d.ops ?? []).map((o) => ({ ...entry(o), remove: o.remove === true })) }));
      return true;
    }
    if (frame.interestResync != null) {
      if (!this.#links.has(link)) return true;
      this.stats.resyncsServed++;
      this.#sendSnapshot(link);
      return true;
    }
    return false;
  }

  /**
   * Ask every link that has owed a snapshot for `waitMs` or more (checked at `now`) for one, and
   * start the clock of the ones that just began to owe one. Returns the nodes asked and how long
   * each has owed it.
   */
  checkSnapshots(now: number, waitMs: number): Array<{ nodeId: string; owedMs: number }> {
    const asked: Array<{ nodeId: string; owedMs: number }> = [];
    for (const [link, st] of this.#links) {
      if (link.closed || this.#remote.get(link.realm)?.awaitingSnapshot(link) !== true) {
        st.owedSince = undefined;
        continue;
      }
      if (st.owedSince === undefined) st.owedSince = now;
      else if (now - st.owedSince >= waitMs) {
        asked.push({ nodeId: link.nodeId, owedMs: now - st.owedSince });
        st.owedSince = now;
        this.stats.resyncsAsked++;
        link.send({ interestResync: { expectedSeq: 0, gotSeq: 0 } });
      }
    }
    return asked;
  }

  /** Forget every link (releasing their pins) and all interest. */
  clear(): void {
    for (const st of this.#links.values()) st.release?.();
    this.#links.clear();
    for (const l of this.#local.values()) l.clear();
    for (const r of this.#remote.values()) r.clear();
  }

  #answer(link: InterestLink, result: ApplyOutcome): void {
    if (result.kind === 'resync') {
      this.stats.resyncsAsked++;
      link.send({ interestResync: { expectedSeq: result.expected, gotSeq: result.got } });
      return;
    }
    if (result.kind !== 'ok') return;
    if (result.invalid !== undefined) {
      this.stats.invalid++;
      link.send({ error: toWireError(result.invalid, 0) });
    }
    const r = result.refusal;
    if (r !== undefined) {
      this.stats.refused += r.refused;
      const err = new MaculaError('too_many_subscriptions', `node ${link.nodeId.slice(0, 12)}: ${r.refused} interest entries refused (this node holds at most ${r.limit} ${r.scope === 'remote_node' ? 'per remote node' : 'remote entries in the realm'})`, {
        details: { limit: r.limit, scope: r.scope, refused: r.refused, nodeId: link.nodeId },
      });
      link.send({ error: toWireError(err, 0) });
    }
  }

  #nextSeq(link: InterestLink): number {
    const st = this.#links.get(link)!;
    st.seq = nextSeq(st.seq);
    return st.seq;
  }

  #sendSnapshot(link: InterestLink): void {
    const entries = [...(this.#local.get(link.realm)?.entries() ?? [])];
    const size = this.#o.chunkEntries ?? INTEREST_SNAPSHOT_CHUNK_ENTRIES;
    const chunks = Math.max(1, Math.ceil(entries.length / size));
    for (let i = 0; i < chunks; i++) {
      const end = i === chunks - 1;
      const ok = link.send({
        interestSnapshot: {
          seq: this.#nextSeq(link),
          begin: i === 0,
          end,
          entries: entries.slice(i * size, (i + 1) * size),
          members: end ? this.members(link.realm, link.nodeId) : [],
        },
      });
      if (!ok) return;
    }
    this.stats.snapshotsSent++;
  }

  #broadcast(realm: string, op: InterestOp): void {
    for (const link of this.#links.keys()) {
      if (link.realm !== realm) continue;
      if (link.send({ interestDelta: { seq: this.#nextSeq(link), ops: [op] } })) this.stats.deltasSent++;
    }
  }
}

function entry(e: { pattern?: string | null; queue?: string | null }): InterestEntry {
  return { pattern: e.pattern ?? '', queue: e.queue ?? '' };
}
