/**
 * Calls in flight over node links, per other node: the invocations this gateway sent to another
 * node and waits for (RemoteRpc's `sent`), or those another node sent here to be served (its
 * `served`). Each node's share is bounded (`maxPerNode`: one busy node cannot take every slot),
 * and the link to a node is pinned in the mesh pool while that node has any call here, so the
 * LRU never evicts a link with calls in flight (seed: mesh pool LRU; MESH.md §5).
 *
 * Entries leave when answered, when their link goes, when the incarnation that owns the table
 * ends (clear) or, as a backstop, when `sweep` finds them past their `expiresAtMs`.
 */
import { MaculaError } from '../errors/index.js';

/** What every entry says about itself. */
export interface LinkCall {
  /** The other node. */
  readonly nodeId: string;
  /** Past this (epoch ms) the entry is forgotten by sweep(). */
  readonly expiresAtMs: number;
}

export interface LinkCallsOptions {
  /** Entries per other node; beyond it open() throws `too_many_pending_calls`. */
  maxPerNode: number;
  /** Keep the link to `nodeId` from eviction; returns the release (MeshPool.pin). */
  pin: (nodeId: string) => (() => void) | undefined;
  /** What the table holds, for messages ("invocations sent to", "invocations from"). */
  what: string;
  now?: () => number;
}

interface NodeShare<T> {
  readonly calls: Map<string, T>;
  unpin: (() => void) | undefined;
}

export class LinkCalls<T extends LinkCall> {
  readonly maxPerNode: number;
  readonly #o: LinkCallsOptions;
  readonly #now: () => number;
  readonly #byNode = new Map<string, NodeShare<T>>();
  #size = 0;

  constructor(options: LinkCallsOptions) {
    this.#o = options;
    this.maxPerNode = options.maxPerNode;
    this.#now = options.now ?? Date.now;
  }

  /** Entries over all nodes. */
  get size(): number {
    return this.#size;
  }

  /** Entries of one node. */
  count(nodeId: string): number {
    return this.#byNode.get(nodeId)?.calls.size ?? 0;
  }

  /** Nodes whose links are pinned by this table. */
  get pinnedNodes(): number {
    let n = 0;
    for (const share of this.#byNode.values()) if (share.unpin !== undefined) n++;
    return n;
  }

  has(nodeId: string, key: string): boolean {
    return this.#byNode.get(nodeId)?.calls.has(key) ?? false;
  }

  get(nodeId: string, key: string): T | undefined {
    return this.#byNode.get(nodeId)?.calls.get(key);
  }

  /** Hold `call` under `key`; pins the node's link with its first entry. Throws `too_many_pending_calls` when the node's share is full. */
  open(key: string, call: T): void {
    let share = this.#byNode.get(call.nodeId);
    if (share === undefined) {
      share = { calls: new Map(), unpin: undefined };
      this.#byNode.set(call.nodeId, share);
    }
    if (!share.calls.has(key) && share.calls.size >= this.maxPerNode) {
      throw new MaculaError('too_many_pending_calls', `${this.maxPerNode} ${this.#o.what} node ${call.nodeId.slice(0, 12)} are in flight`, {
        details: { limit: this.maxPerNode, scope: 'node_link', nodeId: call.nodeId },
      });
    }
    if (!share.calls.has(key)) this.#size++;
    share.calls.set(key, call);
    if (share.unpin === undefined) {
      try {
        share.unpin = this.#o.pin(call.nodeId);
      } catch {
        // the mesh worker is restarting: its next incarnation holds no links to evict yet
      }
    }
  }

  /** Remove and return one entry (the last one of a node releases its pin). */
  close(nodeId: string, key: string): T | undefined {
    const share = this.#byNode.get(nodeId);
    const call = share?.calls.get(key);
    if (share === undefined || call === undefined) return undefined;
    share.calls.delete(key);
    this.#size--;
    if (share.calls.size === 0) this.#forget(nodeId, share);
    return call;
  }

  /** Remove and return every entry of `nodeId` for which `which` holds (default: all). */
  dropNode(nodeId: string, which: (call: T) => boolean = () => true): T[] {
    const share = this.#byNode.get(nodeId);
    if (share === undefined) return [];
    const out: T[] = [];
    for (const [key, call] of share.calls) {
      if (!which(call)) continue;
      share.calls.delete(key);
      out.push(call);
    }
    this.#size -= out.length;
    if (share.calls.size === 0) this.#forget(nodeId, share);
    return out;
  }

  /** Remove and return the entries past their expiry. */
  sweep(): T[] {
    const now = this.#now();
    const out: T[] = [];
    for (const nodeId of [...this.#byNode.keys()]) out.push(...this.dropNode(nodeId, (c) => c.expiresAtMs <= now));
    return out;
  }

  /** Every entry, in no particular order. */
  all(): T[] {
    const out: T[] = [];
    for (const share of this.#byNode.values()) out.push(...share.calls.values());
    return out;
  }

  /** Forget everything and release every pin. */
  clear(): void {
    for (const [nodeId, share] of [...this.#byNode]) this.#forget(nodeId, share);
    this.#size = 0;
  }

  #forget(nodeId: string, share: NodeShare<T>): void {
    share.unpin?.();
    share.unpin = undefined;
    this.#byNode.delete(nodeId);
  }
}
