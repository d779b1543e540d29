/**
 * One live session with a gateway: a QUIC connection, its session stream (every frame of
 * protocol v1 rides on it, in order), the Connect/Connected handshake and the heartbeat
 * (docs/PROTOCOL.md §1–2). A Session never reconnects; MaculaClient makes a new one.
 */
import { MaculaError, type ErrorCode } from '../errors/index.js';
import {
  DEFAULT_HEARTBEAT_MS,
  MIN_PROTOCOL_VERSION,
  PROTOCOL_VERSION,
  decodeFrame,
  encodeFrame,
  fromWireError,
  type Frame,
  type FrameInit,
} from '../protocol/index.js';
import type { Connection, Endpoint, Stream } from '../transport/types.js';
import { SendQueue, type QueuedFrame } from './SendQueue.js';

export interface SessionOptions {
  url: string;
  realm: string;
  clientId: string;
  name: string;
  expectedNodeId?: string;
  connectTimeoutMs: number;
  /** Bytes of frames that may wait for room on the stream (SendQueue). */
  sendQueueBytes: number;
  /** The local transport's frame limit. */
  maxFrameBytes: number;
}

export interface SessionHandlers {
  /** Every frame after the handshake. */
  frame(frame: Frame, session: Session): void;
  /** Bytes that are not a frame (the connection stays up). */
  garbage(error: MaculaError, session: Session): void;
  /** Once, when the session is gone; no error when closed on purpose. */
  close(error: MaculaError | undefined, session: Session): void;
}

const CAPABILITIES = ['pubsub', 'rpc'];
/** What sendAsync returns for a frame written at once (shared: nothing to allocate). */
const WRITTEN: Promise<void> = Promise.resolve();

export class Session {
  /** Gateway's node id (from Connected, else the certificate). */
  nodeId = '';
  sessionId = '';
  protocolVersion = 0;
  maxFrameBytes = 0;
  /** The code of the gateway's Goodbye, if it said one (e.g. `shutdown`: it is restarting). */
  goodbyeCode: ErrorCode | undefined;
  readonly #out: SendQueue;
  #heartbeat: NodeJS.Timeout | undefined;
  #seq = 0;
  #closed = false;
  #closing = false;
  #handlers: SessionHandlers | undefined;

  private constructor(
    private readonly conn: Connection,
    private readonly stream: Stream,
    sendQueueBytes: number,
    maxFrameBytes: number,
  ) {
    this.#out = new SendQueue(stream, sendQueueBytes, maxFrameBytes);
  }

  /** Bytes waiting for room on the stream. */
  get queuedBytes(): number {
    return this.#out.queuedBytes;
  }

  get closed(): boolean {
    return this.#closed || this.#closing;
  }

  /**
   * Connect, open the session stream, Connect → Connected. Rejects with the gateway's error
   * (no_such_realm, max_clients_reached, …), `connection_refused` when nobody answers, or
   * `timeout` when the handshake takes longer than connectTimeoutMs.
   */
  static async open(endpoint: Endpoint, options: SessionOptions, handlers: SessionHandlers): Promise<Session> {
    let conn: Connection;
    try {
      conn = await endpoint.connect(options.url, { expectedNodeId: options.expectedNodeId, connectTimeoutMs: options.connectTimeoutMs });
    } catch (err) {
      const e = MaculaError.wrap(err, 'transport_error');
      if (e.code === 'timeout') {
        throw new MaculaError('connection_refused', `no gateway answered at ${options.url} within ${options.connectTimeoutMs} ms`, { cause: e, details: { url: options.url } });
      }
      throw e;
    }
    const stream = conn.openStream();
    const session = new Session(conn, stream, options.sendQueueBytes, options.maxFrameBytes);
    try {
      await session.#handshake(options, handlers);
    } catch (err) {
      session.#closed = true;
      await conn.close({ force: true }).catch(() => undefined);
      throw err;
    }
    return session;
  }

  /**
   * Encode one frame and write it, or queue it behind the frames waiting for room (in order).
   * Throws `connection_closed` once the session is gone, `too_many_waiting` when the queue is full.
   */
  send(frame: FrameInit): void {
    if (this.closed) throw new MaculaError('connection_closed', 'the session with the gateway is closed');
    this.#out.push(encodeFrame(frame));
  }

  /**
   * Like send(), resolving once the frame is handed to the transport: at once while the stream
   * has room, else when the queue reaches it (that is the backpressure a publisher feels). With
   * `timeoutMs`, a frame still waiting then is taken back and the promise rejects with `timeout`.
   */
  sendAsync(frame: FrameInit, timeoutMs?: number): Promise<void> {
    if (this.closed) return Promise.reject(new MaculaError('connection_closed', 'the session with the gateway is closed'));
    let queued: QueuedFrame | undefined;
    try {
      queued = this.#out.push(encodeFrame(frame));
    } catch (err) {
      return Promise.reject(err);
    }
    if (queued === undefined) return WRITTEN; // the common case: no promise, no closures
    const q = queued;
    return new Promise<void>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      this.#out.notify(q, {
        resolve: () => (clearTimeout(timer), resolve()),
        reject: (e: MaculaError) => (clearTimeout(timer), reject(e)),
      });
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          if (this.#out.remove(q)) reject(new MaculaError('timeout', `frame waited ${timeoutMs} ms for room on the session stream`, { details: { timeoutMs } }));
        }, timeoutMs);
      }
    });
  }

  /** Say Goodbye and close (idempotent). The close handler still runs, with no error. */
  async close(reason = 'client closed'): Promise<void> {
    if (this.#closing || this.#closed) return;
    this.#closing = true;
    this.#stopHeartbeat();
    this.#out.fail(new MaculaError('connection_closed', `session closed (${reason}) before the frame was written`));
    try {
      this.stream.write(encodeFrame({ goodbye: { reason } }));
      this.stream.end();
    } catch {
      // already gone
    }
    await this.conn.close({ reason }).catch(() => undefined);
  }

  #handshake(options: SessionOptions, handlers: SessionHandlers): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => fail(new MaculaError('timeout', `gateway at ${options.url} did not answer Connect within ${options.connectTimeoutMs} ms`)), options.connectTimeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.stream.off('frame', onFrame);
        this.conn.off('close', onClose);
      };
      const fail = (e: MaculaError): void => {
        cleanup();
        reject(e);
      };
      const onClose = (e?: MaculaError): void => fail(e ?? new MaculaError('connection_closed', `gateway at ${options.url} closed the connection during the handshake`));
      const onFrame = (bytes: Buffer): void => {
        let frame: Frame;
        try {
          frame = decodeFrame(bytes);
        } catch (e) {
          return fail(e as MaculaError);
        }
        if (frame.connected != null) {
          const c = frame.connected;
          this.nodeId = c.nodeId || this.conn.remoteNodeId;
          this.sessionId = c.sessionId ?? '';
          this.protocolVersion = c.protocolVersion ?? PROTOCOL_VERSION;
          this.maxFrameBytes = c.maxFrameBytes ?? 0;
          cleanup();
          // Attach before resolving: frames right behind Connected arrive in this same tick.
          this.#attach(handlers);
          this.#startHeartbeat(c.heartbeatMs || DEFAULT_HEARTBEAT_MS);
          return resolve();
        }
        if (frame.error != null) return fail(fromWireError(frame.error));
        fail(new MaculaError('malformed_frame', `gateway answered Connect with ${frame.body ?? 'an empty frame'}`));
      };
      this.stream.on('frame', onFrame);
      this.conn.once('close', onClose);
      try {
        this.stream.write(
          encodeFrame({
            connect: {
              protocolVersion: PROTOCOL_VERSION,
              minProtocolVersion: MIN_PROTOCOL_VERSION,
              realm: options.realm,
              nodeId: options.clientId,
              clientName: options.name,
              capabilities: CAPABILITIES,
            },
          }),
        );
      } catch (e) {
        fail(MaculaError.wrap(e, 'connection_closed'));
      }
    });
  }

  #attach(handlers: SessionHandlers): void {
    this.#handlers = handlers;
    this.stream.on('frame', (bytes: Buffer) => {
      let frame: Frame;
      try {
        frame = decodeFrame(bytes);
      } catch (e) {
        handlers.garbage(e as MaculaError, this);
        return;
      }
      handlers.frame(frame, this);
    });
    const gone = (e?: MaculaError): void => this.#gone(e);
    this.conn.once('close', gone);
    this.stream.once('close', (e?: MaculaError) => {
      // The session stream is the session: losing it ends the session.
      if (!this.#closing) void this.conn.close({ force: true });
      if (e !== undefined) this.#gone(e);
    });
    this.stream.once('end', () => {
      if (!this.#closing) void this.conn.close({ force: true });
    });
    this.stream.on('error', () => undefined);
    if (this.conn.closed) this.#gone(new MaculaError('connection_closed', 'connection closed during the handshake'));
  }

  #gone(error?: MaculaError): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#stopHeartbeat();
    this.#out.fail(new MaculaError('connection_closed', `the session with the gateway is gone${error ? ` (${error.message})` : ''}`, { cause: error }));
    const purposeful = this.#closing;
    this.#handlers?.close(purposeful ? undefined : (error ?? new MaculaError('connection_closed', 'the gateway closed the connection')), this);
  }

  #startHeartbeat(ms: number): void {
    this.#heartbeat = setInterval(() => {
      this.#seq = (this.#seq + 1) >>> 0;
      try {
        this.send({ ping: { seq: this.#seq } });
      } catch {
        // the close handler deals with it
      }
    }, ms);
    this.#heartbeat.unref();
  }

  #stopHeartbeat(): void {
    if (this.#heartbeat !== undefined) clearInterval(this.#heartbeat);
    this.#heartbeat = undefined;
  }
}
