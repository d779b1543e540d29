/**
 * Which node this gateway reaches through whom (issue 12 item 3): a distance-vector table over
 * the node links. Each directly linked node tells its neighbours the nodes it reaches and in how
 * many hops (a `reach` frame: a snapshot when a link comes up, then changes); a destination's
 * route is the neighbour that reaches it in the fewest hops (ties: the lower node id, so both
 * ends of a path agree and it does not flap). A node with a direct link is 1 hop away and needs
 * no route. Traffic for a node without a direct link goes to its route's next hop, which forwards
 * it the same way: every hop is one closer, never back to where it came from.
 *
 * Count-to-infinity is cut three ways: split horizon with poisoned reverse (a node never offers a
 * neighbour a route through that neighbour: it says "unreachable" instead), a horizon of
 * ROUTE_HORIZON hops (beyond it a destination is unreachable, as RIP's 16), and withdrawals that
 * travel as changes at once (a lost link withdraws every route through it).
 *
 * Pure: no I/O and no timers. MeshPool feeds it link ups/downs and received frames and sends what
 * `pending()` says each neighbour must be told.
 *
 * Bounded: entries kept per neighbour (maxPerNeighbor) and in all (maxEntries); entries past them
 * are refused and counted, the farthest first refused since a frame's entries are taken nearest
 * first.
 */
import { MAX_ROUTE_ENTRIES, MAX_ROUTE_ENTRIES_PER_NEIGHBOR, ROUTE_HORIZON } from './constants.js';

/** One reach entry: `hops` from the sender to `nodeId`; 0 = the sender no longer reaches it. */
export interface ReachEntry {
  nodeId: string;
  hops: number;
}

export interface Route {
  /** The destination. */
  nodeId: string;
  /** The directly linked node to send through (the destination itself when linked directly). */
  via: string;
  /** Hops from this node (1 = a direct link). */
  hops: number;
}

export interface MeshRoutesOptions {
  /** @default ROUTE_HORIZON */
  horizon?: number;
  /** @default MAX_ROUTE_ENTRIES_PER_NEIGHBOR */
  maxPerNeighbor?: number;
  /** @default MAX_ROUTE_ENTRIES */
  maxEntries?: number;
}

export class MeshRoutes {
  readonly horizon: number;
  readonly #self: string;
  readonly #maxPerNeighbor: number;
  readonly #maxEntries: number;
  /** neighbour → what it said it reaches (destination → its hops). */
  readonly #heard = new Map<string, Map<string, number>>();
  /** neighbour → what we last told it (destination → hops we offered; absent = nothing or unreachable). */
  readonly #told = new Map<string, Map<string, number>>();
  /** The best route per destination (direct neighbours included), recomputed per change. */
  readonly #best = new Map<string, Route>();
  #entries = 0;
  #refused = 0;

  constructor(self: string, options: MeshRoutesOptions = {}) {
    this.#self = self;
    this.horizon = options.horizon ?? ROUTE_HORIZON;
    this.#maxPerNeighbor = options.maxPerNeighbor ?? MAX_ROUTE_ENTRIES_PER_NEIGHBOR;
    this.#maxEntries = options.maxEntries ?? MAX_ROUTE_ENTRIES;
  }

  /** Entries held from every neighbour. */
  get entries(): number {
    return this.#entries;
  }

  /** Entries refused because a bound was reached (monotonic). */
  get refused(): number {
    return this.#refused;
  }

  get neighbors(): string[] {
    return [...this.#heard.keys()];
  }

  /** A direct link to `nodeId` is up: it is 1 hop away, and must be told everything we reach. */
  neighborUp(nodeId: string): void {
    if (nodeId === this.#self || this.#heard.has(nodeId)) return;
    this.#heard.set(nodeId, new Map());
    this.#told.set(nodeId, new Map());
    this.#recompute(nodeId);
  }

  /** The direct link to `nodeId` went: every route through it goes too. */
  neighborDown(nodeId: string): void {
    const heard = this.#heard.get(nodeId);
    if (heard === undefined) return;
    this.#entries -= heard.size;
    this.#heard.delete(nodeId);
    this.#told.delete(nodeId);
    this.#recompute(nodeId, ...heard.keys());
  }

  /**
   * A reach frame from neighbour `from`: a snapshot replaces what it said, changes update it
   * (hops 0 or past the horizon = no longer reached). Returns how many entries were refused.
   */
  apply(from: string, entries: readonly ReachEntry[], snapshot: boolean): number {
    const heard = this.#heard.get(from);
    if (heard === undefined) return 0;
    const touched = new Set<string>();
    if (snapshot) {
      for (const d of heard.keys()) touched.add(d);
      this.#entries -= heard.size;
      heard.clear();
    }
    let refused = 0;
    const sorted = [...entries].sort((a, b) => a.hops - b.hops);
    for (const e of sorted) {
      if (typeof e.nodeId !== 'string' || e.nodeId === '' || e.nodeId === this.#self || e.nodeId === from) continue;
      touched.add(e.nodeId);
      const had = heard.has(e.nodeId);
      if (e.hops <= 0 || e.hops >= this.horizon) {
        if (had) {
          heard.delete(e.nodeId);
          this.#entries--;
        }
        continue;
      }
      if (!had && (heard.size >= this.#maxPerNeighbor || this.#entries >= this.#maxEntries)) {
        refused++;
        continue;
      }
      if (!had) this.#entries++;
      heard.set(e.nodeId, e.hops);
    }
    this.#refused += refused;
    this.#recompute(...touched);
    return refused;
  }

  /** The route to `nodeId`, or undefined when no neighbour reaches it within the horizon. */
  route(nodeId: string): Route | undefined {
    return this.#best.get(nodeId);
  }

  /** Every destination reached, nearest first. */
  routes(): Route[] {
    return [...this.#best.values()].sort((a, b) => a.hops - b.hops || (a.nodeId < b.nodeId ? -1 : 1));
  }

  /**
   * What neighbour `to` must be told now: a snapshot when it was told nothing yet (`all`), else
   * the changes since the last call. Marks them told. Empty: nothing to say.
   */
  pending(to: string, all = false): ReachEntry[] {
    const told = this.#told.get(to);
    if (told === undefined) return [];
    const want = this.#offerFor(to);
    const out: ReachEntry[] = [];
    if (all) {
      told.clear();
      for (const [d, hops] of want) {
        told.set(d, hops);
        out.push({ nodeId: d, hops });
      }
      return out;
    }
    for (const [d, hops] of want) {
      if (told.get(d) !== hops) {
        told.set(d, hops);
        out.push({ nodeId: d, hops });
      }
    }
    for (const d of [...told.keys()]) {
      if (!want.has(d)) {
        told.delete(d);
        out.push({ nodeId: d, hops: 0 });
      }
    }
    return out;
  }

  /** What we offer neighbour `to`: every route not through it, one hop longer than ours, within the horizon. */
  #offerFor(to: string): Map<string, number> {
    const offer = new Map<string, number>();
    for (const r of this.#best.values()) {
      if (r.nodeId === to || r.via === to) continue; // split horizon, poisoned by omission (a withdrawal)
      if (r.hops + 1 >= this.horizon) continue;
      offer.set(r.nodeId, r.hops);
    }
    return offer;
  }

  #recompute(...destinations: string[]): void {
    for (const d of destinations) {
      if (d === this.#self) continue;
      if (this.#heard.has(d)) {
        this.#best.set(d, { nodeId: d, via: d, hops: 1 });
        continue;
      }
      let best: Route | undefined;
      for (const [n, heard] of this.#heard) {
        const h = heard.get(d);
        if (h === undefined) continue;
        const hops = h + 1;
        if (hops >= this.horizon) continue;
        if (best === undefined || hops < best.hops || (hops === best.hops && n < best.via)) best = { nodeId: d, via: n, hops };
      }
      if (best === undefined) this.#best.delete(d);
      else this.#best.set(d, best);
    }
  }
}
