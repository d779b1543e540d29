/**
 * macula_gateway_pubsub (seed §4, child 2): subscribe / unsubscribe / publish for the clients of
 * this gateway, one TopicTrie per realm (nothing crosses realms). Each subscription whose pattern
 * matches a publish gets the event once, at most once (qos 0 delivery; qos 1 only acknowledges
 * the hand-off). Fan-out writes to each target's bounded queue and never waits; a subscriber
 * left congested holds the publisher's reads until it drains (EventFrames.holdPublisher), and
 * one that does not read is disconnected with `slow_consumer` (ClientSession) while the
 * publisher and the other subscribers go on.
 *
 * The index is derived state: each incarnation builds its tries from the subscription records
 * the ClientTable's sessions own (the one copy), so a restart (rest_for_one: pubsub + rpc + mesh)
 * loses no subscription and clients need not resubscribe. Targets are DeliveryTargets (a local
 * session, or a remote node's link).
 *
 * Queue groups (NATS): a subscription may name a queue group; of each group a message matches,
 * one member gets it — round robin among the group's members here.
 *
 * Across the mesh (docs/ARCHITECTURE.md "Across the mesh"): every node of the realm links to
 * every other (MeshMembership) and tells each its interest (InterestExchange: refcounted
 * (pattern, queue) entries, a snapshot per link, sequence-checked deltas). A publish is matched
 * here against the local subscriptions and against every other node's patterns
 * (RemoteInterest), and each interested node is sent one routed_event however many of its
 * patterns match; a routed_event that arrives is delivered to local subscriptions only and never
 * forwarded (the one-hop rule: no loops, no amplification). A queue group is served by a local
 * member when the publisher's node has one, else by one node with members (round robin), which
 * picks among its own members only. Permissions stay where the client is: its publish and its
 * subscribe are checked at its own gateway; node links are admitted by mesh_trust.
 *
 * Cells (`cellBits` > 0, lib/pubsub/cells.ts; NATS superclusters): the full mesh is per cell, and a
 * node links to one node of every other cell too, which tells it that cell's whole interest
 * (InterestExchange). A publish goes as above to the interested nodes of its own cell, and as one
 * routed_event marked `fanout` to each interested other cell's node; that node delivers it
 * locally and sends one copy (unmarked, so never forwarded again) to each interested node of its
 * cell. At most two hops, one copy per interested node and at most one per cell to a node that
 * only relays it. Queue groups prefer the publisher's node, then its cell, then one other cell
 * (whose relay picks a member in its cell the same way).
 *
 * Backpressure across nodes (as on one node): a routed event that leaves a local subscriber above
 * its pressure mark holds the link it came on (NodeLink.holdReads: the link is not read, QUIC flow
 * control fills the sending node's queue for it); at the sending node a link left above its own
 * mark by a publish holds the publishing session (NodeLink.hold) until it drains. Each hold is
 * bounded: the subscriber by its slowConsumerMs, the link by LINK_SLOW_CONSUMER_MS (cut as
 * slow_consumer either way, releasing what it held).
 */
import { MaculaError } from '../errors/index.js';
import { toWireError, type Frame, type FrameBody } from '../protocol/index.js';
import { INTEREST_SNAPSHOT_WAIT_MS, TopicTrie, cellOf, validatePattern, validateQueue, type RemoteInterest } from '../pubsub/index.js';
import { topicSegments } from '../pubsub/validate.js';
import type { Worker, WorkerContext } from '../supervisor/types.js';
import type { ClientSession } from './ClientSession.js';
import type { ClientTable } from './ClientTable.js';
import { MAX_SUBSCRIPTIONS_PER_CLIENT, MAX_SUBSCRIPTIONS_PER_GATEWAY } from './constants.js';
import { EventFrames, type Holdable } from './EventFrames.js';
import type { GatewayState } from './GatewayState.js';
import { InterestExchange, type InterestLink, type InterestStats } from './InterestExchange.js';
import type { MeshLink } from './NodeLink.js';
import { MeshMembership, type MeshLinks } from './MeshMembership.js';
import { RefusalLog } from './RefusalLog.js';
import type { LinkAware, SubscriptionRecord, WarnLogger } from './types.js';

const EMPTY = new Uint8Array(0);
const NO_QUEUES: ReadonlySet<string> = new Set();

export interface PubSubRouterOptions {
  /** @default MAX_SUBSCRIPTIONS_PER_CLIENT */
  maxSubscriptionsPerClient?: number;
  /** Subscriptions per realm index. @default MAX_SUBSCRIPTIONS_PER_GATEWAY */
  maxSubscriptions?: number;
  /** Interest entries held per remote node's link. @default MAX_REMOTE_INTEREST_PER_NODE */
  maxRemoteInterestPerNode?: number;
  /** Remote interest entries per realm. @default MAX_REMOTE_INTEREST */
  maxRemoteInterest?: number;
  /** How often the DHT is asked for the realm's members. @default DEFAULT_MEMBERSHIP_INTERVAL_MS */
  membershipIntervalMs?: number;
  /** How links are made and pinned. @default the mesh worker (MeshPool.link / pin) */
  links?: MeshLinks;
  /**
   * Take part in pub/sub across the mesh (exchange interest on node links, route publishes).
   * It needs membership, which needs the DHT: without one (an in-process broker with no routing
   * process) pub/sub is this node's only, and node links carry only what others put on them.
   * @default true when the gateway has DHT access
   */
  mesh?: boolean;
  /**
   * Cell bits of the realm's mesh (`pubsub_cell_bits`, the same on every node of a realm;
   * lib/pubsub/cells.ts). @default 0: one cell, a full mesh
   */
  cellBits?: number;
  /** A link owing a snapshot this long asks for one (0: never). @default INTEREST_SNAPSHOT_WAIT_MS */
  snapshotWaitMs?: number;
  /** Where a link that owed its snapshot is reported (bounded, RefusalLog). */
  logger?: WarnLogger;
}

/** Routed events and interest, for tests and metrics. */
export interface MeshPubSubStats extends InterestStats {
  /** routed_event frames sent to other nodes. */
  eventsSent: number;
  /** routed_event frames received from other nodes. */
  eventsReceived: number;
  /** routed_event frames refused (bad topic). */
  eventsRefused: number;
  /** routed_event frames from another cell passed on to nodes of this one (cells only). */
  eventsRelayed: number;
  /** Remote interest entries held now (all realms). */
  remoteEntries: number;
  /** Links exchanging interest now. */
  links: number;
  /** DHT lookups of other cells this incarnation's membership made (cells only). */
  cellLookups: number;
}

/** The mesh worker as pub/sub's MeshLinks (a restarting mesh: dials fail, pins are skipped). */
function meshLinks(state: GatewayState): MeshLinks {
  return {
    link: (nodeId, endpoint) => state.call('mesh', (m) => m.link(nodeId, endpoint)),
    pin: (nodeId) => {
      try {
        return state.call('mesh', (m) => m.pin(nodeId));
      } catch {
        return undefined;
      }
    },
    linked: (nodeId) => state.get('mesh')?.get(nodeId) !== undefined,
  };
}

export class PubSubRouter implements Worker, LinkAware {
  readonly #state: GatewayState;
  readonly #o: PubSubRouterOptions;
  readonly #maxPerClient: number;
  readonly #max: number;
  readonly #tries = new Map<string, TopicTrie<SubscriptionRecord>>();
  readonly #links: MeshLinks;
  readonly #interest: InterestExchange;
  #membership: MeshMembership | undefined;
  /** Round-robin cursor of queue-group choices. */
  #rr = 0;
  /** Queue groups a publish served locally (reused: one publish at a time). */
  readonly #served = new Set<string>();
  /** Queue groups a relayed event served locally (reused likewise). */
  readonly #relayServed = new Set<string>();
  readonly #events = { eventsSent: 0, eventsReceived: 0, eventsRefused: 0, eventsRelayed: 0 };
  #unhook: (() => void) | undefined;
  readonly #meshOn: boolean;
  #snapshotCheck: NodeJS.Timeout | undefined;
  readonly #mismatchLog: RefusalLog;

  constructor(state: GatewayState, options: PubSubRouterOptions = {}) {
    this.#state = state;
    this.#o = options;
    this.#maxPerClient = options.maxSubscriptionsPerClient ?? MAX_SUBSCRIPTIONS_PER_CLIENT;
    this.#max = options.maxSubscriptions ?? MAX_SUBSCRIPTIONS_PER_GATEWAY;
    this.#links = options.links ?? meshLinks(state);
    this.#meshOn = options.mesh ?? state.dht !== undefined;
    this.#mismatchLog = new RefusalLog(options.logger);
    this.#interest = new InterestExchange({
      realms: state.realms,
      nodeId: state.nodeId,
      cellBits: options.cellBits,
      maxPerNode: options.maxRemoteInterestPerNode,
      maxTotal: options.maxRemoteInterest,
      pin: (nodeId) => this.#links.pin(nodeId),
      onMembers: (members) => this.#membership?.offer(members),
      onCellBitsMismatch: (nodeId, theirs) => this.#mismatchLog.warn({ node_id: nodeId, their_cell_bits: theirs, cell_bits: options.cellBits ?? 0 }, `node ${nodeId.slice(0, 12)} runs pubsub_cell_bits ${theirs}, this node ${options.cellBits ?? 0}: no pub/sub between the two (set the same pubsub_cell_bits on every node of the realm)`),
    });
  }

  /** Cross-node traffic and interest held (this incarnation). */
  get meshStats(): MeshPubSubStats {
    let remoteEntries = 0;
    for (const realm of this.#state.realms) remoteEntries += this.#interest.remote(realm)?.size ?? 0;
    return { ...this.#interest.stats, ...this.#events, remoteEntries, links: this.#interest.linkCount, cellLookups: this.#membership?.cellLookups ?? 0 };
  }

  /** The interest exchange (cells: this cell's entries, the designated link of each other cell). */
  get interest(): InterestExchange {
    return this.#interest;
  }

  /** Cells as `macula-cluster mesh` shows them: this node's cell and the node held for each other cell. */
  cells(): { bits: number; cell: number; cells: number; designated: Array<{ realm: string; cell: number; nodeId: string }> } {
    const bits = this.#interest.cellBits;
    const designated: Array<{ realm: string; cell: number; nodeId: string }> = [];
    for (const realm of this.#state.realms) for (const [cell, nodeId] of this.#interest.designated(realm)) designated.push({ realm, cell, nodeId });
    designated.sort((a, b) => a.cell - b.cell);
    return { bits, cell: cellOf(this.#state.nodeId, bits), cells: 2 ** bits, designated };
  }

  /** Other nodes' interest in `realm` (tests, diagnostics). */
  remoteInterest(realm: string): RemoteInterest<InterestLink> | undefined {
    return this.#interest.remote(realm);
  }

  /** Subscriptions in the index (all realms). */
  get subscriptionCount(): number {
    let n = 0;
    for (const t of this.#tries.values()) n += t.size;
    return n;
  }

  /**
   * Register a pattern (in a queue group when `queue` is set) for `session`; returns the
   * subscription id. Throws `invalid_topic` (pattern or queue name), `permission_denied`,
   * `too_many_subscriptions`.
   */
  subscribe(session: ClientSession, body: FrameBody<'subscribe'>): number {
    const pattern = body.pattern ?? '';
    validatePattern(pattern);
    const queue = body.queue ? validateQueue(body.queue) : undefined;
    // checked as a pattern: allowed only if every topic it could match is allowed
    this.#state.auth.authorize(session, 'subscribe', pattern);
    if (session.subscriptions.size >= this.#maxPerClient) {
      throw new MaculaError('too_many_subscriptions', `client holds its maximum of ${this.#maxPerClient} subscriptions`, {
        details: { limit: this.#maxPerClient, scope: 'client' },
      });
    }
    const rec: SubscriptionRecord = { id: session.allocateSubscriptionId(), pattern, ...(queue === undefined ? {} : { queue }), target: session, handle: 0 };
    this.#index(session.realm, rec);
    session.subscriptions.set(rec.id, rec);
    session.send({ subscribed: { correlationId: body.correlationId ?? 0, subscriptionId: rec.id } });
    return rec.id;
  }

  /** Idempotent: an unknown subscription id is ignored. */
  unsubscribe(session: ClientSession, body: FrameBody<'unsubscribe'>): boolean {
    const rec = session.subscriptions.get(body.subscriptionId ?? 0);
    if (rec === undefined) return false;
    session.subscriptions.delete(rec.id);
    this.#unindex(session.realm, rec);
    return true;
  }

  /**
   * Deliver to every matching subscription of the publisher's realm, here and on other nodes;
   * returns how many local subscriptions were handed an event. Throws `invalid_topic` or
   * `permission_denied` (nothing delivered; a qos-0 publish has correlation id 0, so its refusal
   * is a connection-level Error and the session goes on).
   */
  publish(session: ClientSession, body: FrameBody<'publish'>): number {
    const topic = body.topic ?? '';
    // grammar first (invalid_topic; the segments are cached for match()), then permissions
    topicSegments(topic);
    this.#state.auth.authorize(session, 'publish', topic);
    const payload = body.payload ?? EMPTY;
    const publisher = session.nodeId || session.sessionId;
    const served = this.#served;
    served.clear();
    const delivered = this.#deliverLocal(session.realm, topic, payload, publisher, undefined, served, session.maxFrameBytes, session);
    const remote = this.#interest.remote(session.realm);
    if (remote !== undefined && remote.size > 0) this.#route(remote, topic, payload, publisher, served, session.maxFrameBytes, session);
    if (body.qos === 1) session.send({ published: { correlationId: body.correlationId ?? 0 } });
    return delivered;
  }

  /** LinkAware: a node link came up: exchange interest on it. */
  onLinkUp(link: MeshLink): void {
    if (this.#meshOn) this.#interest.linkUp(link);
  }

  /** LinkAware: a node link went: forget its interest, and look for that node again soon. */
  onLinkDown(link: MeshLink): void {
    if (!this.#meshOn) return;
    this.#interest.linkDown(link);
    this.#membership?.lost({ nodeId: link.nodeId, endpoint: link.endpoint });
  }

  /** LinkAware: interest frames and routed events (MeshPool LINK_FRAME_ROUTES). */
  onLinkFrame(link: MeshLink, frame: Frame): void {
    if (!this.#meshOn) return;
    if (frame.routedEvent != null) this.#onRoutedEvent(link, frame.routedEvent);
    else this.#interest.onFrame(link, frame);
  }

  async start(ctx: WorkerContext): Promise<void> {
    const clients = this.#clients();
    for (const realm of this.#state.realms) this.#tries.set(realm, new TopicTrie({ maxSubscriptions: this.#max }));
    for (const session of clients.values()) {
      for (const rec of session.subscriptions.values()) this.#index(session.realm, rec);
    }
    this.#unhook = clients.onLeave(ctx.guard((session: ClientSession) => this.#forget(session)));
    this.#state.register('pubsub', this, ctx.boundary);
    this.#membership = new MeshMembership({
      nodeId: this.#state.nodeId,
      realms: this.#state.realms,
      // pub/sub off the mesh (option mesh: false) joins no membership: it neither looks the realm
      // up nor links to its members
      dht: this.#meshOn ? this.#state.dht : undefined,
      links: this.#links,
      cellBits: this.#interest.cellBits,
      cellLinked: (cell) => this.#interest.cellLinked(cell),
      guard: ctx.guard,
      intervalMs: this.#o.membershipIntervalMs,
      logger: this.#o.logger,
    });
    this.#membership.start();
    const waitMs = this.#o.snapshotWaitMs ?? INTEREST_SNAPSHOT_WAIT_MS;
    if (this.#meshOn && waitMs > 0) {
      // checked at half the wait: a link is asked between one and one and a half waits
      const log = new RefusalLog(this.#o.logger);
      const check = (): void => {
        for (const a of this.#interest.checkSnapshots(Date.now(), waitMs)) {
          // a snapshot lost or ignored somewhere: healed by asking, but worth knowing of
          log.warn({ node_id: a.nodeId, owed_ms: a.owedMs }, `node ${a.nodeId.slice(0, 12)} owed its pub/sub interest snapshot for ${a.owedMs} ms: asked again (interest_resync)`);
        }
      };
      this.#snapshotCheck = setInterval(ctx.guard(check), Math.max(1, Math.floor(waitMs / 2)));
      this.#snapshotCheck.unref();
    }
  }

  async stop(): Promise<void> {
    this.kill();
  }

  kill(): void {
    this.#state.deregister('pubsub', this);
    this.#unhook?.();
    this.#unhook = undefined;
    this.#membership?.stop();
    this.#membership = undefined;
    clearInterval(this.#snapshotCheck);
    this.#snapshotCheck = undefined;
    this.#interest.clear();
    this.#tries.clear();
  }

  #clients(): ClientTable {
    const clients = this.#state.get('clients');
    if (clients === undefined) throw new MaculaError('process_unavailable', 'pub/sub starts after the client table (rest_for_one)');
    return clients;
  }

  #index(realm: string, rec: SubscriptionRecord): void {
    const trie = this.#tries.get(realm);
    if (trie === undefined) throw new MaculaError('no_such_realm', `realm ${realm} is not served here`, { details: { realm } });
    rec.handle = trie.add(rec.pattern, rec);
    this.#interest.subscribed(realm, rec.pattern, rec.queue);
  }

  #unindex(realm: string, rec: SubscriptionRecord): void {
    if (rec.handle !== 0 && this.#tries.get(realm)?.remove(rec.handle) === true) this.#interest.unsubscribed(realm, rec.pattern, rec.queue);
    rec.handle = 0;
  }

  /**
   * Hand the event to the local subscriptions of `realm` matching `topic`: every plain one, and
   * one member of each queue group (of the groups in `only`, when set: a routed event names the
   * groups its origin chose this node for). Groups served go into `served`. Returns how many
   * subscriptions were handed it.
   */
  /**
   * `holder`: the publishing session when the publish is local, the node link when the event was
   * routed here — a subscriber left above its queue's pressure mark holds it (ClientSession.hold,
   * EventFrames.holdPublisher): backpressure.
   */
  #deliverLocal(realm: string, topic: string, payload: Uint8Array, publisher: string, only: ReadonlySet<string> | undefined, served: Set<string> | undefined, limit?: number, holder?: Holdable): number {
    const trie = this.#tries.get(realm);
    if (trie === undefined) return 0;
    let delivered = 0;
    let frames: EventFrames | undefined;
    let groups: Map<string, SubscriptionRecord[]> | undefined;
    for (const rec of trie.match(topic)) {
      if (rec.queue !== undefined) {
        // one member per group, chosen below
        groups ??= new Map();
        const members = groups.get(rec.queue);
        if (members === undefined) groups.set(rec.queue, [rec]);
        else members.push(rec);
        continue;
      }
      frames ??= eventFrames(topic, payload, publisher, limit);
      if (rec.target.deliverEvent(frames, rec.id)) delivered++;
    }
    for (const [queue, members] of groups ?? []) {
      if (only !== undefined && !only.has(queue)) continue;
      frames ??= eventFrames(topic, payload, publisher, limit);
      if (this.#deliverToOne(members, frames)) {
        delivered++;
        served?.add(queue);
      }
    }
    if (holder !== undefined) frames?.holdPublisher(holder);
    return delivered;
  }

  /** One member of a queue group, round robin, skipping members that are leaving. */
  #deliverToOne(members: readonly SubscriptionRecord[], frames: EventFrames): boolean {
    const n = members.length;
    const start = this.#nextTurn() % n;
    for (let k = 0; k < n; k++) {
      const rec = members[(start + k) % n]!;
      if (!rec.target.closing && rec.target.deliverEvent(frames, rec.id)) return true;
    }
    return false;
  }

  #nextTurn(): number {
    this.#rr = (this.#rr + 1) >>> 0;
    return this.#rr;
  }

  /**
   * Send one routed_event to each other node with matching interest: nodes with a matching plain
   * entry, and for each queue group no local member took, one node with members (round robin;
   * with cells, a node of this cell before another cell). `relay`: the event came from another
   * cell to be passed on in this one — only this cell's nodes, and of the groups only those
   * named (the origin chose this cell for them). `limit` undefined: not checked again.
   */
  #route(remote: RemoteInterest<InterestLink>, topic: string, payload: Uint8Array, publisher: string, served: ReadonlySet<string>, limit: number | undefined, holder: Holdable | undefined, relay?: ReadonlySet<string>): void {
    let routes = remote.match(topic);
    if (relay !== undefined) routes = routes.filter((r) => !this.#interest.crossCell(r.nodeId));
    if (routes.length === 0) return;
    // the other nodes' subscribers get an Event as large as a local one: refuse it here too
    // (when no local subscription matched, nothing checked it yet)
    if (served.size === 0 && limit !== undefined) eventFrames(topic, payload, publisher, limit);
    let picked: Map<InterestLink, string[]> | undefined;
    let decided: Set<string> | undefined;
    for (const r of routes) {
      for (const q of r.queues ?? []) {
        if (served.has(q) || decided?.has(q) === true || (relay !== undefined && !relay.has(q))) continue;
        (decided ??= new Set()).add(q);
        let candidates = routes.filter((c) => c.queues?.includes(q) === true && !c.peer.closed);
        if (this.#interest.cellBits > 0) {
          const near = candidates.filter((c) => !this.#interest.crossCell(c.nodeId));
          if (near.length > 0) candidates = near;
        }
        if (candidates.length === 0) continue;
        const chosen = candidates[this.#nextTurn() % candidates.length]!.peer;
        picked ??= new Map();
        const list = picked.get(chosen);
        if (list === undefined) picked.set(chosen, [q]);
        else list.push(q);
      }
    }
    for (const r of routes) {
      const queues = picked?.get(r.peer);
      if (!r.plain && queues === undefined) continue;
      const fanout = relay === undefined && this.#interest.crossCell(r.nodeId);
      if (!r.peer.send({ routedEvent: fanout ? { topic, payload, publisher, queues: queues ?? [], fanout } : { topic, payload, publisher, queues: queues ?? [] } })) continue;
      this.#events.eventsSent++;
      if (relay !== undefined) this.#events.eventsRelayed++;
      // a link left above its pressure mark holds the publisher (or the link a relayed event came
      // on) until it drains (NodeLink.hold)
      const link = r.peer as Partial<Pick<MeshLink, 'congested' | 'hold'>>;
      if (holder !== undefined && link.congested === true) link.hold?.(holder);
    }
  }

  /**
   * A publish routed here by another node: local subscriptions only, never forwarded — except the
   * one copy another cell sent this cell (fanout, over a link from that cell), passed on once to
   * this cell's interested nodes.
   */
  #onRoutedEvent(link: MeshLink, body: FrameBody<'routedEvent'>): void {
    const topic = body.topic ?? '';
    try {
      topicSegments(topic);
    } catch (err) {
      this.#events.eventsRefused++;
      link.send({ error: toWireError(err, 0) });
      return;
    }
    if (!this.#tries.has(link.realm)) return;
    this.#events.eventsReceived++;
    const queues = (body.queues?.length ?? 0) === 0 ? NO_QUEUES : new Set(body.queues);
    const relay = body.fanout === true && this.#interest.crossCell(link.nodeId);
    const served = relay ? this.#relayServed : undefined;
    served?.clear();
    const payload = body.payload ?? EMPTY;
    const publisher = body.publisher || link.nodeId;
    // a subscriber this leaves congested holds the link (its reads): backpressure to the other node
    this.#deliverLocal(link.realm, topic, payload, publisher, queues, served, undefined, holdable(link));
    if (!relay) return;
    const remote = this.#interest.remote(link.realm);
    if (remote !== undefined && remote.size > 0) this.#route(remote, topic, payload, publisher, served!, undefined, holdable(link), queues);
  }

  #forget(session: ClientSession): void {
    for (const rec of session.subscriptions.values()) this.#unindex(session.realm, rec);
  }
}

/** The link as a Holdable, when it can be held (a NodeLink or RoutedLink; the simulation's links cannot). */
function holdable(link: MeshLink): Holdable | undefined {
  return link.holdReads !== undefined && link.releaseReads !== undefined ? (link as MeshLink & Holdable) : undefined;
}

/**
 * The Event frames of a publish; with `limit` (the publisher's frame limit), `frame_too_large`
 * when the Event would exceed it: the Event is larger than the Publish it came from, and the
 * publisher is told rather than the transport refusing it to (and disconnecting) every subscriber.
 */
function eventFrames(topic: string, payload: Uint8Array, publisher: string, limit: number | undefined): EventFrames {
  const frames = new EventFrames(topic, payload, publisher);
  if (limit !== undefined && frames.maxFrameBytes > limit) {
    throw new MaculaError('frame_too_large', `the event of this publish would be ${frames.maxFrameBytes} bytes, over the ${limit}-byte frame limit`, {
      details: { size: frames.maxFrameBytes, max: limit, topic },
    });
  }
  return frames;
}
