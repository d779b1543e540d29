/** Types of lib/ipc, derived from the generated proto/ipc.proto code. */
import type { macula } from '../gen/ipc.js';

export type Envelope = macula.ipc.Envelope;
/** The oneof case names of Envelope.body: the keys of every dispatch table. */
export type BodyCase = NonNullable<macula.ipc.Envelope['body']>;
/** Exactly one body field set, e.g. `{ ping: { payload: 'x' } }`. */
export type IpcBody = { [K in BodyCase]?: macula.ipc.Envelope.$Properties[K] };
/**
 * A dispatch-table entry. Returning a body answers the envelope (reply_to = its seq); throwing
 * answers with an Error body carrying the MaculaError code.
 */
export type IpcHandler = (envelope: Envelope) => IpcBody | void | Promise<IpcBody | void>;
