/** Names and bounds of lib/gateway (seed §3–4: both supervisors rest_for_one, 10 restarts in 60 s). */
export const GATEWAY_HEALTH_ID = 'macula_gateway_health';
export const GATEWAY_DIAGNOSTICS_ID = 'macula_gateway_diagnostics';
export const GATEWAY_QUIC_SERVER_ID = 'macula_gateway_quic_server';
export const GATEWAY_ID = 'macula_gateway';
export const GATEWAY_WORKERS_SUP_ID = 'macula_gateway_workers_sup';
export const GATEWAY_CLIENTS_ID = 'macula_gateway_clients';
export const GATEWAY_PUBSUB_ID = 'macula_gateway_pubsub';
export const GATEWAY_RPC_ID = 'macula_gateway_rpc';
export const GATEWAY_MESH_ID = 'macula_gateway_mesh';
export const GATEWAY_INTENSITY = 10;
export const GATEWAY_PERIOD_MS = 60_000;
/** Test knob: the gateway's RPC registry prune interval in ms (default lib/rpc REGISTRY_PRUNE_INTERVAL_MS, 60 s). */
export const PRUNE_INTERVAL_ENV = 'MACULA_REGISTRY_PRUNE_INTERVAL_MS';
/** How long a /metrics scrape waits for root's per-process memory before reporting the gateway's own only. */
export const PROCESS_MEMORY_TIMEOUT_MS = 500;
/** A per-process memory answer from root is reused this long (one scrape reads it twice). */
export const PROCESS_MEMORY_CACHE_MS = 1_000;
