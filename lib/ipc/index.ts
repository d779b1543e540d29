/**
 * lib/ipc: how a node's OS processes talk (proto/ipc.proto, package macula.ipc).
 *
 * - Transport: the fd-3 pipe execa gives each child (a unix socket pair), one per child.
 * - Framing: 4-byte big-endian length + one protobuf Envelope {from, to, seq, reply_to, body};
 *   frames above MAX_FRAME_BYTES are refused (`frame_too_large`).
 * - Dispatch: one handler per oneof case of Envelope.body; an unknown case is answered with
 *   `unknown_message_type`, an undecodable frame is `malformed_frame`; neither harms the channel.
 * - Request/response: `request()` waits for the envelope whose reply_to is its seq, bounded by
 *   REQUEST_TIMEOUT_MS (`timeout`) and MAX_PENDING_REQUESTS (`too_many_pending_calls`); an Error
 *   body is rebuilt as the same MaculaError; a closed pipe fails with `process_unavailable`.
 * - Addressing: names (`root`, `routing`, `bootstrap`, `gateway`, `peer:<N>`); root is the hub
 *   (lib/cluster/IpcHub) and forwards what is addressed to someone else.
 */
export { IpcChannel, type IpcChannelOptions } from './IpcChannel.js';
export { Siblings, siblingSocketPath, type SiblingsOptions } from './Siblings.js';
export { FrameDecoder, encodeFrame, type DecodeResult } from './FrameDecoder.js';
export { errorFromWire, errorToWire } from './wireError.js';
export type { BodyCase, Envelope, IpcBody, IpcHandler } from './types.js';
export * from './constants.js';
