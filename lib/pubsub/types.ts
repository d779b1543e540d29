/**
 * Pub/sub types.
 */

/** Identifies one TopicTrie.add(); pass it to remove(). */
export type SubscriptionHandle = number;

export interface TopicTrieOptions {
  /** Subscriptions held at once; beyond it add() throws `too_many_subscriptions`. @default MAX_SUBSCRIPTIONS */
  maxSubscriptions?: number;
  /** Topics whose matches are remembered until the index changes (0 = none). @default MATCH_CACHE_ENTRIES */
  matchCacheEntries?: number;
}

/** Work done by one match(), for tests and metrics. */
export interface MatchStats {
  /** Trie nodes examined. */
  visited: number;
}

/** One (pattern, queue) entry of a node's interest ("" = plain subscriptions). */
export interface InterestEntry {
  readonly pattern: string;
  readonly queue: string;
}

/** An interest change in the order it happened (add: first subscription; remove: the last one left). */
export interface InterestOp extends InterestEntry {
  readonly remove: boolean;
}
