/** The `routing` OS process: its tree is the single macula_routing_server worker. */
import { SingleWorkerTree } from '../cluster/SingleWorkerTree.js';
import { WORKER_SHUTDOWN_MS } from '../cluster/constants.js';
import type { ChildApp, ChildContext } from '../cluster/types.js';
import { RoutingServer } from './RoutingServer.js';
import { ROUTING_SERVER_ID } from './constants.js';

export function buildRoutingProcess(ctx: ChildContext): ChildApp {
  const worker = ctx.registry.track(new RoutingServer());
  return { tree: new SingleWorkerTree(ROUTING_SERVER_ID, ctx.supervisorPath, worker, WORKER_SHUTDOWN_MS) };
}
