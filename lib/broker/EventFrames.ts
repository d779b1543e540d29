/**
 * One published message as the Event frames its subscribers get, encoded once: the frames of a
 * fan-out differ only in `subscription_id` (Event field 1), so the rest of the Event (topic,
 * payload, publisher) is encoded once per publish (`body`) and each subscriber's frame is a small
 * `head` (the Frame.event key, the length, the id) followed by that body, handed to the stream as
 * two parts (Stream.writeParts: no copy per subscriber besides the stream's own). The bytes are
 * exactly what encodeFrame({ event }) produces (protobufjs writes fields in number order).
 */
import { encodeFrame } from '../protocol/index.js';

/** Key of Frame.event (field number, wire type 2; a varint), read from the encoder. */
const FRAME_EVENT_TAG = ((): Uint8Array => {
  const probe = encodeFrame({ event: {} }); // key, then length 0
  if (probe.at(-1) !== 0) throw new Error('unexpected encoding of an empty Frame.event');
  return Uint8Array.from(probe.subarray(0, probe.length - 1));
})();
/** Key byte of Event.subscription_id (field 1, varint). */
const EVENT_SUBSCRIPTION_ID_TAG = 0x08;
/** Longest head: the key, a 5-byte length, the id's key and a 5-byte id. */
const MAX_HEAD_BYTES = FRAME_EVENT_TAG.length + 5 + 1 + 5;

function varintBytes(n: number): number {
  return n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x20_0000 ? 3 : n < 0x1000_0000 ? 4 : 5;
}

function writeVarint(out: Uint8Array, at: number, n: number): number {
  while (n >= 0x80) {
    out[at++] = (n & 0x7f) | 0x80;
    n >>>= 7;
  }
  out[at++] = n;
  return at;
}

/** Shared scratch for head(): valid until the next call (writeParts copies it at once). */
const scratch = Buffer.allocUnsafe(MAX_HEAD_BYTES);

/**
 * Whose reads a congested subscriber can hold back: a publishing ClientSession, or the node link
 * a routed event came on (NodeLink). Refcounted: the first holdReads() stops reading, the last
 * releaseReads() starts again.
 */
export interface Holdable {
  readonly closing: boolean;
  holdReads(): void;
  releaseReads(): void;
}

/** A subscriber whose queue a fan-out left above its pressure mark (ClientSession). */
export interface Congested<P> {
  hold(publisher: P): void;
}

export class EventFrames {
  /** Event fields 2..4 (topic, payload, publisher), encoded. */
  readonly body: Uint8Array;
  /** Targets this event left congested (usually none: allocated on the first). */
  #congested: Array<Congested<never>> | undefined;

  constructor(topic: string, payload: Uint8Array, publisher: string) {
    const frame = encodeFrame({ event: { topic, payload, publisher } });
    // strip Frame.event's key and length: what is left is the Event's own fields
    let at = FRAME_EVENT_TAG.length;
    while (frame[at]! >= 0x80) at++;
    this.body = frame.subarray(at + 1);
  }

  /** Called by a target whose queue this event left above its pressure mark. */
  congested<P>(target: Congested<P>): void {
    (this.#congested ??= []).push(target as Congested<never>);
  }

  /**
   * After the fan-out: every congested target holds `publisher` back until it drains
   * (backpressure end to end). A no-op when none was congested.
   */
  holdPublisher<P>(publisher: P): void {
    const c = this.#congested;
    if (c === undefined) return;
    this.#congested = undefined;
    for (const t of c) (t as Congested<P>).hold(publisher);
  }

  /** Bytes of the largest frame forSubscription() can produce (a 5-byte subscription id). */
  get maxFrameBytes(): number {
    const inner = 1 + 5 + this.body.length;
    return FRAME_EVENT_TAG.length + varintBytes(inner) + inner;
  }

  /** The start of the frame for one subscription, up to the body. Overwritten by the next call. */
  head(subscriptionId: number): Uint8Array {
    const inner = 1 + varintBytes(subscriptionId) + this.body.length;
    const tag = FRAME_EVENT_TAG;
    const out = scratch;
    let at = 0;
    for (; at < tag.length; at++) out[at] = tag[at]!;
    at = writeVarint(out, at, inner);
    out[at++] = EVENT_SUBSCRIPTION_ID_TAG;
    at = writeVarint(out, at, subscriptionId);
    return out.subarray(0, at);
  }

  /** The whole encoded Frame { event } for one subscription (id a uint32, never 0). */
  forSubscription(subscriptionId: number): Uint8Array {
    const head = this.head(subscriptionId);
    const out = Buffer.allocUnsafe(head.length + this.body.length);
    out.set(head, 0);
    out.set(this.body, head.length);
    return out;
  }
}
