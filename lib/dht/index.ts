export * from './constants.js';
export type { Id, IdHex, Contact, ProviderRecord, Clock, TimerHandle, Random, TableEntry, RemovalReason, LookupKind, LookupEnd, LookupStats, LookupResult } from './types.js';
export {
  isIdHex, idFromHex, idToHex, idFromBytes, distance, bitLength, commonPrefixLength, compareDistance, randomId, randomIdInBucket, sha256Id, dhtKey,
} from './ids.js';
export {
  REPLY_TYPE, isRequest,
  type PingRequest, type PingReply, type FindNodeRequest, type FindNodeReply, type FindValueRequest, type FindValueReply, type StoreRequest,
  type StoreReply, type ErrorReply, type DhtRequest, type DhtReply, type DhtMessage, type RequestType, type ReplyType, type MessageType,
  type RequestBody, type ReplyTo,
} from './messages.js';
export { validateMessage, DEFAULT_MESSAGE_LIMITS, type MessageLimits } from './validate.js';
export { systemClock, systemRandom, seededRandom } from './clock.js';
export { RoutingTable, type RoutingTableOptions } from './RoutingTable.js';
export { RpcTimeouts, type RpcTimeoutOptions, type ContactTiming } from './RpcTimeouts.js';
export { PendingRpcs, type PendingRpc, type PendingRpcsOptions, type OpenRpc } from './PendingRpcs.js';
export { RpcClient, type RpcClientOptions, type RequestOptions, type RpcCounters } from './RpcClient.js';
export { Lookup, type LookupOptions as LookupRunOptions, type QueryAnswer } from './Lookup.js';
export { RecordStore, type RecordStoreOptions, type PutOutcome, type RecordStoreCounters } from './RecordStore.js';
export { Publisher, type PublisherOptions, type PublishResult } from './Publisher.js';
export { handleRequest, handlePing, handleFindNode, handleFindValue, handleStore, type HandlerContext } from './handlers.js';
export { Maintenance, deadContactBoundMs, type MaintenanceOptions, type MaintenanceCounters, type SeedSource } from './Maintenance.js';
export { DhtNode, type DhtNodeOptions, type DhtTransport, type LookupOptions, type DhtNodeCounters } from './DhtNode.js';
