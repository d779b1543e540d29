/**
 * Root's control socket `<runtimeDir>/control.sock` (unix socket, mode 0600): `macula-cluster
 * down|status|scale|fault` send one framed control.Request and get one control.Response with the
 * same seq. Dispatch table keyed by the request's oneof case; an unknown or malformed request is
 * answered with a typed error and never breaks the server.
 *
 * Connections are bounded (maxConnections) without letting idle ones lock the socket: a
 * connection with no request in flight is closed after idleTimeoutMs, and when the bound is
 * reached a new connection takes the place of the longest-idle one; only when every connection
 * is busy with a request is the newcomer refused, with a typed `too_many_connections` answer.
 *
 * What one connection holds unanswered is bounded too: a client whose unsent answers pass
 * MAX_CONTROL_QUEUED_BYTES (it does not read them) is disconnected. An answer too large for a
 * frame is `frame_too_large`, with its seq.
 */
import { chmodSync, existsSync, unlinkSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { MaculaError } from '../errors/index.js';
import { macula } from '../gen/control.js';
import { FrameDecoder, MAX_FRAME_BYTES, encodeFrame } from '../ipc/index.js';
import type { Logger } from '../log/index.js';
import { CONTROL_IDLE_TIMEOUT_MS, CONTROL_SOCKET_MODE, MAX_CONTROL_CONNECTIONS, MAX_CONTROL_QUEUED_BYTES } from './constants.js';

export type ControlRequestCase = NonNullable<macula.control.Request['body']>;
export type ControlResponseBody = { [K in NonNullable<macula.control.Response['body']>]?: macula.control.Response.$Properties[K] };
export type ControlHandler = (request: macula.control.Request) => Promise<ControlResponseBody> | ControlResponseBody;

export function controlError(err: unknown): ControlResponseBody {
  const e = MaculaError.wrap(err);
  return { error: { code: e.wireCode, codeName: e.code, message: e.message, detailsJson: JSON.stringify(e.details) } };
}

/** true when a live root answers on this socket path. */
export function socketIsLive(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(path);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

export interface ControlServerOptions {
  /** Connections served at once. @default MAX_CONTROL_CONNECTIONS */
  maxConnections?: number;
  /** A connection without a request in flight is closed after this. @default CONTROL_IDLE_TIMEOUT_MS */
  idleTimeoutMs?: number;
}

interface Conn {
  /** Requests being answered. */
  busy: number;
  /** Last time it sent or got something (epoch ms). */
  active: number;
}

export class ControlServer {
  private server?: Server;
  private readonly sockets = new Map<Socket, Conn>();
  /** Every open socket, the refused ones too, so stop() can close them all. */
  private readonly open = new Set<Socket>();
  private readonly maxConnections: number;
  private readonly idleTimeoutMs: number;

  constructor(
    readonly path: string,
    private readonly handlers: Partial<Record<ControlRequestCase, ControlHandler>>,
    private readonly logger: Logger,
    options: ControlServerOptions = {},
  ) {
    this.maxConnections = options.maxConnections ?? MAX_CONTROL_CONNECTIONS;
    this.idleTimeoutMs = options.idleTimeoutMs ?? CONTROL_IDLE_TIMEOUT_MS;
  }

  /** Connections open now (for tests of the bound). */
  get connections(): number {
    return this.sockets.size;
  }

  /** Listen (removing a stale socket file left by a dead root); refuses when a live root answers. */
  async start(): Promise<void> {
    if (existsSync(this.path)) {
      if (await socketIsLive(this.path)) {
        throw new MaculaError('start_failed', `a node is already running with control socket ${this.path}`, { details: { path: this.path } });
      }
      unlinkSync(this.path);
    }
    const server = createServer((socket) => this.serve(socket));
    this.server = server;
    const oldMask = process.umask(0o177);
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(this.path, () => {
          server.off('error', reject);
          resolve();
        });
      });
    } finally {
      process.umask(oldMask);
    }
    chmodSync(this.path, CONTROL_SOCKET_MODE);
  }

  async stop(): Promise<void> {
    for (const s of this.open) s.destroy();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    try {
      unlinkSync(this.path);
    } catch {
      // already gone
    }
  }

  private serve(socket: Socket): void {
    socket.on('error', () => socket.destroy());
    this.open.add(socket);
    socket.once('close', () => this.open.delete(socket));
    if (this.sockets.size >= this.maxConnections && !this.evictIdle()) {
      const err = new MaculaError('too_many_connections', `root is answering ${this.sockets.size} control commands already; try again`, { details: { max: this.maxConnections } });
      socket.setTimeout(this.idleTimeoutMs, () => socket.destroy());
      socket.end(encodeFrame(macula.control.Response.encode(macula.control.Response.create({ seq: 0, ...controlError(err) })).finish()));
      return;
    }
    const conn: Conn = { busy: 0, active: Date.now() };
    this.sockets.set(socket, conn);
    socket.on('close', () => this.sockets.delete(socket));
    socket.setTimeout(this.idleTimeoutMs, () => {
      if (conn.busy === 0) socket.destroy();
    });
    const decoder = new FrameDecoder();
    socket.on('data', (chunk: Buffer) => {
      conn.active = Date.now();
      const { frames, error } = decoder.push(chunk);
      // answer() answers every request itself; what could still throw is logged, never left unhandled (it would end root)
      for (const frame of frames) {
        conn.busy++;
        void this.answer(socket, frame)
          .catch((err: unknown) => this.logger.error({ err: MaculaError.wrap(err).toJSON() }, 'control socket: answering failed'))
          .finally(() => {
            conn.busy--;
            conn.active = Date.now();
          });
      }
      if (error) {
        this.logger.warn({ err: error.toJSON() }, `control socket: ${error.message}`);
        this.write(socket, 0, controlError(error));
      }
    });
  }

  /** Close the longest-idle connection (none in flight) to make room; false when all are busy. */
  private evictIdle(): boolean {
    let oldest: [Socket, Conn] | undefined;
    for (const entry of this.sockets) if (entry[1].busy === 0 && (oldest === undefined || entry[1].active < oldest[1].active)) oldest = entry;
    if (oldest === undefined) return false;
    this.sockets.delete(oldest[0]);
    oldest[0].destroy();
    return true;
  }

  private async answer(socket: Socket, frame: Buffer): Promise<void> {
    let request: macula.control.Request;
    try {
      request = macula.control.Request.decode(frame);
    } catch (err) {
      this.write(socket, 0, controlError(new MaculaError('malformed_frame', `undecodable control request: ${(err as Error).message}`)));
      return;
    }
    const kind = request.body;
    const handler = kind ? this.handlers[kind] : undefined;
    let body: ControlResponseBody;
    if (!handler) {
      body = controlError(new MaculaError('unknown_message_type', `root does not handle control request ${kind ?? '(unknown)'}`));
    } else {
      try {
        body = await handler(request);
      } catch (err) {
        body = controlError(err);
      }
    }
    this.write(socket, request.seq, body);
  }

  private write(socket: Socket, seq: number, body: ControlResponseBody): void {
    if (socket.destroyed) return;
    if (socket.writableLength > MAX_CONTROL_QUEUED_BYTES) {
      // the client sends requests and does not read the answers: they would pile up in root without bound
      this.logger.warn({ queuedBytes: socket.writableLength, limit: MAX_CONTROL_QUEUED_BYTES }, 'control socket: a client does not read its answers; disconnected');
      socket.destroy();
      return;
    }
    let bytes = macula.control.Response.encode(macula.control.Response.create({ seq, ...body })).finish();
    if (bytes.length > MAX_FRAME_BYTES) {
      // an answer that cannot be framed (it quotes a huge argument): say so, with the request's seq
      const err = new MaculaError('frame_too_large', `the answer is ${bytes.length} bytes, over the ${MAX_FRAME_BYTES}-byte frame limit`, { details: { size: bytes.length, max: MAX_FRAME_BYTES } });
      bytes = macula.control.Response.encode(macula.control.Response.create({ seq, ...controlError(err) })).finish();
    }
    socket.write(encodeFrame(bytes));
  }
}
