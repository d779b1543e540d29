/**
 * What an OS child runs as its tree. Usually a Supervisor (bootstrap, gateway, peers: the process
 * is that supervisor). macula_routing_server is a *worker* of macula_root that happens to live in
 * its own OS process: the process hosts that one worker, started by its own ChildSpec exactly as
 * a supervisor starts a child (start_link semantics, shutdown per its spec), and the process ends
 * when the worker does. Supervision of it is root's: nothing here restarts anything.
 */
// direct module imports: an OS child must not load what only root needs (execa)
import { Supervisor } from '../supervisor/Supervisor.js';
import { shutdownChild } from '../supervisor/shutdown.js';
import { childStopBoundMs } from '../supervisor/stopBound.js';
import { DEFAULT_WORKER_SHUTDOWN_MS } from '../supervisor/constants.js';
import type { ChildDescription, ChildHandle, ChildSpec, ExitReason } from '../supervisor/types.js';
import type { ChildContext, ProcessTree } from './types.js';

export function processTree(tree: Supervisor | ChildSpec, ctx: ChildContext): ProcessTree {
  return tree instanceof Supervisor ? tree : hostWorker(tree, ctx);
}

function hostWorker(spec: ChildSpec, ctx: ChildContext): ProcessTree {
  let handle: ChildHandle | undefined;
  let startedAt: number | undefined;
  let stopping: Promise<void> | undefined;
  let resolveExited!: (reason: ExitReason) => void;
  const exited = new Promise<ExitReason>((resolve) => (resolveExited = resolve));
  const parentPath = ctx.supervisorPath.slice(0, Math.max(0, ctx.supervisorPath.lastIndexOf('/')));
  return {
    exited,
    async start() {
      handle = await spec.start(undefined, { id: spec.id, supervisorPath: parentPath, emit: ctx.emit });
      startedAt = Date.now();
      void handle.exited.then(resolveExited);
    },
    stop() {
      stopping ??= (async () => {
        if (handle) resolveExited(await shutdownChild(handle, spec.shutdown ?? DEFAULT_WORKER_SHUTDOWN_MS));
        else resolveExited('shutdown');
      })();
      return stopping;
    },
    stopBoundMs: () => childStopBoundMs(spec),
    describe(): ChildDescription {
      const row: ChildDescription = { id: spec.id, type: spec.type, state: handle ? (stopping ? 'stopping' : 'running') : 'starting', restarts: 0 };
      if (startedAt !== undefined) row.startedAt = startedAt;
      return row;
    },
  };
}
