/**
 * Defaults and bounds of the client SDK, each with its unit in the name. Upstream values from
 * REFERENCE §2 (QUIC port 9443, realm `macula.default`, caller wait 30 s, reconnect delay 5 s,
 * advertisement TTL 300 s re-advertised every max(10 s, TTL − 60 s)).
 */

/** Gateway URL when none is given (upstream QUIC port 9443). */
export const DEFAULT_URL = 'quic://127.0.0.1:9443';
/** First reconnect delay; doubles per failed attempt (jittered). */
export const DEFAULT_RECONNECT_INITIAL_DELAY_MS = 250;
/** Reconnect delay cap (upstream reconnects every 5 s). */
export const DEFAULT_RECONNECT_MAX_DELAY_MS = 5_000;
/**
 * Reconnect handshakes pending at once: a new attempt starts at each backoff delay while earlier
 * ones still wait (a handshake whose first packet reached a gateway not yet listening waits ~1 s
 * for QUIC's retransmission).
 */
export const DEFAULT_RECONNECT_PARALLEL_ATTEMPTS = 4;
/**
 * Codes of a lost session after which the first reconnect attempt goes out at once: the gateway
 * said it is restarting (Goodbye `shutdown`), or a restarted gateway answered with a stateless
 * reset. (Only after a session whose restore completed, so it cannot spin.)
 */
export const IMMEDIATE_RECONNECT_CODES = ['shutdown', 'stateless_reset'] as const;
/** QUIC handshake + Connect/Connected deadline of one connection attempt. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
/** Overall deadline of a call when the caller names none (upstream caller default 30 s). */
export const DEFAULT_CALL_TIMEOUT_MS = 30_000;
/** Largest deadline a call may ask for (the gateway clamps to the same). */
export const MAX_CALL_TIMEOUT_MS = 300_000;
/**
 * The local timer of a call fires this long after the deadline it sent, so the gateway's own
 * `timeout` answer normally arrives first and carries its details.
 */
export const CALL_TIMEOUT_GRACE_MS = 250;
/** Deadline of subscribe / advertise / acknowledged publish requests. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
/** Requests (calls, subscribes, advertises, acknowledged publishes) in flight at once. */
export const MAX_PENDING_REQUESTS = 10_000;
/** Operations (calls, publishes, subscribes, advertises) that wait for a session while the client reconnects; beyond it `too_many_waiting`. */
export const MAX_WAITING_OPERATIONS = 10_000;
/**
 * Bytes of frames that wait for room on the session stream once the transport's own buffer
 * (transport.streamHighWaterBytes, 1 MiB) is full, and, separately, payload bytes that operations
 * waiting for a session hold; beyond it `too_many_waiting`. (nats.go buffers 8 MiB while it
 * reconnects.)
 */
export const DEFAULT_SEND_QUEUE_BYTES = 16 * 1024 * 1024;
/** Restore requests (subscribe / advertise) in flight at once after a reconnect (capped by maxPendingRequests). */
export const DEFAULT_RESTORE_WINDOW = 256;
/** Pause of the restore after a retryable failure; doubles per failure in a row. */
export const DEFAULT_RESTORE_RETRY_INITIAL_DELAY_MS = 100;
/** Cap of that pause. */
export const DEFAULT_RESTORE_RETRY_MAX_DELAY_MS = 5_000;
/** Messages a subscription buffers for its consumer before dropping. */
export const DEFAULT_SUBSCRIPTION_BUFFER = 1_024;
/** Subscriptions one client holds. */
export const MAX_SUBSCRIPTIONS = 10_000;
/** Procedures one client advertises. */
export const MAX_ADVERTISEMENTS = 10_000;
/** Handlers one client runs at once; more invocations wait in a queue. */
export const MAX_CONCURRENT_INVOCATIONS = 1_000;
/** Invocations waiting for a free handler slot; beyond it one is refused with `too_many_pending_calls`. */
export const MAX_QUEUED_INVOCATIONS = 10_000;
/** Advertisement lifetime when none is given (upstream service TTL 300 s). */
export const DEFAULT_ADVERTISE_TTL_MS = 300_000;
/** Shortest interval between re-advertisements (upstream max(10 s, TTL − 60 s)). */
export const MIN_READVERTISE_INTERVAL_MS = 10_000;
/** How much earlier than its TTL an advertisement is refreshed (upstream 60 s). */
export const READVERTISE_MARGIN_MS = 60_000;
/** Client name sent in Connect when none is given. */
export const DEFAULT_CLIENT_NAME = 'macula-client';
/** Key size of the ephemeral client identity (one per process, generated off the event loop). */
export const EPHEMERAL_KEY_BITS = 2048;
