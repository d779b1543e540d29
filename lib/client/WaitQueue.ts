/**
 * Operations waiting for a session while the client reconnects (issue 14; nats.js likewise holds
 * requests while it reconnects). Each waits in arrival order, bounded by its own deadline and by
 * two limits on the queue as a whole — `maxWaiting` operations and `maxBytes` of their payloads —
 * beyond which one is refused at once with `too_many_waiting`. release() runs them all, in order,
 * on the new session; failAll() ends them when the client gives up or is closed.
 */
import { MaculaError } from '../errors/index.js';

interface Waiter<S> {
  what: string;
  bytes: number;
  timer: NodeJS.Timeout;
  run(session: S): void;
  fail(error: MaculaError): void;
}

export class WaitQueue<S> {
  /** In arrival order (a Set keeps insertion order and deletes in O(1)). */
  #waiters = new Set<Waiter<S>>();
  #bytes = 0;

  constructor(
    /** Operations that may wait at once. */
    readonly maxWaiting: number,
    /** Payload bytes those operations may hold. */
    readonly maxBytes: number,
  ) {}

  /** Operations waiting. */
  get size(): number {
    return this.#waiters.size;
  }

  /** Payload bytes they hold. */
  get bytes(): number {
    return this.#bytes;
  }

  /**
   * Wait for release(): then `run(session)` runs (synchronously, in arrival order). If `timeoutMs`
   * passes first, `fail` gets `timeout`. Throws `too_many_waiting` when either bound is reached.
   */
  add(what: string, timeoutMs: number, bytes: number, run: (session: S) => void, fail: (error: MaculaError) => void): void {
    if (this.#waiters.size >= this.maxWaiting) {
      throw new MaculaError('too_many_waiting', `${this.#waiters.size} operations already wait for the session (maxWaiting): ${what} refused`, {
        details: { limit: this.maxWaiting, setting: 'maxWaiting' },
      });
    }
    if (this.#waiters.size > 0 && this.#bytes + bytes > this.maxBytes) {
      throw new MaculaError('too_many_waiting', `operations waiting for the session hold ${this.#bytes} bytes (sendQueueBytes ${this.maxBytes}): ${what} refused`, {
        details: { limit: this.maxBytes, setting: 'sendQueueBytes' },
      });
    }
    const waiter: Waiter<S> = {
      what,
      bytes,
      run,
      fail,
      timer: setTimeout(() => {
        if (!this.#drop(waiter)) return;
        fail(new MaculaError('timeout', `${what} waited ${timeoutMs} ms for the connection to come back`, { details: { timeoutMs } }));
      }, timeoutMs),
    };
    this.#waiters.add(waiter);
    this.#bytes += bytes;
  }

  /** The session is back: run every waiter, in order. A waiter that throws fails alone. */
  release(session: S): void {
    const waiters = this.#take();
    for (const w of waiters) {
      try {
        w.run(session);
      } catch (err) {
        w.fail(MaculaError.wrap(err));
      }
    }
  }

  /** Fail every waiter (the client gave up reconnecting, or was closed). */
  failAll(make: (what: string) => MaculaError): void {
    for (const w of this.#take()) w.fail(make(w.what));
  }

  #take(): Waiter<S>[] {
    const waiters = [...this.#waiters];
    this.#waiters.clear();
    this.#bytes = 0;
    for (const w of waiters) clearTimeout(w.timer);
    return waiters;
  }

  #drop(waiter: Waiter<S>): boolean {
    if (!this.#waiters.delete(waiter)) return false;
    this.#bytes -= waiter.bytes;
    return true;
  }
}
