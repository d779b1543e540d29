/** Names and defaults of lib/routing. */
export const ROUTING_SERVER_ID = 'macula_routing_server';
