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
 */
import { EventEmitter } from 'node:events';
import { MaculaError } from '../errors/index.js';
import { Dispatcher, decodeFrame, encodeFrame, toWireError, type Frame, type FrameInit } from '../protocol/index.js';
import type { Connection, Stream } from '../transport/types.js';
import { MAX_CLOSE_REASON_CHARS } from './constants.js';

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
  close(reason?: MaculaError, force?: boolean): Promise<void>;
  on(event: 'close', listener: (err?: MaculaError) => void): this;
  once(event: 'close', listener: (err?: MaculaError) => void): this;
}

export class NodeLink extends EventEmitter implements MeshLink {
  readonly connectedAtMs = Date.now();
  lastUsedMs = Date.now();
  /** Last frame of any kind received (liveness: MeshPool pings a quiet link and closes a silent one). */
  lastHeardMs = Date.now();
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
  ) {
    super();
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
    stream.once('close', guard(() => void this.connection.close()));
    connection.once('close', guard((err?: MaculaError) => {
      this.#closing = true;
      this.emit('close', err ?? this.#farewell);
    }));
  }

  get closed(): boolean {
    return this.#closing || this.connection.closed;
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
    this.lastHeardMs = Date.now();
    const kind = frame.body;
    if (kind !== 'ping' && kind !== 'pong') this.lastUsedMs = this.lastHeardMs;
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
