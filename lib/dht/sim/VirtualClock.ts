/**
 * Discrete-event time for the simulation (FoundationDB's simulator, tokio's turmoil): the timers
 * of every simulated node sit on one binary heap ordered by (time, insertion), and run() pops
 * them in order, jumping the clock from one event to the next, so 10,000 nodes' minutes run in
 * seconds. Times are whole milliseconds; all events due at the same millisecond run as one batch,
 * then the microtask queue is drained (one setImmediate) before the clock moves, so every promise
 * continuation of an event runs at that event's virtual time. Deterministic: no wall clock, ties
 * broken by insertion order.
 *
 * scope() gives one node its own Clock whose timers can all be cancelled at once: that is how the
 * simulation kills a node (SIGKILL: nothing of it runs again).
 */
import type { Clock, TimerHandle } from '../types.js';

interface Timer {
  readonly at: number;
  readonly seq: number;
  /** Dropped at cancel, so a cancelled timer waiting in the heap holds nothing alive. */
  fn: (() => void) | undefined;
  cancelled: boolean;
  scope: ScopedClock | undefined;
}

/** Default virtual epoch: 2026-01-01T00:00:00Z (record seqs derive from now()). */
export const SIM_EPOCH_MS = 1_767_225_600_000;

const drain = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class VirtualClock implements Clock {
  readonly startMs: number;
  readonly #heap: Timer[] = [];
  #now: number;
  #seq = 0;
  #events = 0;
  /** Cancelled timers still in the heap. */
  #cancelled = 0;
  #running = false;

  constructor(startMs = SIM_EPOCH_MS) {
    this.startMs = startMs;
    this.#now = startMs;
  }

  now(): number {
    return this.#now;
  }

  /** Virtual ms since start. */
  get elapsedMs(): number {
    return this.#now - this.startMs;
  }

  /** Timers run so far. */
  get events(): number {
    return this.#events;
  }

  /** Timers waiting (cancelled ones included until they are popped). */
  get queued(): number {
    return this.#heap.length;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    return this.#push(fn, ms, undefined);
  }

  clearTimeout(handle: TimerHandle): void {
    if (handle === undefined || handle === null) return;
    const t = handle as Timer;
    if (t.cancelled) return;
    this.cancel(t);
    t.scope?.forget(t);
  }

  /** @internal Cancel lazily; rebuild the heap once most of it is cancelled (keeps it O(live)). */
  cancel(t: Timer): void {
    t.cancelled = true;
    t.fn = undefined;
    if (++this.#cancelled > 1024 && this.#cancelled > this.#heap.length / 2) this.#compact();
  }

  /** A Clock for one node: the same time, timers that cancelAll() can drop together. */
  scope(): ScopedClock {
    return new ScopedClock(this);
  }

  /** Run every event due up to now + ms, then leave the clock there. */
  async runFor(ms: number): Promise<void> {
    await this.runUntil(this.#now + ms);
  }

  /** Run every event due up to `untilMs` (absolute), then leave the clock there. */
  async runUntil(untilMs: number, stop?: () => boolean): Promise<boolean> {
    if (this.#running) throw new Error('VirtualClock.run is not reentrant');
    this.#running = true;
    try {
      await drain();
      for (;;) {
        if (stop?.() === true) return true;
        const top = this.#heap[0];
        if (top === undefined || top.at > untilMs) break;
        this.#now = top.at;
        while (this.#heap.length > 0 && this.#heap[0]!.at === this.#now) {
          const t = this.#pop();
          if (t.cancelled) {
            this.#cancelled--;
            continue;
          }
          t.scope?.forget(t);
          this.#events++;
          const fn = t.fn!;
          t.fn = undefined;
          t.cancelled = true; // ran: a later clearTimeout is a no-op
          fn();
        }
        await drain();
      }
      this.#now = Math.max(this.#now, untilMs);
      return stop?.() === true;
    } finally {
      this.#running = false;
    }
  }

  /** Run until the promise settles or maxMs of virtual time passed; returns its outcome. */
  async settle<T>(promise: Promise<T>, maxMs = 3_600_000): Promise<{ done: true; value: T } | { done: true; error: unknown } | { done: false }> {
    let outcome: { done: true; value: T } | { done: true; error: unknown } | undefined;
    promise.then((value) => (outcome = { done: true, value }), (error: unknown) => (outcome = { done: true, error }));
    await this.runUntil(this.#now + maxMs, () => outcome !== undefined);
    return outcome ?? { done: false };
  }

  /** @internal */
  push(fn: () => void, ms: number, scope: ScopedClock): Timer {
    return this.#push(fn, ms, scope);
  }

  #push(fn: () => void, ms: number, scope: ScopedClock | undefined): Timer {
    const delay = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms) : 0;
    const t: Timer = { at: this.#now + delay, seq: this.#seq++, fn, cancelled: false, scope };
    const h = this.#heap;
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(t, h[parent]!)) break;
      h[i] = h[parent]!;
      i = parent;
    }
    h[i] = t;
    return t;
  }

  #compact(): void {
    const live = this.#heap.filter((t) => !t.cancelled);
    this.#heap.length = 0;
    for (const t of live) this.#heap.push(t);
    heapify(this.#heap);
    this.#cancelled = 0;
  }

  #pop(): Timer {
    const h = this.#heap;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= h.length) break;
        const r = l + 1;
        const c = r < h.length && before(h[r]!, h[l]!) ? r : l;
        if (!before(h[c]!, last)) break;
        h[i] = h[c]!;
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}

function before(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

function heapify(h: Timer[]): void {
  for (let start = (h.length >> 1) - 1; start >= 0; start--) {
    const t = h[start]!;
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= h.length) break;
      const r = l + 1;
      const c = r < h.length && before(h[r]!, h[l]!) ? r : l;
      if (!before(h[c]!, t)) break;
      h[i] = h[c]!;
      i = c;
    }
    h[i] = t;
  }
}

/** One node's view of the virtual clock. */
export class ScopedClock implements Clock {
  readonly #parent: VirtualClock;
  readonly #live = new Set<Timer>();
  #dead = false;

  constructor(parent: VirtualClock) {
    this.#parent = parent;
  }

  /** Timers armed and not yet run or cancelled. */
  get pending(): number {
    return this.#live.size;
  }

  now(): number {
    return this.#parent.now();
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    if (this.#dead) return undefined;
    const t = this.#parent.push(fn, ms, this);
    this.#live.add(t);
    return t;
  }

  clearTimeout(handle: TimerHandle): void {
    this.#parent.clearTimeout(handle);
  }

  /** Cancel every timer and refuse new ones (the node was killed). */
  cancelAll(): void {
    this.#dead = true;
    const live = [...this.#live];
    this.#live.clear();
    for (const t of live) this.#parent.cancel(t);
  }

  /** @internal */
  forget(t: Timer): void {
    this.#live.delete(t);
  }
}
