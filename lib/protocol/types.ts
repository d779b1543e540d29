/**
 * Types of the wire protocol, re-exported from the generated code (proto/macula.proto).
 */
import { macula } from '../gen/macula.js';
import { ONEOFS } from '../gen/macula.oneofs.js';

export const wire = macula.wire;

/** A frame as built for encoding (plain object, exactly one body field set). */
export type FrameInit = macula.wire.Frame.$Properties;
/** A decoded frame. */
export type Frame = macula.wire.Frame;

/** The name of a oneof `body` case: 'connect', 'publish', 'call', … */
export type FrameCase = NonNullable<macula.wire.Frame['body']>;

/** The message type carried by a given body case. */
export type FrameBody<K extends FrameCase> = NonNullable<macula.wire.Frame.$Properties[K]>;

/**
 * Every body case, in field-number order, as the schema has it (generated with the code by
 * scripts/build-proto.mjs): adding a message to the oneof needs no list kept by hand.
 */
export const FRAME_CASES = ONEOFS['macula.wire.Frame.body'] as readonly FrameCase[];

/** The wire form of an error (the shared `Error` message, proto/common.proto). */
export type WireError = macula.common.Error.$Properties;
