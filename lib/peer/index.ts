export { Connection } from './Connection.js';
export { PubsubHandler } from './PubsubHandler.js';
export { RpcHandler } from './RpcHandler.js';
export { AdvertisementManager, readvertiseIntervalMs } from './AdvertisementManager.js';
export { buildPeerSystem, peerOptions } from './PeerSystem.js';
export type * from './types.js';
export * from './constants.js';
