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
 *
 * Cells (lib/pubsub/cells.ts, `cellBits` > 0: NATS superclusters): the full mesh is per cell. On
 * a link within its cell a node sends its own entries, as above; on a link to another cell it
 * sends its cell's entries — the refcounted union of its own and of what its in-cell links hold
 * (never what other cells told it, so nothing travels further) — with the same snapshots,
 * sequence numbers and resyncs. Of each other cell it holds the interest of one link only (the
 * cell's designated link: one route, so one copy, per cell); when that link goes, another link to
 * the cell takes its place and is asked for a snapshot. Snapshots name in-cell members only.
 */
import { MaculaError } from '../errors/index.js';
import { toWireError, type Frame } from '../protocol/index.js';
import type { MeshLink } from './NodeLink.js';
import {
  INTEREST_SNAPSHOT_CHUNK_ENTRIES, MAX_SNAPSHOT_MEMBERS, LocalInterest, RemoteInterest, cellOf, nextSeq,
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
  /** This node's id (its cell). Needed with cellBits > 0. */
  nodeId?: string;
  /** Cell bits of the realm (lib/pubsub/cells.ts). @default 0: one cell, a full mesh */
  cellBits?: number;
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
  /** A link's node runs other cell bits: its interest is ignored (report it). */
  onCellBitsMismatch?: (nodeId: string, theirs: number) => void;
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
  /** Links dropped from the exchange because their node runs other cell bits. */
  cellBitsMismatches: number;
}

interface LinkState {
  /** The link goes to another cell: it is sent the cell's entries, and may be its cell's designated link. */
  cross: boolean;
  /** Our last sequence number sent on the link. */
  seq: number;
  /** Since when (ms) the link has owed us a snapshot, as last checked. */
  owedSince: number | undefined;
  release: (() => void) | undefined;
}

export class InterestExchange {
  readonly stats: InterestStats = { snapshotsSent: 0, deltasSent: 0, resyncsAsked: 0, resyncsServed: 0, refused: 0, invalid: 0, cellBitsMismatches: 0 };
  readonly #o: InterestExchangeOptions;
  readonly #local = new Map<string, LocalInterest>();
  readonly #remote = new Map<string, RemoteInterest<InterestLink>>();
  readonly #links = new Map<InterestLink, LinkState>();
  readonly #bits: number;
  readonly #cell: number;
  /** Per realm: this cell's entries (own + in-cell links'), refcounted by source. Cells only. */
  readonly #cellInterest = new Map<string, LocalInterest>();
  /** Per realm: other cell → the one link whose interest is held for it. Bounded by the cells. */
  readonly #designated = new Map<string, Map<number, InterestLink>>();

  constructor(options: InterestExchangeOptions) {
    this.#o = options;
    this.#bits = options.cellBits ?? 0;
    this.#cell = this.#bits > 0 ? cellOf(options.nodeId ?? '', this.#bits) : 0;
    for (const realm of options.realms) {
      this.#local.set(realm, new LocalInterest());
      const onChange = this.#bits > 0 ? (peer: InterestLink, e: InterestEntry, added: boolean) => this.#inCellChange(peer, e, added) : undefined;
      // a link from another cell carries its whole cell's entries: bounded by the realm's bound, not a node's
      const limitOf = this.#bits > 0 ? (peer: InterestLink) => (this.#links.get(peer)?.cross === true ? remote.maxTotal : remote.maxPerNode) : undefined;
      const remote: RemoteInterest<InterestLink> = new RemoteInterest<InterestLink>({ maxPerNode: options.maxPerNode, maxTotal: options.maxTotal, onChange, limitOf });
      this.#remote.set(realm, remote);
      if (this.#bits > 0) {
        this.#cellInterest.set(realm, new LocalInterest());
        this.#designated.set(realm, new Map());
      }
    }
  }

  /** Cell bits this exchange runs with (0: a full mesh). */
  get cellBits(): number {
    return this.#bits;
  }

  /** True when `nodeId` is in another cell than this node. */
  crossCell(nodeId: string): boolean {
    return this.#bits > 0 && cellOf(nodeId, this.#bits) !== this.#cell;
  }

  /** True when some live link goes to a node of `cell` (any realm). */
  cellLinked(cell: number): boolean {
    for (const link of this.#links.keys()) if (!link.closed && cellOf(link.nodeId, this.#bits) === cell) return true;
    return false;
  }

  /** This cell's entries in `realm` (cells only; tests, diagnostics). */
  cellEntries(realm: string): InterestEntry[] {
    return [...(this.#cellInterest.get(realm)?.entries() ?? [])];
  }

  /** The other cells of `realm` and the node whose link is held for each (cells only). */
  designated(realm: string): Map<number, string> {
    const out = new Map<number, string>();
    for (const [cell, link] of this.#designated.get(realm) ?? []) out.set(cell, link.nodeId);
    return out;
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
    for (const [link, st] of this.#links) {
      if (out.size >= MAX_SNAPSHOT_MEMBERS) break;
      if (link.realm === realm && link.nodeId !== except && !link.closed && !st.cross) out.set(link.nodeId, { nodeId: link.nodeId, endpoint: link.endpoint });
    }
    return [...out.values()];
  }

  /** A local subscription appeared: the entry's first is sent to every link of the realm (with cells: its cell's, and other cells' when it is new to the cell). */
  subscribed(realm: string, pattern: string, queue = ''): void {
    if (this.#local.get(realm)?.add(pattern, queue) !== true) return;
    const op = { pattern, queue, remove: false };
    this.#broadcast(realm, op, false);
    if (this.#cellInterest.get(realm)?.add(pattern, queue) === true) this.#broadcast(realm, op, true);
  }

  /** A local subscription left: the entry's last is sent to every link of the realm (with cells: as subscribed()). */
  unsubscribed(realm: string, pattern: string, queue = ''): void {
    if (this.#local.get(realm)?.remove(pattern, queue) !== true) return;
    const op = { pattern, queue, remove: true };
    this.#broadcast(realm, op, false);
    if (this.#cellInterest.get(realm)?.remove(pattern, queue) === true) this.#broadcast(realm, op, true);
  }

  /**
   * A link came up: pin it, hold nothing from it yet, send it our whole interest (with cells, our
   * cell's to a link of another cell, whose own interest is held only when the link is that cell's
   * first).
   */
  linkUp(link: InterestLink): void {
    const remote = this.#remote.get(link.realm);
    if (remote === undefined || this.#links.has(link) || link.closed) return;
    const cross = this.crossCell(link.nodeId);
    this.#links.set(link, { cross, seq: 0, owedSince: undefined, release: this.#o.pin?.(link.nodeId) });
    if (!cross) remote.attach(link);
    else {
      const cells = this.#designated.get(link.realm)!;
      const cell = cellOf(link.nodeId, this.#bits);
      const held = cells.get(cell);
      if (held === undefined || held.closed) {
        if (held !== undefined) remote.detach(held);
        cells.set(cell, link);
        remote.attach(link);
      }
    }
    this.#sendSnapshot(link);
  }

  /** A link went: forget what it told us (a cell's designated link: another link to that cell takes over, and is asked for its snapshot). */
  linkDown(link: InterestLink): void {
    const st = this.#links.get(link);
    if (st === undefined) return;
    const remote = this.#remote.get(link.realm);
    // detached while still known as in-cell: its entries leave this cell's entries (#inCellChange)
    remote?.detach(link);
    this.#links.delete(link);
    st.release?.();
    if (!st.cross || remote === undefined) return;
    const cells = this.#designated.get(link.realm)!;
    const cell = cellOf(link.nodeId, this.#bits);
    if (cells.get(cell) !== link) return;
    cells.delete(cell);
    for (const [other, ost] of this.#links) {
      if (!ost.cross || other.closed || other.realm !== link.realm || cellOf(other.nodeId, this.#bits) !== cell) continue;
      cells.set(cell, other);
      remote.attach(other);
      // it sent its snapshot to a link whose interest was not held: ask for a fresh one
      this.stats.resyncsAsked++;
      other.send({ interestResync: { expectedSeq: 0, gotSeq: 0 } });
      return;
    }
  }

  /** Handle an interest frame from `link`; false when `frame` is not one. */
  onFrame(link: InterestLink, frame: Frame): boolean {
    const remote = this.#remote.get(link.realm);
    if (frame.interestSnapshot != null) {
      const s = frame.interestSnapshot;
      if (remote === undefined || !this.#links.has(link)) return true;
      if ((s.cellBits ?? 0) !== this.#bits) {
        // the two nodes disagree on which links cross cells: exchanging interest would lose or
        // duplicate events, so this link carries none (pub/sub only; calls and the DHT go on)
        this.stats.cellBitsMismatches++;
        this.linkDown(link);
        this.#o.onCellBitsMismatch?.(link.nodeId, s.cellBits ?? 0);
        return true;
      }
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
    for (const c of this.#cellInterest.values()) c.clear();
    for (const d of this.#designated.values()) d.clear();
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

  /** An in-cell link's entry came or went (RemoteInterest.onChange): this cell's entries, and other cells, follow. */
  #inCellChange(link: InterestLink, e: InterestEntry, added: boolean): void {
    if (this.#links.get(link)?.cross !== false) return;
    const cell = this.#cellInterest.get(link.realm);
    if (cell === undefined) return;
    const news = added ? cell.add(e.pattern, e.queue) : cell.remove(e.pattern, e.queue);
    if (news) this.#broadcast(link.realm, { pattern: e.pattern, queue: e.queue, remove: !added }, true);
  }

  #sendSnapshot(link: InterestLink): void {
    const cross = this.#links.get(link)?.cross === true;
    const entries = [...((cross ? this.#cellInterest : this.#local).get(link.realm)?.entries() ?? [])];
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
          members: end && !cross ? this.members(link.realm, link.nodeId) : [],
          cellBits: this.#bits,
        },
      });
      if (!ok) return;
    }
    this.stats.snapshotsSent++;
  }

  /** Send `op` to every link of `realm` within this cell (cross false) or to other cells (cross true). */
  #broadcast(realm: string, op: InterestOp, cross: boolean): void {
    for (const [link, st] of this.#links) {
      if (link.realm !== realm || st.cross !== cross) continue;
      if (link.send({ interestDelta: { seq: this.#nextSeq(link), ops: [op] } })) this.stats.deltasSent++;
    }
  }
}

function entry(e: { pattern?: string | null; queue?: string | null }): InterestEntry {
  return { pattern: e.pattern ?? '', queue: e.queue ?? '' };
}
