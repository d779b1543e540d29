/**
 * The lifecycle contract every broker component follows (CONVENTIONS "Lifecycle"): idempotent
 * start()/stop(), one shared promise per transition, a failed start undoes itself, and a stopped
 * component may start again (a supervisor restart reuses it; its state is rebuilt in onStart).
 * 'crash' (MaculaError) is emitted when the component fails on its own after starting; the
 * worker that wraps it turns that into ctx.exit().
 */
import { EventEmitter } from 'node:events';
import { MaculaError } from '../errors/index.js';

export type LifecycleState = 'stopped' | 'starting' | 'running' | 'stopping';

export abstract class Lifecycle extends EventEmitter {
  #state: LifecycleState = 'stopped';
  #starting: Promise<void> | undefined;
  #stopping: Promise<void> | undefined;

  get state(): LifecycleState {
    return this.#state;
  }

  get running(): boolean {
    return this.#state === 'running';
  }

  start(): Promise<void> {
    if (this.#state === 'running') return Promise.resolve();
    if (this.#state === 'starting') return this.#starting!;
    if (this.#state === 'stopping') return this.#stopping!.then(() => this.start());
    this.#state = 'starting';
    this.#starting = (async () => {
      try {
        await this.onStart();
        this.#state = 'running';
      } catch (err) {
        await Promise.resolve(this.onStop()).catch(() => undefined);
        this.#state = 'stopped';
        throw MaculaError.wrap(err, 'start_failed');
      }
    })();
    return this.#starting;
  }

  stop(): Promise<void> {
    if (this.#stopping !== undefined) return this.#stopping;
    if (this.#state === 'stopped') return Promise.resolve();
    this.#stopping = (async () => {
      if (this.#state === 'starting') await this.#starting!.catch(() => undefined);
      if (this.#state !== 'running') return;
      this.#state = 'stopping';
      try {
        await this.onStop();
      } finally {
        this.#state = 'stopped';
      }
    })().finally(() => (this.#stopping = undefined));
    return this.#stopping;
  }

  /** Report a failure after start (the wrapping worker exits with it). */
  protected crash(err: unknown): void {
    const e = MaculaError.wrap(err);
    if (this.listenerCount('crash') > 0) this.emit('crash', e);
  }

  protected abstract onStart(): Promise<void> | void;
  protected abstract onStop(): Promise<void> | void;
}
