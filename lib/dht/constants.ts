/**
 * Every default and bound of the DHT (MESH.md §5 gives the recommended values and why; REFERENCE
 * §2 upstream's). Each is an option of the class that uses it; units are in the names.
 */

// ids
/** Bits in a node id or DHT key (SHA-256). */
export const ID_BITS = 256;
/** Lowercase hex characters in an id on the wire and elsewhere in the code. */
export const ID_HEX_LENGTH = 64;
/** Domain tag hashed in front of every DHT key, so a key can never equal a node id by construction. */
export const DHT_KEY_DOMAIN = 'macula.dht.key.v1';

// routing table (Kademlia §2.2, §4.1; libp2p kad-dht)
/** Contacts per bucket and replication factor (upstream and libp2p: 20). */
export const DEFAULT_K = 20;
/** Buckets by common-prefix length: one per bit, so a table holds at most ID_BITS × k members. */
export const BUCKET_COUNT = ID_BITS;
/** Least-recently-seen members a full bucket pings at once when a newcomer waits (libp2p: 3). */
export const DEFAULT_BUCKET_PING_CONCURRENCY = 3;
/** A member seen this recently is assumed alive and not pinged for a newcomer (libp2p: 10 min). */
export const DEFAULT_RECENTLY_SEEN_MS = 60_000;
/** Consecutive failed RPCs after which a member leaves even with no replacement waiting. */
export const DEFAULT_MAX_FAILURES = 3;
/** Contacts a table verifies at once after they sent a request (each is pinged before admission). */
export const DEFAULT_MAX_VERIFYING = 32;

// timers of one node (refresh, liveness, re-seeding)
/** A bucket no lookup targeted for this long gets a random-id lookup (MESH §5, libp2p: 5 min). */
export const DEFAULT_BUCKET_REFRESH_MS = 300_000;
/** The node looks itself up at join and this often (libp2p: 5 min). */
export const DEFAULT_SELF_LOOKUP_INTERVAL_MS = 300_000;
/** Period of the maintenance tick (stale buckets, stale contacts, low table), ± jitter. */
export const DEFAULT_MAINTENANCE_INTERVAL_MS = 10_000;
/** Pause between two serial refresh lookups, ± jitter (go-libp2p-kad-dht #384: no refresh storms). */
export const DEFAULT_REFRESH_PACE_MS = 1_000;
/** Fraction by which every periodic timer is jittered (± 10 %). */
export const DEFAULT_JITTER = 0.1;
/** A member not heard from for this long is pinged by the maintenance tick. */
export const DEFAULT_CONTACT_STALE_MS = 300_000;
/** Maintenance RPCs (refresh lookups, pings, re-seeding) in flight at once (MESH §5: ≤ 16 dials). */
export const DEFAULT_MAX_MAINTENANCE_IN_FLIGHT = 16;
/** Maintenance RPCs waiting for a slot; beyond it they fail at once with too_many_pending_calls. */
export const MAX_MAINTENANCE_QUEUE = 2 * BUCKET_COUNT * DEFAULT_K;
/** Re-seeding backoff: first retry after 1 s, doubling to 60 s (nim-libp2p #2937, go fixLowPeers). */
export const DEFAULT_RESEED_MIN_DELAY_MS = 1_000;
export const DEFAULT_RESEED_MAX_DELAY_MS = 60_000;
/** Bootstrap contacts used per re-seed. */
export const MAX_SEEDS = 16;

// RPCs
/** Per-RPC timeout = multiplier × smoothed RTT, clamped to [min, max] (MESH §5). */
export const DEFAULT_RPC_TIMEOUT_RTT_MULTIPLIER = 3;
export const DEFAULT_RPC_TIMEOUT_MIN_MS = 250;
export const DEFAULT_RPC_TIMEOUT_MAX_MS = 5_000;
/** Timeout of an RPC before any RTT was measured (RFC 6298's initial RTO). */
export const DEFAULT_INITIAL_RPC_TIMEOUT_MS = 1_000;
/** Weight of a new RTT sample in the smoothed RTT (RFC 6298: 1/8). */
export const RTT_SMOOTHING = 0.125;
/** RPCs in flight per node; beyond it a request fails at once with too_many_pending_calls. */
export const DEFAULT_MAX_PENDING_RPCS = 4_096;

// lookups (Kademlia §2.3, go-libp2p-kad-dht β)
/** Parallel RPCs of one lookup (upstream 3; libp2p 10). */
export const DEFAULT_ALPHA = 3;
/** A lookup's search ends when this many of the closest contacts seen have answered (go: 3). */
export const DEFAULT_BETA = 3;
/** Deadline of one lookup (MESH §5). */
export const DEFAULT_LOOKUP_DEADLINE_MS = 10_000;
/** RPCs one lookup sends at most (a normal lookup at 10,000 nodes sends 10–40). */
export const DEFAULT_MAX_LOOKUP_RPCS = 128;
/** Candidates a lookup keeps, as a multiple of k (the farthest are dropped beyond). */
export const LOOKUP_CANDIDATES_PER_K = 3;
/** Lookups in flight per node; beyond it one fails at once with too_many_pending_calls. */
export const DEFAULT_MAX_CONCURRENT_LOOKUPS = 256;
/** FIND_VALUE stops once this many distinct providers were collected (libp2p findProviders: 20). */
export const DEFAULT_WANT_PROVIDERS = 20;

// records (what macula_bootstrap_registry holds)
/** Lifetime of a provider record (upstream service TTL 300 s). */
export const DEFAULT_RECORD_TTL_MS = 300_000;
/** Longest TTL a store accepts; longer ones are capped to it. */
export const DEFAULT_MAX_RECORD_TTL_MS = 3_600_000;
/** Expired records are swept this often (MESH §5: ≤ 30 s); reads never return them regardless. */
export const DEFAULT_SWEEP_INTERVAL_MS = 30_000;
/** Provider records per key, live or withdrawn (MESH §5: 64); beyond it too_many_records. */
export const DEFAULT_MAX_PROVIDERS_PER_KEY = 64;
/** Records per store in total; beyond it the least recently refreshed is evicted. */
export const DEFAULT_MAX_RECORDS = 100_000;
/** A withdrawn record is kept (not served) this long so a delayed older STORE cannot revive it. */
export const DEFAULT_TOMBSTONE_MS = 60_000;
/** A node republishes each of its records this often: TTL / 2 (libp2p, hyperswarm). */
export const DEFAULT_REPUBLISH_INTERVAL_MS = DEFAULT_RECORD_TTL_MS / 2;
/** Records one node publishes; beyond it publish fails with too_many_records. */
export const DEFAULT_MAX_PUBLISHED = 10_000;
/** A publish that reached nobody is retried after this, doubling up to the republish interval. */
export const DEFAULT_PUBLISH_RETRY_MS = 1_000;

// message bounds (validator)
/** Contacts in one FIND_NODE / FIND_VALUE reply. */
export const MAX_CONTACTS_PER_REPLY = 64;
/** Provider records in one FIND_VALUE reply. */
export const MAX_PROVIDERS_PER_REPLY = DEFAULT_MAX_PROVIDERS_PER_KEY;
/** Entries and UTF-8 bytes (keys + values) of one record's metadata. */
export const MAX_METADATA_ENTRIES = 32;
export const MAX_METADATA_BYTES = 1_024;
/** Characters of an endpoint (`quic://host:port`, a sim address). */
export const MAX_ENDPOINT_LENGTH = 256;
/** Characters of an error reply's message. */
export const MAX_ERROR_MESSAGE_LENGTH = 1_024;
