export * from './constants.js';
export { validateName, validateTopic, validatePattern, isValidTopic, isValidPattern, type NameRules } from './validate.js';
export { matchesPattern } from './matchesPattern.js';
export { TopicTrie } from './TopicTrie.js';
export type { SubscriptionHandle, TopicTrieOptions, MatchStats } from './types.js';
