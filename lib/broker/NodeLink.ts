/**
 * One node link: a QUIC connection between this gateway and another node's gateway, opened with a
 * Connect whose role is `node_link` (PROTOCOL §1) on the connection's first stream and answered
 * with Connected. Each side is pinned to the node id in the other's certificate (the dialer with
 * `expectedNodeId`, the acceptor by reading it from the verified certificate), so a link held
 * under a node id is proven to be that node. Links are never clients: they live in
 * macula_gateway_mesh's own table (MeshPool) with their own limit.
 *
 * The link speaks frames on its stream: ping/pong, goodbye and `dht` (emitted as 'dht' for the
 * mesh worker to relay to the node's routing or bootstrap process); cross-node pub/sub and RPC
 * ride on it as they land. A Goodbye with a code (the other node refused this one: `not_trusted`)
 * is the error the link's 'close' event carries.
 */
import { EventEmitter } from 'node:events';
import { MaculaError } from '../errors/index.js';
import { Dispatcher, decodeFrame, encodeFrame, toWireError, type Frame, type FrameInit } from '../protocol/index.js';
import type { Connection, Stream } from '../transport/types.js';
import { MAX_CLOSE_REASON_CHARS } from './constants.js';

/** Who opened the link: this node (`local`) or the other (`remote`). */
export type LinkInitiator = 'local' | 'remote';

export class NodeLink extends EventEmitter {
  readonly connectedAtMs = Date.now();
  lastUsedMs = Date.now();
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
      .on('ping', (b) => void this.send({ pong: { seq: b.seq ?? 0 } }))
      .on('pong', () => undefined)
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
    if (this.closed) return false;
    try {
      this.stream.write(encodeFrame(frame));
    } catch {
      void this.close(new MaculaError('slow_consumer', `node ${this.nodeId.slice(0, 12)} does not read its link`), true);
      return false;
    }
    this.lastUsedMs = Date.now();
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
    this.lastUsedMs = Date.now();
    const kind = frame.body;
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
