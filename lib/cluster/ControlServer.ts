/**
 * Root's control socket `<runtimeDir>/control.sock` (unix socket, mode 0600): `macula-cluster
 * down|status|scale|fault` send one framed control.Request and get one control.Response with the
 * same seq. Dispatch table keyed by the request's oneof case; an unknown or malformed request is
 * answered with a typed error and never breaks the server. Connections are bounded, and so is what
 * one holds unanswered: a client whose unsent answers pass MAX_CONTROL_QUEUED_BYTES (it does not
 * read them) is disconnected. An answer too large for a frame is `frame_too_large`, with its seq.
 */
import { chmodSync, existsSync, unlinkSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { MaculaError } from '../errors/index.js';
import { macula } from '../gen/control.js';
import { FrameDecoder, MAX_FRAME_BYTES, encodeFrame } from '../ipc/index.js';
import type { Logger } from '../log/index.js';
import { CONTROL_SOCKET_MODE, MAX_CONTROL_CONNECTIONS, MAX_CONTROL_QUEUED_BYTES } from './constants.js';

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

export class ControlServer {
  private server?: Server;
  private readonly sockets = new Set<Socket>();

  constructor(
    readonly path: string,
    private readonly handlers: Partial<Record<ControlRequestCase, ControlHandler>>,
    private readonly logger: Logger,
  ) {}

  /** Listen (removing a stale socket file left by a dead root); refuses when a live root answers. */
  async start(): Promise<void> {
    if (existsSync(this.path)) {
      if (await socketIsLive(this.path)) {
        throw new MaculaError('start_failed', `a node is already running with control socket ${this.path}`, { details: { path: this.path } });
      }
      unlinkSync(this.path);
    }
    const server = createServer((socket) => this.serve(socket));
    server.maxConnections = MAX_CONTROL_CONNECTIONS;
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
    for (const s of this.sockets) s.destroy();
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
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const decoder = new FrameDecoder();
    socket.on('data', (chunk: Buffer) => {
      const { frames, error } = decoder.push(chunk);
      // answer() answers every request itself; what could still throw is logged, never left unhandled (it would end root)
      for (const frame of frames) this.answer(socket, frame).catch((err: unknown) => this.logger.error({ err: MaculaError.wrap(err).toJSON() }, 'control socket: answering failed'));
      if (error) {
        this.logger.warn({ err: error.toJSON() }, `control socket: ${error.message}`);
        this.write(socket, 0, controlError(error));
      }
    });
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
