/**
 * A congested queue's hold on the publishers whose fan-outs filled it (end-to-end backpressure,
 * one node and across node links): each held publisher's reads stop (Holdable.holdReads) until the
 * queue's stream reports it is under `belowBytes` (the owner calls release() on the stream's
 * 'below' and when it closes), or until `deadlineMs` passes with the queue still full — then
 * `onDeadline` cuts the owner off (slow_consumer) and the publishers are let go all the same.
 * One deadline per congestion: a publisher held later does not extend it. Shared by ClientSession
 * (a subscriber's queue) and NodeLink (a link's queue towards another node).
 */
import type { Stream } from '../transport/types.js';
import type { Holdable } from './EventFrames.js';

export interface PublisherHoldOptions {
  stream: Stream;
  /** The queue drains when it is under this many bytes (half the pressure mark). */
  belowBytes: number;
  /** Longest the publishers wait for it. */
  deadlineMs: number;
  /** The queue did not drain in time: cut its owner off. */
  onDeadline: () => void;
  /** Wraps the deadline's callback (a worker's FaultBoundary guard). @default none */
  guard?: (fn: () => void) => () => void;
}

export class PublisherHold {
  readonly #o: PublisherHoldOptions;
  /** Bounded by the publishers that can congest this queue (sessions and links); emptied on release. */
  readonly #held = new Set<Holdable>();
  #deadline: NodeJS.Timeout | undefined;

  constructor(options: PublisherHoldOptions) {
    this.#o = options;
  }

  /** Publishers held now. */
  get size(): number {
    return this.#held.size;
  }

  /** Stop reading `publisher` until the queue drains (once per publisher per congestion). */
  hold(publisher: Holdable): void {
    if (publisher.closing || this.#held.has(publisher)) return;
    this.#held.add(publisher);
    publisher.holdReads();
    if (this.#deadline !== undefined) return;
    const o = this.#o;
    o.stream.watchBelow(o.belowBytes);
    const expire = (): void => {
      this.#deadline = undefined;
      o.onDeadline();
      this.release();
    };
    this.#deadline = setTimeout(o.guard === undefined ? expire : o.guard(expire), o.deadlineMs);
    this.#deadline.unref();
  }

  /** The queue drained (or its owner is gone): every held publisher is read again. Idempotent. */
  release(): void {
    if (this.#deadline !== undefined) clearTimeout(this.#deadline);
    this.#deadline = undefined;
    this.#o.stream.watchBelow(0);
    if (this.#held.size === 0) return;
    for (const p of this.#held) p.releaseReads();
    this.#held.clear();
  }
}
