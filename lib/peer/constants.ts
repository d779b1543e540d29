/** Names, defaults and bounds of lib/peer (seed §5: rest_for_one, 10 restarts in 60 s; REFERENCE §2 TTLs). */
export const CONNECTION_ID = 'macula_connection';
export const PUBSUB_HANDLER_ID = 'macula_pubsub_handler';
export const RPC_HANDLER_ID = 'macula_rpc_handler';
export const ADVERTISEMENT_MANAGER_ID = 'macula_advertisement_manager';
export const PEER_INTENSITY = 10;
export const PEER_PERIOD_MS = 60_000;

/** Advertisement lifetime (upstream service TTL 300 s). */
export const ADVERTISE_TTL_MS = 300_000;
/** Re-advertise this long before the TTL runs out (upstream TTL − 60 s)… */
export const READVERTISE_MARGIN_MS = 60_000;
/** …but never more often than this (upstream max(10 s, TTL − 60 s)). */
export const MIN_READVERTISE_INTERVAL_MS = 10_000;
/**
 * How long macula_connection's start keeps trying to reach the gateway (it may be restarting)
 * before the start fails; below root's ready timeout (10 s).
 */
export const CONNECT_START_TIMEOUT_MS = 8_000;
/** First delay between those attempts; doubles up to the cap. */
export const CONNECT_RETRY_INITIAL_MS = 100;
export const CONNECT_RETRY_MAX_MS = 1_000;
/** The SDK's reconnect policy once connected (a local gateway comes back within a second). */
export const RECONNECT_INITIAL_DELAY_MS = 100;
export const RECONNECT_MAX_DELAY_MS = 2_000;
/**
 * QUIC idle timeout / keep-alive of a peer's connection to its gateway: a gateway process that
 * was SIGKILLed sends no close, so this is how fast its peers notice and reconnect.
 */
export const PEER_IDLE_TIMEOUT_MS = 10_000;
export const PEER_KEEP_ALIVE_MS = 2_000;

