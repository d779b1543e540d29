/**
 * Types of the wire protocol, re-exported from the generated code (proto/macula.proto).
 */
import { macula } from '../gen/macula.js';

export const wire = macula.wire;

/** A frame as built for encoding (plain object, exactly one body field set). */
export type FrameInit = macula.wire.Frame.$Properties;
/** A decoded frame. */
export type Frame = macula.wire.Frame;

/** The name of a oneof `body` case: 'connect', 'publish', 'call', … */
export type FrameCase = NonNullable<macula.wire.Frame['body']>;

/** The message type carried by a given body case. */
export type FrameBody<K extends FrameCase> = NonNullable<macula.wire.Frame.$Properties[K]>;

/** Every body case, in field-number order (keeps the dispatcher and codec in one list). */
export const FRAME_CASES: readonly FrameCase[] = [
  'connect', 'connected', 'error', 'ping', 'pong', 'goodbye',
  'publish', 'published', 'subscribe', 'subscribed', 'unsubscribe', 'event',
  'call', 'result', 'advertise', 'advertised', 'unadvertise', 'invocation', 'yield', 'invocationError',
];

/** The wire form of an error (the `Error` message). */
export type WireError = macula.wire.Error.$Properties;
