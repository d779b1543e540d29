/**
 * Pub/sub types.
 */

/** Identifies one TopicTrie.add(); pass it to remove(). */
export type SubscriptionHandle = number;

export interface TopicTrieOptions {
  /** Subscriptions held at once; beyond it add() throws `too_many_subscriptions`. @default MAX_SUBSCRIPTIONS */
  maxSubscriptions?: number;
}

/** Work done by one match(), for tests and metrics. */
export interface MatchStats {
  /** Trie nodes examined. */
  visited: number;
}
