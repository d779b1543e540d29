/**
 * Stable error codes. APPEND ONLY: the position in this list is the protobuf wire value (index+1),
 * so never reorder or remove an entry. Names follow upstream Macula's error atoms where one exists.
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
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const CODE_SET: ReadonlySet<string> = new Set(ERROR_CODES);

export function isErrorCode(value: string): value is ErrorCode {
  return CODE_SET.has(value);
}
