/**
 * The node's desired peers and the one place that makes macula_peers_sup match them.
 *
 * macula_peers_sup is simple_one_for_one: as in OTP, a restarted incarnation starts with no
 * children. Its children here are the node's configured service instances and `--peers`, plus
 * whatever `scale` set since, so losing them with the supervisor would silently lose services.
 * One desired-state record (key → instances; `''` = bare peers) is set from the config and
 * updated by `scale`; on every start of macula_peers_sup the reconciler converges that
 * incarnation to it (new peer numbers: they are never reused), and the node is not ready until it
 * has (ClusterRoot.isUp → the gateway's /ready).
 *
 * Every change of the peer set (a reconcile, a scale) runs through one queue, so a `scale`
 * during a reconcile cannot overshoot. A peer that exits for good under its restart type
 * (`temporary`, or `transient` ending normally) lowers its count: it is not brought back later.
 */
import { MaculaError } from '../errors/index.js';
import type { Supervisor } from '../supervisor/Supervisor.js';
import { PEER_ID_PREFIX } from './constants.js';

/** The desired-state key of bare peers (services are keyed by their name, never empty). */
export const BARE_PEERS = '';

export interface PeerReconcilerDeps {
  /** The current incarnation of macula_peers_sup (undefined before the first start). */
  sup(): Supervisor | undefined;
  /** Start one peer under `sup` running `service` ('' = bare); resolves with its id. */
  startPeer(sup: Supervisor, service: string): Promise<string>;
  /** The key ('' or a service name) of a peer id. */
  keyOf(id: string): string;
  /** A peer id stopped for good (scale down, or an exit its restart type does not restart). */
  forget(id: string): void;
  /** Readiness may have changed (a reconcile began or completed). */
  changed(): void;
  /** A reconcile of a *restarted* incarnation failed: it cannot have its peers (the first one's failure is run()'s). */
  failed(sup: Supervisor, error: MaculaError): void;
}

export interface PeerChanges {
  started: string[];
  stopped: string[];
}

function peerNumber(id: string): number {
  return Number(id.slice(PEER_ID_PREFIX.length));
}

export class PeerReconciler {
  /** key ('' = bare peers, else a service name) → instances wanted, in start order of the keys. */
  readonly desired = new Map<string, number>();
  private queue: Promise<unknown> = Promise.resolve();
  private settledFor?: Supervisor;
  private first?: Promise<void>;

  constructor(
    private readonly deps: PeerReconcilerDeps,
    initial: Iterable<[string, number]>,
  ) {
    for (const [key, count] of initial) this.desired.set(key, count);
  }

  /** True once the current incarnation of macula_peers_sup runs every desired peer it was asked for. */
  get settled(): boolean {
    const sup = this.deps.sup();
    return sup !== undefined && this.settledFor === sup && sup.describe().state === 'running';
  }

  /** A new incarnation of macula_peers_sup started: converge it (in the queue). */
  started(sup: Supervisor): void {
    this.settledFor = undefined;
    this.deps.changed();
    const isFirst = this.first === undefined;
    const done = this.enqueue(() => this.converge(sup)).then(
      () => {
        if (this.deps.sup() === sup) this.settledFor = sup;
        this.deps.changed();
      },
      (err: unknown) => {
        // superseded (killed again meanwhile): the next incarnation's own reconcile takes over
        if (this.deps.sup() !== sup || sup.describe().state !== 'running') return;
        const error = MaculaError.wrap(err, 'start_failed');
        if (isFirst) throw error;
        this.deps.failed(sup, error);
      },
    );
    if (isFirst) this.first = done;
  }

  /** Resolves once the first incarnation has its peers; rejects with why it cannot (a failed start). */
  whenFirstSettled(): Promise<void> {
    return this.first ?? Promise.reject(new MaculaError('not_running', 'macula_peers_sup has not started'));
  }

  /**
   * `scale key=count`: record it and converge that key now. On failure the record is set back to
   * what actually runs, so a failed scale is not retried by every later restart.
   */
  scale(key: string, count: number): Promise<PeerChanges> {
    return this.enqueue(async () => {
      const sup = this.runningSup();
      this.desired.set(key, count);
      try {
        return await this.convergeKey(sup, key);
      } catch (err) {
        this.desired.set(key, this.live(sup, key).length);
        throw err;
      }
    });
  }

  /** Peer ids of `key` under `sup`, lowest number first. */
  live(sup: Supervisor, key: string): string[] {
    return sup
      .whichChildren()
      .map((c) => c.id)
      .filter((id) => this.deps.keyOf(id) === key)
      .sort((a, b) => peerNumber(a) - peerNumber(b));
  }

  /** A peer exited and its restart type keeps it down: it is no longer wanted. */
  exitedForGood(id: string): void {
    const key = this.deps.keyOf(id);
    const want = this.desired.get(key);
    if (want !== undefined && want > 0) this.desired.set(key, want - 1);
    this.deps.forget(id);
  }

  private async converge(sup: Supervisor): Promise<void> {
    for (const key of this.desired.keys()) await this.convergeKey(sup, key);
  }

  /** Start or stop peers of one key under `sup` until their count is the desired one. */
  private async convergeKey(sup: Supervisor, key: string): Promise<PeerChanges> {
    const want = this.desired.get(key) ?? 0;
    const current = this.live(this.runningSup(sup), key);
    const started: string[] = [];
    const stopped: string[] = [];
    for (let n = current.length; n < want; n++) started.push(await this.deps.startPeer(this.runningSup(sup), key));
    for (const id of current.slice(want).reverse()) {
      await this.runningSup(sup).terminateChild(id);
      this.deps.forget(id);
      stopped.push(id);
    }
    return { started, stopped };
  }

  /** `sup` (default: the current incarnation), if it is the current one and running; else process_unavailable. */
  private runningSup(sup = this.deps.sup()): Supervisor {
    if (sup === undefined || sup !== this.deps.sup() || sup.describe().state !== 'running') {
      throw new MaculaError('process_unavailable', 'macula_peers_sup is not running (restarting)');
    }
    return sup;
  }

  private enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
