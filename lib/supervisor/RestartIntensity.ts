/**
 * Restart intensity: port of supervisor:add_restart/1,3 as of OTP 25. Restart times come from a
 * monotonic clock (OTP: erlang:monotonic_time(1)), so a wall-clock step never forgives or
 * inflates restarts. On each restart the list keeps, newest first, the restarts not older than
 * `period` (`lists:takewhile(fun (R) -> R >= Now - Period end, …)`: the boundary is inclusive),
 * prepends `now`, and the supervisor gives up when the list is longer than `intensity`.
 *
 * One deliberate difference: OTP counts in whole seconds (period is an integer of seconds and
 * timestamps are truncated to seconds); here both are milliseconds, the same rule on a finer
 * grain, so periods below a second (tests) mean what they say. Bounded: never holds more than
 * `intensity + 1` timestamps.
 */

/** Milliseconds from an arbitrary origin that never goes backwards. */
export type MonotonicClock = () => number;

export const monotonicNow: MonotonicClock = () => performance.now();

export class RestartIntensity {
  /** Newest first, as OTP's list. */
  private stamps: number[] = [];

  constructor(
    private readonly intensity: number,
    private readonly periodMs: number,
    private readonly clock: MonotonicClock = monotonicNow,
  ) {}

  /** Record a restart now; false when the supervisor must give up. */
  add(now: number = this.clock()): boolean {
    const threshold = now - this.periodMs;
    let keep = 0;
    while (keep < this.stamps.length && (this.stamps[keep] as number) >= threshold) keep++;
    this.stamps.length = Math.min(keep, this.intensity);
    this.stamps.unshift(now);
    return this.stamps.length <= this.intensity;
  }

  /** Restarts currently remembered (inside the window as of the last add). */
  get count(): number {
    return this.stamps.length;
  }
}
