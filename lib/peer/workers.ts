/**
 * The workers of one macula_peer_system (seed §5). Lifecycle only for now: each starts, stops
 * and is supervised like the real one; none holds a QUIC connection, subscription, RPC
 * registration or advertisement until transport, pub/sub and RPC land; none claims to.
 */
import { BaseWorker } from '../supervisor/workerChild.js';

/** macula_connection: the peer's QUIC connection lifecycle (not yet implemented). */
export class Connection extends BaseWorker {}

/** macula_pubsub_handler: this peer's subscribe/unsubscribe/publish (not yet implemented). */
export class PubsubHandler extends BaseWorker {}

/** macula_rpc_handler: this peer's RPC registrations and calls (not yet implemented). */
export class RpcHandler extends BaseWorker {}

/** macula_advertisement_manager: this peer's DHT service advertisements (not yet implemented). */
export class AdvertisementManager extends BaseWorker {}
