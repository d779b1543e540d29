/** Names and defaults of lib/routing (macula_routing_server: the DHT's table and lookups). */
export const ROUTING_SERVER_ID = 'macula_routing_server';
/** How often the gateway is told which links the DHT needs kept (k closest + bootstrap nodes). */
export const PIN_INTERVAL_MS = 5_000;
/** Bound on one request to a sibling (gateway, bootstrap) made by the routing server. */
export const ROUTING_QUERY_TIMEOUT_MS = 5_000;
