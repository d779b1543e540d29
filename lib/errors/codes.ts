/**
 * Stable error codes. APPEND ONLY: the position in ERROR_CODES is the protobuf wire value
 * (index+1), so never reorder or remove an entry. Names follow upstream Macula's error atoms where
 * one exists.
 *
 * ERROR_INFO says, per code, whether the same request may succeed when retried unchanged once the
 * condition passes (`retryable`: the gateway restarting, a lost connection, a timeout, a bound
 * that frees up) and whether nothing raises it yet (`reserved`: kept for a planned feature or for
 * upstream compatibility; a test checks that every non-reserved code is raised somewhere and no
 * reserved one is). Everything that retries (the SDK's restore, a peer's connect loop, the CLI)
 * asks `MaculaError.retryable`, never a list of its own.
 */
export const ERROR_CODES = [
  'internal',
  // configuration and identity
  'invalid_config',
  'unknown_config_key',
  'identity_error',
  // supervision and processes
  'start_failed',
  'start_timeout',
  'shutdown',
  'reached_max_restart_intensity',
  'process_unavailable',
  'no_such_process',
  'not_supported',
  // IPC and framing
  'malformed_frame',
  'frame_too_large',
  'unknown_message_type',
  // control socket / CLI
  'usage',
  'not_running',
  // transport
  'transport_error',
  'connection_closed',
  'connection_refused',
  'too_many_connections',
  'too_many_streams',
  'peer_verification_failed',
  'node_id_mismatch',
  'timeout',
  'stream_reset',
  // protocol, realms, clients
  'protocol_version_unsupported',
  'no_such_realm',
  'not_connected',
  'max_clients_reached',
  'slow_consumer',
  'invalid_topic',
  'invalid_procedure',
  // RPC (upstream reasons)
  'service_not_found',
  'no_providers',
  'dht_timeout',
  'gateway_timeout',
  'all_providers_failed',
  'max_attempts_exceeded',
  'connection_not_ready',
  'no_handler',
  'handler_error',
  'invalid_args',
  'max_hops_exceeded',
  'call_cancelled',
  'too_many_pending_calls',
  'already_registered',
  'not_registered',
  // pub/sub and RPC tables (bounds)
  'too_many_subscriptions',
  'too_many_procedures',
  'too_many_providers',
  // supervision bounds
  'too_many_children',
  // transport: a peer that lost our connection's state answered with a QUIC stateless reset
  'stateless_reset',
  // mesh: node links, trust, the DHT
  'realm_mismatch',
  'not_trusted',
  'too_many_links',
  'sender_mismatch',
  'too_many_records',
  // authorization
  'permission_denied',
  // SDK: operations waiting for a session while the client reconnects
  'too_many_waiting',
  // a configured limit was exceeded (names the limit and its setting)
  'limit_exceeded',
  // mesh: no direct link and no relay reaches that node
  'node_unreachable',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** What every code means to whoever handles it. */
export interface ErrorCodeInfo {
  /** The same request may succeed if retried unchanged once the condition passes. */
  readonly retryable: boolean;
  /** Nothing raises it yet (planned, or kept for upstream compatibility). */
  readonly reserved?: true;
}

const R = { retryable: true } as const;
const F = { retryable: false } as const;
const RESERVED_R = { retryable: true, reserved: true } as const;
const RESERVED_F = { retryable: false, reserved: true } as const;

export const ERROR_INFO: Readonly<Record<ErrorCode, ErrorCodeInfo>> = {
  internal: F,
  invalid_config: F,
  unknown_config_key: F,
  identity_error: F,
  start_failed: F,
  start_timeout: R,
  shutdown: R,
  reached_max_restart_intensity: F,
  process_unavailable: R,
  no_such_process: F,
  not_supported: F,
  malformed_frame: F,
  frame_too_large: F,
  unknown_message_type: F,
  usage: F,
  not_running: F,
  transport_error: R,
  connection_closed: R,
  connection_refused: R,
  too_many_connections: R,
  too_many_streams: R,
  peer_verification_failed: F,
  node_id_mismatch: F,
  timeout: R,
  stream_reset: R,
  protocol_version_unsupported: F,
  no_such_realm: F,
  not_connected: R,
  max_clients_reached: R,
  slow_consumer: R,
  invalid_topic: F,
  invalid_procedure: F,
  service_not_found: RESERVED_F,
  no_providers: F,
  dht_timeout: R,
  gateway_timeout: RESERVED_R,
  all_providers_failed: R,
  max_attempts_exceeded: RESERVED_F,
  connection_not_ready: RESERVED_R,
  no_handler: F,
  handler_error: F,
  invalid_args: F,
  max_hops_exceeded: F,
  call_cancelled: RESERVED_F,
  too_many_pending_calls: R,
  already_registered: F,
  not_registered: RESERVED_F,
  too_many_subscriptions: F,
  too_many_procedures: F,
  too_many_providers: F,
  too_many_children: F,
  stateless_reset: R,
  realm_mismatch: F,
  not_trusted: F,
  too_many_links: R,
  sender_mismatch: F,
  too_many_records: F,
  permission_denied: F,
  too_many_waiting: R,
  limit_exceeded: F,
  node_unreachable: R,
};

const CODE_SET: ReadonlySet<string> = new Set(ERROR_CODES);

export function isErrorCode(value: string): value is ErrorCode {
  return CODE_SET.has(value);
}

/** True when a request that failed with `code` may succeed if retried unchanged later. */
export function isRetryable(code: ErrorCode): boolean {
  return ERROR_INFO[code].retryable;
}
