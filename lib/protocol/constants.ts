/**
 * Protocol constants (docs/PROTOCOL.md). Upstream values from REFERENCE §2.
 */

/** Version this build speaks. Bumped only for incompatible changes; additions need no bump. */
export const PROTOCOL_VERSION = 1;
/** Oldest version this build still accepts from a peer. */
export const MIN_PROTOCOL_VERSION = 1;
/** TLS ALPN identifier on every QUIC connection (upstream `macula`). */
export const ALPN = 'macula';
/** Realm used when a client names none (upstream `macula.default`). */
export const DEFAULT_REALM = 'macula.default';
/** Interval at which a client pings its gateway (upstream application PING every 30 s). */
export const DEFAULT_HEARTBEAT_MS = 30_000;
/** Gateway-to-gateway forwarding limit (upstream `max_hops` 10). */
export const DEFAULT_MAX_HOPS = 10;
/** Correlation ids are uint32 and never 0 (0 marks connection-level errors). */
export const MAX_CORRELATION_ID = 0xffff_ffff;
