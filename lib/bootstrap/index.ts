export { BootstrapServer, BootstrapRegistry, BootstrapHealth, BootstrapState, type BootstrapHealthReport } from './workers.js';
export { buildBootstrapSystem } from './BootstrapSystem.js';
export * from './constants.js';
