/** Names and bounds of lib/peer (seed §5: rest_for_one, 10 restarts in 60 s). */
export const CONNECTION_ID = 'macula_connection';
export const PUBSUB_HANDLER_ID = 'macula_pubsub_handler';
export const RPC_HANDLER_ID = 'macula_rpc_handler';
export const ADVERTISEMENT_MANAGER_ID = 'macula_advertisement_manager';
export const PEER_INTENSITY = 10;
export const PEER_PERIOD_MS = 60_000;
