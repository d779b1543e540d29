/**
 * A node reached through relays (issue 12 item 3): the same surface as a direct NodeLink, so the
 * workers that speak to other nodes (pub/sub interest and routed events, RPC invocations, the DHT)
 * use it unchanged. A frame sent on it gets the mesh envelope's destination, a hop count of 0,
 * this node's max_hops and a packet id, and goes to the route's next hop (MeshRoutes); every
 * relay on the way forwards it one hop closer. Frames from that node arrive through whichever
 * direct link the relays chose and are handed to the workers as this link's.
 *
 * It lives while a route exists and it is used: MeshPool closes it when the route goes
 * (`node_unreachable`), when a direct link to the node comes up (the workers see the direct link
 * first, then this one close), when idle as a direct link would be, and when the other node says
 * Goodbye through the relays.
 *
 * Backpressure: a routed event from this node that congests a local subscriber "holds" this link,
 * but holding reads nothing: the frames come on the direct link from a relay, which forwards
 * without backpressure, so pausing that link would only move the overflow to the relay and cut
 * its link (and every node behind it) instead of the one subscriber. The subscriber's own bound
 * still applies (cut after slowConsumerMs if it does not drain). Sending, it reports no
 * congestion: a full next hop is cut as slow_consumer as it was.
 */
import { EventEmitter } from 'node:events';
import { MaculaError } from '../errors/index.js';
import type { FrameInit } from '../protocol/index.js';
import type { LinkInitiator, MeshLink } from './NodeLink.js';

/** What a routed link needs from the mesh worker. */
export interface RelayHost {
  readonly selfId: string;
  readonly maxHops: number;
  /** The direct link to the next hop towards `nodeId`, and that hop's id; undefined = no route. */
  nextHop(nodeId: string): { send(frame: FrameInit): boolean; nodeId: string; hops: number } | undefined;
}

export class RoutedLink extends EventEmitter implements MeshLink {
  readonly connectedAtMs = Date.now();
  lastUsedMs = Date.now();
  #closed = false;
  #packet = Math.floor(Math.random() * 0x7fff_ffff);

  constructor(
    readonly nodeId: string,
    readonly realm: string,
    readonly initiator: LinkInitiator,
    /** Where the other node says it listens (its DHT endpoint), when known: a direct dial's target. */
    readonly advertisedEndpoint: string,
    readonly host: RelayHost,
  ) {
    super();
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Holdable (the subscriber's hold bounds it by its slowConsumerMs; see the header). */
  get closing(): boolean {
    return this.#closed;
  }

  holdReads(): void {
    // nothing to pause: see the header
  }

  releaseReads(): void {
    // nothing was paused
  }

  /** The next hop now, and how many hops away the node is. */
  get via(): { nodeId: string; hops: number } | undefined {
    const h = this.host.nextHop(this.nodeId);
    return h === undefined ? undefined : { nodeId: h.nodeId, hops: h.hops };
  }

  get endpoint(): string {
    return this.advertisedEndpoint;
  }

  /** Put a frame on the mesh for this node; false when there is no route (the link then closes). */
  send(frame: FrameInit): boolean {
    if (this.#closed) return false;
    const hop = this.host.nextHop(this.nodeId);
    if (hop === undefined) {
      this.end(new MaculaError('node_unreachable', `no route to node ${this.nodeId.slice(0, 12)}`, { details: { nodeId: this.nodeId } }));
      return false;
    }
    this.#packet = this.#packet >= 0xffff_ffff ? 1 : this.#packet + 1;
    const route = {
      ...(frame.route ?? {}),
      originNodeId: this.host.selfId,
      destinationNodeId: this.nodeId,
      hopCount: 0,
      maxHops: this.host.maxHops,
      realm: frame.route?.realm || this.realm,
      packetId: this.#packet,
    };
    if (!hop.send({ ...frame, route })) return false;
    this.lastUsedMs = Date.now();
    return true;
  }

  /** Tell the node Goodbye through the relays (when a route is left), then end. */
  close(reason?: MaculaError): Promise<void> {
    if (!this.#closed) this.send({ goodbye: { reason: reason?.message ?? 'link closed', code: reason?.wireCode ?? 0 } });
    this.end(reason);
    return Promise.resolve();
  }

  /** End without a word (the route went, or a direct link replaced this one). Idempotent. */
  end(reason?: MaculaError): void {
    if (this.#closed) return;
    this.#closed = true;
    this.emit('close', reason);
  }
}
