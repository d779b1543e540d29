/**
 * A worker as a fault domain: the TS stand-in for an Erlang process boundary. In OTP a bug in a
 * gen_server callback kills that process only; its supervisor sees the exit reason and applies
 * its strategy. Node has one thread per OS process, so the boundary is drawn in code:
 *
 * - `run(fn)` runs `fn` as the worker's own code (a caller handing it a message): a throw or a
 *   rejection that is a bug crashes the worker, and the caller gets `process_unavailable` (the
 *   worker it needed died: retry), never the bug itself. A MaculaError with a code other than
 *   `internal` is an answer (bad input, a bound), not a bug: it passes to the caller unchanged.
 * - `guard(fn)` wraps an entry point the worker registers (a listener, a timer, a callback):
 *   anything it throws or rejects with crashes the worker and goes no further (it must not unwind
 *   into the emitter that called it, e.g. the transport's read loop).
 * - Everything a worker's code schedules (timers, promise chains, I/O callbacks) runs in the
 *   worker's async context (AsyncLocalStorage), so an error that escapes every explicit guard
 *   still names its worker: `installProcessFaultHandlers()` routes it to that worker's crash, and
 *   only what belongs to no worker kills the OS process (root then restarts it). Nothing is
 *   swallowed.
 *
 * After a crash the boundary is dead: guarded callbacks of the old incarnation become no-ops (a
 * message to a dead process is dropped) and `run` answers `process_unavailable`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { MaculaError } from '../errors/index.js';

const context = new AsyncLocalStorage<FaultBoundary>();

/** A throw that is an answer to the caller, not a bug: a MaculaError other than `internal`. */
export function isExpectedError(err: unknown): boolean {
  return err instanceof MaculaError && err.code !== 'internal';
}

/** The exit reason of a worker that crashed with `err` (OTP: the process's exit reason). */
export function crashReason(err: unknown): string {
  return `crash: ${err instanceof Error ? err.message : String(err)}`;
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

export class FaultBoundary {
  #alive = true;

  /** `onCrash` runs once, with the first bug caught here. */
  constructor(
    readonly path: string,
    private readonly onCrash: (err: unknown) => void,
  ) {}

  /** The boundary whose code is running now (undefined outside every worker). */
  static current(): FaultBoundary | undefined {
    return context.getStore();
  }

  get alive(): boolean {
    return this.#alive;
  }

  /** Run `fn` as this worker's code; see the module header for what a throw becomes. */
  run<T>(fn: () => T): T {
    if (!this.#alive) throw this.#unavailable();
    let result: T;
    try {
      result = context.run(this, fn);
    } catch (err) {
      throw this.#fault(err);
    }
    if (isThenable(result)) {
      return (result as PromiseLike<unknown>).then(undefined, (err: unknown) => {
        throw this.#fault(err);
      }) as T;
    }
    return result;
  }

  /** Run `fn` in this worker's async context without judging what it throws (start, stop). */
  within<T>(fn: () => T): T {
    return context.run(this, fn);
  }

  /** Wrap an entry point of this worker (listener, timer, callback); see the module header. */
  guard<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => void {
    return (...args: A): void => {
      if (!this.#alive) return;
      let result: unknown;
      try {
        result = context.run(this, () => fn(...args));
      } catch (err) {
        this.crash(err);
        return;
      }
      if (isThenable(result)) result.then(undefined, (err: unknown) => this.crash(err));
    };
  }

  /** The worker dies with `err` (idempotent: only the first crash counts). */
  crash(err: unknown): void {
    if (!this.#alive) return;
    this.#alive = false;
    this.onCrash(err);
  }

  /** The worker stopped (or was killed): its leftover callbacks are dropped from now on. */
  retire(): void {
    this.#alive = false;
  }

  #fault(err: unknown): unknown {
    if (isExpectedError(err)) return err;
    this.crash(err);
    return new MaculaError('process_unavailable', `${this.path} crashed (${err instanceof Error ? err.message : String(err)}); retry`, {
      cause: err,
      details: { process: this.path },
    });
  }

  #unavailable(): MaculaError {
    return new MaculaError('process_unavailable', `${this.path} is restarting; retry`, { details: { process: this.path } });
  }
}

/** What the process-wide handlers report. */
export interface ProcessFaultHooks {
  /** An error no worker owns: the OS process must die (root restarts it). */
  onEscape(err: unknown, kind: 'uncaughtException' | 'unhandledRejection'): void;
  /** A leftover callback of a worker incarnation that already died threw: dropped, reported. */
  onStale?(err: unknown, path: string): void;
}

let installed = false;

/**
 * Route uncaught exceptions and unhandled rejections to the worker whose async context they were
 * raised in (its crash), and everything else to `onEscape`. Once per OS process (the child
 * runtime calls it; tests that run trees in-process rely on the explicit run/guard boundaries).
 */
export function installProcessFaultHandlers(hooks: ProcessFaultHooks): void {
  if (installed) throw new MaculaError('already_registered', 'process fault handlers are installed once per process');
  installed = true;
  const route = (kind: 'uncaughtException' | 'unhandledRejection') => (err: unknown) => {
    const boundary = FaultBoundary.current();
    if (boundary === undefined) return hooks.onEscape(err, kind);
    if (boundary.alive) return boundary.crash(err);
    hooks.onStale?.(err, boundary.path);
  };
  process.on('uncaughtException', route('uncaughtException'));
  process.on('unhandledRejection', route('unhandledRejection'));
}
