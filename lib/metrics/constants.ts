/** Names and buckets of lib/metrics (Prometheus conventions: base units, `_total` counters). */
export const METRIC_PREFIX = 'macula_';
/** RPC latency buckets, in seconds (0.5 ms … 30 s: the default call deadline). */
export const RPC_LATENCY_BUCKETS_S = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** `process` label of the process that renders the registry, unless told otherwise. */
export const DEFAULT_PROCESS_NAME = 'gateway';
