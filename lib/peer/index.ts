export { Connection, PubsubHandler, RpcHandler, AdvertisementManager } from './workers.js';
export { buildPeerSystem } from './PeerSystem.js';
export * from './constants.js';
