export { GatewayHealth, type GatewayHealthOptions } from './GatewayHealth.js';
export { buildGatewaySystem } from './GatewaySystem.js';
export { processMemoryFromRoot } from './processMemory.js';
export * from './constants.js';
