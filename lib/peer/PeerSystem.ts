/** A `peer:<N>` OS process: macula_peer_system [rest_for_one 10/60 s] and its four workers (seed §5). */
import { WORKER_SHUTDOWN_MS } from '../cluster/constants.js';
import type { ChildApp, ChildContext } from '../cluster/types.js';
import { Supervisor } from '../supervisor/Supervisor.js';
import { ADVERTISEMENT_MANAGER_ID, CONNECTION_ID, PEER_INTENSITY, PEER_PERIOD_MS, PUBSUB_HANDLER_ID, RPC_HANDLER_ID } from './constants.js';
import { AdvertisementManager, Connection, PubsubHandler, RpcHandler } from './workers.js';

export function buildPeerSystem(ctx: ChildContext): ChildApp {
  const opts = { shutdown: WORKER_SHUTDOWN_MS };
  const tree = new Supervisor({
    name: ctx.supervisorPath,
    flags: { strategy: 'rest_for_one', intensity: PEER_INTENSITY, periodMs: PEER_PERIOD_MS },
    children: [
      ctx.registry.child(CONNECTION_ID, () => new Connection(), opts),
      ctx.registry.child(PUBSUB_HANDLER_ID, () => new PubsubHandler(), opts),
      ctx.registry.child(RPC_HANDLER_ID, () => new RpcHandler(), opts),
      ctx.registry.child(ADVERTISEMENT_MANAGER_ID, () => new AdvertisementManager(), opts),
    ],
    onEvent: ctx.emit,
  });
  return { tree };
}
