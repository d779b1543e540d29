export { GatewayHealth, type GatewayHealthOptions } from './GatewayHealth.js';
export { GatewayDiagnostics, GatewayQuicServer, Gateway, GatewayClients, GatewayPubsub, GatewayRpc, GatewayMesh } from './workers.js';
export { buildGatewaySystem } from './GatewaySystem.js';
export * from './constants.js';
