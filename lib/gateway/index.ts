export { GatewayHealth, type GatewayHealthOptions } from './GatewayHealth.js';
export { buildGatewaySystem } from './GatewaySystem.js';
export { processMemoryFromRoot } from './processMemory.js';
export { chooseQuicPort } from './quicPort.js';
export * from './constants.js';
