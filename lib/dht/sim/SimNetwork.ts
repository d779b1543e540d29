/**
 * The in-memory network of the simulation (MESH §6: turmoil, libp2p's TestDHT): messages between
 * attached nodes are delivered after a per-link delay (base + uniform jitter, whole ms), lost
 * with a per-link probability, silently dropped across a partition (sends succeed, nothing
 * arrives, like a blackhole route) and silently dropped to a node that is not attached (killed).
 * The sender's node id is what the receiver is told (the authenticated sender of a real link).
 * Every decision draws from one seeded stream in event order, so a run is reproducible.
 */
import type { DhtTransport } from '../DhtNode.js';
import type { DhtMessage } from '../messages.js';
import type { Contact, IdHex, Random } from '../types.js';
import type { VirtualClock } from './VirtualClock.js';

/** One direction-independent link's behaviour. */
export interface LinkProfile {
  /** Base one-way delay. */
  delayMs: number;
  /** Extra delay drawn uniformly from [0, jitterMs]. */
  jitterMs: number;
  /** Probability that a message is lost (0..1). */
  loss: number;
}

export const DEFAULT_LINK: Readonly<LinkProfile> = { delayMs: 2, jitterMs: 3, loss: 0 };

export type Receiver = (from: IdHex, message: DhtMessage) => void;

export interface NetworkCounters {
  sent: number;
  delivered: number;
  lost: number;
  partitioned: number;
  undeliverable: number;
}

export class SimNetwork {
  readonly counters: NetworkCounters = { sent: 0, delivered: 0, lost: 0, partitioned: 0, undeliverable: 0 };
  readonly #clock: VirtualClock;
  readonly #random: Random;
  readonly #receivers = new Map<IdHex, Receiver>();
  readonly #links = new Map<string, LinkProfile>();
  #default: LinkProfile;
  #side: Map<IdHex, number> | undefined;
  /** Sees every message sent (tests and the bench count with it). */
  tap: ((from: IdHex, to: IdHex, message: DhtMessage) => void) | undefined;

  constructor(clock: VirtualClock, random: Random, link: Partial<LinkProfile> = {}) {
    this.#clock = clock;
    this.#random = random;
    this.#default = { ...DEFAULT_LINK, ...link };
  }

  get attached(): number {
    return this.#receivers.size;
  }

  attach(nodeId: IdHex, receiver: Receiver): void {
    this.#receivers.set(nodeId, receiver);
  }

  detach(nodeId: IdHex): void {
    this.#receivers.delete(nodeId);
  }

  /** The transport a node sends through. */
  transport(from: IdHex): DhtTransport {
    return { send: (to: Contact, message: DhtMessage) => this.send(from, to.nodeId, message) };
  }

  /** Change the default profile of every link without its own. */
  setDefaultLink(link: Partial<LinkProfile>): void {
    this.#default = { ...this.#default, ...link };
  }

  /** Give the link between a and b (both directions) its own profile. */
  setLink(a: IdHex, b: IdHex, link: Partial<LinkProfile>): void {
    this.#links.set(linkKey(a, b), { ...this.#default, ...link });
  }

  /** Split the network: nodes in different sides cannot reach each other; unlisted nodes form one more side. */
  partition(sides: readonly (readonly IdHex[])[]): void {
    const side = new Map<IdHex, number>();
    sides.forEach((ids, i) => ids.forEach((id) => side.set(id, i)));
    this.#side = side;
  }

  heal(): void {
    this.#side = undefined;
  }

  send(from: IdHex, to: IdHex, message: DhtMessage): void {
    this.counters.sent++;
    this.tap?.(from, to, message);
    const link = this.#links.get(linkKey(from, to)) ?? this.#default;
    if (link.loss > 0 && this.#random() < link.loss) {
      this.counters.lost++;
      return;
    }
    const delay = Math.max(1, Math.round(link.delayMs + link.jitterMs * this.#random()));
    this.#clock.setTimeout(() => this.#deliver(from, to, message), delay);
  }

  #deliver(from: IdHex, to: IdHex, message: DhtMessage): void {
    if (this.#side !== undefined && this.#sideOf(from) !== this.#sideOf(to)) {
      this.counters.partitioned++;
      return;
    }
    const receiver = this.#receivers.get(to);
    if (receiver === undefined) {
      this.counters.undeliverable++;
      return;
    }
    this.counters.delivered++;
    receiver(from, message);
  }

  #sideOf(id: IdHex): number {
    return this.#side!.get(id) ?? -1;
  }
}

function linkKey(a: IdHex, b: IdHex): string {
  return a < b ? `${a}${b}` : `${b}${a}`;
}
