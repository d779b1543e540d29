/**
 * A graceful close in progress (issue 7 item 6, issue 15): no polling. The connection asks
 * `drained()`-style questions itself after every service pass (each ACK causes one); this object
 * only holds the two timers that bound the wait: the deadline (closeTimeoutMs after the close
 * began) and the silence timer, armed for the moment the peer will have answered nothing for
 * closeSilenceMs (re-armed when it answered meanwhile). Either one forces the close.
 */

/** What the close watches on its connection. */
export interface SilenceSource {
  /** performance.now() since which the peer owes an answer; undefined while nothing is outstanding. */
  readonly awaitingSinceMs: number | undefined;
}

export class GracefulClose {
  private readonly deadline: NodeJS.Timeout;
  private silenceTimer: NodeJS.Timeout | undefined;
  private done = false;

  constructor(
    readonly code: number,
    readonly reason: string,
    private readonly source: SilenceSource,
    timeoutMs: number,
    private readonly silenceMs: number,
    /** Called once when a bound is reached. */
    private readonly force: (why: 'deadline' | 'silent') => void,
  ) {
    this.deadline = setTimeout(() => this.fire('deadline'), timeoutMs);
    this.watchSilence();
  }

  /** The peer owes an answer now (or still): make sure the silence timer will look. */
  watchSilence(): void {
    const since = this.source.awaitingSinceMs;
    if (this.done || this.silenceTimer !== undefined || since === undefined) return;
    const wait = Math.max(0, since + this.silenceMs - performance.now());
    this.silenceTimer = setTimeout(this.onSilenceTimer, Math.ceil(wait));
  }

  /** The close completed (or the connection is gone): stop both timers. */
  cancel(): void {
    this.done = true;
    clearTimeout(this.deadline);
    if (this.silenceTimer !== undefined) clearTimeout(this.silenceTimer);
    this.silenceTimer = undefined;
  }

  private readonly onSilenceTimer = (): void => {
    this.silenceTimer = undefined;
    const since = this.source.awaitingSinceMs;
    if (since !== undefined && performance.now() - since >= this.silenceMs) this.fire('silent');
    else this.watchSilence();
  };

  private fire(why: 'deadline' | 'silent'): void {
    if (this.done) return;
    this.cancel();
    this.force(why);
  }
}
