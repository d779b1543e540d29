/**
 * The restore after a reconnect (issue 8 item 4): re-subscribe and re-advertise everything on
 * the new session, paced through a window of requests in flight, so 20,000 subscriptions never
 * overrun `maxPendingRequests`, the stream or the gateway. A request that fails with a retryable
 * error (MaculaError.retryable: `timeout`, `process_unavailable` — the gateway's "restarting,
 * retry" — a full pending table, …) goes back into the queue and the whole restore pauses for a
 * backoff delay (doubling per failure in a row, reset by a success), within the same session:
 * nothing is dropped silently and nothing reconnects. A refusal (not retryable: an invalid
 * pattern, a gateway bound) drops that item and reports it. The restore ends when the session
 * does (the next session restores from scratch) or when every item is answered; only then does
 * the client count the reconnect as done.
 */
import { MaculaError } from '../errors/index.js';
import { backoffDelayMs, type BackoffOptions } from './backoff.js';

/** One subscription or advertisement to restore. */
export interface RestoreItem {
  readonly what: string;
  /** Still wanted (not unsubscribed/unadvertised meanwhile)? */
  live(): boolean;
  /** Send the request on the session being restored; resolves with the gateway's answer. */
  request(): Promise<void>;
  /** The gateway refused it for good. */
  drop(error: MaculaError): void;
}

export interface RestoreOptions {
  /** Requests in flight at once. */
  window: number;
  /** Pause after a retryable failure. */
  retry: BackoffOptions;
  /** False once the session is gone: the run stops without finishing. */
  active(): boolean;
  /** Every item answered (restored or dropped). */
  done(): void;
}

export class Restore {
  #queue: RestoreItem[];
  #head = 0;
  #inFlight = 0;
  #failuresInRow = 0;
  #pause: NodeJS.Timeout | undefined;
  #finished = false;
  /** Retryable failures so far (each retried). */
  retries = 0;

  constructor(
    items: RestoreItem[],
    private readonly o: RestoreOptions,
  ) {
    this.#queue = items;
  }

  /** Items not yet answered. */
  get remaining(): number {
    return this.#queue.length - this.#head + this.#inFlight;
  }

  /** Send the first window now (synchronously: those requests precede anything sent after). */
  start(): void {
    this.#pump();
  }

  /** Stop: the session is gone or the client closed. */
  cancel(): void {
    this.#finished = true;
    if (this.#pause !== undefined) clearTimeout(this.#pause);
    this.#pause = undefined;
  }

  #pump(): void {
    while (!this.#finished && this.#pause === undefined && this.#inFlight < this.o.window && this.#head < this.#queue.length) {
      const item = this.#queue[this.#head++]!;
      if (!item.live()) continue;
      this.#inFlight++;
      let p: Promise<void>;
      try {
        p = item.request();
      } catch (err) {
        p = Promise.reject(err);
      }
      p.then(
        () => this.#settled(undefined, item),
        (err: unknown) => this.#settled(MaculaError.wrap(err), item),
      );
    }
    this.#compact();
    if (!this.#finished && this.#pause === undefined && this.#inFlight === 0 && this.#head >= this.#queue.length) {
      this.#finished = true;
      this.o.done();
    }
  }

  #settled(err: MaculaError | undefined, item: RestoreItem): void {
    this.#inFlight--;
    if (this.#finished || !this.o.active()) return this.cancel();
    if (err === undefined) {
      this.#failuresInRow = 0;
    } else if (err.retryable) {
      this.retries++;
      this.#queue.push(item);
      if (this.#pause === undefined) {
        const delayMs = backoffDelayMs(this.#failuresInRow++, this.o.retry);
        this.#pause = setTimeout(() => {
          this.#pause = undefined;
          this.#pump();
        }, delayMs);
      }
    } else if (item.live()) {
      item.drop(err);
    }
    this.#pump();
  }

  #compact(): void {
    if (this.#head > 1024 && this.#head * 2 > this.#queue.length) {
      this.#queue = this.#queue.slice(this.#head);
      this.#head = 0;
    }
  }
}
