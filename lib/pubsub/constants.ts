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
