/**
 * The lifecycle-only workers of macula_gateway_system (seed §3–4). Each starts, stops and is
 * supervised like the real one; none binds a port, routes a message or tracks a client until
 * transport, pub/sub and RPC land, and none claims to. The health worker is real
 * (GatewayHealth.ts).
 */
import { BaseWorker } from '../supervisor/workerChild.js';

/** macula_gateway_diagnostics: system metrics and debugging info (not yet implemented). */
export class GatewayDiagnostics extends BaseWorker {}

/** macula_gateway_quic_server: the QUIC listener (not yet implemented: binds nothing). */
export class GatewayQuicServer extends BaseWorker {}

/** macula_gateway: the message-routing facade (not yet implemented). */
export class Gateway extends BaseWorker {}

/** macula_gateway_clients: client connection and stream tracking (not yet implemented). */
export class GatewayClients extends BaseWorker {}

/** macula_gateway_pubsub: pub/sub routing with wildcards (not yet implemented). */
export class GatewayPubsub extends BaseWorker {}

/** macula_gateway_rpc: RPC handler registration and routing (not yet implemented). */
export class GatewayRpc extends BaseWorker {}

/** macula_gateway_mesh: mesh connection pooling (not yet implemented). */
export class GatewayMesh extends BaseWorker {}
