/** The `bootstrap` OS process: macula_bootstrap_system [one_for_one 10/60 s] and its three workers (seed §2). */
import type { ChildApp, ChildContext } from '../cluster/types.js';
import { DhtOps } from '../dht/wiring/DhtOps.js';
import { BootstrapMetrics } from '../metrics/DhtMetrics.js';
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
  const metrics = new BootstrapMetrics({ node_id: ctx.config.nodeId, realm: ctx.config.realm }, {
    records: () => state.registry?.size ?? 0,
    keys: () => state.registry?.keyCount ?? 0,
    queries: () => ({ ...(state.server?.queries ?? {}) }),
    rejected: () => ({ ...(state.server?.rejected ?? {}) }),
    checks: () => Object.fromEntries(Object.entries(state.health?.checks ?? {}).map(([k, c]) => [k, c.ok])),
  });
  ops.serve('metrics', async () => ({ outcome: await metrics.render() }));
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
