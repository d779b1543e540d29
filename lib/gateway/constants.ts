/** Names and bounds of lib/gateway (seed §3–4: both supervisors rest_for_one, 10 restarts in 60 s). */
export { GATEWAY_SYSTEM_ID, GATEWAY_WORKERS_SUP_ID, GATEWAY_INTENSITY, GATEWAY_PERIOD_MS } from '../broker/constants.js';
export const GATEWAY_HEALTH_ID = 'macula_gateway_health';
/** Bound on one DHT request (publish, find providers, locate) the gateway's workers make of routing (a lookup's own deadline is 10 s). */
export const DHT_ACCESS_TIMEOUT_MS = 12_000;
/** How often the gateway refreshes the mesh status /health reports (from the routing process). */
export const MESH_STATUS_REFRESH_MS = 2_000;
/** How long a /metrics scrape waits for root's per-process memory before reporting the gateway's own only. */
export const PROCESS_MEMORY_TIMEOUT_MS = 500;
/** A per-process memory answer from root is reused this long (one scrape reads it twice). */
export const PROCESS_MEMORY_CACHE_MS = 1_000;
