/** The `routing` OS process: it is the macula_routing_server worker of macula_root (seed §1). */
import type { ChildApp, ChildContext } from '../cluster/types.js';
import { RoutingServer } from './RoutingServer.js';
import { ROUTING_SERVER_ID } from './constants.js';

export function buildRoutingProcess(ctx: ChildContext): ChildApp {
  return { tree: ctx.registry.child(ROUTING_SERVER_ID, () => new RoutingServer()) };
}
