/**
 * Requests waiting for the gateway's answer, keyed by correlation id (uint32, never 0, unique
 * among outstanding ones). Bounded, each with its own timer, settled exactly once: by the answer,
 * by its timer, or by failAll() when the connection is lost (so nothing ever hangs).
 */
import { MaculaError, type ErrorCode } from '../errors/index.js';
import { MAX_CORRELATION_ID } from '../protocol/index.js';

export type Answer = { kind: 'ok'; value: unknown } | { kind: 'error'; error: MaculaError };

interface Entry {
  resolve: (value: unknown) => void;
  reject: (error: MaculaError) => void;
  timer: NodeJS.Timeout;
  what: string;
}

export class PendingRequests {
  readonly #entries = new Map<number, Entry>();
  #next = 0;

  constructor(private readonly max: number) {}

  get size(): number {
    return this.#entries.size;
  }

  /**
   * Reserve a correlation id and a timer. Throws `too_many_pending_calls` when full.
   * `send(id)` writes the request; if it throws, the entry is removed and the error rethrown.
   */
  open<T>(what: string, timeoutMs: number, timeoutCode: ErrorCode, send: (id: number) => void): Promise<T> {
    if (this.#entries.size >= this.max) {
      throw new MaculaError('too_many_pending_calls', `${this.#entries.size} requests in flight (maxPendingRequests): ${what} refused`, {
        details: { max: this.max },
      });
    }
    const id = this.#nextId();
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.#entries.delete(id)) {
          reject(new MaculaError(timeoutCode, `${what} got no answer within ${timeoutMs} ms`, { details: { timeoutMs } }));
        }
      }, timeoutMs);
      this.#entries.set(id, { resolve: resolve as (value: unknown) => void, reject, timer, what });
      try {
        send(id);
      } catch (err) {
        clearTimeout(timer);
        this.#entries.delete(id);
        reject(MaculaError.wrap(err, 'connection_closed'));
      }
    });
  }

  /** Settle the request `id` (an answer for an unknown id is ignored: it timed out or failed). */
  settle(id: number, answer: Answer): boolean {
    const e = this.#entries.get(id);
    if (e === undefined) return false;
    this.#entries.delete(id);
    clearTimeout(e.timer);
    if (answer.kind === 'ok') e.resolve(answer.value);
    else e.reject(answer.error);
    return true;
  }

  /** Fail every outstanding request (connection lost, client closed). */
  failAll(make: (what: string) => MaculaError): void {
    const entries = [...this.#entries.values()];
    this.#entries.clear();
    for (const e of entries) {
      clearTimeout(e.timer);
      e.reject(make(e.what));
    }
  }

  #nextId(): number {
    for (;;) {
      this.#next = this.#next >= MAX_CORRELATION_ID ? 1 : this.#next + 1;
      if (!this.#entries.has(this.#next)) return this.#next;
    }
  }
}
