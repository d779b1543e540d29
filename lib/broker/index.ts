/**
 * lib/broker: the gateway's message broker, one component per seed worker (§3–4):
 *
 * | component            | seed worker                   | depends on (starts after)           |
 * |----------------------|-------------------------------|-------------------------------------|
 * | Diagnostics          | macula_gateway_diagnostics    | —                                   |
 * | QuicListener         | macula_gateway_quic_server    | —                                   |
 * | GatewayCoordinator   | macula_gateway                | listener; routes to the workers     |
 * | ClientTable          | macula_gateway_clients        | —                                   |
 * | PubSubRouter         | macula_gateway_pubsub         | clients (rebuilds from it)          |
 * | RpcRouter            | macula_gateway_rpc            | clients, diagnostics                |
 * | MeshPool             | macula_gateway_mesh           | listener's endpoint                 |
 *
 * Each is a Lifecycle (idempotent start/stop, restartable, 'crash' event): a supervised worker
 * calls its start() in BaseWorker.start, its stop() in stop, and ctx.exit() on 'crash'. The
 * components are built once per gateway process (they hold references to one another); a
 * restart rebuilds their derived state from the ClientTable.
 */
export * from './constants.js';
export type * from './types.js';
export { Lifecycle, type LifecycleState } from './Lifecycle.js';
export { ClientSession, closeWithError, type ClientSessionInit } from './ClientSession.js';
export { ClientTable, type ClientTableOptions, type LeaveHook } from './ClientTable.js';
export { PubSubRouter, type PubSubRouterOptions } from './PubSubRouter.js';
export { RpcRouter, type RpcRouterOptions } from './RpcRouter.js';
export { Diagnostics, type DiagnosticsOptions, type DiagnosticsInfo } from './Diagnostics.js';
export { QuicListener, type QuicListenerOptions, type ConnectionHandler } from './QuicListener.js';
export { GatewayCoordinator, type GatewayCoordinatorOptions } from './GatewayCoordinator.js';
export { MeshPool, type MeshPoolOptions } from './MeshPool.js';
export { BrokerWorker } from './BrokerWorker.js';
export { Broker, BROKER_COMPONENTS, type BrokerOptions, type BrokerComponent } from './Broker.js';
