/**
 * lib/broker: the gateway's message broker, one worker per seed worker (§3–4), run by one tree
 * (Broker) in the gateway process and in tests alike:
 *
 * | worker (Worker)      | seed worker                   | builds its state from (at start)    |
 * |----------------------|-------------------------------|-------------------------------------|
 * | Diagnostics          | macula_gateway_diagnostics    | —                                   |
 * | QuicListener         | macula_gateway_quic_server    | the first incarnation's port        |
 * | GatewayCoordinator   | macula_gateway                | the running listener                |
 * | ClientTable          | macula_gateway_clients        | — (owns sessions and their records) |
 * | PubSubRouter         | macula_gateway_pubsub         | the sessions' subscription records  |
 * | RpcRouter            | macula_gateway_rpc            | the sessions' registrations, built-ins |
 * | MeshPool             | macula_gateway_mesh           | — (node links)                      |
 *
 * Each incarnation is a fault domain (lib/supervisor FaultBoundary); components reach one another
 * only through GatewayState (the state owners), which hands work across those boundaries. The
 * trust model (Authorizer: permissions per client action, mesh_trust per node link) is one of
 * those owners' facts: it outlives every incarnation.
 */
export * from './constants.js';
export type * from './types.js';
export { GatewayState, ROLE_WORKER_IDS, type GatewayComponents, type GatewayRole } from './GatewayState.js';
export { Authorizer, type AuthorizerOptions, type Authorizable } from './Authorizer.js';
export { RefusalLog, type RefusalLogOptions } from './RefusalLog.js';
export { NodeLink, type LinkInitiator } from './NodeLink.js';
export { EventFrames } from './EventFrames.js';
export { ClientSession, closeWithError, type ClientSessionInit } from './ClientSession.js';
export { ClientTable, type ClientTableOptions, type LeaveHook } from './ClientTable.js';
export { PubSubRouter, type PubSubRouterOptions } from './PubSubRouter.js';
export { RpcRouter, type RpcRouterOptions } from './RpcRouter.js';
export { Diagnostics, type DiagnosticsOptions, type DiagnosticsInfo } from './Diagnostics.js';
export { QuicListener, type QuicListenerOptions, type ConnectionHandler } from './QuicListener.js';
export { GatewayCoordinator, type GatewayCoordinatorOptions } from './GatewayCoordinator.js';
export { MeshPool, type MeshPoolOptions, type DhtSink, type LinkInfo } from './MeshPool.js';
export { Broker, type BrokerOptions } from './Broker.js';
