/**
 * In-process workers as supervised children: the TS stand-in for an OTP worker started with
 * start_link. `start()` resolving is the {ok, Pid}; a bug caught at the worker's FaultBoundary,
 * or `ctx.exit(reason)`, is the process dying; `stop()` is exit(Child, shutdown); kill is
 * exit(Child, kill). Whenever the worker dies other than by a polite stop, what it holds is
 * released first (Worker.kill, else Worker.stop; bounded), so `exited` means "gone and its port
 * free", as a monitor's 'DOWN' does for a process whose ports the VM has closed.
 */
import { DEFAULT_WORKER_SHUTDOWN_MS, RELEASE_TIMEOUT_MS } from './constants.js';
import { FaultBoundary, crashReason } from './FaultBoundary.js';
import type { ChildHandle, ChildSpec, ExitReason, RestartType, Shutdown, StartContext, Worker, WorkerContext } from './types.js';

/** Options of a worker child. */
export interface WorkerChildOptions {
  /** @default 'permanent' */
  restart?: RestartType;
  /** @default 5000 (DEFAULT_WORKER_SHUTDOWN_MS, OTP's default for workers) */
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

/** Wait for `p`, at most `ms`; never rejects. */
function bounded(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))),
  ]).finally(() => clearTimeout(timer));
}

/** Start a worker and build its handle; rejects when `start` throws or the worker dies first. */
export async function startWorker(worker: Worker, id: string, path: string): Promise<ChildHandle> {
  let resolveExited!: (r: ExitReason) => void;
  const exited = new Promise<ExitReason>((resolve) => (resolveExited = resolve));
  let done = false;
  let started = false;
  let dying = false;
  let failStart!: (err: Error) => void;
  // OTP: a process that dies during init makes start_link return an error at once
  const diedDuringStart = new Promise<never>((_, reject) => (failStart = reject));
  diedDuringStart.catch(() => undefined);
  const finish = (reason: ExitReason): void => {
    if (done) return;
    done = true;
    boundary.retire();
    if (!started) failStart(new Error(`worker ${id} exited during start: ${reason}`));
    resolveExited(reason);
  };
  /**
   * Crashed or killed: release what it holds (bounded), then report the exit. A crash runs
   * `kill`, else `stop` (OTP calls terminate/2 when a callback crashes); a brutal kill runs only
   * `kill` (OTP's exit(Pid, kill) runs no callback; the VM just closes the process's ports).
   */
  const die = (reason: ExitReason, crashed: boolean): void => {
    if (done || dying) return;
    dying = true;
    boundary.retire();
    const release = Promise.resolve().then(() => boundary.within(() => (worker.kill ? worker.kill() : crashed ? worker.stop() : undefined)));
    void bounded(release, RELEASE_TIMEOUT_MS).then(() => finish(reason));
  };
  const boundary = new FaultBoundary(path, (err) => die(crashReason(err), true));
  const ctx: WorkerContext = {
    id,
    path,
    boundary,
    guard: (fn) => boundary.guard(fn),
    exit: (reason) => finish(reason),
  };
  await Promise.race([Promise.resolve().then(() => boundary.within(() => worker.start(ctx))), diedDuringStart]);
  started = true;
  let stopping = false;
  return {
    exited,
    shutdown: () => {
      if (done || dying || stopping) return;
      stopping = true;
      Promise.resolve()
        .then(() => boundary.within(() => worker.stop()))
        .then(
          () => finish('shutdown'),
          (err) => finish(crashReason(err)),
        );
    },
    kill: () => die('killed', false),
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
