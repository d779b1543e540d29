/**
 * An OS process whose whole tree is one worker (macula_routing_server is a worker child of
 * macula_root that runs in its own process). The worker exiting is the process's tree exiting,
 * so the process exits non-zero and root's supervisor restarts it.
 */
// direct module imports: an OS child must not load what only root needs (execa)
import { shutdownChild } from '../supervisor/shutdown.js';
import type { ChildDescription, ChildHandle, ExitReason, Worker } from '../supervisor/types.js';
import { startWorker } from '../supervisor/workerChild.js';
import type { ProcessTree } from './types.js';

export class SingleWorkerTree implements ProcessTree {
  readonly exited: Promise<ExitReason>;
  private resolveExited!: (reason: ExitReason) => void;
  private handle?: ChildHandle;
  private startedAt?: number;
  private stopping?: Promise<void>;

  constructor(
    private readonly id: string,
    private readonly path: string,
    private readonly worker: Worker,
    private readonly shutdownMs: number,
  ) {
    this.exited = new Promise((resolve) => (this.resolveExited = resolve));
  }

  async start(): Promise<void> {
    if (this.handle) return;
    this.handle = await startWorker(this.worker, this.id, this.path);
    this.startedAt = Date.now();
    void this.handle.exited.then((reason) => this.resolveExited(reason));
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      if (this.handle) await shutdownChild(this.handle, this.shutdownMs);
      this.resolveExited('shutdown');
    })();
    return this.stopping;
  }

  describe(): ChildDescription {
    const row: ChildDescription = { id: this.id, type: 'worker', state: this.handle ? (this.stopping ? 'stopping' : 'running') : 'starting', restarts: 0 };
    if (this.startedAt) row.startedAt = this.startedAt;
    return row;
  }
}
