/**
 * Exit codes of the `macula` CLI, sysexits(3)-style, chosen per MaculaError code so scripts can
 * tell "nobody serves it" from "the gateway is down" from "the handler failed".
 */
import type { ErrorCode } from '../../errors/index.js';

export const EXIT_OK = 0;
/** Anything not listed below (internal errors). */
export const EXIT_FAILURE = 1;
/** EX_USAGE: unknown command or flag, missing argument, invalid topic/pattern/procedure. */
export const EXIT_USAGE = 64;
/** EX_DATAERR: the JSON given is not JSON, or a payload could not be decoded. */
export const EXIT_DATA = 65;
/** EX_UNAVAILABLE: no gateway answered, or the connection was lost. */
export const EXIT_UNAVAILABLE = 69;
/** EX_SOFTWARE: the remote handler threw (handler_error). */
export const EXIT_HANDLER = 70;
/** EX_TEMPFAIL: a deadline passed (timeout, gateway_timeout, all_providers_failed, shutdown). */
export const EXIT_TEMPFAIL = 75;
/** EX_PROTOCOL: refused: no_providers, no_such_realm, unsupported version, a limit (limit_exceeded, too_many_*). */
export const EXIT_PROTOCOL = 76;
/** EX_NOPERM: the gateway is not the node pinned with --node-id, or failed verification. */
export const EXIT_NOPERM = 77;
/** EX_CONFIG: bad configuration or identity files. */
export const EXIT_CONFIG = 78;
/** 128 + SIGINT: a one-shot command (pub, call, info) was interrupted before it finished. */
export const EXIT_INTERRUPTED = 130;

const BY_CODE: Partial<Record<ErrorCode, number>> = {
  usage: EXIT_USAGE,
  invalid_topic: EXIT_USAGE,
  invalid_procedure: EXIT_USAGE,
  invalid_args: EXIT_DATA,
  malformed_frame: EXIT_DATA,
  connection_refused: EXIT_UNAVAILABLE,
  connection_closed: EXIT_UNAVAILABLE,
  not_connected: EXIT_UNAVAILABLE,
  transport_error: EXIT_UNAVAILABLE,
  stream_reset: EXIT_UNAVAILABLE,
  max_clients_reached: EXIT_UNAVAILABLE,
  handler_error: EXIT_HANDLER,
  no_handler: EXIT_HANDLER,
  timeout: EXIT_TEMPFAIL,
  gateway_timeout: EXIT_TEMPFAIL,
  all_providers_failed: EXIT_TEMPFAIL,
  shutdown: EXIT_TEMPFAIL,
  too_many_pending_calls: EXIT_TEMPFAIL,
  no_providers: EXIT_PROTOCOL,
  service_not_found: EXIT_PROTOCOL,
  no_such_realm: EXIT_PROTOCOL,
  protocol_version_unsupported: EXIT_PROTOCOL,
  unknown_message_type: EXIT_PROTOCOL,
  not_supported: EXIT_PROTOCOL,
  too_many_subscriptions: EXIT_PROTOCOL,
  too_many_procedures: EXIT_PROTOCOL,
  too_many_providers: EXIT_PROTOCOL,
  limit_exceeded: EXIT_PROTOCOL,
  frame_too_large: EXIT_PROTOCOL,
  node_id_mismatch: EXIT_NOPERM,
  peer_verification_failed: EXIT_NOPERM,
  invalid_config: EXIT_CONFIG,
  identity_error: EXIT_CONFIG,
};

export function exitCodeFor(code: ErrorCode): number {
  return BY_CODE[code] ?? EXIT_FAILURE;
}

/** The table printed by `macula --help`. */
export const EXIT_CODE_TABLE = `Exit codes:
  0   ok
  1   internal or unexpected error
  64  usage: unknown command or flag, missing argument, a bad number, node id or URL,
      invalid topic/pattern/procedure
  65  bad JSON input, or a number JSON cannot carry as written (1e400): invalid_args
  69  unavailable: no gateway answered (connection_refused), connection lost
  70  the remote handler failed (handler_error)
  75  timeout: timeout, gateway_timeout, all_providers_failed, shutdown
  76  refused: no_providers, no_such_realm, protocol_version_unsupported, or a limit
      (limit_exceeded, too_many_subscriptions/procedures/providers; see Limits)
  77  the gateway is not the pinned --node-id (node_id_mismatch)
  78  configuration: invalid_config, identity_error
  130 interrupted (SIGINT/SIGTERM) before a pub/call/info finished; sub, serve and run exit 0
`;
