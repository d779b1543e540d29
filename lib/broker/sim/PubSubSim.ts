/**
 * Pub/sub across many nodes in one process (MESH §6; lib/dht/sim is the model): each simulated
 * node is the real gateway pub/sub — its GatewayState, ClientTable and PubSubRouter under a real
 * Supervisor — and its clients are real ClientSessions. Only the transport is in memory: sessions
 * write to a SimStream (lib/broker/sim/SimTransport), and node links are SimLinks that carry the
 * encoded frames (the real codec) with a seeded per-link delay on one VirtualClock, in order per
 * direction and unordered across links, as QUIC streams are. Every live node links to every
 * other (what MeshMembership makes of the DHT's records), so the interest exchange, remote
 * matching, queue-group choice, routing and the one-hop rule all run exactly as in a node.
 * With `cellBits` (lib/pubsub/cells.ts) a node links instead to every node of its own cell and
 * to one node of each other cell (SimCells: indexed per cell, so 10,000 nodes start in
 * O(links)), and a node whose last link into a cell went links to another node of it after
 * MEMBER_RELINK_DELAY_MS, as MeshMembership does.
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
import { ClientTable } from '../ClientTable.js';
import { DEFAULT_REALMS, GATEWAY_INTENSITY, GATEWAY_PERIOD_MS } from '../constants.js';
import { GatewayState } from '../GatewayState.js';
import type { LinkInitiator, MeshLink } from '../NodeLink.js';
import type { MeshLinks } from '../MeshMembership.js';
import { MEMBER_RELINK_DELAY_MS } from '../../pubsub/constants.js';
import { PubSubRouter, type PubSubRouterOptions } from '../PubSubRouter.js';
import { idFor } from './ids.js';
import { CellIndex } from './SimCells.js';
import { SimClient } from './SimClient.js';

export { SimClient } from './SimClient.js';

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
  /**
   * Pub/sub cell bits (lib/pubsub/cells.ts), given to every node's PubSubRouter. 0: one full
   * mesh, every node linked to every other. b > 0: a node links to every node of its own cell and
   * to one live node of each other cell it has no link into (seeded); when its last link into a
   * cell goes, it links to another live node of that cell after `relinkDelayMs` (or to that
   * cell's next node to come up), as MeshMembership does.
   * @default 0
   */
  cellBits?: number;
  /**
   * Carry the member list of each interest snapshot. Membership is off in the simulation (no
   * DHT: MeshMembership.offer ignores what a snapshot names), so a large run drops the lists at
   * the link: a snapshot names every node its sender links to, so the lists grow as links ×
   * links per node, and they are most of a large mesh's start (encoding and decoding them).
   * @default true
   */
  memberLists?: boolean;
  /** Cells only: how long a node whose last link into a cell went waits to link to another. @default MEMBER_RELINK_DELAY_MS */
  relinkDelayMs?: number;
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
  /** `sim://<index>` (made once: every snapshot names the sender's links by it). */
  readonly endpoint: string;
  incarnation: number;
  /** Its cell (0 without cells). */
  readonly cell: number;
  /** Cells only: its links (in `links`) into each cell. */
  readonly into: Uint32Array | undefined;
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
    return this.to.endpoint;
  }

  send(frame: FrameInit): boolean {
    if (this.closed) return false;
    this.lastUsedMs = this.sim.clock.now();
    const snapshot = frame.interestSnapshot;
    if (!this.sim.memberLists && snapshot != null && (snapshot.members?.length ?? 0) > 0) frame = { interestSnapshot: { ...snapshot, members: [] } };
    this.sim.carry(this, encodeFrame(frame));
    return true;
  }

  /** Workers never close links in the simulation; the simulation's kill and unlink do. */
  async close(): Promise<void> {
    this.closed = true;
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
  /** @internal Snapshots carry their member lists (PubSubSimOptions.memberLists). */
  readonly memberLists: boolean;
  /** Cells only (cellBits > 0). */
  readonly #cells: CellIndex<SimNode> | undefined;

  constructor(options: PubSubSimOptions) {
    this.#o = options;
    this.realm = options.realm ?? DEFAULT_REALMS[0]!;
    this.random = seededRandom(`${options.seed}/pubsub-sim`);
    this.memberLists = options.memberLists ?? true;
    const cells = new CellIndex<SimNode>(options.cellBits ?? 0);
    this.#cells = cells.bits > 0 ? cells : undefined;
  }

  /** Cell bits of every node (0: one full mesh). */
  get cellBits(): number {
    return this.#cells?.bits ?? 0;
  }

  /** The cell of node `i` (0 without cells). */
  cellOf(i: number): number {
    return this.#nodes[i]!.cell;
  }

  /** The nodes node `i` holds a link to now (none while it is down). */
  peers(i: number): number[] {
    return [...this.#nodes[i]!.links.values()].map((l) => l.to.index);
  }

  /** Node links held now (each pair once; redundant links not closed yet included). */
  get linkCount(): number {
    let ends = 0;
    for (const n of this.#nodes) if (n.alive) ends += n.links.size + n.extra.size;
    return ends / 2;
  }

  get size(): number {
    return this.#nodes.length;
  }

  /** Start every node and link them: each to every other, or (cells) as `cellBits` says. */
  async start(): Promise<void> {
    if (this.#cells !== undefined) {
      // every node first, so that each links into every cell that will have a node
      for (let i = 0; i < this.#o.nodes; i++) {
        this.#nodes.push(await this.#launch(i, idFor(this.random), 1));
        this.#clients.push([]);
      }
      for (const node of this.#nodes) this.#linkToAll(node);
      return;
    }
    for (let i = 0; i < this.#o.nodes; i++) {
      const nodeId = idFor(this.random);
      const node = await this.#launch(i, nodeId, 1);
      this.#nodes.push(node);
      this.#clients.push([]);
      this.#linkToAll(node);
    }
  }

  /**
   * Stop every node. All links close at once and no node is told of another's going (each would
   * forget that link's interest and look for another: at 10,000 nodes, minutes of work for
   * nodes that stop anyway).
   */
  async stop(): Promise<void> {
    const stopping = this.#nodes.filter((n) => n.alive);
    for (const node of stopping) {
      node.alive = false;
      this.#cells?.remove(node.cell, node);
      for (const link of [...node.links.values(), ...node.extra]) link.closed = link.reverse.closed = true;
      node.links.clear();
      node.extra.clear();
      node.into?.fill(0);
      for (const c of this.#clients[node.index]!) c.drop();
    }
    for (const node of stopping) await node.tree.stop();
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
    this.#cells?.remove(node.cell, node);
    for (const link of node.links.values()) {
      link.closed = true;
      link.reverse.closed = true;
      const peer = link.to;
      this.#drop(peer, node);
      peer.state.notify('pubsub', (p) => p.onLinkDown(link.reverse));
      // its last link into that cell: another node of it, after the membership's delay
      if (peer.into !== undefined && peer.cell !== node.cell && peer.into[node.cell] === 0) this.#relinkLater(peer, node.cell);
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
    // cellBits only when set: with 0 the router's options are exactly those of the full mesh
    const routerOptions: PubSubRouterOptions = { ...this.#o.router, links, mesh: true, snapshotWaitMs: 0 };
    if (this.#cells !== undefined) routerOptions.cellBits = this.#cells.bits;
    const tree = new Supervisor({
      name: `sim${index}`,
      flags: { strategy: 'rest_for_one', intensity: GATEWAY_INTENSITY, periodMs: GATEWAY_PERIOD_MS },
      children: [
        workerChild('macula_gateway_clients', () => new ClientTable(state)),
        workerChild('macula_gateway_pubsub', () => new PubSubRouter(state, routerOptions)),
      ],
    });
    await tree.start();
    const cells = this.#cells;
    const node: SimNode = {
      index, nodeId, endpoint: `sim://${index}`, incarnation, alive: true, state, tree, links: new Map(), extra: new Set(),
      cell: cells?.cellOf(nodeId) ?? 0,
      into: cells === undefined ? undefined : new Uint32Array(cells.cells),
    };
    cells?.add(node.cell, node);
    return node;
  }

  /**
   * Link a node that came up: to every other live node; with cells, to every live node of its
   * own cell and to one of each other cell it has no link into, and the nodes waiting for a node
   * of its cell to it.
   */
  #linkToAll(node: SimNode): void {
    const cells = this.#cells;
    if (cells === undefined) {
      for (const peer of this.#nodes) {
        if (peer === node || !peer.alive || peer.index === node.index) continue;
        this.#pair(node, peer);
      }
      return;
    }
    for (const peer of cells.live(node.cell)) if (peer !== node && !node.links.has(peer.nodeId)) this.#pair(node, peer);
    for (let c = 0; c < cells.cells; c++) {
      if (c === node.cell || node.into![c]! > 0) continue;
      const peer = cells.pick(c, this.random);
      if (peer !== undefined) this.#pair(node, peer);
      else cells.want(c, node.index);
    }
    for (const i of cells.takeWanting(node.cell)) {
      const waiting = this.#nodes[i];
      if (waiting !== undefined && waiting !== node && waiting.alive && waiting.into![node.cell] === 0) this.#pair(waiting, node);
    }
  }

  /** Cells: `node` lost its last link into `cell`; after the relink delay, link it to a live node there. */
  #relinkLater(node: SimNode, cell: number): void {
    this.clock.setTimeout(() => {
      if (!this.#current(node) || node.into![cell]! > 0) return;
      const peer = this.#cells!.pick(cell, this.random);
      if (peer === undefined) this.#cells!.want(cell, node.index);
      else this.#pair(node, peer);
    }, this.#o.relinkDelayMs ?? MEMBER_RELINK_DELAY_MS);
  }

  /** The running incarnation of its index (not killed, not replaced by a restart). */
  #current(node: SimNode): boolean {
    return node.alive && this.#nodes[node.index] === node;
  }

  /** Link a and b (the pair held in both `links`), sometimes with a redundant second link that goes again soon. */
  #pair(node: SimNode, peer: SimNode): void {
    const main = this.#link(node, peer);
    this.#hold(node, peer, main);
    this.#hold(peer, node, main.reverse);
    if (this.random() >= (this.#o.redundantLinks ?? 0)) return;
    // a second link between the same two nodes; one of the two goes again soon
    const second = this.#link(node, peer);
    const [stays, goes] = this.random() < 0.5 ? [main, second] : [second, main];
    this.#hold(node, peer, stays);
    this.#hold(peer, node, stays.reverse);
    node.extra.add(goes);
    peer.extra.add(goes.reverse);
    this.clock.setTimeout(() => this.#unlink(goes), Math.floor(this.random() * 2 * ((this.#o.jitterMs ?? 4) + 1)));
  }

  /** `node`'s link to `peer` is `link` (counted into peer's cell once per peer). */
  #hold(node: SimNode, peer: SimNode, link: SimLink): void {
    if (node.into !== undefined && !node.links.has(peer.nodeId)) node.into[peer.cell]!++;
    node.links.set(peer.nodeId, link);
  }

  /** `node` no longer holds a link to `peer`. */
  #drop(node: SimNode, peer: SimNode): void {
    if (node.links.delete(peer.nodeId) && node.into !== undefined) node.into[peer.cell]!--;
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
