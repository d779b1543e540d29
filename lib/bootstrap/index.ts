export { BootstrapServer, BootstrapRegistry, BootstrapHealth } from './workers.js';
export { buildBootstrapSystem } from './BootstrapSystem.js';
export * from './constants.js';
