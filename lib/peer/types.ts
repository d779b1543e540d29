/** Types of lib/peer: the peer's options and the state its four workers share. */
import type { MaculaClient, ServiceContext, ServiceDefinition } from '../client/index.js';
import type { ServiceConfig } from '../config/types.js';
import type { TlsIdentity } from '../transport/types.js';

export interface PeerOptions {
  /** Gateway to connect to (`quic://127.0.0.1:<port>` of the node's own gateway). */
  url: string;
  realm: string;
  /** Node id the gateway must present (the node's own id for the local gateway). */
  expectedNodeId?: string;
  identity: TlsIdentity;
  /** Client name the gateway shows (`peer:3/echo`). */
  name: string;
  /** The service this peer runs; absent: a bare peer that only holds its connection. */
  service?: ServiceConfig;
  /** @default ADVERTISE_TTL_MS */
  advertiseTtlMs: number;
  /** @default MIN_READVERTISE_INTERVAL_MS */
  minReadvertiseMs: number;
  /** @default CONNECT_START_TIMEOUT_MS */
  connectStartTimeoutMs: number;
  idleTimeoutMs: number;
  keepAliveMs: number;
}

/** One procedure of the running service, as rpc_handler registered it. */
export interface ProcedureEntry {
  handler: (args: unknown, invocation: Parameters<import('../client/index.js').ProcedureHandler>[1]) => unknown;
  ttl?: number;
  metadata?: Record<string, string>;
  raw?: boolean;
}

/**
 * What the workers of one peer process share, each field owned by one worker (set in its start,
 * cleared in its stop); rest_for_one guarantees a later worker runs only while the earlier ones do.
 */
export interface PeerState {
  /** macula_connection */
  client?: MaculaClient;
  /** macula_connection: reconnect to another gateway address (restarts the peer's workers). */
  retarget?: (url: string) => void;
  /** macula_pubsub_handler: the service instance (a factory is called once per incarnation). */
  service?: { definition: ServiceDefinition; ctx: ServiceContext };
  /** macula_rpc_handler: procedure → handler. */
  procedures: Map<string, ProcedureEntry>;
}
