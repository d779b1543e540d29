/**
 * Sibling channels: direct process-to-process IPC between the OS processes of one node, so root
 * is the control plane (spawn, supervision, readiness, the control socket) and not the data path.
 * The DHT keeps a steady stream of messages between gateway, routing and bootstrap; through root
 * each one would be decoded and re-encoded twice and share root's single thread.
 *
 * - Transport: each process listens on a unix socket `<runtimeDir>/sib/<name>.sock` (mode 0600,
 *   its directory 0700), framed exactly like the fd-3 pipe (IpcChannel: 4-byte length +
 *   Envelope, dispatch by body case, request/reply by seq, bounded pending table, backpressure).
 * - Set up through root: root gives every process the directory and a per-node token, and tells
 *   each one (SiblingStatus) when a sibling comes up with its socket path, or goes down. A request
 *   to a sibling root reported down fails at once with `process_unavailable`; the next one after
 *   it is back dials its new socket (re-established whichever side restarted).
 * - Authentication: the dialer's first envelope is SiblingHello {token} naming itself in `from`;
 *   until it is accepted nothing else is served, and a wrong token (or none within
 *   SIBLING_HELLO_TIMEOUT_MS) closes the socket. From then on the channel's `from` is that name.
 * - One outbound channel per sibling, dialled on first use (concurrent requests share the dial);
 *   inbound channels bounded (MAX_SIBLING_CHANNELS). A framing error closes only that channel.
 */
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { MaculaError } from '../errors/index.js';
import { MAX_SIBLING_CHANNELS, SIBLING_CONNECT_TIMEOUT_MS, SIBLING_HELLO_TIMEOUT_MS, SIBLING_SOCKET_MODE } from './constants.js';
import { IpcChannel } from './IpcChannel.js';
import type { BodyCase, Envelope, IpcBody, IpcHandler } from './types.js';

export interface SiblingsOptions {
  /** This process's name (`gateway`, `routing`, `peer:3`, …). */
  name: string;
  /** `<runtimeDir>/sib`. */
  dir: string;
  /** The node's channel token (root makes one per node start). */
  token: string;
  /** Typed errors about bad input on a channel (it keeps working unless it was a framing error). */
  onError?: (err: MaculaError, peer: string) => void;
  /** @default IpcChannel's REQUEST_TIMEOUT_MS */
  requestTimeoutMs?: number;
  /** @default MAX_SIBLING_CHANNELS */
  maxChannels?: number;
}

/** The socket file of process `name` in `dir`. */
export function siblingSocketPath(dir: string, name: string): string {
  return join(dir, `${name.replace(/[^A-Za-z0-9_-]/g, '-')}.sock`);
}

function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class Siblings {
  readonly name: string;
  readonly #o: SiblingsOptions;
  readonly #handlers = new Map<BodyCase, IpcHandler>();
  /** Siblings root reported up: name → socket path. */
  readonly #up = new Map<string, string>();
  readonly #out = new Map<string, IpcChannel>();
  readonly #dialling = new Map<string, Promise<IpcChannel>>();
  readonly #in = new Set<IpcChannel>();
  readonly #listeners = new Set<(name: string, up: boolean) => void>();
  #server: Server | undefined;
  #closed = false;

  constructor(options: SiblingsOptions) {
    this.name = options.name;
    this.#o = options;
  }

  /** Where this process listens. */
  get path(): string {
    return siblingSocketPath(this.#o.dir, this.name);
  }

  /** Inbound channels served now (authenticated or not). */
  get inboundCount(): number {
    return this.#in.size;
  }

  /** Siblings known to be up. */
  get upNames(): string[] {
    return [...this.#up.keys()];
  }

  /** Serve `kind` on every inbound channel (current and future). */
  handle<K extends BodyCase>(kind: K, handler: IpcHandler): this {
    this.#handlers.set(kind, handler);
    for (const ch of this.#in) if (ch.peerName !== undefined) ch.handle(kind, handler);
    return this;
  }

  /** Listen on this process's socket (a stale one from a dead incarnation is replaced). */
  async listen(): Promise<string> {
    mkdirSync(this.#o.dir, { recursive: true, mode: 0o700 });
    const path = this.path;
    rmSync(path, { force: true });
    const server = createServer((socket) => this.#accept(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => {
        server.off('error', reject);
        resolve();
      });
    });
    chmodSync(path, SIBLING_SOCKET_MODE);
    server.on('error', () => undefined);
    this.#server = server;
    return path;
  }

  /** Root says `name` is up at `path` (a new incarnation replaces the old channel). */
  up(name: string, path: string): void {
    if (name === this.name) return;
    const prior = this.#up.get(name);
    this.#up.set(name, path);
    if (prior !== undefined) this.#dropOutbound(name, `${name} restarted`);
    this.#notify(name, true);
  }

  /** Root says `name` is down: its requests fail at once until it is up again. */
  down(name: string): void {
    this.#up.delete(name);
    this.#dropOutbound(name, `${name} is down`);
    this.#notify(name, false);
  }

  /** Hear of every sibling going up or down (root's word, the moment root sees it); returns the removal. */
  onStatus(listener: (name: string, up: boolean) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #notify(name: string, up: boolean): void {
    for (const l of this.#listeners) l(name, up);
  }

  isUp(name: string): boolean {
    return this.#up.has(name);
  }

  /** Request/reply with a sibling over its direct channel. */
  async request(to: string, body: IpcBody, timeoutMs = this.#o.requestTimeoutMs): Promise<Envelope> {
    const ch = await this.#channel(to);
    return ch.request(to, body, timeoutMs);
  }

  /** Fire and forget to a sibling. */
  async send(to: string, body: IpcBody): Promise<void> {
    const ch = await this.#channel(to);
    ch.send(to, body);
  }

  /** Close every channel and the listening socket. Idempotent. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#server?.close();
    rmSync(this.path, { force: true });
    for (const ch of [...this.#out.values(), ...this.#in]) ch.close('siblings closed');
    this.#out.clear();
    this.#in.clear();
  }

  #unavailable(to: string, why: string): MaculaError {
    return new MaculaError('process_unavailable', `process ${to} is not reachable (${why})`, { details: { process: to } });
  }

  #channel(to: string): Promise<IpcChannel> {
    if (this.#closed) return Promise.reject(this.#unavailable(to, 'this process is stopping'));
    const held = this.#out.get(to);
    if (held !== undefined && !held.closed) return Promise.resolve(held);
    const path = this.#up.get(to);
    if (path === undefined) return Promise.reject(this.#unavailable(to, 'down or restarting'));
    let dial = this.#dialling.get(to);
    if (dial === undefined) {
      dial = this.#dial(to, path).finally(() => this.#dialling.delete(to));
      this.#dialling.set(to, dial);
    }
    return dial;
  }

  async #dial(to: string, path: string): Promise<IpcChannel> {
    const socket = await new Promise<Socket>((resolve, reject) => {
      const s = connect(path);
      const timer = setTimeout(() => {
        s.destroy();
        reject(this.#unavailable(to, `no answer on its socket within ${SIBLING_CONNECT_TIMEOUT_MS} ms`));
      }, SIBLING_CONNECT_TIMEOUT_MS);
      s.once('connect', () => {
        clearTimeout(timer);
        resolve(s);
      });
      s.once('error', (err) => {
        clearTimeout(timer);
        reject(this.#unavailable(to, err.message));
      });
    });
    const ch: IpcChannel = new IpcChannel(socket, {
      name: this.name,
      peerName: to,
      requestTimeoutMs: this.#o.requestTimeoutMs,
      onError: (err) => this.#o.onError?.(err, to),
      onClose: () => {
        if (this.#out.get(to) === ch) this.#out.delete(to);
      },
    });
    await ch.request(to, { siblingHello: { token: this.#o.token } }, SIBLING_HELLO_TIMEOUT_MS).catch((err: unknown) => {
      ch.close('hello refused');
      throw err instanceof MaculaError && err.code !== 'process_unavailable' ? err : this.#unavailable(to, 'it refused our hello');
    });
    if (this.#up.get(to) !== path || this.#closed) {
      // it went down (or restarted) while we dialled
      ch.close('stale dial');
      throw this.#unavailable(to, 'down or restarting');
    }
    this.#out.set(to, ch);
    return ch;
  }

  #accept(socket: Socket): void {
    if (this.#closed || this.#in.size >= (this.#o.maxChannels ?? MAX_SIBLING_CHANNELS)) {
      socket.destroy();
      return;
    }
    let ch: IpcChannel | undefined;
    const timer = setTimeout(() => ch?.close(`no hello within ${SIBLING_HELLO_TIMEOUT_MS} ms`), SIBLING_HELLO_TIMEOUT_MS);
    timer.unref();
    ch = new IpcChannel(socket, {
      name: this.name,
      requestTimeoutMs: this.#o.requestTimeoutMs,
      onError: (err) => this.#o.onError?.(err, ch?.peerName ?? 'unauthenticated sibling'),
      onClose: () => {
        clearTimeout(timer);
        this.#in.delete(ch!);
      },
    });
    this.#in.add(ch);
    const channel = ch;
    channel.handle('siblingHello', (env) => {
      if (channel.peerName !== undefined) throw new MaculaError('already_registered', 'this sibling channel already said hello');
      if (!env.from || env.from === this.name || !tokensEqual(env.siblingHello?.token ?? '', this.#o.token)) {
        setImmediate(() => channel.close('bad hello'));
        throw new MaculaError('peer_verification_failed', 'sibling hello refused: wrong token or name', { details: { from: env.from } });
      }
      clearTimeout(timer);
      channel.authenticate(env.from);
      for (const [kind, handler] of this.#handlers) channel.handle(kind, handler);
      return { ok: {} };
    });
  }

  #dropOutbound(name: string, why: string): void {
    const ch = this.#out.get(name);
    this.#out.delete(name);
    ch?.close(why);
  }
}
