/**
 * macula_gateway_mesh (seed §4, child 4): the node's links to other nodes (NodeLink), inbound and
 * outbound, one per remote node, at most `maxLinks` (seed: 1,000) with LRU eviction of the least
 * recently used link that is not pinned (the DHT pins its k closest contacts, bootstrap links and
 * links with calls in flight). Links never count as clients.
 *
 * - One dial per target: concurrent link() calls for a node share one dial.
 * - Crossed dials (both nodes dial each other at once) resolve to one link, the same one on both
 *   sides, without a round of negotiation: the link opened by the node with the lower node id
 *   wins (the NATS/hyperdht rule). The loser is refused at the handshake (`already_registered`)
 *   or closed, and its dialer is handed the winning link instead.
 * - A link idle for `idleTimeoutMs` is closed (DEFAULT_LINK_IDLE_TIMEOUT_MS, 5 min).
 * - A link to a node of another realm is refused with `realm_mismatch` naming both realms.
 * - mesh_trust (open | allowlist | ca, lib/auth MeshTrust) is checked on both sides, from the
 *   certificate chain the QUIC handshake verified: the node dialled checks the dialler when its
 *   Connect arrives (before anything else, so an untrusted node learns nothing of this one) and
 *   refuses with `not_trusted`; the dialler checks the node it reached when Connected arrives and,
 *   if it may not link, says Goodbye with `not_trusted` and closes. Either way both sides see the
 *   typed error, never a silent close.
 *
 * - Multi-hop (MeshRelay): a node with no direct link but a route through relays is reached over
 *   a RoutedLink, which the workers use as any link; link() dials directly first and uses the
 *   relay when the dial does not answer within DIRECT_DIAL_BEFORE_RELAY_MS, then keeps trying the
 *   direct path every DIRECT_RETRY_MS (a direct link replaces the routed one).
 * - Liveness: a link quiet for a third of `linkTimeoutMs` is pinged; one that hears nothing for
 *   `linkTimeoutMs` is closed (`timeout`), so a partitioned node's links end within that bound.
 *
 * Links are this worker's state: a restart of it (or of anything before it) closes them, and the
 * next incarnation starts empty (the DHT re-dials what it needs).
 */
import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { MaculaError } from '../errors/index.js';
import { MIN_PROTOCOL_VERSION, PROTOCOL_VERSION, decodeFrame, encodeFrame, fromWireError, negotiateVersion, toWireError, wire, type Frame, type FrameCase } from '../protocol/index.js';
import type { Worker, WorkerContext } from '../supervisor/types.js';
import type { Connection, Stream } from '../transport/types.js';
import { DEFAULT_LINK_IDLE_TIMEOUT_MS, DEFAULT_LINK_TIMEOUT_MS, DEFAULT_MAX_HOPS, DIRECT_DIAL_BEFORE_RELAY_MS, DIRECT_RETRY_MS, LINK_IDLE_SWEEP_MS, MAX_CLOSE_REASON_CHARS, MAX_HELD_LINK_FRAMES, MESH_CONNECT_TIMEOUT_MS, MESH_DRAIN_TIMEOUT_MS, MESH_POOL_MAX, INCARNATION_BYTES } from './constants.js';
import type { GatewayState } from './GatewayState.js';
import { RefusalLog } from './RefusalLog.js';
import type { LinkAware, WarnLogger } from './types.js';
import { MeshRelay, type RelayStats } from './MeshRelay.js';
import { NodeLink, type MeshLink, type NodeLinkLimits } from './NodeLink.js';
import type { WireDhtMessage } from '../dht/wire.js';

/** Where DHT messages arriving on links go (the gateway relays them to routing or bootstrap). */
export interface DhtSink {
  deliver(from: string, message: WireDhtMessage): void;
}

/** One row of `links` (for the DHT's pins, `macula-cluster mesh`, /health). */
export interface LinkInfo {
  nodeId: string;
  endpoint: string;
  initiator: 'local' | 'remote';
  connectedAtMs: number;
  lastUsedMs: number;
  pinned: boolean;
  /** Reached through relays: the next hop and the hops to the node (absent: a direct link). */
  via?: string;
  hops?: number;
}

/**
 * Which worker owns each kind of frame arriving on a node link, beyond the link's own (ping,
 * goodbye, dht): the mesh worker hands the frame to that worker's running incarnation
 * (LinkAware.onLinkFrame, inside its FaultBoundary). A kind nobody owns is `unknown_message_type`.
 */
export const LINK_FRAME_ROUTES: Partial<Record<FrameCase, 'pubsub' | 'rpc'>> = {
  // RPC across nodes (RemoteRpc): invocations to serve here, and the answers to ours
  invocation: 'rpc',
  yield: 'rpc',
  invocationError: 'rpc',
  // pub/sub across the mesh (PubSubRouter: InterestExchange, routed events)
  interestSnapshot: 'pubsub',
  interestDelta: 'pubsub',
  interestResync: 'pubsub',
  routedEvent: 'pubsub',
};
/** The workers told when a link comes up or goes (LinkAware.onLinkUp / onLinkDown). */
const LINK_AWARE_ROLES = ['pubsub', 'rpc'] as const;

export interface MeshPoolOptions {
  /** DHT messages from other nodes. @default dropped */
  dht?: DhtSink;
  /** Links held at once (in + out). @default MESH_POOL_MAX (1,000) */
  maxLinks?: number;
  /** Deadline of one dial (QUIC handshake + Connect/Connected). @default MESH_CONNECT_TIMEOUT_MS */
  connectTimeoutMs?: number;
  /** A link unused this long is closed. @default DEFAULT_LINK_IDLE_TIMEOUT_MS (5 min) */
  idleTimeoutMs?: number;
  /** A link that hears nothing this long is closed as dead. @default DEFAULT_LINK_TIMEOUT_MS (15 s) */
  linkTimeoutMs?: number;
  /** max_hops of the frames this node sends through relays. @default DEFAULT_MAX_HOPS (10) */
  maxHops?: number;
  /** Links through relays held at once (LRU). @default MAX_ROUTED_LINKS (1,000) */
  maxRoutedLinks?: number;
  /** How long a dial to a node a relay reaches may take before the relay is used. @default DIRECT_DIAL_BEFORE_RELAY_MS */
  directBeforeRelayMs?: number;
  /** Relaying warnings (bounces, refused routes), rate-bounded by a RefusalLog. @default none */
  logger?: WarnLogger;
  /** The bounds of each link's queue (backpressure and slow_consumer, NodeLink). @default the client queue's */
  linkLimits?: NodeLinkLimits;
}

type ConnectBody = NonNullable<Frame['connect']>;
interface Handshake {
  answer: Frame;
  /** Frames that arrived after Connected, in order. */
  held: Buffer[];
  release: () => void;
}

export class MeshPool implements Worker {
  readonly maxLinks: number;
  readonly #state: GatewayState;
  readonly #o: MeshPoolOptions;
  /** node id → link; Map order is recency (least recently used first). */
  readonly #links = new Map<string, NodeLink>();
  readonly #dialling = new Map<string, Promise<NodeLink>>();
  /** Nodes whose link must not be evicted, with how many reasons each. */
  readonly #pins = new Map<string, number>();
  /** The DHT's own pins (setDhtPins), with their releases. */
  readonly #dhtPins = new Map<string, () => void>();
  /** Dials that lost a crossed-dial race, waiting for the winning inbound link (bounded by connectTimeoutMs). */
  readonly #waiters = new Map<string, Set<(link: NodeLink) => void>>();
  /**
   * `nodeId|url` whose direct dial failed while a relay reached the node: retried after
   * DIRECT_RETRY_MS. Keyed by the address too: a node restarted at a new one is dialled at once.
   */
  readonly #directFailed = new LRUCache<string, true>({ max: 10_000, ttl: DIRECT_RETRY_MS });
  #relay: MeshRelay | undefined;
  #ctx: WorkerContext | undefined;
  #sweep: NodeJS.Timeout | undefined;
  #liveness: NodeJS.Timeout | undefined;
  #evictions = 0;
  /** This worker's incarnation (random per start), sent in every link handshake. */
  #incarnation = '';
  /** The incarnation the other node named in each link's handshake. */
  readonly #incarnations = new WeakMap<NodeLink, string>();
  /** Held links found dead because their node came back as a new incarnation (monotonic). */
  restartsSeen = 0;
  #running = false;

  constructor(state: GatewayState, options: MeshPoolOptions = {}) {
    this.#state = state;
    this.#o = options;
    this.maxLinks = options.maxLinks ?? MESH_POOL_MAX;
  }

  /** Links held. */
  get size(): number {
    return this.#links.size;
  }

  /** Links closed because the table was full (monotonic). */
  get evictions(): number {
    return this.#evictions;
  }

  has(nodeId: string): boolean {
    return this.#links.has(nodeId);
  }

  /** The live link to `nodeId`, direct or through relays, if any (marks a direct one used). */
  get(nodeId: string): MeshLink | undefined {
    return this.#direct(nodeId) ?? this.#relay?.get(nodeId);
  }

  /** Relaying counters and the route table's size. */
  relayStats(): RelayStats | undefined {
    return this.#relay?.stats();
  }

  #direct(nodeId: string): NodeLink | undefined {
    const link = this.#links.get(nodeId);
    if (link === undefined || link.closed) return undefined;
    this.#touch(link);
    return link;
  }

  /** Node ids with a link, most recently used first. */
  nodeIds(): string[] {
    return [...this.#links.keys()].reverse();
  }

  /** Keep the link to `nodeId` from being evicted until the returned release is called. */
  pin(nodeId: string): () => void {
    this.#pins.set(nodeId, (this.#pins.get(nodeId) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const n = (this.#pins.get(nodeId) ?? 1) - 1;
      if (n <= 0) this.#pins.delete(nodeId);
      else this.#pins.set(nodeId, n);
    };
  }

  /**
   * The link to `nodeId`: the one held (direct, else through relays), the dial in flight, or a
   * new dial to `url` that must present that node id (else `node_id_mismatch`). When a relay
   * reaches the node, a dial that fails or takes longer than directBeforeRelayMs gives the
   * routed link instead (the dial goes on: if it succeeds, its link replaces the routed one).
   */
  link(nodeId: string, url: string): Promise<MeshLink> {
    if (!this.#running) return Promise.reject(new MaculaError('process_unavailable', 'macula_gateway_mesh is not running'));
    if (nodeId === this.#state.nodeId) return Promise.reject(new MaculaError('invalid_args', 'a node does not link to itself', { details: { nodeId } }));
    const held = this.get(nodeId);
    if (held !== undefined) return Promise.resolve(held);
    const relay = this.#relay!;
    const unreachable = new MaculaError('node_unreachable', `no link to node ${nodeId.slice(0, 12)} and no relay reaches it`, { details: { nodeId } });
    if (relay.reaches(nodeId) && (url === '' || this.#directFailed.has(`${nodeId}|${url}`))) {
      return new Promise<MeshLink>((resolve, reject) => {
        const routed = relay.open(nodeId, url);
        if (routed !== undefined) resolve(routed);
        else reject(unreachable);
      });
    }
    if (url === '') return Promise.reject(unreachable);
    const dial = this.#dialOnce(nodeId, url);
    if (!relay.reaches(nodeId)) return dial;
    return new Promise<MeshLink>((resolve, reject) => {
      const viaRelay = (err: unknown): void => {
        try {
          const routed = relay.open(nodeId, url);
          if (routed !== undefined) resolve(routed);
          else reject(err);
        } catch (distrust) {
          reject(distrust);
        }
      };
      const timer = setTimeout(this.#ctx!.guard(() => viaRelay(new MaculaError('timeout', `no answer from node ${nodeId.slice(0, 12)}`))), this.#o.directBeforeRelayMs ?? DIRECT_DIAL_BEFORE_RELAY_MS);
      dial.then((link) => {
        clearTimeout(timer);
        resolve(link);
      }, (err: unknown) => {
        clearTimeout(timer);
        this.#directFailed.set(`${nodeId}|${url}`, true);
        viaRelay(err);
      });
    });
  }

  #dialOnce(nodeId: string, url: string): Promise<NodeLink> {
    let dial = this.#dialling.get(nodeId);
    if (dial === undefined) {
      dial = this.#dial(nodeId, url).finally(() => this.#dialling.delete(nodeId));
      this.#dialling.set(nodeId, dial);
    }
    return dial;
  }

  /** The links held now: direct ones, then the nodes reached through relays. */
  links(): LinkInfo[] {
    const direct = [...this.#links.values()].reverse().map((l): LinkInfo => ({
      nodeId: l.nodeId, endpoint: l.endpoint, initiator: l.initiator, connectedAtMs: l.connectedAtMs, lastUsedMs: l.lastUsedMs, pinned: this.#pins.has(l.nodeId),
    }));
    const routed = (this.#relay?.routedLinks() ?? []).map((l): LinkInfo => ({
      nodeId: l.nodeId, endpoint: l.endpoint, initiator: l.initiator, connectedAtMs: l.connectedAtMs, lastUsedMs: l.lastUsedMs, pinned: this.#pins.has(l.nodeId),
      via: l.via?.nodeId ?? '', hops: l.via?.hops ?? 0,
    }));
    return [...direct, ...routed];
  }

  /** Every node a relay reaches, with the next hop and the hops (MeshRoutes). */
  routes(): Array<{ nodeId: string; via: string; hops: number }> {
    return (this.#relay?.routes.routes() ?? []).filter((r) => r.via !== r.nodeId);
  }

  /** The DHT's pins (its k closest contacts and the bootstrap nodes): replaces the previous set. */
  setDhtPins(nodeIds: readonly string[]): void {
    const next = new Set(nodeIds);
    for (const [id, release] of this.#dhtPins) {
      if (!next.has(id)) {
        release();
        this.#dhtPins.delete(id);
      }
    }
    for (const id of next) if (!this.#dhtPins.has(id)) this.#dhtPins.set(id, this.pin(id));
  }

  /** Send a DHT message to `nodeId`, dialling `endpoint` when there is no link. */
  async sendDht(nodeId: string, endpoint: string, message: WireDhtMessage): Promise<void> {
    // a reply to a node heard through relays goes back the same way (its endpoint may be unreachable)
    const link = await this.link(nodeId, endpoint);
    if (!link.send({ dht: message })) throw new MaculaError('connection_closed', `the link to ${nodeId.slice(0, 12)} is closing`);
  }

  /**
   * A link to whoever answers at `url`, its node id not known in advance (a bootstrap URL without
   * `?node_id=`: trust on first use; the certificate still proves the id it returns).
   */
  async linkUrl(url: string): Promise<NodeLink> {
    if (!this.#running) throw new MaculaError('process_unavailable', 'macula_gateway_mesh is not running');
    return this.#dial(undefined, url);
  }

  /** Close and forget the link to `nodeId`. */
  evict(nodeId: string, why = 'evicted'): boolean {
    const link = this.#links.get(nodeId);
    if (link === undefined) return false;
    this.#links.delete(nodeId);
    void link.close(new MaculaError('shutdown', why));
    return true;
  }

  /**
   * Another node's gateway sent Connect with role node_link on `stream` (handed over by the
   * coordinator): check realm and version, resolve a crossed dial, answer Connected. Throws the
   * refusal (the coordinator sends it and closes).
   */
  acceptLink(conn: Connection, stream: Stream, c: ConnectBody): void {
    const remote = conn.remoteNodeId;
    const distrust = this.#state.auth.checkLink(conn, remote);
    if (distrust !== undefined) throw distrust;
    const ours = this.#state.realms;
    if (!ours.includes(c.realm ?? '')) {
      throw new MaculaError('realm_mismatch', `node ${remote.slice(0, 12)} is in realm ${c.realm || '(none)'}; this node serves ${ours.join(', ')}`, {
        details: { remoteRealm: c.realm ?? '', realms: [...ours], nodeId: remote },
      });
    }
    if (c.nodeId && c.nodeId !== remote) {
      throw new MaculaError('sender_mismatch', `Connect names node ${c.nodeId.slice(0, 12)} but the certificate is node ${remote.slice(0, 12)}`, { details: { claimed: c.nodeId, nodeId: remote } });
    }
    const version = negotiateVersion(c.protocolVersion ?? 0, c.minProtocolVersion ?? 0, { min: MIN_PROTOCOL_VERSION, max: PROTOCOL_VERSION });
    const existing = this.#unlessRestarted(this.#direct(remote), c.incarnation ?? '');
    const weWin = this.#state.nodeId < remote;
    if ((existing !== undefined || this.#dialling.has(remote)) && weWin) {
      // our own link (or dial) to that node is the one both sides keep
      throw new MaculaError('already_registered', `duplicate link: the link dialled by ${this.#state.nodeId.slice(0, 12)} (the lower node id) is kept`, { details: { nodeId: remote, kept: 'dialled by the lower node id' } });
    }
    const link = this.#admit(new NodeLink(remote, c.realm ?? '', 'remote', conn, stream, this.#ctx!.guard, this.#o.linkLimits));
    this.#incarnations.set(link, c.incarnation ?? '');
    // Connected first: the workers told of the link (onLinkUp) may send on it at once
    link.send({ connected: { nodeId: this.#state.nodeId, protocolVersion: version, realms: [...ours], capabilities: ['node_link'], incarnation: this.#incarnation } });
    this.#attach(link);
  }

  async start(ctx: WorkerContext): Promise<void> {
    this.#ctx = ctx;
    this.#running = true;
    this.#incarnation = randomBytes(INCARNATION_BYTES).toString('hex');
    const log = new RefusalLog(this.#o.logger);
    this.#relay = new MeshRelay({
      selfId: this.#state.nodeId,
      realms: this.#state.realms,
      maxHops: this.#o.maxHops ?? DEFAULT_MAX_HOPS,
      maxRoutedLinks: this.#o.maxRoutedLinks,
      direct: (nodeId) => this.#direct(nodeId),
      directLinks: () => [...this.#links.values()].filter((l) => !l.closed),
      admits: (nodeId) => this.#state.auth.checkRelayed(nodeId),
      deliver: (link, frame) => this.#deliver(link, frame),
      linkUp: (link) => this.#notifyUp(link),
      linkDown: (link) => this.#notifyDown(link),
      guard: ctx.guard,
      warn: (fields, message) => log.warn(fields, message),
    });
    const sweepMs = Math.min(LINK_IDLE_SWEEP_MS, this.#idleMs);
    this.#sweep = setInterval(ctx.guard(() => {
      this.#closeIdle();
      this.#retryDirect();
    }), sweepMs);
    this.#sweep.unref();
    this.#liveness = setInterval(ctx.guard(() => this.#checkLiveness()), Math.max(50, Math.floor(this.#linkTimeoutMs / 3)));
    this.#liveness.unref();
    this.#state.register('mesh', this, ctx.boundary);
  }

  async stop(): Promise<void> {
    await this.#drain();
    await this.#release(false);
  }

  async kill(): Promise<void> {
    await this.#release(true);
  }

  /**
   * A graceful stop: the LinkAware workers withdraw what they published in the DHT (provider
   * records) while the links still carry the withdrawals; bounded by MESH_DRAIN_TIMEOUT_MS.
   */
  async #drain(): Promise<void> {
    const drains = LINK_AWARE_ROLES.map(async (role) => {
      try {
        await this.#state.call(role, (c) => (c as LinkAware).onMeshStopping?.());
      } catch {
        // that worker is restarting: nothing of its own to withdraw
      }
    });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(drains), new Promise<void>((resolve) => (timer = setTimeout(resolve, MESH_DRAIN_TIMEOUT_MS)))]);
    clearTimeout(timer);
  }

  get #idleMs(): number {
    return this.#o.idleTimeoutMs ?? DEFAULT_LINK_IDLE_TIMEOUT_MS;
  }

  get #linkTimeoutMs(): number {
    return this.#o.linkTimeoutMs ?? DEFAULT_LINK_TIMEOUT_MS;
  }

  /** Ping links quiet for a third of the link timeout; close the ones silent for all of it. */
  #checkLiveness(): void {
    const now = Date.now();
    const timeout = this.#linkTimeoutMs;
    for (const link of [...this.#links.values()]) {
      const quiet = now - link.lastHeardMs;
      if (quiet >= timeout) {
        this.#links.delete(link.nodeId);
        void link.close(new MaculaError('timeout', `node ${link.nodeId.slice(0, 12)} sent nothing for ${quiet} ms (mesh_link_timeout_ms ${timeout})`), true);
      } else if (quiet >= timeout / 3) link.ping();
    }
  }

  /** Nodes reached through relays whose direct dial may be tried again: dial in the background. */
  #retryDirect(): void {
    for (const l of this.#relay?.routedLinks() ?? []) {
      const key = `${l.nodeId}|${l.endpoint}`;
      if (l.endpoint === '' || this.#directFailed.has(key) || this.#dialling.has(l.nodeId)) continue;
      this.#dialOnce(l.nodeId, l.endpoint).catch(() => this.#directFailed.set(key, true));
    }
  }

  async #release(force: boolean): Promise<void> {
    this.#running = false;
    this.#dhtPins.clear();
    this.#state.deregister('mesh', this);
    if (this.#sweep !== undefined) clearInterval(this.#sweep);
    if (this.#liveness !== undefined) clearInterval(this.#liveness);
    this.#relay?.stop();
    const links = [...this.#links.values()];
    this.#links.clear();
    const why = new MaculaError('shutdown', 'macula_gateway_mesh restarting');
    await Promise.all(links.map((l) => l.close(why, force).catch(() => undefined)));
  }

  /** Dial `url`, pinned to `expected` (unknown: whoever answers, for trust on first use). */
  async #dial(expected: string | undefined, url: string): Promise<NodeLink> {
    const ep = this.#state.get('listener')?.endpoint;
    if (ep === undefined) throw new MaculaError('process_unavailable', 'no QUIC endpoint to dial from (macula_gateway_quic_server restarting)');
    const timeoutMs = this.#o.connectTimeoutMs ?? MESH_CONNECT_TIMEOUT_MS;
    const conn = await ep.connect(url, { expectedNodeId: expected, connectTimeoutMs: timeoutMs });
    const nodeId = conn.remoteNodeId;
    if (nodeId === this.#state.nodeId) {
      void conn.close({ force: true });
      throw new MaculaError('invalid_args', `${url} is this node itself`, { details: { url } });
    }
    if (expected === undefined) {
      const held = this.#direct(nodeId);
      if (held !== undefined) {
        void conn.close();
        return held;
      }
    }
    const stream = conn.openStream();
    let answer: Frame;
    let held: Handshake['held'];
    let release: () => void;
    try {
      ({ answer, held, release } = await this.#handshake(conn, stream, timeoutMs));
    } catch (err) {
      void conn.close({ force: true });
      const e = MaculaError.wrap(err);
      // the other side kept its own dial of this very link: take that one
      if (e.code === 'already_registered') return this.#awaitInbound(nodeId, timeoutMs, e);
      throw e;
    }
    // the node we reached must be one we trust too (it has admitted us: tell it why we leave)
    const distrust = this.#state.auth.checkLink(conn, nodeId);
    if (distrust !== undefined) {
      this.#state.auth.linkRefused(distrust, 'dial', conn.remoteAddress);
      try {
        stream.write(encodeFrame({ goodbye: { reason: distrust.message, code: distrust.wireCode } }));
      } catch {
        // gone already: the close code below still says why
      }
      void conn.close({ code: distrust.wireCode, reason: distrust.message.slice(0, MAX_CLOSE_REASON_CHARS) });
      throw distrust;
    }
    if (!this.#running) {
      void conn.close();
      throw new MaculaError('process_unavailable', 'macula_gateway_mesh stopped while dialling');
    }
    const inbound = this.#unlessRestarted(this.#direct(nodeId), answer.connected?.incarnation ?? '');
    if (inbound !== undefined) {
      // crossed dials, both accepted: the lower node id's dial wins on both sides
      if (inbound.nodeId < this.#state.nodeId) {
        void conn.close();
        return inbound;
      }
      this.#links.delete(nodeId);
      void inbound.close(new MaculaError('already_registered', 'duplicate link: the one dialled by the lower node id is kept'));
    }
    // one synchronous step: the link's own listener replaces the handshake's buffer, then what
    // arrived right behind Connected (the other node's interest, say) is replayed in order
    const link = new NodeLink(nodeId, answer.connected?.realms?.[0] ?? this.#state.realms[0] ?? '', 'local', conn, stream, this.#ctx!.guard, this.#o.linkLimits);
    this.#incarnations.set(link, answer.connected?.incarnation ?? '');
    release();
    this.#admit(link);
    this.#attach(link);
    link.replay(held);
    return link;
  }

  #attach(link: NodeLink): void {
    const guard = this.#ctx!.guard;
    const relay = this.#relay!;
    link.on('dht', guard((m: WireDhtMessage) => this.#o.dht?.deliver(link.nodeId, m)));
    link.on('frame', guard((frame: Frame) => this.#deliver(link, frame)));
    link.on('reach', guard((body: NonNullable<Frame['reach']>) => relay.onReach(link, body)));
    link.on('routed', guard((frame: Frame) => relay.onRouted(link, frame)));
    this.#notifyUp(link);
    // after the workers saw the direct link: a routed link to that node gives way to it
    relay.linkUp(link);
    link.once('close', guard(() => {
      this.#notifyDown(link);
      relay.linkDown(link.nodeId);
    }));
  }

  #notifyUp(link: MeshLink): void {
    for (const role of LINK_AWARE_ROLES) this.#state.notify(role, (c) => (c as LinkAware).onLinkUp?.(link));
  }

  #notifyDown(link: MeshLink): void {
    for (const role of LINK_AWARE_ROLES) this.#state.notify(role, (c) => (c as LinkAware).onLinkDown?.(link));
  }

  /** A frame for this node from `link`'s node (direct, or through relays): to whoever owns its kind. */
  #deliver(link: MeshLink, frame: Frame): void {
    if (frame.body === 'dht') return this.#o.dht?.deliver(link.nodeId, frame.dht!);
    const role = frame.body == null ? undefined : LINK_FRAME_ROUTES[frame.body];
    if (role === undefined) {
      // an error nobody routes is dropped, never answered (two nodes would answer each other forever)
      if (frame.body === 'error') return;
      link.send({ error: toWireError(new MaculaError('unknown_message_type', `a node link does not carry ${frame.body ?? 'an empty frame'}`, { details: { type: frame.body ?? null } }), 0) });
      return;
    }
    this.#state.notify(role, (c) => (c as LinkAware).onLinkFrame?.(link, frame));
  }

  /**
   * Connect (role node_link) → Connected, or the refusal as a MaculaError. Frames that arrive
   * after Connected, before the link takes the stream over, are held (bounded) for the link to
   * replay; `release` stops holding.
   */
  #handshake(conn: Connection, stream: Stream, timeoutMs: number): Promise<Handshake> {
    return new Promise<Handshake>((resolveHandshake, reject) => {
      const guard = this.#ctx!.guard;
      const held: Buffer[] = [];
      const hold = (bytes: Buffer): void => {
        if (held.length < MAX_HELD_LINK_FRAMES) held.push(bytes);
        else void conn.close({ force: true });
      };
      const resolve = (f: Frame): void => {
        stream.on('frame', hold);
        resolveHandshake({ answer: f, held, release: () => stream.off('frame', hold) });
      };
      const done = (f: () => void): void => {
        clearTimeout(timer);
        stream.off('frame', onFrame);
        conn.off('close', onClose);
        f();
      };
      const timer = setTimeout(guard(() => done(() => reject(new MaculaError('timeout', `node link handshake with ${conn.remoteNodeId.slice(0, 12)} took over ${timeoutMs} ms`)))), timeoutMs);
      const onClose = guard((err?: MaculaError) => done(() => reject(err ?? new MaculaError('connection_closed', 'the other node closed the link during its handshake'))));
      const onFrame = guard((bytes: Buffer) => {
        let f: Frame;
        try {
          f = decodeFrame(bytes);
        } catch (err) {
          return done(() => reject(err));
        }
        if (f.connected != null) return done(() => resolve(f));
        if (f.error != null) return done(() => reject(fromWireError(f.error!)));
        done(() => reject(new MaculaError('malformed_frame', `node link Connect answered with ${f.body ?? 'an empty frame'}`)));
      });
      stream.on('frame', onFrame);
      conn.once('close', onClose);
      stream.write(
        encodeFrame({
          connect: {
            protocolVersion: PROTOCOL_VERSION,
            minProtocolVersion: MIN_PROTOCOL_VERSION,
            realm: this.#state.realms[0] ?? '',
            nodeId: this.#state.nodeId,
            clientName: 'macula-gateway',
            role: wire.ConnectionRole.NODE_LINK,
            incarnation: this.#incarnation,
          },
        }),
      );
    });
  }

  /** Our dial lost a crossed-dial race: the winner (the other node's dial) arrives as inbound. */
  #awaitInbound(nodeId: string, timeoutMs: number, why: MaculaError): Promise<NodeLink> {
    const inbound = this.#direct(nodeId);
    if (inbound !== undefined) return Promise.resolve(inbound);
    return new Promise<NodeLink>((resolve, reject) => {
      const waiter = (link: NodeLink): void => {
        clearTimeout(timer);
        resolve(link);
      };
      const timer = setTimeout(this.#ctx!.guard(() => {
        this.#waiters.get(nodeId)?.delete(waiter);
        reject(why);
      }), timeoutMs);
      let set = this.#waiters.get(nodeId);
      if (set === undefined) this.#waiters.set(nodeId, (set = new Set()));
      set.add(waiter);
    });
  }

  /**
   * `held`, unless the node it goes to has restarted since: a handshake naming another incarnation
   * than the held link's comes from the node's new mesh worker, so the held link is dead (its
   * node was killed, or its mesh worker restarted, and the silence is not noticed yet) and is
   * closed at once. Without this the crossed-dial rule would keep the dead link — refusing the
   * restarted node's dial, or handing our dial the dead link — until linkTimeoutMs ended it.
   * An empty incarnation (a node that does not send one) changes nothing.
   */
  #unlessRestarted(held: NodeLink | undefined, incarnation: string): NodeLink | undefined {
    if (held === undefined || incarnation === '') return held;
    const before = this.#incarnations.get(held) ?? '';
    if (before === '' || before === incarnation) return held;
    this.#links.delete(held.nodeId);
    this.restartsSeen++;
    void held.close(new MaculaError('already_registered', `node ${held.nodeId.slice(0, 12)} restarted: its link is replaced by the new incarnation's`), true);
    return undefined;
  }

  /** Hold a new link, evicting the least recently used unpinned one when full. */
  #admit(link: NodeLink): NodeLink {
    const prior = this.#links.get(link.nodeId);
    if (prior !== undefined && prior !== link) {
      this.#links.delete(link.nodeId);
      void prior.close(new MaculaError('already_registered', 'replaced by a newer link'));
    }
    if (this.#links.size >= this.maxLinks) {
      const victim = [...this.#links.values()].find((l) => !this.#pins.has(l.nodeId));
      if (victim === undefined) {
        void link.close(new MaculaError('too_many_links', `this node holds ${this.maxLinks} pinned links`));
        throw new MaculaError('too_many_links', `this node holds its maximum of ${this.maxLinks} links, all pinned`, { details: { limit: this.maxLinks } });
      }
      this.#evictions++;
      this.evict(victim.nodeId, `link table full (${this.maxLinks}): least recently used`);
    }
    this.#links.set(link.nodeId, link);
    const waiting = this.#waiters.get(link.nodeId);
    this.#waiters.delete(link.nodeId);
    for (const w of waiting ?? []) w(link);
    link.once('close', () => {
      if (this.#links.get(link.nodeId) === link) this.#links.delete(link.nodeId);
    });
    return link;
  }

  #touch(link: NodeLink): void {
    this.#links.delete(link.nodeId);
    this.#links.set(link.nodeId, link);
  }

  #closeIdle(): void {
    const cutoff = Date.now() - this.#idleMs;
    for (const link of [...this.#links.values()]) {
      if (link.lastUsedMs < cutoff && !this.#pins.has(link.nodeId)) this.evict(link.nodeId, `idle for ${this.#idleMs} ms`);
    }
    this.#relay?.closeIdle(cutoff);
  }
}
