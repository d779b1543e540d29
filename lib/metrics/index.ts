/** lib/metrics: Prometheus registries (prom-client) for the node's /metrics. */
export * from './constants.js';
export type { GatewayGauges, GatewayMetricsOptions, ProcessMemory } from './types.js';
export { GatewayMetrics, createGatewayMetrics } from './GatewayMetrics.js';
