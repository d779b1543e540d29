/** Names and bounds of lib/bootstrap (seed §2: one_for_one, 10 restarts in 60 s). */
export const BOOTSTRAP_SERVER_ID = 'macula_bootstrap_server';
export const BOOTSTRAP_REGISTRY_ID = 'macula_bootstrap_registry';
export const BOOTSTRAP_HEALTH_ID = 'macula_bootstrap_health';
export const BOOTSTRAP_INTENSITY = 10;
export const BOOTSTRAP_PERIOD_MS = 60_000;
/** Bound on one request to a sibling (routing, gateway) made by a bootstrap worker. */
export const BOOTSTRAP_QUERY_TIMEOUT_MS = 5_000;
