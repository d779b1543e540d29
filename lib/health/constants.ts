/** Bounds of the health HTTP server (it faces load balancers and orchestrators, not users). */
export const MAX_HEALTH_CONNECTIONS = 64;
/** Largest request head accepted; probes send a few hundred bytes. */
export const MAX_HEALTH_HEADER_BYTES = 8 * 1024;
/** Whole request (head and body) must arrive within this. */
export const HEALTH_REQUEST_TIMEOUT_MS = 5_000;
/** Request head must arrive within this (slowloris). */
export const HEALTH_HEADERS_TIMEOUT_MS = 5_000;
/** Idle keep-alive sockets are closed after this. */
export const HEALTH_KEEP_ALIVE_TIMEOUT_MS = 5_000;
/** Largest /metrics body the server will send (a runaway provider is cut off with a 500). */
export const MAX_METRICS_BYTES = 4 * 1024 * 1024;
