/** The `bootstrap` OS process: macula_bootstrap_system [one_for_one 10/60 s] and its three workers (seed §2). */
import type { ChildApp, ChildContext } from '../cluster/types.js';
import { Supervisor } from '../supervisor/Supervisor.js';
import { BOOTSTRAP_HEALTH_ID, BOOTSTRAP_INTENSITY, BOOTSTRAP_PERIOD_MS, BOOTSTRAP_REGISTRY_ID, BOOTSTRAP_SERVER_ID } from './constants.js';
import { BootstrapHealth, BootstrapRegistry, BootstrapServer } from './workers.js';

export function buildBootstrapSystem(ctx: ChildContext): ChildApp {
  const tree = new Supervisor({
    name: ctx.supervisorPath,
    flags: { strategy: 'one_for_one', intensity: BOOTSTRAP_INTENSITY, periodMs: BOOTSTRAP_PERIOD_MS },
    children: [
      ctx.registry.child(BOOTSTRAP_SERVER_ID, () => new BootstrapServer()),
      ctx.registry.child(BOOTSTRAP_REGISTRY_ID, () => new BootstrapRegistry()),
      ctx.registry.child(BOOTSTRAP_HEALTH_ID, () => new BootstrapHealth()),
    ],
    onEvent: ctx.emit,
  });
  return { tree };
}
