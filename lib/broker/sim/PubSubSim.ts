/**
 * Pub/sub across many nodes in one process (MESH §6; lib/dht/sim is the model): each simulated
 * node is the real gateway pub/sub — its GatewayState, ClientTable and PubSubRouter under a real
 * Supervisor — and its clients are real ClientSessions. Only the transport is in memory: sessions
 * write to a SimStream (lib/broker/sim/SimTransport), and node links are SimLinks that carry the
 * encoded frames (the real codec) with a seeded per-link delay on one VirtualClock, in order per
 * direction and unordered across links, as QUIC streams are. Every live node links to every
 * other (what MeshMembership makes of the DHT's records), so the interest exchange, remote
 * matching, queue-group choice, routing and the one-hop rule all run exactly as in a node.
 *
 * Nodes can be killed (their links close at once on both sides; what was in flight is lost) and
 * restarted with the same id (a fresh incarnation: empty tables); their clients then reconnect
 * and re-subscribe everything, as the SDK's restore does. Seeded: a run replays exactly.
 */
import { EventEmitter } from 'node:events';
import { decodeFrame, encodeFrame, type Frame, type FrameInit } from '../../protocol/index.js';
import { seededRandom } from '../../dht/clock.js';
import type { Random } from '../../dht/types.js';
import { VirtualClock } from '../../dht/sim/VirtualClock.js';
import { GatewayMetrics } from '../../metrics/index.js';
import { Supervisor } from '../../supervisor/Supervisor.js';
import { workerChild } from '../../supervisor/workerChild.js';
import { Authorizer } from '../Authorizer.js';
import type { ClientSession } from '../ClientSession.js';
import { ClientTable } from '../ClientTable.js';
import { CLIENT_QUEUE_BYTES, DEFAULT_REALMS, GATEWAY_INTENSITY, GATEWAY_PERIOD_MS } from '../constants.js';
import { GatewayState } from '../GatewayState.js';
import type { LinkInitiator, MeshLink } from '../NodeLink.js';
import type { MeshLinks } from '../MeshMembership.js';
import { PubSubRouter, type PubSubRouterOptions } from '../PubSubRouter.js';
import { SimConnection, SimStream } from './SimTransport.js';

export interface PubSubSimOptions {
  seed: number | string;
  /** Nodes at start. */
  nodes: number;
  /** @default 'macula.default' */
  realm?: string;
  /** One-way link delay: base + uniform jitter, whole ms. @default 1 + [0, 4] */
  delayMs?: number;
  jitterMs?: number;
  /**
   * Probability that a pair of nodes also gets a second, redundant link (crossed dials, a restart
   * racing its old link: MESH §4.8), closed again after 0–`jitterMs` × 2 ms, which one at random.
   * @default 0
   */
  redundantLinks?: number;
  /** PubSubRouter bounds. */
  router?: Pick<PubSubRouterOptions, 'maxRemoteInterestPerNode' | 'maxRemoteInterest'>;
  /**
   * Keep every frame that crossed a link in `arrivals` (what the property test counts copies
   * with). A large run leaves it off: the log, not the routers, is then most of the heap.
   * @default true
   */
  recordArrivals?: boolean;
}

/** One event a simulated client received. */
export interface SimDelivery {
  node: number;
  client: number;
  /** The client's own key of the subscription (stable across restarts). */
  key: number;
  topic: string;
  payload: Uint8Array;
}

/** One frame that crossed a link. */
export interface SimArrival {
  from: number;
  to: number;
  frame: Frame;
}

interface SimNode {
  readonly index: number;
  readonly nodeId: string;
  incarnation: number;
  alive: boolean;
  state: GatewayState;
  tree: Supervisor;
  /** Peer node id → this node's link to it. */
  links: Map<string, SimLink>;
  /** Redundant links not closed yet (this node's ends). */
  extra: Set<SimLink>;
}

/**
 * A node link in memory (a MeshLink, as MeshPool hands its LinkAware workers): frames to `to`
 * after the link's delay, in order. The simulation opens and closes links itself.
 */
class SimLink extends EventEmitter implements MeshLink {
  closed = false;
  reverse!: SimLink;
  /** Virtual time the last frame on this direction arrives (FIFO). */
  lastAt = 0;
  readonly connectedAtMs: number;
  lastUsedMs: number;

  constructor(
    private readonly sim: PubSubSim,
    readonly from: SimNode,
    readonly to: SimNode,
    readonly realm: string,
    readonly initiator: LinkInitiator,
  ) {
    super();
    this.connectedAtMs = this.lastUsedMs = sim.clock.now();
  }

  get nodeId(): string {
    return this.to.nodeId;
  }

  get endpoint(): string {
    return `sim://${this.to.index}`;
  }

  send(frame: FrameInit): boolean {
    if (this.closed) return false;
    this.lastUsedMs = this.sim.clock.now();
    this.sim.carry(this, encodeFrame(frame));
    return true;
  }

  /** Workers never close links in the simulation; the simulation's kill and unlink do. */
  async close(): Promise<void> {
    this.closed = true;
  }
}

/** A client of one node: its subscriptions outlive the node's restarts (it re-subscribes them). */
export class SimClient {
  readonly #subs = new Map<number, { pattern: string; queue: string | undefined; remoteId: number }>();
  readonly #byRemote = new Map<number, number>();
  readonly #nodeId: string;
  #session: ClientSession | undefined;
  #nextKey = 1;

  constructor(
    private readonly sim: PubSubSim,
    readonly node: number,
    readonly index: number,
  ) {
    this.#nodeId = idFor(sim.random);
  }

  /** The subscriptions it holds: key → pattern and queue. */
  get subscriptions(): ReadonlyMap<number, { pattern: string; queue: string | undefined }> {
    return this.#subs;
  }

  get connected(): boolean {
    return this.#session !== undefined;
  }

  /** Connect to the node's running incarnation and (re)subscribe everything (the SDK's restore). */
  connect(): void {
    const state = this.sim.stateOf(this.node);
    const stream = new SimStream((f) => this.#onFrame(f));
    const connection = new SimConnection(this.#nodeId, stream);
    const realm = this.sim.realm;
    this.#session = state.call('clients', (t) =>
      t.admit({
        sessionId: idFor(this.sim.random).slice(0, 16),
        realm,
        nodeId: this.#nodeId,
        grant: state.auth.grantFor({ nodeId: this.#nodeId, realm, remoteAddress: connection.remoteAddress }),
        clientName: `sim${this.node}.${this.index}`,
        protocolVersion: 1,
        connection,
        stream,
        queueBytes: CLIENT_QUEUE_BYTES,
      }),
    );
    this.#byRemote.clear();
    for (const [key, s] of this.#subs) this.#remote(key, s);
  }

  /** The node died under it. */
  drop(): void {
    this.#session = undefined;
    this.#byRemote.clear();
    for (const s of this.#subs.values()) s.remoteId = 0;
  }

  subscribe(pattern: string, queue?: string): number {
    const key = this.#nextKey++;
    const s = { pattern, queue, remoteId: 0 };
    this.#subs.set(key, s);
    if (this.#session !== undefined) this.#remote(key, s);
    return key;
  }

  unsubscribe(key: number): void {
    const s = this.#subs.get(key);
    if (s === undefined) return;
    this.#subs.delete(key);
    if (this.#session === undefined || s.remoteId === 0) return;
    this.#byRemote.delete(s.remoteId);
    const session = this.#session;
    this.sim.stateOf(this.node).call('pubsub', (p) => p.unsubscribe(session, { subscriptionId: s.remoteId }));
  }

  publish(topic: string, payload: Uint8Array): void {
    const session = this.#session;
    if (session === undefined) return;
    this.sim.stateOf(this.node).call('pubsub', (p) => p.publish(session, { topic, payload, qos: 0 }));
  }

  #remote(key: number, s: { pattern: string; queue: string | undefined; remoteId: number }): void {
    const session = this.#session!;
    s.remoteId = this.sim.stateOf(this.node).call('pubsub', (p) => p.subscribe(session, { correlationId: 1, pattern: s.pattern, queue: s.queue ?? '' }));
    this.#byRemote.set(s.remoteId, key);
  }

  #onFrame(frame: Frame): void {
    const e = frame.event;
    if (e == null) return;
    const key = this.#byRemote.get(e.subscriptionId ?? 0);
    if (key !== undefined) this.sim.delivered({ node: this.node, client: this.index, key, topic: e.topic ?? '', payload: e.payload ?? new Uint8Array(0) });
  }
}

export class PubSubSim {
  readonly clock = new VirtualClock();
  readonly realm: string;
  readonly random: Random;
  /** Every event delivered to a simulated client, in order. */
  readonly deliveries: SimDelivery[] = [];
  /** Every pub/sub frame that arrived over a link, in order. */
  readonly arrivals: SimArrival[] = [];
  readonly #o: PubSubSimOptions;
  readonly #nodes: SimNode[] = [];
  readonly #clients: SimClient[][] = [];

  constructor(options: PubSubSimOptions) {
    this.#o = options;
    this.realm = options.realm ?? DEFAULT_REALMS[0]!;
    this.random = seededRandom(`${options.seed}/pubsub-sim`);
  }

  get size(): number {
    return this.#nodes.length;
  }

  /** Start every node and link each to every other. */
  async start(): Promise<void> {
    for (let i = 0; i < this.#o.nodes; i++) {
      const nodeId = idFor(this.random);
      const node = await this.#launch(i, nodeId, 1);
      this.#nodes.push(node);
      this.#clients.push([]);
      this.#linkToAll(node);
    }
  }

  async stop(): Promise<void> {
    for (const n of this.#nodes) if (n.alive) await this.kill(n.index);
  }

  /** A new client of node `i`, connected. */
  client(i: number): SimClient {
    const c = new SimClient(this, i, this.#clients[i]!.length);
    this.#clients[i]!.push(c);
    if (this.#nodes[i]!.alive) c.connect();
    return c;
  }

  clients(i: number): readonly SimClient[] {
    return this.#clients[i]!;
  }

  alive(i: number): boolean {
    return this.#nodes[i]!.alive;
  }

  nodeId(i: number): string {
    return this.#nodes[i]!.nodeId;
  }

  /** The running pub/sub of node `i` (its stats, its remote interest). */
  router(i: number): PubSubRouter | undefined {
    return this.#nodes[i]!.state.get('pubsub');
  }

  /** @internal The running incarnation's state (clients reach their node through it). */
  stateOf(i: number): GatewayState {
    return this.#nodes[i]!.state;
  }

  /** SIGKILL node `i`: its links close on both sides at once, what they carried is lost, its clients are cut off. */
  async kill(i: number): Promise<void> {
    const node = this.#nodes[i]!;
    if (!node.alive) return;
    node.alive = false;
    for (const link of node.links.values()) {
      link.closed = true;
      link.reverse.closed = true;
      const peer = link.to;
      peer.links.delete(node.nodeId);
      peer.state.notify('pubsub', (p) => p.onLinkDown(link.reverse));
    }
    node.links.clear();
    for (const link of node.extra) this.#unlink(link);
    for (const c of this.#clients[i]!) c.drop();
    await node.tree.stop();
  }

  /**
   * Restart node `i` with the same id (killed first if it runs): a fresh incarnation linked to
   * every live node; its clients reconnect and re-subscribe, before the links come up or after.
   */
  async restart(i: number, options: { clientsFirst?: boolean } = {}): Promise<void> {
    await this.kill(i);
    const old = this.#nodes[i]!;
    const node = await this.#launch(i, old.nodeId, old.incarnation + 1);
    this.#nodes[i] = node;
    if (options.clientsFirst === true) for (const c of this.#clients[i]!) c.connect();
    this.#linkToAll(node);
    if (options.clientsFirst !== true) for (const c of this.#clients[i]!) c.connect();
  }

  /** Run the clock until nothing is in flight. */
  async settle(maxMs = 600_000): Promise<void> {
    await this.clock.runUntil(this.clock.now() + maxMs, () => this.clock.queued === 0);
  }

  /** @internal A link's frame: delivered after the link's delay, after every earlier frame of that direction. */
  carry(link: SimLink, bytes: Uint8Array): void {
    const now = this.clock.now();
    const delay = (this.#o.delayMs ?? 1) + Math.floor(this.random() * ((this.#o.jitterMs ?? 4) + 1));
    const at = Math.max(link.lastAt, now + delay);
    link.lastAt = at;
    this.clock.setTimeout(() => {
      if (link.closed || link.reverse.closed) return;
      const frame = decodeFrame(bytes);
      if (this.#o.recordArrivals !== false) this.arrivals.push({ from: link.from.index, to: link.to.index, frame });
      link.to.state.notify('pubsub', (p) => p.onLinkFrame(link.reverse, frame));
    }, at - now);
  }

  /** @internal */
  delivered(d: SimDelivery): void {
    this.deliveries.push(d);
  }

  async #launch(index: number, nodeId: string, incarnation: number): Promise<SimNode> {
    const realms = [this.realm];
    const metrics = new GatewayMetrics({ gauges: { ready: () => true, clients: () => 0, subscriptions: () => 0, registrations: () => 0 } });
    const observer = {};
    const auth = new Authorizer({ nodeId, listenHost: '127.0.0.1', observer });
    const state = new GatewayState({ nodeId, realms, metrics, observer, startedAt: this.clock.now(), auth });
    // every node is linked to every other by the simulation itself (no DHT: membership stays idle)
    const links: MeshLinks = { link: async () => undefined, pin: () => undefined, linked: () => true };
    const tree = new Supervisor({
      name: `sim${index}`,
      flags: { strategy: 'rest_for_one', intensity: GATEWAY_INTENSITY, periodMs: GATEWAY_PERIOD_MS },
      children: [
        workerChild('macula_gateway_clients', () => new ClientTable(state)),
        workerChild('macula_gateway_pubsub', () => new PubSubRouter(state, { ...this.#o.router, links, mesh: true, snapshotWaitMs: 0 })),
      ],
    });
    await tree.start();
    return { index, nodeId, incarnation, alive: true, state, tree, links: new Map(), extra: new Set() };
  }

  #linkToAll(node: SimNode): void {
    for (const peer of this.#nodes) {
      if (peer === node || !peer.alive || peer.index === node.index) continue;
      const main = this.#link(node, peer);
      node.links.set(peer.nodeId, main);
      peer.links.set(node.nodeId, main.reverse);
      if (this.random() >= (this.#o.redundantLinks ?? 0)) continue;
      // a second link between the same two nodes; one of the two goes again soon
      const second = this.#link(node, peer);
      const [stays, goes] = this.random() < 0.5 ? [main, second] : [second, main];
      node.links.set(peer.nodeId, stays);
      peer.links.set(node.nodeId, stays.reverse);
      node.extra.add(goes);
      peer.extra.add(goes.reverse);
      this.clock.setTimeout(() => this.#unlink(goes), Math.floor(this.random() * 2 * ((this.#o.jitterMs ?? 4) + 1)));
    }
  }

  /** A link pair between a and b; both ends hear of it at once (as MeshPool tells its LinkAware workers). */
  #link(a: SimNode, b: SimNode): SimLink {
    const there = new SimLink(this, a, b, this.realm, 'local');
    const back = new SimLink(this, b, a, this.realm, 'remote');
    there.reverse = back;
    back.reverse = there;
    a.state.notify('pubsub', (p) => p.onLinkUp(there));
    b.state.notify('pubsub', (p) => p.onLinkUp(back));
    return there;
  }

  /** Close a redundant link on both sides (what it carried is lost). */
  #unlink(link: SimLink): void {
    if (link.closed) return;
    link.closed = true;
    link.reverse.closed = true;
    link.from.extra.delete(link);
    link.to.extra.delete(link.reverse);
    for (const end of [link, link.reverse]) if (end.from.alive) end.from.state.notify('pubsub', (p) => p.onLinkDown(end));
  }
}

/** A node id drawn from the simulation's seeded stream (64 hex characters). */
function idFor(random: Random): string {
  let hex = '';
  while (hex.length < 64) hex += Math.floor(random() * 0x1_0000_0000).toString(16).padStart(8, '0');
  return hex.slice(0, 64);
}
