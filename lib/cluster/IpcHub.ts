/**
 * Root's side of IPC: one IpcChannel per OS child, keyed by process name, and the hub that
 * forwards an envelope addressed to another process. A process is reachable only between its
 * Ready and its exit; a message to a process that is down or restarting fails fast with
 * `process_unavailable`, and the next incarnation is reachable as soon as it reports Ready.
 */
import { MaculaError } from '../errors/index.js';
import type { macula } from '../gen/ipc.js';
import { IpcChannel, ROOT_NAME, errorToWire, type BodyCase, type Envelope, type IpcBody } from '../ipc/index.js';
import type { Logger } from '../log/index.js';
import { ipcChannel, type SpawnedProcess, type SupervisorEvent } from '../supervisor/index.js';
import { eventFromWire } from './wire.js';

interface Attached {
  name: string;
  channel: IpcChannel;
  pid?: number;
  ready: boolean;
  bound: Record<string, string>;
  readyPromise: Promise<void>;
  /** The exit reason the process announced before exiting on its own (Exiting). */
  lastWords?: string;
  /** Its tree's stop bound, from Ready (0 = unknown). */
  stopBoundMs: number;
}

/** What attach() gives the spawner of one process. */
export interface AttachedProcess {
  /** Resolves when the pipe has closed, i.e. everything the child wrote has been read. */
  closed: Promise<void>;
  /** The reason it announced before exiting on its own, if it did. */
  lastWords(): string | undefined;
  /** Its tree's stop bound from its latest Ready (0 until then, or when unknown). */
  stopBoundMs(): number;
}

export interface IpcHubOptions {
  logger: Logger;
  /** A supervisor report forwarded by a child. */
  onEvent: (proc: string, event: SupervisorEvent) => void;
  /** A child reported Ready (its new incarnation is reachable). */
  onReady?: (proc: string) => void;
  /** A Ready process's pipe closed (it exited or is exiting). */
  onGone?: (proc: string) => void;
  /** Requests a child addresses to root itself (the gateway asks for every process's memory). */
  requests?: Partial<Record<BodyCase, (proc: string, env: Envelope) => IpcBody | void | Promise<IpcBody | void>>>;
}

export class IpcHub {
  private readonly live = new Map<string, Attached>();
  private readonly byPid = new Map<number, Attached>();

  constructor(private readonly options: IpcHubOptions) {}

  /** Speak IPC with a freshly spawned child; `ready(proc)` then waits for its Ready. */
  attach(name: string, proc: SpawnedProcess): AttachedProcess {
    let resolveClosed!: () => void;
    const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
    let resolveReady!: () => void;
    const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
    const log = this.options.logger;
    const entry: Attached = {
      name,
      pid: proc.pid,
      ready: false,
      bound: {},
      readyPromise,
      stopBoundMs: 0,
      channel: new IpcChannel(ipcChannel(proc), {
        name: ROOT_NAME,
        onError: (err) => log.error({ err: err.toJSON(), proc: name }, `IPC from ${name}: ${err.message}`),
        onForward: (env) => this.forward(entry, env),
        onClose: () => {
          if (entry.ready) this.options.onGone?.(name);
          entry.ready = false;
          if (this.live.get(name) === entry) this.live.delete(name);
          if (entry.pid !== undefined) this.byPid.delete(entry.pid);
          resolveClosed();
        },
      }),
    };
    entry.channel.handle('event', (env) => {
      if (env.event) this.options.onEvent(name, eventFromWire(env.event));
    });
    entry.channel.handle('exiting', (env) => {
      entry.lastWords = env.exiting?.reason || undefined;
    });
    entry.channel.handle('ready', (env) => {
      entry.ready = true;
      entry.bound = { ...(env.ready?.bound ?? {}) };
      entry.stopBoundMs = env.ready?.stopBoundMs ?? 0;
      this.live.set(name, entry);
      resolveReady();
      this.options.onReady?.(name);
    });
    for (const [kind, handler] of Object.entries(this.options.requests ?? {})) {
      entry.channel.handle(kind as BodyCase, (env) => handler(name, env));
    }
    if (proc.pid !== undefined) this.byPid.set(proc.pid, entry);
    return { closed, lastWords: () => entry.lastWords, stopBoundMs: () => entry.stopBoundMs };
  }

  /** Resolves when the process with this pid reported Ready. */
  waitReady(proc: SpawnedProcess): Promise<void> {
    const entry = proc.pid === undefined ? undefined : this.byPid.get(proc.pid);
    if (!entry) return Promise.reject(new MaculaError('process_unavailable', `no IPC channel for pid ${proc.pid ?? '?'}`));
    return entry.readyPromise;
  }

  isReady(name: string): boolean {
    return this.live.get(name)?.ready === true;
  }

  /** Names and pids of the processes that are Ready now. */
  processes(): Array<{ name: string; pid?: number }> {
    return [...this.live.values()].filter((e) => e.ready).map((e) => ({ name: e.name, pid: e.pid }));
  }

  bound(name: string): Record<string, string> {
    return this.live.get(name)?.bound ?? {};
  }

  /** The channel of a Ready process, or `process_unavailable`. */
  channel(name: string): IpcChannel {
    const entry = this.live.get(name);
    if (!entry || !entry.ready || entry.channel.closed) {
      throw new MaculaError('process_unavailable', `process ${name} is not running (down or restarting)`, { details: { process: name } });
    }
    return entry.channel;
  }

  request(name: string, body: IpcBody, timeoutMs?: number): Promise<Envelope> {
    try {
      return this.channel(name).request(name, body, timeoutMs);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** Send to a Ready process; false when it is not reachable. */
  trySend(name: string, body: IpcBody): boolean {
    try {
      this.channel(name).send(name, body);
      return true;
    } catch {
      return false;
    }
  }

  /** Root as the hub: pass an envelope on, or answer its sender with process_unavailable. */
  private forward(from: Attached, env: Envelope): void {
    // the pipe says who sent it: a child cannot speak in another process's name
    env.from = from.name;
    const target = this.live.get(env.to);
    if (target && target.ready && !target.channel.closed) {
      target.channel.forward(env as macula.ipc.Envelope);
      return;
    }
    if (env.replyTo) return; // a reply for a process that is gone: nobody waits for it
    const err = new MaculaError('process_unavailable', `process ${env.to} is not running (down or restarting)`, { details: { process: env.to } });
    if (env.seq && !from.channel.closed) from.channel.send(env.from, { error: errorToWire(err) }, env.seq);
  }
}
