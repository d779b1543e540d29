/**
 * The error codes that travel in the wire `Error` message, with what each means to a client.
 * docs/PROTOCOL.md embeds `wireErrorTable()` verbatim (a test keeps them in step), so the
 * numbers there are always those of lib/errors/codes.ts.
 */
import { ERROR_CODES, ERROR_INFO, type ErrorCode } from '../errors/index.js';

/** Meaning on the wire of every code a gateway or peer may send. */
export const WIRE_ERROR_MEANINGS: Partial<Record<ErrorCode, string>> = {
  internal: 'Unexpected failure on the sender; also what an unknown code decodes to.',
  shutdown: 'The gateway is stopping; calls in flight are answered with this before Goodbye.',
  not_supported: 'The request is valid but this gateway does not implement it.',
  malformed_frame: 'The bytes were not a `Frame`, or a frame had no/two bodies. Connection-level (correlation id 0).',
  frame_too_large: 'A frame exceeded the transport\'s `maxFrameBytes`; the stream is reset.',
  unknown_message_type: 'The body is one this side does not handle (empty, newer protocol, or wrong direction).',
  timeout: 'A call\'s overall deadline passed before any provider answered.',
  protocol_version_unsupported: 'Connect named no version the gateway speaks; the gateway closes after sending it.',
  no_such_realm: 'Connect named a realm the gateway does not serve; the gateway closes after sending it.',
  not_connected: 'A request arrived before the Connect/Connected handshake finished.',
  max_clients_reached: 'The gateway holds its maximum of clients (10,000 by default); it closes after sending it.',
  slow_consumer: 'The client did not read its events fast enough; the gateway closes after sending it.',
  invalid_topic: 'A topic or pattern broke the grammar; `details` name the segment and its index.',
  invalid_procedure: 'A procedure name broke the grammar; `details` name the segment and its index.',
  no_providers: 'Nobody serves the procedure (or the call_to target does not). Sent at once, never after a timeout.',
  gateway_timeout: 'A remote gateway on the mesh did not answer in time.',
  all_providers_failed: 'Every provider tried (up to 3) timed out, left or was unreachable; `details.attempts` lists them.',
  handler_error: 'The provider\'s handler threw; the message is the handler\'s.',
  invalid_args: 'Arguments or payload could not be decoded (e.g. not JSON where JSON was expected).',
  max_hops_exceeded: 'A routed frame would cross more than its `max_hops` relays (`mesh_max_hops`, 10 by default); a request is answered with it.',
  node_unreachable: 'No direct link and no relay reaches the destination node now (cut off, or not yet joined); retry, or call another provider.',
  call_cancelled: 'The call was cancelled before it was answered.',
  too_many_pending_calls: 'The gateway holds its maximum of calls in flight; retry later.',
  too_many_subscriptions: 'The gateway holds its maximum of subscriptions.',
  too_many_procedures: 'The gateway holds its maximum of distinct procedures.',
  too_many_providers: 'The procedure has its maximum of providers.',
  already_registered: 'Node links: the other node already holds the link between the two (crossed dials keep the one dialled by the lower node id).',
  too_many_links: 'Node links: the acceptor holds its maximum of links, all pinned. Then close.',
  sender_mismatch: 'A node id named in a message is not the sender\'s (the certificate\'s).',
  realm_mismatch: 'Node link: the other node serves none of this node\'s realms (`details` name both); the node dialled closes after sending it.',
  not_trusted: 'Node link: `mesh_trust` refused the other node (`details.mode`, `details.reason`: `not_in_allowlist`, `not_signed_by_ca`, …); sent before the close, or as the Goodbye code of a dialler that refuses the node it reached.',
  permission_denied: 'The client may not take this action on this name (docs/SECURITY.md); `details` name the action, the name and the reason (`not_allowed`, `denied`, `reserved`, `remote_without_permissions`, `too_complex`). Answers the request\'s correlation id (0 for a qos-0 publish); the session goes on.',
};

/** Markdown table: wire value, code, retryable (or `reserved`: nothing sends it yet), meaning — in wire-value order. */
export function wireErrorTable(): string {
  const rows = ERROR_CODES.flatMap((code, i) => {
    const meaning = WIRE_ERROR_MEANINGS[code];
    if (meaning === undefined) return [];
    const info = ERROR_INFO[code];
    const status = info.reserved === true ? 'reserved' : info.retryable ? 'yes' : 'no';
    return [`| ${i + 1} | \`${code}\` | ${status} | ${meaning} |`];
  });
  return ['| wire | code | retryable | meaning |', '|---:|---|---|---|', ...rows].join('\n');
}
