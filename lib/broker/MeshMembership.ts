/**
 * Who exchanges pub/sub interest: every node of a realm, linked to every other (NATS clusters are
 * a full mesh of routes: the one-hop rule — a routed message is delivered locally and never
 * forwarded — needs it). Each node publishes a membership record in the DHT under
 * `dhtKey(realm, MEMBERSHIP_DHT_NAME)` (routing republishes it, and withdraws it at a graceful
 * stop) and links to every member it finds that it has no link to:
 *
 * - at start, at once and then with a doubling pause while it has found nobody (routing may not
 *   have joined yet), then every `intervalMs`: a restarted node links to everyone at its start,
 *   and a partition that heals is re-linked within one interval;
 * - once, shortly after a link to a member went (MEMBER_RELINK_DELAY_MS);
 * - whenever a snapshot names members it has no link to (gossip: the DHT holds at most 64 records
 *   per key, so a node that found one member learns the rest from it).
 *
 * With cells (`cellBits` > 0, lib/pubsub/cells.ts) the record is published under the node's cell's
 * key (`dhtKey(realm, "pubsub/nodes/<bits>/<cell>")`), the lookups above find the members of its
 * own cell, and each round also looks up every other cell this node has no link into and dials
 * one of its nodes at random (a cell found empty is looked up again after a doubling pause of up
 * to CELL_LOOKUP_MAX_PAUSE_ROUNDS rounds). Members named by a snapshot are dialled when they are of
 * this cell, or of a cell it has no link into.
 *
 * Interest itself rides on every link that comes up (InterestExchange), whoever dialled it and
 * why, so this only makes sure the links exist. Dials are bounded (MAX_MEMBER_DIALS_IN_FLIGHT,
 * one per node at a time) with a bounded backlog.
 */
import { dhtKey } from '../dht/ids.js';
import { cellOf, DEFAULT_MEMBERSHIP_INTERVAL_MS, MAX_MEMBER_BACKLOG, MAX_MEMBER_DIALS_IN_FLIGHT, MEMBER_RELINK_DELAY_MS, MEMBERSHIP_DHT_NAME, MEMBERSHIP_FIRST_POLL_MS, MEMBERSHIP_LOOKUP_WANT } from '../pubsub/index.js';
import { MaculaError } from '../errors/index.js';
import type { MeshMember } from './InterestExchange.js';
import { MESH_POOL_MAX } from './constants.js';
import { RefusalLog } from './RefusalLog.js';
import type { DhtAccess, WarnLogger } from './types.js';

/** How pub/sub makes and keeps links (the mesh worker's MeshPool; in-memory links in the simulation). */
export interface MeshLinks {
  /** The link to `nodeId` at `endpoint` (the one held, or a dial). */
  link(nodeId: string, endpoint: string): Promise<unknown>;
  /** Keep the link to `nodeId` from idle and LRU eviction until the release is called. */
  pin(nodeId: string): (() => void) | undefined;
  /** A live link to `nodeId` is held. */
  linked(nodeId: string): boolean;
}

export interface MeshMembershipOptions {
  nodeId: string;
  realms: readonly string[];
  dht: DhtAccess | undefined;
  links: MeshLinks;
  /** Wraps every timer and callback (the pub/sub worker's FaultBoundary guard). */
  guard: <A extends unknown[]>(fn: (...args: A) => unknown) => (...args: A) => void;
  /** @default DEFAULT_MEMBERSHIP_INTERVAL_MS */
  intervalMs?: number;
  /** @default MEMBERSHIP_FIRST_POLL_MS */
  firstPollMs?: number;
  /** @default MAX_MEMBER_DIALS_IN_FLIGHT */
  maxDials?: number;
  /** @default MEMBER_RELINK_DELAY_MS */
  relinkDelayMs?: number;
  /** Where a member refused for a full link table is reported (rate-bounded). @default none */
  logger?: WarnLogger;
  /** Cell bits (lib/pubsub/cells.ts). @default 0: one cell, every member linked */
  cellBits?: number;
  /** True when some live link goes into `cell` (cells only). */
  cellLinked?: (cell: number) => boolean;
  /** Random in [0, 1) choosing a cell's node to dial. @default Math.random */
  random?: () => number;
}

/**
 * A cell with no node found is looked up again after skipping 1, 2, 4 rounds, then every 4: a
 * node that is the first of its cell is found by every other node within 5 rounds (it dials into
 * every cell itself at its start), and a small mesh with many cell bits asks for its empty cells
 * a fifth as often.
 */
export const CELL_LOOKUP_MAX_PAUSE_ROUNDS = 4;
/**
 * Nodes of another cell asked of the DHT per lookup, one of them dialled at random: all the DHT
 * holds (MEMBERSHIP_LOOKUP_WANT), so the links into a cell spread over up to 64 of its nodes —
 * at 10,000 nodes in 128 cells, about 155 each, instead of every dialler picking the same few.
 */
export const CELL_LOOKUP_WANT = MEMBERSHIP_LOOKUP_WANT;
/** Cell lookups in flight at once in a round. */
export const CELL_LOOKUPS_IN_FLIGHT = 8;

/** The DHT name of the membership records of `cell` under `bits` cell bits (MEMBERSHIP_DHT_NAME with 0 bits). */
export function membershipName(bits: number, cell: number): string {
  return bits <= 0 ? MEMBERSHIP_DHT_NAME : `${MEMBERSHIP_DHT_NAME}/${bits}/${cell}`;
}

export class MeshMembership {
  readonly #o: MeshMembershipOptions;
  readonly #dialling = new Set<string>();
  /** Members waiting for a dial slot (node id → endpoint). */
  readonly #backlog = new Map<string, string>();
  readonly #timers = new Set<NodeJS.Timeout>();
  #running = false;
  #published = false;
  #full: RefusalLog | undefined;
  #pauseMs: number;
  readonly #bits: number;
  readonly #cell: number;
  /** Other cells found empty: cell → rounds to skip before the next lookup, and the pause after it. Bounded by the cells. */
  readonly #emptyCells = new Map<number, { skip: number; pause: number }>();
  /** Dials started (monotonic). */
  dials = 0;
  /** Lookups of other cells made (monotonic; cells only). */
  cellLookups = 0;

  constructor(options: MeshMembershipOptions) {
    this.#o = options;
    this.#pauseMs = options.firstPollMs ?? MEMBERSHIP_FIRST_POLL_MS;
    this.#bits = options.cellBits ?? 0;
    this.#cell = cellOf(options.nodeId, this.#bits);
    this.#full = options.logger === undefined ? undefined : new RefusalLog(options.logger);
  }

  /** Members not linked because a link table (this node's or theirs) was full (monotonic). */
  refusedFull = 0;

  /** Members waiting for a dial. */
  get backlog(): number {
    return this.#backlog.size;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    if (this.#o.dht === undefined) return;
    this.#after(0, () => this.#round());
  }

  /** Stop looking (records stay: routing withdraws them at a graceful stop, and a restarted pub/sub is still a member). */
  stop(): void {
    this.#running = false;
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
    this.#backlog.clear();
  }

  /**
   * A link to a member went (its node restarting, a partition, the mesh worker restarting): dial
   * it again once after MEMBER_RELINK_DELAY_MS; the rounds keep trying after that.
   */
  lost(member: MeshMember): void {
    if (this.#o.dht === undefined) return;
    this.#after(this.#o.relinkDelayMs ?? MEMBER_RELINK_DELAY_MS, async () => this.#offerOne(member));
  }

  /** Members another node named: link to those without a link. */
  offer(members: readonly MeshMember[]): void {
    // no DHT (an in-process broker with no routing process): membership is off, and pub/sub uses
    // the links others make (multi-hop and pool tests build their own topologies)
    if (this.#o.dht === undefined) return;
    for (const m of members) this.#offerOne(m);
  }

  /** Dial `m` if it is of this cell, or of a cell with no link into it yet. */
  #offerOne(m: MeshMember): void {
    const cell = cellOf(m.nodeId, this.#bits);
    if (cell !== this.#cell && this.#o.cellLinked?.(cell) === true) return;
    this.#want(m.nodeId, m.endpoint);
  }

  get #intervalMs(): number {
    return this.#o.intervalMs ?? DEFAULT_MEMBERSHIP_INTERVAL_MS;
  }

  #after(ms: number, fn: () => Promise<void>): void {
    if (!this.#running) return;
    const t = setTimeout(this.#o.guard(() => {
      this.#timers.delete(t);
      return fn();
    }), ms);
    t.unref();
    this.#timers.add(t);
  }

  /** Publish our record (until it took), look members up, link to the new ones; then again later. */
  async #round(): Promise<void> {
    const dht = this.#o.dht!;
    let found = 0;
    try {
      const own = membershipName(this.#bits, this.#cell);
      if (!this.#published) {
        for (const realm of this.#o.realms) await dht.publish(dhtKey(realm, own), {});
        this.#published = true;
      }
      for (const realm of this.#o.realms) {
        const records = await dht.findProviders(dhtKey(realm, own), MEMBERSHIP_LOOKUP_WANT);
        for (const r of records) {
          if (r.nodeId === this.#o.nodeId) continue;
          found++;
          this.#want(r.nodeId, r.endpoint);
        }
      }
      if (this.#bits > 0) found += await this.#lookUpCells();
    } catch {
      // routing not up yet, or a lookup failed: the next round tries again
    }
    if (found > 0 && this.#published) {
      this.#after(this.#intervalMs, () => this.#round());
    } else {
      const pause = this.#pauseMs;
      this.#pauseMs = Math.min(this.#pauseMs * 2, this.#intervalMs);
      this.#after(pause, () => this.#round());
    }
  }

  /** Look up every other cell with no link into it (an empty one after its pause); returns the cells found. */
  async #lookUpCells(): Promise<number> {
    const dht = this.#o.dht!;
    const due: number[] = [];
    for (let cell = 0; cell < 2 ** this.#bits; cell++) {
      if (cell === this.#cell || this.#o.cellLinked?.(cell) === true) continue;
      const empty = this.#emptyCells.get(cell);
      if (empty !== undefined && empty.skip > 0) {
        empty.skip--;
        continue;
      }
      due.push(cell);
    }
    let found = 0;
    const random = this.#o.random ?? Math.random;
    const one = async (cell: number): Promise<void> => {
      const records: Array<{ nodeId: string; endpoint: string }> = [];
      for (const realm of this.#o.realms) {
        this.cellLookups++;
        for (const r of await dht.findProviders(dhtKey(realm, membershipName(this.#bits, cell)), CELL_LOOKUP_WANT)) if (r.nodeId !== this.#o.nodeId) records.push(r);
      }
      if (records.length === 0) {
        const pause = Math.min((this.#emptyCells.get(cell)?.pause ?? 0) * 2 || 1, CELL_LOOKUP_MAX_PAUSE_ROUNDS);
        this.#emptyCells.set(cell, { skip: pause, pause });
        return;
      }
      this.#emptyCells.delete(cell);
      found++;
      const r = records[Math.floor(random() * records.length)]!;
      this.#want(r.nodeId, r.endpoint);
    };
    for (let i = 0; i < due.length && this.#running; i += CELL_LOOKUPS_IN_FLIGHT) {
      await Promise.all(due.slice(i, i + CELL_LOOKUPS_IN_FLIGHT).map((c) => one(c).catch(() => undefined)));
    }
    return found;
  }

  #want(nodeId: string, endpoint: string): void {
    if (!this.#running || nodeId === this.#o.nodeId || this.#dialling.has(nodeId) || this.#o.links.linked(nodeId)) return;
    if (this.#dialling.size >= (this.#o.maxDials ?? MAX_MEMBER_DIALS_IN_FLIGHT)) {
      if (this.#backlog.size < MAX_MEMBER_BACKLOG) this.#backlog.set(nodeId, endpoint);
      return;
    }
    this.#dialling.add(nodeId);
    this.dials++;
    const done = this.#o.guard(() => {
      this.#dialling.delete(nodeId);
      const next = this.#backlog.entries().next();
      if (!next.done) {
        this.#backlog.delete(next.value[0]);
        this.#want(next.value[0], next.value[1]);
      }
    });
    let dial: Promise<unknown>;
    try {
      dial = this.#o.links.link(nodeId, endpoint);
    } catch (err) {
      dial = Promise.reject(err);
    }
    // a failed dial (node gone, mesh restarting) is retried at the next round
    dial.then(done, (err: unknown) => {
      if (err instanceof MaculaError && err.code === 'too_many_links') {
        // the mesh outgrew the full mesh of links (docs/ARCHITECTURE.md "How large a mesh"): say so
        this.refusedFull++;
        const advice = this.#bits === 0
          ? `so one full mesh holds at most ${MESH_POOL_MAX + 1} nodes: set pubsub_cell_bits (about log2(nodes) / 2, the same on every node) to split the realm into cells`
          : `so with pubsub_cell_bits ${this.#bits} a cell of this size plus one link into each of the ${2 ** this.#bits - 1} other cells does not fit: more cell bits make cells smaller`;
        this.#full?.warn({ node_id: nodeId, code: err.code }, `pub/sub mesh full: no link to member ${nodeId.slice(0, 12)} (${err.message}); a node links to at most ${MESH_POOL_MAX} others, ${advice}; this node and that one exchange no events`);
      }
      done();
    });
  }
}
