/**
 * Restart intensity: port of supervisor:add_restart/1 and inPeriod/3. A sliding window of
 * restart timestamps; more than `intensity` restarts within `periodMs` means give up.
 * Bounded: never holds more than `intensity + 1` timestamps.
 */
export class RestartIntensity {
  private stamps: number[] = [];

  constructor(
    private readonly intensity: number,
    private readonly periodMs: number,
  ) {}

  /** Record a restart at `now`; false when the supervisor must give up. */
  add(now: number = Date.now()): boolean {
    this.stamps = this.stamps.filter((t) => now - t < this.periodMs);
    this.stamps.push(now);
    if (this.stamps.length > this.intensity + 1) this.stamps.shift();
    return this.stamps.length <= this.intensity;
  }

  /** Restarts currently inside the window. */
  get count(): number {
    return this.stamps.length;
  }
}
