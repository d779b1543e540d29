/**
 * The live in-process workers of one OS process, by full path
 * (`macula_root/macula_gateway_system/macula_gateway_workers_sup/macula_gateway_pubsub`), so the
 * test-only `fault` command can crash one exactly as a real crash would: the worker releases
 * its resources (its own stop) and then exits with `crash: injected`.
 */
import { MaculaError } from '../errors/index.js';
import type { ChildSpec, Worker, WorkerContext } from '../supervisor/types.js';
import { workerChild, type WorkerChildOptions } from '../supervisor/workerChild.js';

interface LiveWorker {
  ctx: WorkerContext;
  worker: Worker;
}

export const INJECTED_CRASH_REASON = 'crash: injected';

export class WorkerRegistry {
  private readonly live = new Map<string, LiveWorker>();

  /** workerChild whose instances register themselves here while they run. */
  child(id: string, factory: () => Worker, opts: WorkerChildOptions = {}): ChildSpec {
    return workerChild(id, () => this.track(factory()), opts);
  }

  /** Wrap one worker instance so it is registered from start until it stops or exits. */
  track(inner: Worker): Worker {
    let path: string | undefined;
    return {
      start: async (ctx: WorkerContext) => {
        path = ctx.path;
        const wrapped: WorkerContext = {
          id: ctx.id,
          path: ctx.path,
          exit: (reason) => {
            this.forget(ctx.path, inner);
            ctx.exit(reason);
          },
        };
        await inner.start(wrapped);
        this.live.set(ctx.path, { ctx: wrapped, worker: inner });
      },
      stop: async () => {
        if (path !== undefined) this.forget(path, inner);
        await inner.stop();
      },
    };
  }

  paths(): string[] {
    return [...this.live.keys()];
  }

  /** Crash the worker at `path`: release its resources, then exit with `crash: injected`. */
  async crash(path: string): Promise<void> {
    const entry = this.live.get(path);
    if (!entry) {
      throw new MaculaError('no_such_process', `no running worker at ${path}`, { details: { path, workers: this.paths() } });
    }
    this.live.delete(path);
    try {
      await entry.worker.stop();
    } finally {
      entry.ctx.exit(INJECTED_CRASH_REASON);
    }
  }

  private forget(path: string, worker: Worker): void {
    if (this.live.get(path)?.worker === worker) this.live.delete(path);
  }
}
