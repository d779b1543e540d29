/**
 * Refusals logged at warn, bounded: at most `burst` lines per `intervalMs`, then one line saying
 * how many more were refused in that interval (logged when the next interval starts). A client
 * that hammers a name it may not use costs a counter increment per attempt (/metrics counts every
 * refusal), never a log line per attempt: the log is for the operator, not a second data path.
 */
import { REFUSAL_LOG_BURST, REFUSAL_LOG_INTERVAL_MS } from './constants.js';
import type { WarnLogger } from './types.js';

export interface RefusalLogOptions {
  /** @default REFUSAL_LOG_BURST */
  burst?: number;
  /** @default REFUSAL_LOG_INTERVAL_MS */
  intervalMs?: number;
  /** @default Date.now */
  now?: () => number;
}

export class RefusalLog {
  readonly #logger: WarnLogger | undefined;
  readonly #burst: number;
  readonly #intervalMs: number;
  readonly #now: () => number;
  #windowStart = -Infinity;
  #logged = 0;
  #suppressed = 0;

  constructor(logger: WarnLogger | undefined, options: RefusalLogOptions = {}) {
    this.#logger = logger;
    this.#burst = options.burst ?? REFUSAL_LOG_BURST;
    this.#intervalMs = options.intervalMs ?? REFUSAL_LOG_INTERVAL_MS;
    this.#now = options.now ?? Date.now;
  }

  /** Refusals not logged in the current interval (they are summed up when it ends). */
  get suppressed(): number {
    return this.#suppressed;
  }

  warn(fields: Record<string, unknown>, message: string): void {
    const logger = this.#logger;
    if (logger === undefined) return;
    const now = this.#now();
    if (now - this.#windowStart >= this.#intervalMs) {
      if (this.#suppressed > 0) {
        logger.warn({ suppressed: this.#suppressed, interval_ms: this.#intervalMs }, `${this.#suppressed} more refusals were not logged in the last interval (every one is counted on /metrics)`);
      }
      this.#windowStart = now;
      this.#logged = 0;
      this.#suppressed = 0;
    }
    if (this.#logged >= this.#burst) {
      this.#suppressed++;
      return;
    }
    this.#logged++;
    logger.warn(fields, message);
  }
}
