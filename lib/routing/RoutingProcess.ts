/** The `routing` OS process: it is the macula_routing_server worker of macula_root (seed §1). */
import type { ChildApp, ChildContext } from '../cluster/types.js';
import { DhtOps } from '../dht/wiring/DhtOps.js';
import { RoutingServer } from './RoutingServer.js';
import { ROUTING_SERVER_ID } from './constants.js';

export function buildRoutingProcess(ctx: ChildContext): ChildApp {
  const ops = new DhtOps();
  ctx.siblings.handle('dhtQuery', ops.handle);
  const c = ctx.config;
  const dht = {
    k: c.dhtK,
    alpha: c.dhtAlpha,
    recordTtlMs: c.dhtRecordTtlMs,
    maintenance: { intervalMs: c.dhtMaintenanceIntervalMs, contactStaleMs: c.dhtContactStaleMs },
  };
  return {
    tree: ctx.registry.child(ROUTING_SERVER_ID, () => new RoutingServer({ ctx, ops, dht })),
    // root asks too (macula-cluster mesh)
    handlers: { dhtQuery: ops.handle },
  };
}
