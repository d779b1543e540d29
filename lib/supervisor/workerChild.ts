/**
 * In-process workers as supervised children: the TS stand-in for an OTP worker started with
 * start_link. `start()` resolving is the {ok, Pid}; `ctx.exit(reason)` is the process dying;
 * `stop()` is exit(Child, shutdown); kill abandons the worker (its stop may never resolve).
 */
import { DEFAULT_WORKER_SHUTDOWN_MS } from './constants.js';
import type { ChildHandle, ChildSpec, ExitReason, RestartType, Shutdown, StartContext, Worker, WorkerContext } from './types.js';

/** Options of a worker child. */
export interface WorkerChildOptions {
  /** @default 'permanent' */
  restart?: RestartType;
  /** @default 5000 (DEFAULT_WORKER_SHUTDOWN_MS) */
  shutdown?: Shutdown;
}

/** A worker with no-op start/stop, so a real worker overrides only what it needs. */
export abstract class BaseWorker implements Worker {
  protected ctx?: WorkerContext;

  async start(ctx: WorkerContext): Promise<void> {
    this.ctx = ctx;
  }

  async stop(): Promise<void> {}
}

function reasonOf(err: unknown): ExitReason {
  return `crash: ${err instanceof Error ? err.message : String(err)}`;
}

/** Start a worker and build its handle; rejects when `start` throws or the worker exits first. */
export async function startWorker(worker: Worker, id: string, path: string): Promise<ChildHandle> {
  let resolveExited!: (r: ExitReason) => void;
  const exited = new Promise<ExitReason>((resolve) => (resolveExited = resolve));
  let done = false;
  let started = false;
  let failStart!: (err: Error) => void;
  // OTP: a process that dies during init makes start_link return an error at once
  const diedDuringStart = new Promise<never>((_, reject) => (failStart = reject));
  diedDuringStart.catch(() => undefined);
  const finish = (reason: ExitReason): void => {
    if (done) return;
    done = true;
    resolveExited(reason);
  };
  const ctx: WorkerContext = {
    id,
    path,
    exit: (reason) => {
      if (!started) failStart(new Error(`worker ${id} exited during start: ${reason}`));
      else finish(reason);
    },
  };
  await Promise.race([Promise.resolve().then(() => worker.start(ctx)), diedDuringStart]);
  started = true;
  let stopping = false;
  return {
    exited,
    shutdown: () => {
      if (done || stopping) return;
      stopping = true;
      Promise.resolve()
        .then(() => worker.stop())
        .then(
          () => finish('shutdown'),
          (err) => finish(reasonOf(err)),
        );
    },
    kill: () => finish('killed'),
  };
}

/** A supervised in-process worker; `factory` builds a fresh instance per (re)start. */
export function workerChild(id: string, factory: (extra?: unknown) => Worker, opts: WorkerChildOptions = {}): ChildSpec {
  return {
    id,
    type: 'worker',
    restart: opts.restart ?? 'permanent',
    shutdown: opts.shutdown ?? DEFAULT_WORKER_SHUTDOWN_MS,
    start: (extra?: unknown, ctx?: StartContext) => {
      const childId = ctx?.id ?? id;
      const path = ctx ? `${ctx.supervisorPath}/${childId}` : childId;
      return startWorker(factory(extra), childId, path);
    },
  };
}
