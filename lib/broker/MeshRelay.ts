/**
 * Multi-hop for macula_gateway_mesh (issue 12 item 3): when two nodes cannot reach each other
 * directly, their traffic goes through nodes that can.
 *
 * - Routes: MeshRoutes, a distance vector over the direct links, exchanged in `reach` frames (a
 *   snapshot when a link comes up, changes batched for REACH_FLUSH_MS after).
 * - Sending: a RoutedLink per node reached only through relays; the workers use it as a link.
 * - Relaying: a frame whose envelope names another node as its destination is forwarded on the
 *   direct link to that node, else to its route's next hop, never back on the link it came from
 *   (only towards the destination). It counts one more hop; one that would cross more links than
 *   its max_hops is dropped and its origin told `max_hops_exceeded`; one with no way on is
 *   dropped with `node_unreachable` to its origin. A bounded seen-cache of (origin, packet id)
 *   drops a copy that comes round again during a route change.
 * - Receiving: a frame for this node from a node that is not the link's own is that node's, and
 *   arrives on its RoutedLink (created when the first frame comes, as an inbound link would be).
 * - A bounce (`max_hops_exceeded` / `node_unreachable` from a relay) for an RPC invocation becomes
 *   that invocation's InvocationError on the destination's link, so the call fails over or fails
 *   with that code; other bounces are counted and logged.
 */
import { LRUCache } from 'lru-cache';
import { MaculaError } from '../errors/index.js';
import { decodeFrame, encodeFrame, toWireError, type Frame, type FrameInit } from '../protocol/index.js';
import {
  DEFAULT_MAX_HOPS, MAX_ROUTED_LINKS, REACH_ENTRIES_PER_FRAME, REACH_FLUSH_MS, SEEN_CACHE_MAX, SEEN_CACHE_TTL_MS,
} from './constants.js';
import { MeshRoutes, type ReachEntry, type Route } from './MeshRoutes.js';
import type { MeshLink, NodeLink } from './NodeLink.js';
import { RoutedLink, type RelayHost } from './RoutedLink.js';

/** What the relay needs from the mesh worker. */
export interface RelayContext {
  readonly selfId: string;
  readonly realms: readonly string[];
  /** max_hops this node puts on the frames it originates. */
  readonly maxHops: number;
  /** Routed links held at once; beyond it the least recently used one closes (too_many_links). @default MAX_ROUTED_LINKS */
  readonly maxRoutedLinks?: number;
  /** The live direct link to `nodeId`. */
  direct(nodeId: string): NodeLink | undefined;
  directLinks(): NodeLink[];
  /** mesh_trust for a node heard only through relays: the refusal, or undefined. */
  admits(nodeId: string): MaculaError | undefined;
  /** Hand a frame that arrived for this node to whoever handles its kind, as `link`'s. */
  deliver(link: MeshLink, frame: Frame): void;
  /** Tell the workers a (routed) link came up / went. */
  linkUp(link: MeshLink): void;
  linkDown(link: MeshLink): void;
  guard<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => void;
  warn(fields: Record<string, unknown>, message: string): void;
}

export type DropReason = 'max_hops_exceeded' | 'node_unreachable' | 'duplicate' | 'realm' | 'no_origin' | 'not_trusted';

export interface RelayStats {
  relayed: number;
  delivered: number;
  dropped: Record<DropReason, number>;
  bounced: number;
  routedLinks: number;
  routes: number;
  routeEntries: number;
  routeEntriesRefused: number;
}

const NEVER_BOUNCED: ReadonlySet<string> = new Set(['error', 'goodbye', 'pong', 'ping', 'reach']);

export class MeshRelay {
  readonly routes: MeshRoutes;
  readonly #c: RelayContext;
  readonly #routed = new Map<string, RoutedLink>();
  readonly #seen = new LRUCache<string, true>({ max: SEEN_CACHE_MAX, ttl: SEEN_CACHE_TTL_MS, ttlAutopurge: false });
  readonly #host: RelayHost;
  #flush: NodeJS.Timeout | undefined;
  #stopped = false;
  readonly #stats: Omit<RelayStats, 'routedLinks' | 'routes' | 'routeEntries' | 'routeEntriesRefused'> = {
    relayed: 0, delivered: 0, bounced: 0, dropped: { max_hops_exceeded: 0, node_unreachable: 0, duplicate: 0, realm: 0, no_origin: 0, not_trusted: 0 },
  };

  constructor(context: RelayContext) {
    this.#c = context;
    this.routes = new MeshRoutes(context.selfId);
    this.#host = {
      selfId: context.selfId,
      maxHops: context.maxHops,
      nextHop: (nodeId) => {
        const r = this.routes.route(nodeId);
        const link = r === undefined ? undefined : this.#c.direct(r.via);
        return link === undefined || r === undefined ? undefined : { nodeId: r.via, hops: r.hops, send: (f: FrameInit) => link.send(f) };
      },
    };
  }

  stats(): RelayStats {
    return { ...this.#stats, dropped: { ...this.#stats.dropped }, routedLinks: this.#routed.size, routes: this.routes.routes().length, routeEntries: this.routes.entries, routeEntriesRefused: this.routes.refused };
  }

  /** The routed link to `nodeId`, if one is open. */
  get(nodeId: string): RoutedLink | undefined {
    const l = this.#routed.get(nodeId);
    return l === undefined || l.closed ? undefined : l;
  }

  routedLinks(): RoutedLink[] {
    return [...this.#routed.values()];
  }

  /** A node some neighbour reaches (not counting a direct link). */
  reaches(nodeId: string): boolean {
    const r = this.routes.route(nodeId);
    return r !== undefined && r.via !== nodeId;
  }

  /**
   * The routed link to `nodeId`, opened when a route exists; undefined when none does. Throws
   * `not_trusted` when mesh_trust would not admit that node's relayed traffic either.
   */
  open(nodeId: string, endpoint: string): RoutedLink | undefined {
    const held = this.get(nodeId);
    if (held !== undefined) return held;
    if (this.#stopped || !this.reaches(nodeId)) return undefined;
    const distrust = this.#c.admits(nodeId);
    if (distrust !== undefined) throw distrust;
    return this.#create(nodeId, endpoint, 'local');
  }

  /** A direct link came up: it is a neighbour; a routed link to that node gives way to it. */
  linkUp(link: NodeLink): void {
    this.routes.neighborUp(link.nodeId);
    this.#sendReach(link, this.routes.pending(link.nodeId, true), true);
    this.#scheduleFlush();
    this.#routed.get(link.nodeId)?.end(new MaculaError('already_registered', 'a direct link replaced the route through relays'));
  }

  /** A direct link went (and no other direct link to that node is up). */
  linkDown(nodeId: string): void {
    if (this.#c.direct(nodeId) !== undefined) return;
    this.routes.neighborDown(nodeId);
    this.#afterRouteChange();
  }

  onReach(link: NodeLink, body: NonNullable<Frame['reach']>): void {
    const entries: ReachEntry[] = (body.entries ?? []).map((e) => ({ nodeId: e.nodeId ?? '', hops: e.hops ?? 0 }));
    const refused = this.routes.apply(link.nodeId, entries, body.snapshot === true);
    if (refused > 0) this.#c.warn({ from: link.nodeId.slice(0, 12), refused, entries: this.routes.entries }, 'reach entries refused: route table bound reached');
    this.#afterRouteChange();
  }

  /** A frame with a destination arrived on direct link `from`: deliver it here or forward it. */
  onRouted(from: NodeLink, frame: Frame): void {
    const route = frame.route!;
    const origin = route.originNodeId ?? '';
    const destination = route.destinationNodeId ?? '';
    if (origin === '' || origin === this.#c.selfId) return this.#drop('no_origin');
    if (route.realm && !this.#c.realms.includes(route.realm)) return this.#drop('realm');
    const key = `${origin}:${route.packetId ?? 0}`;
    if ((route.packetId ?? 0) !== 0) {
      if (this.#seen.has(key)) return this.#drop('duplicate');
      this.#seen.set(key, true);
    }
    if (destination === this.#c.selfId) return this.#receive(from, origin, frame);
    this.#forward(from, origin, destination, frame);
  }

  /** End every routed link and stop (the mesh worker stops). */
  stop(): void {
    this.#stopped = true;
    if (this.#flush !== undefined) clearTimeout(this.#flush);
    const why = new MaculaError('shutdown', 'macula_gateway_mesh restarting');
    for (const l of [...this.#routed.values()]) l.end(why);
    this.#routed.clear();
  }

  /** Routed links unused since `cutoff` are closed (as idle direct links are). */
  closeIdle(cutoffMs: number): void {
    for (const l of [...this.#routed.values()]) if (l.lastUsedMs < cutoffMs) void l.close(new MaculaError('shutdown', 'idle'));
  }

  #receive(from: NodeLink, origin: string, frame: Frame): void {
    this.#stats.delivered++;
    if (frame.body === 'error' && this.#bounce(frame)) return;
    // the link's own node, or a node with a direct link too: deliver as that link's
    const direct = origin === from.nodeId ? from : this.#c.direct(origin);
    if (direct !== undefined) return this.#c.deliver(direct, frame);
    let link = this.#routed.get(origin);
    if (link === undefined) {
      const distrust = this.#c.admits(origin);
      if (distrust !== undefined) {
        this.#drop('not_trusted');
        this.#c.warn({ ...distrust.details, via: from.nodeId.slice(0, 12) }, distrust.message);
        return;
      }
      link = this.#create(origin, '', 'remote');
    }
    if (link === undefined) return;
    link.lastUsedMs = Date.now();
    if (frame.body === 'goodbye') return link.end(frame.goodbye?.code ? MaculaError.fromWire(frame.goodbye.code, frame.goodbye.reason || 'the other node left', {}) : undefined);
    if (frame.body === 'ping') return void link.send({ pong: { seq: frame.ping?.seq ?? 0 } });
    if (frame.body === 'pong' || frame.body === 'reach') return;
    this.#c.deliver(link, frame);
  }

  #forward(from: NodeLink, origin: string, destination: string, frame: Frame): void {
    const route = frame.route!;
    const crossed = (route.hopCount ?? 0) + 1;
    const maxHops = route.maxHops || DEFAULT_MAX_HOPS;
    if (crossed + 1 > maxHops) {
      this.#drop('max_hops_exceeded');
      return this.#bounceBack(origin, destination, frame, new MaculaError('max_hops_exceeded', `a frame for node ${destination.slice(0, 12)} reached its limit of ${maxHops} hops at node ${this.#c.selfId.slice(0, 12)}`, { details: { maxHops, hops: crossed } }));
    }
    const direct = this.#c.direct(destination);
    const r = this.routes.route(destination);
    const next = direct ?? (r !== undefined && r.via !== from.nodeId ? this.#c.direct(r.via) : undefined);
    if (next === undefined || next === from) {
      this.#drop('node_unreachable');
      return this.#bounceBack(origin, destination, frame, new MaculaError('node_unreachable', `node ${this.#c.selfId.slice(0, 12)} has no route to node ${destination.slice(0, 12)}`, {}));
    }
    this.#stats.relayed++;
    next.send({ ...frame, route: { ...route, hopCount: crossed } } as FrameInit);
  }

  /** Tell the origin why its frame stopped here (never for frames that are themselves answers). */
  #bounceBack(origin: string, destination: string, frame: Frame, err: MaculaError): void {
    if (frame.body == null || NEVER_BOUNCED.has(frame.body)) return;
    const details = { ...err.details, destination, relay: this.#c.selfId, kind: frame.body, invocationId: frame.invocation?.invocationId ?? undefined };
    const bounce = new MaculaError(err.code, err.message, { details });
    const back: FrameInit = { route: { originNodeId: this.#c.selfId, destinationNodeId: origin, hopCount: 0, maxHops: DEFAULT_MAX_HOPS, realm: frame.route?.realm ?? '' }, error: toWireError(bounce, 0) };
    const direct = this.#c.direct(origin);
    const r = this.routes.route(origin);
    (direct ?? (r === undefined ? undefined : this.#c.direct(r.via)))?.send(back);
  }

  /** A relay's bounce arrived here: an invocation's becomes its InvocationError; true when handled. */
  #bounce(frame: Frame): boolean {
    const e = frame.error!;
    const code = e.codeName ?? '';
    if (code !== 'max_hops_exceeded' && code !== 'node_unreachable') return false;
    let details: { destination?: string; kind?: string; invocationId?: number } = {};
    try {
      details = JSON.parse(e.detailsJson || '{}') as typeof details;
    } catch {
      // not ours: counted below all the same
    }
    this.#stats.bounced++;
    this.#c.warn({ code, destination: details.destination?.slice(0, 12), kind: details.kind }, e.message ?? code);
    const link = details.destination === undefined ? undefined : (this.#c.direct(details.destination) ?? this.get(details.destination));
    if (link !== undefined && details.kind === 'invocation' && typeof details.invocationId === 'number') {
      // declined: no handler ran, so the caller's node fails the call over (RemoteRpc)
      this.#c.deliver(link, decodeFrame(encodeFrame({ route: { realm: frame.route?.realm ?? '' }, invocationError: { invocationId: details.invocationId, message: e.message ?? code, code: e.code ?? 0, detailsJson: e.detailsJson ?? '', declined: true } })));
    }
    return true;
  }

  #create(nodeId: string, endpoint: string, initiator: 'local' | 'remote'): RoutedLink | undefined {
    if (this.#stopped) return undefined;
    const max = this.#c.maxRoutedLinks ?? MAX_ROUTED_LINKS;
    if (this.#routed.size >= max) {
      // the least recently used routed link gives way (Map order is creation; find the oldest use)
      let victim: RoutedLink | undefined;
      for (const l of this.#routed.values()) if (victim === undefined || l.lastUsedMs < victim.lastUsedMs) victim = l;
      // end() emits close at once: its handler takes it out of the table and tells the workers
      victim?.end(new MaculaError('too_many_links', `routed links full (${max}): least recently used`, { details: { limit: max } }));
    }
    const realm = this.#c.realms[0] ?? '';
    const link = new RoutedLink(nodeId, realm, initiator, endpoint, this.#host);
    this.#routed.set(nodeId, link);
    link.once('close', this.#c.guard(() => {
      if (this.#routed.get(nodeId) === link) this.#routed.delete(nodeId);
      this.#c.linkDown(link);
    }));
    this.#c.linkUp(link);
    return link;
  }

  #drop(reason: DropReason): void {
    this.#stats.dropped[reason]++;
  }

  #afterRouteChange(): void {
    this.#scheduleFlush();
    for (const l of [...this.#routed.values()]) {
      if (!this.reaches(l.nodeId) && this.#c.direct(l.nodeId) === undefined) {
        l.end(new MaculaError('node_unreachable', `no route to node ${l.nodeId.slice(0, 12)} any more`, { details: { nodeId: l.nodeId } }));
      }
    }
  }

  #scheduleFlush(): void {
    if (this.#flush !== undefined || this.#stopped) return;
    this.#flush = setTimeout(this.#c.guard(() => {
      this.#flush = undefined;
      for (const link of this.#c.directLinks()) this.#sendReach(link, this.routes.pending(link.nodeId), false);
    }), REACH_FLUSH_MS);
  }

  #sendReach(link: NodeLink, entries: ReachEntry[], snapshot: boolean): void {
    if (entries.length === 0 && !snapshot) return;
    for (let i = 0; i === 0 || i < entries.length; i += REACH_ENTRIES_PER_FRAME) {
      link.send({ reach: { snapshot: snapshot && i === 0, entries: entries.slice(i, i + REACH_ENTRIES_PER_FRAME) } });
    }
  }
}

export type { Route };
