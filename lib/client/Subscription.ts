/**
 * A subscription: an async iterator of messages (or a callback run once per message, one at a
 * time) in front of a bounded buffer. When the consumer falls behind, the overflow policy drops
 * messages and counts them (types.ts: OverflowPolicy explains why not backpressure).
 * Breaking out of a `for await` unsubscribes; close of the client ends the iteration.
 */
import { MaculaError } from '../errors/index.js';
import type { Message, MessageCallback, OverflowPolicy } from './types.js';

/** What a subscription needs from its client. */
export interface SubscriptionOwner {
  unsubscribe(sub: Subscription): Promise<void>;
  reportError(error: MaculaError): void;
}

type Waiter = { resolve: (r: IteratorResult<Message>) => void; reject: (e: unknown) => void };

export class Subscription implements AsyncIterableIterator<Message> {
  /** Subscription id the gateway gave on the current session (changes on reconnect). */
  remoteId = 0;
  #queue: Message[] = [];
  #waiters: Waiter[] = [];
  #done = false;
  #error: MaculaError | undefined;
  #dropped = 0;
  #delivered = 0;
  #pumping = false;

  constructor(
    /** Local id, stable across reconnects. */
    readonly id: number,
    readonly pattern: string,
    private readonly owner: SubscriptionOwner,
    readonly bufferSize: number,
    readonly overflow: OverflowPolicy,
    private readonly callback?: MessageCallback,
    /** Queue group, if any (sent again with the pattern when the client restores its subscriptions). */
    readonly queue?: string,
  ) {
    if (!Number.isInteger(bufferSize) || bufferSize < 1) {
      throw new MaculaError('invalid_config', `subscription buffer must be a positive integer, got ${bufferSize}`);
    }
  }

  /** Messages discarded because the buffer was full. */
  get dropped(): number {
    return this.#dropped;
  }

  /** Messages handed to the consumer so far. */
  get delivered(): number {
    return this.#delivered;
  }

  /** Messages waiting in the buffer. */
  get pending(): number {
    return this.#queue.length;
  }

  /** True once unsubscribed, failed, or the client closed. */
  get closed(): boolean {
    return this.#done;
  }

  /** Stop delivery (idempotent). Messages already buffered are still yielded to an iterator. */
  unsubscribe(): Promise<void> {
    return this.owner.unsubscribe(this);
  }

  /** @internal Called by the client for each event of this subscription. */
  push(message: Message): void {
    if (this.#done) return;
    const waiter = this.#waiters.shift();
    if (waiter !== undefined) {
      this.#delivered++;
      waiter.resolve({ value: message, done: false });
      return;
    }
    if (this.#queue.length >= this.bufferSize) {
      this.#dropped++;
      if (this.overflow === 'drop-newest') return;
      this.#queue.shift();
    }
    this.#queue.push(message);
    if (this.callback !== undefined && !this.#pumping) void this.#pump();
  }

  /** @internal End the iteration; with an error, the next read throws it once. */
  end(error?: MaculaError): void {
    if (this.#done) return;
    this.#done = true;
    this.#error = error;
    if (this.callback !== undefined) this.#queue = [];
    for (const w of this.#waiters.splice(0)) {
      if (error !== undefined) {
        this.#error = undefined;
        w.reject(error);
      } else {
        w.resolve({ value: undefined, done: true });
      }
    }
  }

  next(): Promise<IteratorResult<Message>> {
    if (this.callback !== undefined) {
      return Promise.reject(new MaculaError('usage', 'a subscription with a callback cannot also be iterated'));
    }
    const message = this.#queue.shift();
    if (message !== undefined) {
      this.#delivered++;
      return Promise.resolve({ value: message, done: false });
    }
    if (this.#done) {
      const error = this.#error;
      this.#error = undefined;
      return error === undefined ? Promise.resolve({ value: undefined, done: true }) : Promise.reject(error);
    }
    return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }

  /** `break` in a for-await lands here: unsubscribe and end. */
  async return(): Promise<IteratorResult<Message>> {
    await this.unsubscribe();
    this.#queue = [];
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async #pump(): Promise<void> {
    this.#pumping = true;
    try {
      let message: Message | undefined;
      while (!this.#done && (message = this.#queue.shift()) !== undefined) {
        this.#delivered++;
        try {
          await this.callback!(message);
        } catch (err) {
          this.owner.reportError(MaculaError.wrap(err, 'internal', `subscription ${this.pattern} callback threw: ${(err as Error)?.message ?? err}`));
        }
      }
    } finally {
      this.#pumping = false;
    }
  }
}
