export { RoutingServer } from './RoutingServer.js';
export { buildRoutingProcess } from './RoutingProcess.js';
export * from './constants.js';
