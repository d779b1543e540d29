/**
 * This node's own interest in one realm, as other nodes are told it: the distinct (pattern,
 * queue) entries its subscriptions use, each with how many subscriptions hold it. Refcounted as
 * NATS routes do it (RS+ / RS-): only the first subscription of an entry (0 → 1) and the last one
 * leaving (1 → 0) are news to other nodes; every other subscribe or unsubscribe changes a count.
 * Bounded by the subscriptions it counts (the gateway's own bound).
 */
import type { InterestEntry } from './types.js';

/** One map key per entry: `|` is in neither the pattern nor the queue grammar, so keys never collide. */
export function interestKey(pattern: string, queue: string): string {
  return queue === '' ? pattern : `${pattern}|${queue}`;
}

interface Counted extends InterestEntry {
  count: number;
}

export class LocalInterest {
  readonly #counts = new Map<string, Counted>();

  /** Distinct entries. */
  get size(): number {
    return this.#counts.size;
  }

  /** A subscription to `pattern` (in queue group `queue`, "" for none) appeared; true when it is the entry's first. */
  add(pattern: string, queue = ''): boolean {
    const key = interestKey(pattern, queue);
    const held = this.#counts.get(key);
    if (held !== undefined) {
      held.count++;
      return false;
    }
    this.#counts.set(key, { pattern, queue, count: 1 });
    return true;
  }

  /** A subscription left; true when it was the entry's last. An entry not held is ignored (false). */
  remove(pattern: string, queue = ''): boolean {
    const key = interestKey(pattern, queue);
    const held = this.#counts.get(key);
    if (held === undefined) return false;
    if (--held.count > 0) return false;
    this.#counts.delete(key);
    return true;
  }

  /** Subscriptions holding the entry (0 when none). */
  count(pattern: string, queue = ''): number {
    return this.#counts.get(interestKey(pattern, queue))?.count ?? 0;
  }

  /** Every entry held, in the order they first appeared. */
  *entries(): IterableIterator<InterestEntry> {
    for (const { pattern, queue } of this.#counts.values()) yield { pattern, queue };
  }

  clear(): void {
    this.#counts.clear();
  }
}
