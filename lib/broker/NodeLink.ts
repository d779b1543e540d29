/**
 * One node link: a QUIC connection between this gateway and another node's gateway, opened with a
 * Connect whose role is `node_link` (PROTOCOL §1) on the connection's first stream and answered
 * with Connected. Each side is pinned to the node id in the other's certificate (the dialer with
 * `expectedNodeId`, the acceptor by reading it from the verified certificate), so a link held
 * under a node id is proven to be that node. Links are never clients: they live in
 * macula_gateway_mesh's own table (MeshPool) with their own limit.
 *
 * The link speaks frames on its stream: ping/pong, goodbye, `dht` (emitted as 'dht' for the
 * mesh worker to relay to the node's routing or bootstrap process), `reach` (emitted for the mesh
 * worker's routes); a frame whose envelope names a destination is emitted as 'routed' (the mesh
 * worker delivers or forwards it); every other body as 'frame' (pub/sub, RPC). A Goodbye with a code (the other node refused this one: `not_trusted`)
 * is the error the link's 'close' event carries.
 *
 * Backpressure across the link (pub/sub, end to end, as ClientSession does on one node):
 * - receiving: a routed event whose fan-out leaves a local subscriber above its pressure mark holds
 *   this link (holdReads: its stream stops being read, so QUIC flow control fills the sending
 *   node's queue) until that subscriber drains or is cut (bounded by its slowConsumerMs). While
 *   held the link counts as heard (the pings behind the hold are not read, and the hold is ours).
 * - sending: a link whose queue a fan-out left above its pressure mark (QUEUE_PRESSURE_SHARE of
 *   queueBytes) is congested: it holds the publishing sessions (hold) until it is under half the
 *   mark; one that stays above it for its slowConsumerMs (≥ LINK_SLOW_CONSUMER_MS) is closed with
 *   `slow_consumer` and releases them — a node that stops reading is cut off, others unaffected.
 */
import { EventEmitter } from 'node:events';
import { MaculaError } from '../errors/index.js';
import { Dispatcher, decodeFrame, encodeFrame, toWireError, type Frame, type FrameInit } from '../protocol/index.js';
import type { Connection, Stream } from '../transport/types.js';
import { CLIENT_QUEUE_BYTES, LINK_SLOW_CONSUMER_MS, MAX_CLOSE_REASON_CHARS, QUEUE_PRESSURE_SHARE, SLOW_CONSUMER_MS } from './constants.js';
import type { Holdable } from './EventFrames.js';
import { PublisherHold } from './PublisherHold.js';

/** Who opened the link: this node (`local`) or the other (`remote`). */
export type LinkInitiator = 'local' | 'remote';

/**
 * Another node as the workers speak to it: a direct NodeLink, or a RoutedLink through relays.
 * 'close' is emitted once, with the error that ended it when there is one.
 */
export interface MeshLink {
  readonly nodeId: string;
  readonly realm: string;
  readonly initiator: LinkInitiator;
  readonly connectedAtMs: number;
  /** Last frame sent or received other than the link's own pings (for the idle close). */
  lastUsedMs: number;
  readonly closed: boolean;
  readonly endpoint: string;
  send(frame: FrameInit): boolean;
  /** True when the link's queue is above its pressure mark (a fan-out then holds its publisher). */
  readonly congested?: boolean;
  /** Hold `publisher` until this link's queue drains (or the link is cut). */
  hold?(publisher: Holdable): void;
  /** Holdable: stop reading the link (a local subscriber of its routed events is congested). */
  holdReads?(): void;
  releaseReads?(): void;
  close(reason?: MaculaError, force?: boolean): Promise<void>;
  on(event: 'close', listener: (err?: MaculaError) => void): this;
  once(event: 'close', listener: (err?: MaculaError) => void): this;
}

/** Bounds of a link's queue (the gateway's client queue and slow-consumer time). */
export interface NodeLinkLimits {
  /** Bytes the link's stream may queue (the endpoint's stream high-water mark). @default CLIENT_QUEUE_BYTES */
  queueBytes?: number;
  /** The node's slowConsumerMs for clients; the link waits max(LINK_SLOW_CONSUMER_MS, twice it). @default SLOW_CONSUMER_MS */
  slowConsumerMs?: number;
}

export class NodeLink extends EventEmitter implements MeshLink, Holdable {
  readonly connectedAtMs = Date.now();
  lastUsedMs = Date.now();
  #lastHeard = Date.now();
  readonly #pressureBytes: number;
  readonly #slowConsumerMs: number;
  /** Publishing sessions held until this link's queue drains (emptied on drain, cut-off or close). */
  readonly #holding: PublisherHold;
  /** Local subscribers congested by this link's routed events; its stream is paused while > 0. */
  #heldBy = 0;
  readonly #guard: <A extends unknown[]>(fn: (...args: A) => unknown) => (...args: A) => void;
  readonly #dispatch = new Dispatcher<NodeLink>();
  #closing = false;
  /** Why the other node said it leaves (Goodbye with a code), if it did. */
  #farewell: MaculaError | undefined;
  #fallback: ((frame: Frame) => void) | undefined;

  constructor(
    /** The other node's id (from its certificate). */
    readonly nodeId: string,
    /** The realm both nodes serve. */
    readonly realm: string,
    readonly initiator: LinkInitiator,
    readonly connection: Connection,
    readonly stream: Stream,
    /** Wraps every callback the link registers (the mesh worker's FaultBoundary guard). */
    guard: <A extends unknown[]>(fn: (...args: A) => unknown) => (...args: A) => void,
    limits: NodeLinkLimits = {},
  ) {
    super();
    this.#guard = guard;
    this.#pressureBytes = Math.floor((limits.queueBytes ?? CLIENT_QUEUE_BYTES) * QUEUE_PRESSURE_SHARE);
    this.#slowConsumerMs = Math.max(LINK_SLOW_CONSUMER_MS, 2 * (limits.slowConsumerMs ?? SLOW_CONSUMER_MS));
    const below = Math.max(1, this.#pressureBytes >>> 1);
    this.#holding = new PublisherHold({
      stream,
      belowBytes: below,
      deadlineMs: this.#slowConsumerMs,
      guard,
      onDeadline: () => {
        const queued = this.stream.bufferedBytes;
        void this.close(new MaculaError('slow_consumer', `node ${this.nodeId.slice(0, 12)} did not drain its link under ${below} bytes in ${this.#slowConsumerMs} ms (${queued} bytes queued)`, {
          details: { queuedBytes: queued, limit: this.#pressureBytes, waitedMs: this.#slowConsumerMs },
        }), true);
      },
    });
    this.#dispatch
      .on('ping', (b) => void this.#write({ pong: { seq: b.seq ?? 0 } }))
      .on('pong', () => undefined)
      // the nodes that node reaches (MeshRoutes)
      .on('reach', (b) => void this.emit('reach', b))
      .on('goodbye', (b) => {
        // e.g. not_trusted: the dialler refused this node after Connected; 'close' carries it
        if ((b.code ?? 0) !== 0) this.#farewell = MaculaError.fromWire(b.code!, b.reason || 'the other node left', {});
        void this.connection.close();
      })
      // a DHT message from that node (its sender is this link's proven node id)
      .on('dht', (b) => void this.emit('dht', b));
    // every other body goes to whoever registered for it with the mesh worker (pub/sub, RPC)
    this.#fallback = (frame) => this.emit('frame', frame);
    stream.on('frame', guard((bytes: Buffer) => this.#onFrame(bytes)));
    stream.on('error', () => undefined);
    stream.on('below', guard(() => this.#holding.release()));
    stream.once('close', guard(() => void this.connection.close()));
    connection.once('close', guard((err?: MaculaError) => {
      this.#closing = true;
      this.#holding.release();
      this.emit('close', err ?? this.#farewell);
    }));
  }

  get closed(): boolean {
    return this.#closing || this.connection.closed;
  }

  /** Holdable: the same as closed. */
  get closing(): boolean {
    return this.closed;
  }

  /**
   * Last frame of any kind received (liveness: MeshPool pings a quiet link and closes a silent
   * one). While this node holds the link's reads it is "now": the other node's frames (pongs
   * included) wait unread because of us, and the hold is bounded by the subscribers' slowConsumerMs.
   */
  get lastHeardMs(): number {
    return this.#heldBy > 0 ? Date.now() : this.#lastHeard;
  }

  /** True when the queue is above the pressure mark (after a fan-out: hold the publisher). */
  get congested(): boolean {
    return this.stream.bufferedBytes > this.#pressureBytes;
  }

  /** Publishers this link holds back now (tests, diagnostics). */
  get holding(): number {
    return this.#holding.size;
  }

  /** True while this link is not read because a local subscriber of its routed events is congested. */
  get held(): boolean {
    return this.#heldBy > 0;
  }

  /** The fan-out of `publisher`'s event left this link congested: stop reading the publisher until it drains. */
  hold(publisher: Holdable): void {
    if (!this.closed) this.#holding.hold(publisher);
  }

  /** Holdable: a local subscriber of this link's routed events is congested: stop reading the link. */
  holdReads(): void {
    if (this.#heldBy++ === 0) this.stream.pause();
  }

  /** Holdable: one congested subscriber fewer; the last lets the link be read again. */
  releaseReads(): void {
    if (this.#heldBy === 0 || --this.#heldBy > 0) return;
    // the silence clock starts again now: nothing could be heard while we held the link
    this.#lastHeard = Date.now();
    if (!this.closed) this.stream.resume();
  }

  /** Handle frames that arrived before this link took its stream over (the dial's handshake held them). */
  replay(frames: readonly Buffer[]): void {
    for (const f of frames) this.#onFrame(f);
  }

  /** `quic://host:port` the other node was reached at (its one UDP socket: its gateway). */
  get endpoint(): string {
    const host = this.connection.remoteAddress.includes(':') ? `[${this.connection.remoteAddress}]` : this.connection.remoteAddress;
    return `quic://${host}:${this.connection.remotePort}`;
  }

  /** Queue a frame for the other node; false when the link is going away. */
  send(frame: FrameInit): boolean {
    if (!this.#write(frame)) return false;
    this.lastUsedMs = Date.now();
    return true;
  }

  /** A liveness ping: does not count as use (an idle link still closes when idle). */
  ping(): boolean {
    return this.#write({ ping: { seq: 0 } });
  }

  #write(frame: FrameInit): boolean {
    if (this.closed) return false;
    try {
      this.stream.write(encodeFrame(frame));
    } catch {
      void this.close(new MaculaError('slow_consumer', `node ${this.nodeId.slice(0, 12)} does not read its link`), true);
      return false;
    }
    return true;
  }

  /** Say Goodbye (with why) and close; `force` drops what is queued. Idempotent. */
  close(reason?: MaculaError, force = false): Promise<void> {
    if (!this.#closing) {
      this.#closing = true;
      try {
        this.stream.write(encodeFrame({ goodbye: { reason: reason?.message ?? 'link closed', code: reason?.wireCode ?? 0 } }));
      } catch {
        // not reading: the close below still ends it
      }
    }
    return this.connection.close({ force, code: reason?.wireCode ?? 0, reason: (reason?.message ?? '').slice(0, MAX_CLOSE_REASON_CHARS) });
  }

  #onFrame(bytes: Buffer): void {
    let frame: Frame;
    try {
      frame = decodeFrame(bytes);
    } catch (err) {
      this.send({ error: toWireError(err, 0) });
      return;
    }
    this.#lastHeard = Date.now();
    const kind = frame.body;
    if (kind !== 'ping' && kind !== 'pong') this.lastUsedMs = this.#lastHeard;
    // addressed to a node (this one through relays, or one further on): the mesh worker's
    if (frame.route?.destinationNodeId) {
      this.emit('routed', frame);
      return;
    }
    if (kind !== undefined && kind !== null && !this.#dispatch.has(kind) && this.#fallback !== undefined) {
      this.#fallback(frame);
      return;
    }
    try {
      this.#dispatch.dispatch(frame, this);
    } catch (err) {
      this.send({ error: toWireError(err, 0) });
    }
  }
}
