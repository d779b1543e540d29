export * from './constants.js';
export { validateName, validateTopic, validatePattern, isValidTopic, isValidPattern, type NameRules } from './validate.js';
export { matchesPattern } from './matchesPattern.js';
export { TopicTrie, type SubscriptionHandle, type TopicTrieOptions, type MatchStats } from './TopicTrie.js';
