/**
 * Every default and bound of lib/broker (the gateway's message broker), each with its unit in
 * the name. Upstream values from REFERENCE §2 and seed §3–4.
 */
import { DEFAULT_HEARTBEAT_MS, DEFAULT_REALM } from '../protocol/index.js';

/** The gateway's supervisors (seed §3–4: both rest_for_one, 10 restarts in 60 s). */
export const GATEWAY_SYSTEM_ID = 'macula_gateway_system';
export const GATEWAY_WORKERS_SUP_ID = 'macula_gateway_workers_sup';
export const GATEWAY_INTENSITY = 10;
export const GATEWAY_PERIOD_MS = 60_000;

/** Clients one gateway holds (upstream 10,000); beyond it `max_clients_reached`, then close. */
export const MAX_CLIENTS = 10_000;
/**
 * Bytes queued for one client (its session stream) before it is a slow consumer: the next frame
 * that would pass it gets `slow_consumer` and a disconnect. The listener sets the transport's
 * stream high-water mark to the same value. It must hold a burst of fan-out even for a client
 * that reads promptly: bytes wait here until QUIC's congestion window lets them out. Measured on
 * loopback with gateway and clients in one process: a publisher blasting 100,000 16-byte events
 * got its prompt subscriber cut at 1 MiB and 4 MiB, not at 8 MiB. NATS's equivalent
 * (max_pending) is 64 MiB; memory is only held by clients that actually fall behind.
 */
export const CLIENT_QUEUE_BYTES = 8 * 1024 * 1024;
/**
 * Backpressure of pub/sub (end to end): once a subscriber's queue holds more than this share of
 * its queueBytes after a fan-out, the gateway stops reading from the publishers whose events
 * went there (their QUIC windows close, their publish() waits) until the queue is back under
 * half of it. 64 publishers into one subscriber otherwise fill its 8 MiB queue faster than QUIC
 * lets it out and it is cut off although it reads as fast as it can.
 */
export const QUEUE_PRESSURE_SHARE = 1 / 4;
/**
 * A subscriber whose queue stays above the pressure mark this long while publishers wait for it
 * is a slow consumer (cut off with `slow_consumer`; its publishers go on): a prompt reader drains
 * a few MiB in milliseconds, so this only catches one that stopped reading, and it bounds how
 * long one subscriber can hold its publishers (and their other subscribers) back.
 */
export const SLOW_CONSUMER_MS = 1_000;
/** Subscriptions one client holds; beyond it `too_many_subscriptions`. */
export const MAX_SUBSCRIPTIONS_PER_CLIENT = 10_000;
/** Procedures one client advertises; beyond it `too_many_procedures`. */
export const MAX_REGISTRATIONS_PER_CLIENT = 1_000;
/** Calls one client waits for at once; beyond it `too_many_pending_calls`. */
export const MAX_PENDING_CALLS_PER_CLIENT = 10_000;
/** Subscriptions one gateway holds over all clients (per realm index). */
export const MAX_SUBSCRIPTIONS_PER_GATEWAY = 1_000_000;
/** An invocation sent to a provider the gateway has not heard from for this long also pings it. */
export const PROVIDER_PROBE_IDLE_MS = 1_000;
/**
 * A pinged provider that sends nothing back within this time is presumed gone: it is dropped and
 * its calls fail over at once. Below the 5 s per-attempt timeout, so a remote provider that
 * vanished is noticed within one attempt at worst.
 */
export const PROVIDER_PROBE_TIMEOUT_MS = 2_000;
/** A connection that sends no Connect within this time is closed. */
export const HANDSHAKE_TIMEOUT_MS = 5_000;
/** Interval at which clients are told to ping (Connected.heartbeat_ms; upstream 30 s). */
export const PING_INTERVAL_MS = DEFAULT_HEARTBEAT_MS;
/** Frames a client may send before Connect; beyond it the connection is closed. */
export const MAX_FRAMES_BEFORE_CONNECT = 16;
/** Node links held (inbound + outbound; seed: mesh pool 1,000, LRU eviction). */
export const MESH_POOL_MAX = 1_000;
/** Random bytes of a mesh worker's incarnation id (node link handshakes: a restart told from a crossed dial). */
export const INCARNATION_BYTES = 8;
/** Handshake deadline of an outgoing node link (QUIC handshake + Connect/Connected). */
export const MESH_CONNECT_TIMEOUT_MS = 5_000;
/** Frames a dialled link may receive between Connected and the link taking its stream over. */
export const MAX_HELD_LINK_FRAMES = 1_024;
/** A node link unused this long is closed (pinned links excepted). */
export const DEFAULT_LINK_IDLE_TIMEOUT_MS = 5 * 60_000;
/** How often idle node links are looked for. */
export const LINK_IDLE_SWEEP_MS = 30_000;
/**
 * A node link that receives nothing for this long is closed as dead (`mesh_link_timeout_ms`); the
 * link is pinged when quiet for a third of it, so a live link is never quiet that long.
 */
export const DEFAULT_LINK_TIMEOUT_MS = 15_000;
/**
 * Backpressure across a node link: once the link's queue holds more than QUEUE_PRESSURE_SHARE of
 * its bytes after a fan-out, the publishers whose events went on it are held (as for a congested
 * client) until it is back under half of that; a link whose queue stays above the mark this long
 * is cut as `slow_consumer` (issue 12 item 4: a node that stops reading). Longer than a client's
 * SLOW_CONSUMER_MS, because the other node legitimately stops reading the link for up to its own
 * slowConsumerMs while one of its subscribers drains (or is cut); the link uses at least twice the
 * node's slowConsumerMs (3 s: 1 s of a subscriber's hold on the other node, its drain, and margin).
 * Shorter than DEFAULT_LINK_TIMEOUT_MS, so a stalled node is cut as slow before it is declared dead,
 * and than the 5 s a client waits for a publish's ack.
 */
export const LINK_SLOW_CONSUMER_MS = 3_000;
/** Hops a frame may travel through relays (`mesh_max_hops`); past them the sender gets `max_hops_exceeded`. */
export const DEFAULT_MAX_HOPS = 10;
/** Distance-vector horizon: a destination this many hops away or more is unreachable (RIP's 16). */
export const ROUTE_HORIZON = 16;
/** Reach entries kept from one neighbour. */
export const MAX_ROUTE_ENTRIES_PER_NEIGHBOR = 10_000;
/** Reach entries kept from all neighbours together. */
export const MAX_ROUTE_ENTRIES = 100_000;
/** Reach entries per `reach` frame (a snapshot is cut into frames of this many). */
export const REACH_ENTRIES_PER_FRAME = 500;
/** Route changes are batched for this long before neighbours are told. */
export const REACH_FLUSH_MS = 20;
/** Nodes reached through a relay at once (virtual links). */
export const MAX_ROUTED_LINKS = 1_000;
/** After a direct dial to a node reached through a relay fails, the next direct try waits this long. */
export const DIRECT_RETRY_MS = 30_000;
/** A dial to a node that a relay reaches gives up after this long and uses the relay. */
export const DIRECT_DIAL_BEFORE_RELAY_MS = 1_500;
/** Relayed frames remembered (origin + packet id) to drop a copy that comes round again. */
export const SEEN_CACHE_MAX = 65_536;
export const SEEN_CACHE_TTL_MS = 60_000;
/** Connections the endpoint admits beyond clients + mesh, so a client over the limit still hears `max_clients_reached`. */
export const ENDPOINT_CONNECTION_SLACK = 64;
/** How often expired advertisements are freed (upstream 60 s; lib/rpc's value). */
export { REGISTRY_PRUNE_INTERVAL_MS } from '../rpc/constants.js';
/** Realms served when none are configured. */
export const DEFAULT_REALMS: readonly string[] = [DEFAULT_REALM];
/** Gateway QUIC port (upstream MACULA_QUIC_PORT default). */
export const DEFAULT_QUIC_PORT = 9443;
export const DEFAULT_QUIC_HOST = '127.0.0.1';
/**
 * Bytes an Invocation frame adds to its call's args and procedure at most, besides the caller's
 * node id and, on a link to another node, the route's node id and realm (frame and field tags and
 * lengths, invocation id, deadline): a call whose Invocation would not fit in a frame is refused
 * with `frame_too_large`.
 */
export const INVOCATION_OVERHEAD_BYTES = 48;
/** Longest QUIC close reason sent with an error close, in characters. */
export const MAX_CLOSE_REASON_CHARS = 120;

/** Built-in diagnostics procedures (upstream macula_gateway_diagnostics). */
export const DIAGNOSTICS_HELLO = 'com.macula.diagnostics.hello';
export const DIAGNOSTICS_ECHO = 'com.macula.diagnostics.echo';
export const DIAGNOSTICS_INFO = 'com.macula.diagnostics.info';
/** Provider-id prefix of in-gateway providers (never a session id: those are hex). */
export const LOCAL_PROVIDER_PREFIX = 'local:';

// RPC across nodes (docs/ARCHITECTURE.md "Across the mesh"; REFERENCE §2 for upstream's values)
/** Provider id of another node in this gateway's CallRouter: the prefix, then the node id. */
export const REMOTE_PROVIDER_PREFIX = 'node:';
/** Caller id of a call that arrived on a node link (never a session id: those are hex). */
export const LINK_CALLER_PREFIX = 'link:';
/** DHT name of a procedure's provider records: dhtKey(realm, RPC_RECORD_PREFIX + procedure). */
export const RPC_RECORD_PREFIX = 'rpc/';
/**
 * How long a lookup's answer (which nodes serve a procedure) is reused (upstream's discovery
 * cache: 60 s); each node's entry also ends with its record's own remaining TTL. A provider that
 * fails is dropped from it at once.
 */
export const DISCOVERY_CACHE_TTL_MS = 60_000;
/**
 * A cached node past its cache time is no longer offered to new calls (they look up again), but a
 * call that already chose it as a backup may still fail over to it this long after (the longest
 * call deadline, MAX_CALL_TIMEOUT_MS): a call must not lose its live backups because the cache
 * aged while its first attempt ran.
 */
export const DISCOVERY_STALE_GRACE_MS = 300_000;
/** Procedures whose providers are cached per realm; beyond it the least recently used goes. */
export const MAX_DISCOVERY_ENTRIES = 10_000;
/** Provider records asked of one lookup: every provider node (the DHT keeps at most 64 per key). */
export const DISCOVERY_WANT_PROVIDERS = 64;
/** Lookups in flight per realm (concurrent calls for one procedure share one). */
export const MAX_DISCOVERY_LOOKUPS = 256;
/** Calls waiting for a lookup at once (per gateway); beyond it `too_many_pending_calls`. */
export const MAX_CALLS_AWAITING_DISCOVERY = 10_000;
/** Nodes located for call_to whose address is kept (LRU), each for DISCOVERY_CACHE_TTL_MS. */
export const MAX_CALL_TO_TARGETS = 1_000;
/**
 * A node that failed an attempt (no answer in time, link lost, dial failed, stopping) is left out
 * of lookups' answers until it is heard from again (an answer, a new link, a record with a higher
 * seq: it restarted or republished) or this long has passed (the DHT's default record TTL, by
 * which a dead node's records are gone).
 */
export const NODE_SUSPECT_MS = 300_000;
/** Suspect nodes remembered per realm; beyond it the oldest suspicion is dropped. */
export const MAX_SUSPECT_NODES = 10_000;
/** Invocations this node has sent to one other node and waits for; beyond it that node is skipped (failover). */
export const MAX_REMOTE_CALLS_PER_LINK = 10_000;
/** Invocations one other node may have this node serve at once; beyond it they are declined (`too_many_pending_calls`). */
export const MAX_SERVED_CALLS_PER_LINK = 10_000;
/** A remote invocation still unanswered this long after its deadline is forgotten (its node answers every one; this is the backstop). */
export const REMOTE_CALL_GRACE_MS = 2_000;
/** advertise is answered once the provider record is stored in the DHT, or after this long (the record keeps being retried). */
export const ADVERTISE_PUBLISH_WAIT_MS = 3_000;
/** A provider record that could not be published is retried this often. */
export const RECORD_RETRY_MS = 5_000;
/** How long a graceful stop of the mesh worker waits for the workers to withdraw their records while links still carry them. */
export const MESH_DRAIN_TIMEOUT_MS = 2_000;

/** Refusals (permission_denied, not_trusted) logged at warn per interval; beyond it they are counted and summed up in one line. */
export const REFUSAL_LOG_BURST = 20;
/** The interval REFUSAL_LOG_BURST applies to. Every refusal is still counted on /metrics. */
export const REFUSAL_LOG_INTERVAL_MS = 10_000;
