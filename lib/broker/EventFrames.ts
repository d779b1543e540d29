/**
 * One published message as the Event frames its subscribers get, encoded once: the frames of a
 * fan-out differ only in `subscription_id` (Event field 1), so the rest of the Event (topic,
 * payload, publisher) is encoded once per publish and each subscriber's frame is that body with
 * its id prepended. The bytes are exactly what encodeFrame({ event }) produces (same field order).
 */
import { wire } from '../protocol/index.js';

/** Tag of Frame.event (field number, wire type 2; a varint), read from the generated encoder. */
const FRAME_EVENT_TAG = ((): Uint8Array => {
  const probe = wire.Frame.encode({ event: {} }).finish(); // tag, then length 0
  if (probe.at(-1) !== 0) throw new Error('unexpected encoding of an empty Frame.event');
  return Uint8Array.from(probe.subarray(0, probe.length - 1));
})();
/** Tag byte of Event.subscription_id (field 1, varint). */
const EVENT_SUBSCRIPTION_ID_TAG = 0x08;

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

export class EventFrames {
  readonly #body: Uint8Array;

  constructor(topic: string, payload: Uint8Array, publisher: string) {
    this.#body = wire.Event.encode({ topic, payload, publisher }).finish();
  }

  /** Bytes of the largest frame forSubscription() can produce (a 5-byte subscription id). */
  get maxFrameBytes(): number {
    const inner = 1 + 5 + this.#body.length;
    return FRAME_EVENT_TAG.length + varintBytes(inner) + inner;
  }

  /** The encoded Frame { event } for one subscription (id a uint32, never 0). */
  forSubscription(subscriptionId: number): Uint8Array {
    const body = this.#body;
    const inner = 1 + varintBytes(subscriptionId) + body.length;
    const tag = FRAME_EVENT_TAG;
    const out = Buffer.allocUnsafe(tag.length + varintBytes(inner) + inner);
    out.set(tag, 0);
    let at = writeVarint(out, tag.length, inner);
    out[at++] = EVENT_SUBSCRIPTION_ID_TAG;
    at = writeVarint(out, at, subscriptionId);
    out.set(body, at);
    return out;
  }
}
