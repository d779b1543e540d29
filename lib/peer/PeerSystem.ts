/**
 * A `peer:<N>` OS process: macula_peer_system [rest_for_one 10/60 s] → macula_connection,
 * macula_pubsub_handler, macula_rpc_handler, macula_advertisement_manager (seed §5).
 *
 * The connection is a lib/client MaculaClient to the node's own gateway (root passes its bound
 * `quic://127.0.0.1:<port>` in the child config; a restarted gateway binds the same port), pinned
 * to the node's id, with the node's TLS identity. With a service (`up --service name=./m.js`),
 * pubsub_handler runs the module's subscriptions, rpc_handler holds its procedures and
 * advertisement_manager advertises them (TTL 300 s, refreshed every 240 s). So an rpc_handler
 * crash restarts rpc_handler + advertisement_manager (procedures re-advertised) while the
 * connection and the subscriptions stay; a connection crash restarts everything.
 */
import { WORKER_SHUTDOWN_MS } from '../cluster/constants.js';
import type { ChildApp, ChildContext } from '../cluster/types.js';
import { DEFAULT_URL } from '../client/constants.js';
import { loadOrCreateIdentity } from '../identity/index.js';
import { Supervisor } from '../supervisor/Supervisor.js';
import { AdvertisementManager } from './AdvertisementManager.js';
import { Connection } from './Connection.js';
import * as C from './constants.js';
import { PubsubHandler } from './PubsubHandler.js';
import { RpcHandler } from './RpcHandler.js';
import type { PeerOptions, PeerState } from './types.js';

/** The peer's options, from the config root passed. */
export function peerOptions(ctx: ChildContext): PeerOptions {
  const { config } = ctx;
  const identity = loadOrCreateIdentity({ dataDir: config.dataDir, certPath: config.certPath, keyPath: config.keyPath, keyBits: config.certKeyBits, validityDays: config.certValidityDays });
  const configured = config.peerGatewayUrl;
  return {
    url: configured || config.gatewayUrl || DEFAULT_URL,
    // the node's own gateway presents the node's id; another one only what the operator pinned
    expectedNodeId: configured ? config.peerGatewayNodeId : config.nodeId,
    realm: config.realm,
    identity: { certPem: identity.certPem, keyPem: identity.keyPem },
    name: config.service ? `${ctx.processName}/${config.service.name}` : ctx.processName,
    service: config.service,
    advertiseTtlMs: config.advertiseTtlMs,
    minReadvertiseMs: config.minReadvertiseMs,
    connectStartTimeoutMs: C.CONNECT_START_TIMEOUT_MS,
    idleTimeoutMs: config.peerIdleTimeoutMs,
    keepAliveMs: config.peerKeepAliveMs,
  };
}

export function buildPeerSystem(ctx: ChildContext): ChildApp {
  const options = peerOptions(ctx);
  const state: PeerState = { procedures: new Map() };
  const opts = { shutdown: WORKER_SHUTDOWN_MS };
  const tree = new Supervisor({
    name: ctx.supervisorPath,
    flags: { strategy: 'rest_for_one', intensity: C.PEER_INTENSITY, periodMs: C.PEER_PERIOD_MS },
    children: [
      ctx.registry.child(C.CONNECTION_ID, () => new Connection(options, state), opts),
      ctx.registry.child(C.PUBSUB_HANDLER_ID, () => new PubsubHandler(options, state), opts),
      ctx.registry.child(C.RPC_HANDLER_ID, () => new RpcHandler(state), opts),
      ctx.registry.child(C.ADVERTISEMENT_MANAGER_ID, () => new AdvertisementManager(options, state), opts),
    ],
    onEvent: ctx.emit,
  });
  // root tells every peer where the node's gateway listens after each gateway restart
  const followGateway = !ctx.config.peerGatewayUrl;
  const handlers: ChildApp['handlers'] = {
    gatewayAddress: (env) => {
      const url = env.gatewayAddress?.url;
      if (!followGateway || !url || url === options.url) return;
      ctx.logger.warn({ from: options.url, to: url }, 'the gateway moved: reconnecting there');
      options.url = url;
      state.retarget?.(url);
    },
  };
  const bound = (): Record<string, string> => (options.service ? { service: options.service.name, gateway: options.url } : { gateway: options.url });
  return { tree, bound, handlers };
}
