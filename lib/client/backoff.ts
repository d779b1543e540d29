/**
 * Reconnect schedule: exponential, capped, "equal jitter" (half fixed, half random), so many
 * clients losing one gateway do not come back in lockstep, yet no delay is ever near zero.
 * attempt 0 → [initial/2, initial], attempt n → [d/2, d] with d = min(max, initial·2ⁿ).
 */
export interface BackoffOptions {
  initialDelayMs: number;
  maxDelayMs: number;
}

/** Delay before reconnect attempt `attempt` (0-based). `random` returns [0, 1). */
export function backoffDelayMs(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const exp = options.initialDelayMs * 2 ** Math.min(attempt, 30);
  const capped = Math.min(options.maxDelayMs, exp);
  return Math.round(capped / 2 + random() * (capped / 2));
}
