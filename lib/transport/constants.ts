/**
 * Defaults and bounds of lib/transport, each with its unit in the name. Upstream Macula's QUIC
 * idle timeout / keep-alive are 60 s / 20 s (REFERENCE §2); the ALPN is `macula`.
 */
export const ALPN = 'macula';
export const URL_SCHEME = 'quic:';

/** Largest frame accepted or sent. */
export const DEFAULT_MAX_FRAME_BYTES = 1024 * 1024;
/** Connections one endpoint holds at once (upstream: 10,000 clients per gateway). */
export const DEFAULT_MAX_CONNECTIONS = 10_000;
/** Concurrent bidirectional streams per connection (QUIC MAX_STREAMS advertised to the peer). */
export const DEFAULT_MAX_STREAMS_PER_CONNECTION = 1000;
export const DEFAULT_IDLE_TIMEOUT_MS = 60_000;
export const DEFAULT_KEEP_ALIVE_MS = 20_000;
/** Bytes a stream buffers for writing before write() returns false. */
export const DEFAULT_STREAM_HIGH_WATER_BYTES = 1024 * 1024;
export const DEFAULT_CONNECT_TIMEOUT_MS = 5000;
/**
 * Longest a graceful close waits for queued data to be acknowledged before forcing (below the
 * supervisors' 2 s worker shutdown, so a stop never overruns because of a slow peer).
 */
export const DEFAULT_CLOSE_TIMEOUT_MS = 1000;
/** UDP payload size (REFERENCE §4 measured at 1350-byte packets; safe on real paths). */
export const DEFAULT_MAX_UDP_PAYLOAD_BYTES = 1350;
/**
 * UDP payload size towards loopback peers (same-host processes: gateway ↔ peers). Loopback's MTU
 * is 64 KiB, and the cost of this transport is per datagram (quiche send/recv + one syscall
 * each: ~13 ms of sender CPU per MiB at 1350 bytes, ~2.6 ms at 16 KiB), so same-host traffic
 * uses bigger datagrams. Both sides must agree (it is advertised as max_udp_payload_size).
 */
export const DEFAULT_LOOPBACK_UDP_PAYLOAD_BYTES = 16 * 1024;
/** Kernel socket buffers: bursts overflow a small receive buffer (REFERENCE §4). */
export const DEFAULT_SOCKET_BUFFER_BYTES = 8 * 1024 * 1024;
/** Handshakes being refused (over maxConnections) at once; beyond it Initials are dropped. */
export const MAX_PENDING_REFUSALS = 64;
/** With retry 'auto', a Retry is required once this many server handshakes are in progress. */
export const RETRY_WHEN_HANDSHAKING = 16;
/** Retry tokens older than this are refused. */
export const RETRY_TOKEN_LIFETIME_MS = 10_000;

/** QUIC flow-control windows (bytes): what a slow reader lets its writer have in flight. */
export const INITIAL_MAX_DATA_BYTES = 16 * 1024 * 1024;
export const INITIAL_MAX_STREAM_DATA_BYTES = 2 * 1024 * 1024;
export const MAX_STREAM_WINDOW_BYTES = 16 * 1024 * 1024;
export const MAX_CONNECTION_WINDOW_BYTES = 24 * 1024 * 1024;

/** Frames up to this size are copied into a shared per-stream segment (one streamSend for many). */
export const COALESCE_MAX_FRAME_BYTES = 16 * 1024;
export const COALESCE_SEGMENT_BYTES = 64 * 1024;
/** Size of the endpoint's reused stream-read buffer. */
export const READ_BUFFER_BYTES = 64 * 1024;
/**
 * Bytes the streams of an endpoint hand the application per service pass (all streams together;
 * a stream the budget did not reach is read first in the next pass); the rest stays in quiche
 * until the next event-loop turn. Keeps passes short under load — a gateway reading 4 publishers'
 * worth of 100 k publishes in one pass acknowledges nothing meanwhile, its peers' RTT grows to tens
 * of ms and their congestion windows then let less out than comes in — and lets flow control slow
 * a sender the application does not keep up with.
 */
export const READ_BUDGET_BYTES = 64 * 1024;
/** Size of each slab datagrams are cut from (slabs are never reused: a queued datagram still points into one, REFERENCE §4). */
export const SEND_SLAB_BYTES = 1024 * 1024;
/** How many stream ids past the lowest unseen one are probed for new peer streams. */
export const PEER_STREAM_PROBE_WINDOW = 8;
/** At most this often, a full readable() scan catches peer streams opened out of order. */
export const READABLE_SCAN_INTERVAL_MS = 20;
/** Above this many open streams, readable() iteration is cheaper than probing each stream. */
export const STREAM_PROBE_LIMIT = 64;

/** A datagram this small carries nothing but acknowledgements or a ping (counted as smallDatagramsOut). */
export const SMALL_DATAGRAM_BYTES = 64;
/** Frame length prefix: 4 bytes, unsigned big-endian. */
export const FRAME_HEADER_BYTES = 4;
/** Longest an ACK of a single datagram waits for data to ride with (RFC 9000 max_ack_delay is 25 ms). */
export const ACK_DELAY_MS = 1;
/** A held ACK due within this much of the timer's run goes out with it (no timer re-armed for less). */
export const ACK_TIMER_SLACK_MS = 0.25;

/** An incoming handshake not verified within this time is dropped and its native state freed. */
export const DEFAULT_HANDSHAKE_TIMEOUT_MS = 5_000;
/**
 * Server handshakes holding native state at once (each ~26 KB of quiche + BoringSSL memory).
 * Beyond it a new Initial is dropped (one without a token still gets a stateless Retry).
 */
export const MAX_HANDSHAKES = 256;
/**
 * A connection whose peer answers nothing (no ACK, no packet) for this long while we have data in
 * flight is closed with `timeout` and its queues freed: the peer is dead or stopped reading the
 * network. A silent idle peer is found by the next keep-alive, so within keepAliveMs + this.
 */
export const DEFAULT_PEER_SILENCE_TIMEOUT_MS = 10_000;
/** A graceful close drops what is still queued once the peer has answered nothing for this long. */
export const DEFAULT_CLOSE_SILENCE_MS = 500;
/** Longest interval of the endpoint's sweep (handshake deadlines, silent peers). */
export const SWEEP_INTERVAL_MS = 1_000;

/** Stateless reset token length (RFC 9000 §10.3). */
export const STATELESS_RESET_TOKEN_BYTES = 16;
/** Shortest reset: 5 unpredictable bytes + the token (RFC 9000 §10.3). */
export const STATELESS_RESET_MIN_BYTES = 21;
/** Longest reset we send; shorter still when the packet that triggered it is (never an amplifier). */
export const STATELESS_RESET_MAX_BYTES = 43;
/** Stateless resets an endpoint sends per second at most (burst of the same size). */
export const STATELESS_RESETS_PER_SECOND = 1_000;

/**
 * Closed native connections waiting for V8 to collect their wrappers (each ~26 KB that V8 does not
 * see) beyond which the endpoint asks for a full collection (nativeMemory.ts).
 */
export const NATIVE_GARBAGE_GC_THRESHOLD = 1024;
/** At most one such collection per this interval. */
export const NATIVE_GC_MIN_INTERVAL_MS = 10_000;
