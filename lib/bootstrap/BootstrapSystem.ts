/** The `bootstrap` OS process: macula_bootstrap_system [one_for_one 10/60 s] and its three workers (seed §2). */
import type { ChildApp, ChildContext } from '../cluster/types.js';
import { DhtOps } from '../dht/wiring/DhtOps.js';
import { Supervisor } from '../supervisor/Supervisor.js';
import { BOOTSTRAP_HEALTH_ID, BOOTSTRAP_INTENSITY, BOOTSTRAP_PERIOD_MS, BOOTSTRAP_REGISTRY_ID, BOOTSTRAP_SERVER_ID } from './constants.js';
import { BootstrapHealth, BootstrapRegistry, BootstrapServer, BootstrapState } from './workers.js';

export function buildBootstrapSystem(ctx: ChildContext): ChildApp {
  const ops = new DhtOps();
  ctx.siblings.handle('dhtQuery', ops.handle);
  // the gateway moved: learn its endpoint again on the next request
  ctx.siblings.onStatus((name, up) => {
    if (name === 'gateway' && up) state.self = undefined;
  });
  const state = new BootstrapState(ctx, ops);
  const tree = new Supervisor({
    name: ctx.supervisorPath,
    flags: { strategy: 'one_for_one', intensity: BOOTSTRAP_INTENSITY, periodMs: BOOTSTRAP_PERIOD_MS },
    children: [
      ctx.registry.child(BOOTSTRAP_SERVER_ID, () => new BootstrapServer(state)),
      ctx.registry.child(BOOTSTRAP_REGISTRY_ID, () => new BootstrapRegistry(state)),
      ctx.registry.child(BOOTSTRAP_HEALTH_ID, () => new BootstrapHealth(state)),
    ],
    onEvent: ctx.emit,
  });
  return { tree, handlers: { dhtQuery: ops.handle } };
}
