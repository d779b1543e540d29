/**
 * Topic grammar bounds and subscription-index limits (docs/PROTOCOL.md, "Names").
 */

/** Longest topic, pattern or procedure name, in characters. */
export const MAX_TOPIC_LENGTH = 256;
/** Most dot-separated segments in a topic, pattern or procedure name. */
export const MAX_TOPIC_SEGMENTS = 32;
/** Wildcard matching exactly one segment. */
export const WILDCARD_ONE = '*';
/** Wildcard matching zero or more segments, anywhere in a pattern. */
export const WILDCARD_ANY = '**';
/** Subscriptions one TopicTrie holds; beyond it add() throws `too_many_subscriptions`. */
export const MAX_SUBSCRIPTIONS = 1_000_000;
/** Valid concrete topics remembered with their segments (publish hot path); the cache is emptied when full. */
export const TOPIC_CACHE_ENTRIES = 1024;
/**
 * Topics a TopicTrie remembers the matches of (publish hot path: a publisher repeats its topics);
 * any subscribe or unsubscribe forgets them all, and the cache is emptied when full.
 */
export const MATCH_CACHE_ENTRIES = 4096;

// ---- across the mesh (interest dissemination, docs/ARCHITECTURE.md "Across the mesh") ----
/**
 * Distinct (pattern, queue) entries this node holds from one remote node's link; beyond it the
 * entries are refused (`too_many_subscriptions`, scope `remote_node`, sent back on the link) and
 * that node's subscribers with them get nothing published here. MESH §3 sizes 10 per node.
 */
export const MAX_REMOTE_INTEREST_PER_NODE = 10_000;
/** Remote entries one realm holds over all links (e.g. 1,000 nodes × 200); beyond it `too_many_subscriptions`, scope `remote_realm`. */
export const MAX_REMOTE_INTEREST = 200_000;
/** Entries per interest_snapshot frame (≤ 1,000 × ~300 B, well under the 1 MiB frame limit). */
export const INTEREST_SNAPSHOT_CHUNK_ENTRIES = 1_000;
/**
 * A link whose snapshot has not been applied this long (none came, or a resync went unanswered)
 * asks for one (interest_resync), again every as long: the exchange heals itself whatever lost
 * the snapshot, instead of a node staying deaf to that node's subscriptions.
 */
export const INTEREST_SNAPSHOT_WAIT_MS = 2_000;
/** Members named in one snapshot (the link table's bound, MESH_POOL_MAX). */
export const MAX_SNAPSHOT_MEMBERS = 1_000;
/** The DHT name every node's pub/sub membership record is published under (dhtKey(realm, name)). */
export const MEMBERSHIP_DHT_NAME = 'pubsub/nodes';
/**
 * Members looked up in the DHT this often (links to the ones not linked: a healed partition, a
 * restarted node). New nodes are met at once: they link to every member when they start.
 */
export const DEFAULT_MEMBERSHIP_INTERVAL_MS = 10_000;
/** First membership lookup after start; doubled while no other member is found, up to the interval. */
export const MEMBERSHIP_FIRST_POLL_MS = 250;
/** Membership records asked of the DHT per lookup (its bound on providers per key). */
export const MEMBERSHIP_LOOKUP_WANT = 64;
/** Dials to members in flight at once (MESH §5: ≤ 16); the rest wait in a backlog. */
export const MAX_MEMBER_DIALS_IN_FLIGHT = 16;
/** A link to a member that went is dialled again after this (once; the lookups go on after it). */
export const MEMBER_RELINK_DELAY_MS = 1_000;
/** Members waiting to be dialled; beyond it the newest are dropped (the next lookup offers them again). */
export const MAX_MEMBER_BACKLOG = 1_000;
