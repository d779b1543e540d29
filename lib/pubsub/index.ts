export * from './constants.js';
export { validateName, validateTopic, validatePattern, validateQueue, isValidTopic, isValidPattern, type NameRules } from './validate.js';
export { matchesPattern } from './matchesPattern.js';
export { TopicTrie } from './TopicTrie.js';
export { LocalInterest, interestKey } from './LocalInterest.js';
export { RemoteInterest, nextSeq, type ApplyOutcome, type InterestPeer, type InterestRefusal, type RemoteInterestOptions, type RemoteRoute } from './RemoteInterest.js';
export type { SubscriptionHandle, TopicTrieOptions, MatchStats, InterestEntry, InterestOp } from './types.js';
export { cellOf, sameCell, MAX_CELL_BITS } from './cells.js';
