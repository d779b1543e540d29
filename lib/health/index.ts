export { HealthServer } from './HealthServer.js';
export * from './constants.js';
export type { HealthInfo, HealthServerOptions, HealthAddress, HealthBody } from './types.js';
