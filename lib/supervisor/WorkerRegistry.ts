/**
 * The live in-process workers of one OS process, by full path
 * (`macula_root/macula_gateway_system/macula_gateway_workers_sup/macula_gateway_pubsub`), so the
 * test-only `fault` command can make one fail exactly as a bug does: it throws inside that
 * worker's own code (its FaultBoundary), and what happens next is the real crash path — the
 * worker releases what it holds, exits with `crash: injected fault`, and its supervisor applies
 * its strategy.
 *
 * How it throws (FaultHow): `throw` — in a message the worker is handed (caught at its boundary's
 * run); `timer` — in a timer callback the worker scheduled (caught by the process-wide handlers,
 * installProcessFaultHandlers, as an unguarded callback's bug would be); `reject` — a promise
 * the worker leaves rejected (likewise). `timer` and `reject` need the process-wide handlers (OS
 * child processes have them; an in-process test tree uses `throw`).
 */
import { MaculaError } from '../errors/index.js';
import type { FaultHow } from './constants.js';
import type { ChildSpec, Worker, WorkerContext } from './types.js';
import { workerChild, type WorkerChildOptions } from './workerChild.js';


/** The error an injected fault throws; its message is the exit reason's. */
export class InjectedFault extends Error {
  constructor() {
    super('injected fault');
    this.name = 'InjectedFault';
  }
}

export const INJECTED_CRASH_REASON = 'crash: injected fault';

export class WorkerRegistry {
  private readonly live = new Map<string, WorkerContext>();

  /** workerChild whose instances register themselves here while they run. */
  child(id: string, factory: () => Worker, opts: WorkerChildOptions = {}): ChildSpec {
    return workerChild(id, () => this.track(factory()), opts);
  }

  /** Wrap one worker instance so it is registered from start until it stops or dies. */
  track(inner: Worker): Worker {
    let ctx: WorkerContext | undefined;
    const forget = (): void => {
      if (ctx !== undefined && this.live.get(ctx.path) === ctx) this.live.delete(ctx.path);
    };
    const tracked: Worker = {
      start: async (c: WorkerContext) => {
        ctx = c;
        await inner.start(c);
        if (c.boundary.alive) this.live.set(c.path, c);
      },
      stop: async () => {
        forget();
        await inner.stop();
      },
    };
    // `kill` only when the worker has one: a crash without it releases through stop()
    if (inner.kill !== undefined) {
      tracked.kill = () => {
        forget();
        return inner.kill!();
      };
    }
    return tracked;
  }

  paths(): string[] {
    return [...this.live.entries()].filter(([, c]) => c.boundary.alive).map(([p]) => p);
  }

  /** Make the worker at `path` fail the way a bug does (see the module header). */
  crash(path: string, how: FaultHow = 'throw'): void {
    const ctx = this.live.get(path);
    if (ctx === undefined || !ctx.boundary.alive) {
      throw new MaculaError('no_such_process', `no running worker at ${path}`, { details: { path, workers: this.paths() } });
    }
    this.live.delete(path);
    const b = ctx.boundary;
    if (how === 'timer') {
      b.within(() =>
        setTimeout(() => {
          throw new InjectedFault();
        }, 0),
      );
    } else if (how === 'reject') {
      b.within(() => void Promise.reject(new InjectedFault()));
    } else {
      try {
        b.run(() => {
          throw new InjectedFault();
        });
      } catch {
        // the boundary answered process_unavailable: the worker is crashing
      }
    }
  }
}
