/**
 * Finding a new session after the old one was lost: attempts on a jittered exponential backoff
 * (backoff.ts), the first one at once when the gateway said it is restarting (Goodbye `shutdown`)
 * or a restarted gateway answered with a stateless reset (issue 8 items 2 and d: it is back, or
 * about to be). Attempts overlap: a new one starts at each delay while earlier handshakes are
 * still pending (at most `parallelAttempts`), because a handshake whose first packet reached a
 * gateway that was not listening yet waits for QUIC's retransmission (~1 s, then 2 s, …), far
 * longer than the gateway takes to come back. The first session wins; later ones are closed.
 * The attempt count and the backoff are reset only by reset(), which the client calls once the
 * restore on the new session completed, so a gateway that accepts and then fails every restore
 * is retried ever more slowly, not in a loop.
 */
import { MaculaError } from '../errors/index.js';
import { backoffDelayMs } from './backoff.js';
import type { Session } from './Session.js';

export interface ReconnectPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
  /** Attempts since the last completed restore before giving up. */
  maxAttempts: number;
  /** Handshakes pending at once. */
  parallelAttempts: number;
}

/** What the reconnector needs from its client. */
export interface ReconnectHost {
  /** One attempt: a QUIC connection and the Connect/Connected handshake. */
  open(): Promise<Session>;
  /** An attempt was scheduled (the client's 'reconnecting' event). */
  scheduled(info: { attempt: number; delayMs: number; error: MaculaError }): void;
  /** An attempt succeeded: the client adopts the session. */
  connected(session: Session): void;
  /** maxAttempts attempts failed: the client closes. */
  gaveUp(error: MaculaError, attempts: number): void;
}

export class Reconnector {
  /** Attempts started since the last reset(). */
  #attempts = 0;
  /** Backoff step: the immediate attempt does not advance it. */
  #step = 0;
  #pending = 0;
  #timer: NodeJS.Timeout | undefined;
  /** The scheduled attempt advanced the backoff step (an immediate one does not). */
  #timerStepped = false;
  /** Looking for a session. */
  #active = false;
  #lastError = new MaculaError('connection_closed', 'connection lost');

  constructor(
    private readonly policy: ReconnectPolicy,
    private readonly host: ReconnectHost,
  ) {}

  /** Attempts started since the last completed restore. */
  get attempts(): number {
    return this.#attempts;
  }

  /**
   * The session was lost with `error`: look for a new one. With `immediate` (the gateway is
   * restarting) the first attempt goes out at once — unless the lost session never completed its
   * restore, so a gateway that keeps saying goodbye cannot make the client spin.
   */
  begin(error: MaculaError, immediate: boolean): void {
    this.#active = true;
    this.#lastError = error;
    this.#schedule(immediate && this.#attempts === 0);
  }

  /** The restore on the new session completed: the next loss starts from the first delay. */
  reset(): void {
    this.#attempts = 0;
    this.#step = 0;
  }

  /**
   * Stop looking (a session won, or the client closes); sessions still opening are closed when
   * they arrive. An attempt scheduled but not started is taken back: it counts for nothing.
   */
  stop(): void {
    this.#active = false;
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#attempts--;
    if (this.#timerStepped) this.#step--;
  }

  #schedule(immediate: boolean): void {
    if (!this.#active || this.#timer !== undefined) return;
    if (this.#attempts >= this.policy.maxAttempts) {
      if (this.#pending === 0) {
        this.#active = false;
        this.host.gaveUp(this.#lastError, this.#attempts);
      }
      return;
    }
    const delayMs = immediate ? 0 : backoffDelayMs(this.#step++, this.policy);
    this.#timerStepped = !immediate;
    this.#attempts++;
    this.host.scheduled({ attempt: this.#attempts, delayMs, error: this.#lastError });
    this.#timer = setTimeout(() => this.#attempt(), delayMs);
  }

  #attempt(): void {
    this.#timer = undefined;
    if (!this.#active) return;
    this.#pending++;
    if (this.#pending < this.policy.parallelAttempts) this.#schedule(false);
    this.host.open().then(
      (session) => {
        this.#pending--;
        if (!this.#active) {
          void session.close('another attempt won');
          return;
        }
        this.stop();
        this.host.connected(session);
      },
      (err: unknown) => {
        this.#pending--;
        if (!this.#active) return;
        this.#lastError = MaculaError.wrap(err, 'transport_error');
        if (this.#pending < this.policy.parallelAttempts) this.#schedule(false);
      },
    );
  }
}
