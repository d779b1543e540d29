/**
 * Adaptive per-RPC timeouts (MESH §5): multiplier × smoothed RTT, clamped to [min, max]. The RTT
 * is the contact's own when the table has timed its answers, else the node-wide smoothed RTT of
 * every answer (RFC 6298 smoothing, weight 1/8), else the initial timeout before any answer.
 * Each consecutive failure of a contact doubles its timeout (RFC 6298 §5.5 backoff, up to 16×
 * the clamped base, capped at max), so a contact that got slower is waited for longer instead of never answering
 * in time; its next answer resets the count (the table does) and feeds its new RTT.
 */
import {
  DEFAULT_INITIAL_RPC_TIMEOUT_MS, DEFAULT_RPC_TIMEOUT_MAX_MS, DEFAULT_RPC_TIMEOUT_MIN_MS, DEFAULT_RPC_TIMEOUT_RTT_MULTIPLIER, RTT_SMOOTHING,
} from './constants.js';

export interface RpcTimeoutOptions {
  /** @default DEFAULT_RPC_TIMEOUT_RTT_MULTIPLIER (3) */
  multiplier?: number;
  /** @default DEFAULT_RPC_TIMEOUT_MIN_MS (250) */
  minMs?: number;
  /** @default DEFAULT_RPC_TIMEOUT_MAX_MS (5,000) */
  maxMs?: number;
  /** @default DEFAULT_INITIAL_RPC_TIMEOUT_MS (1,000) */
  initialMs?: number;
}

/** What is known of one contact: its smoothed RTT and consecutive failures. */
export interface ContactTiming {
  rttMs: number | undefined;
  failures: number;
}

const MAX_BACKOFF_EXPONENT = 4;

export class RpcTimeouts {
  readonly multiplier: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly initialMs: number;
  #srttMs: number | undefined;

  constructor(options: RpcTimeoutOptions = {}) {
    this.multiplier = options.multiplier ?? DEFAULT_RPC_TIMEOUT_RTT_MULTIPLIER;
    this.minMs = options.minMs ?? DEFAULT_RPC_TIMEOUT_MIN_MS;
    this.maxMs = options.maxMs ?? DEFAULT_RPC_TIMEOUT_MAX_MS;
    this.initialMs = options.initialMs ?? DEFAULT_INITIAL_RPC_TIMEOUT_MS;
  }

  /** Node-wide smoothed RTT (undefined before the first answer). */
  get srttMs(): number | undefined {
    return this.#srttMs;
  }

  /** An answer took rttMs. */
  sample(rttMs: number): void {
    this.#srttMs = this.#srttMs === undefined ? rttMs : this.#srttMs + (rttMs - this.#srttMs) * RTT_SMOOTHING;
  }

  /** Timeout for the next RPC to a contact (timing undefined: not a member). */
  timeoutMs(timing: ContactTiming | undefined): number {
    const rtt = timing?.rttMs ?? this.#srttMs;
    const base = rtt === undefined ? this.initialMs : this.multiplier * rtt;
    // back off from the clamped base, so even a contact timed out at the floor doubles up to the ceiling
    const backoff = 2 ** Math.min(timing?.failures ?? 0, MAX_BACKOFF_EXPONENT);
    return Math.min(this.maxMs, Math.max(this.minMs, base) * backoff);
  }
}
