/**
 * One supervisor for in-process workers, nested supervisors and OS processes: a port of
 * Erlang/OTP `supervisor` (REFERENCE §1). Every action (start, a child's exit, a restart and its
 * retries, stop, dynamic start/terminate) runs through one internal queue, the stand-in for the
 * supervisor's mailbox, so events come out in the order the supervisor acted and an exit of a
 * child the supervisor is itself stopping is never mistaken for a crash.
 *
 * Ports: supervisor:init_children/2 (start in order, roll back in reverse on failure),
 * supervisor:restart_child/3 + do_restart/3 (restart types), supervisor:restart/2 (strategies),
 * supervisor:add_restart/1 (intensity, see RestartIntensity), try_again_restart (a failed
 * restart is retried through the queue and counts against intensity), supervisor:terminate/2 +
 * terminate_children/2 (reverse-order stop), terminate_dynamic_children/1 (shared timer),
 * which_children/1 and count_children/1.
 */
import { MaculaError } from '../errors/index.js';
import {
  DEFAULT_INTENSITY,
  DEFAULT_MAX_CHILDREN,
  DEFAULT_PERIOD_MS,
  DEFAULT_SUPERVISOR_SHUTDOWN,
  DEFAULT_WORKER_SHUTDOWN_MS,
  FAILED_TO_START_CHILD_REASON,
  MAX_RESTART_INTENSITY_REASON,
} from './constants.js';
import { RestartIntensity } from './RestartIntensity.js';
import { shutdownAll, shutdownChild } from './shutdown.js';
import { treeStopBoundMs } from './stopBound.js';
import {
  NORMAL_REASONS,
  type ChildCounts,
  type ChildDescription,
  type ChildHandle,
  type ChildSpec,
  type ChildState,
  type ExitReason,
  type Shutdown,
  type SupervisorEvent,
  type SupervisorFlags,
} from './types.js';

export interface SupervisorOptions {
  /** Full path, e.g. `macula_root/macula_gateway_system`. */
  name: string;
  flags: SupervisorFlags;
  /** Static children in start order; for simple_one_for_one exactly one template spec. */
  children: ChildSpec[];
  /** Progress and supervisor reports, synchronously, in the order the supervisor acted. */
  onEvent?: (e: SupervisorEvent) => void;
  /** Bound on live children rows; `startChild`/`addChild` beyond it reject with too_many_children.
   * @default 10_000 (DEFAULT_MAX_CHILDREN) */
  maxChildren?: number;
}

/** What `startChild` returns for a dynamic child. */
export interface StartedChild {
  id: string;
  handle: ChildHandle;
}

type Phase = 'idle' | 'starting' | 'running' | 'stopping' | 'terminated';

interface ChildRecord {
  id: string;
  spec: ChildSpec;
  extra?: unknown;
  handle?: ChildHandle;
  state: ChildState;
  restarts: number;
  startedAt?: number;
}

type StartResult = { ok: true; handle: ChildHandle } | { ok: false; error: unknown };

function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export class Supervisor {
  readonly name: string;
  readonly flags: Readonly<Required<SupervisorFlags>>;
  /** Resolves once with this supervisor's own exit reason: `shutdown` after stop(),
   * `shutdown` too when it gave up after too many restarts (OTP; the `max_restart_intensity`
   * report comes first), `killed` after kill(),
   * `failed_to_start_child: <id>` when start() failed. */
  readonly exited: Promise<ExitReason>;

  private readonly specs: readonly ChildSpec[];
  private readonly onEvent?: (e: SupervisorEvent) => void;
  private readonly intensity: RestartIntensity;
  private readonly maxChildren: number;
  private children: ChildRecord[] = [];
  private queue: Promise<void> = Promise.resolve();
  private phase: Phase = 'idle';
  private startPromise?: Promise<void>;
  private stopPromise?: Promise<void>;
  private resolveExited!: (reason: ExitReason) => void;
  private finished = false;
  private killing = false;
  private dynamicCounter = 0;
  private settledPromise: Promise<void> = Promise.resolve();

  constructor(opts: SupervisorOptions) {
    this.name = opts.name;
    this.flags = {
      strategy: opts.flags.strategy,
      intensity: opts.flags.intensity ?? DEFAULT_INTENSITY,
      periodMs: opts.flags.periodMs ?? DEFAULT_PERIOD_MS,
    };
    this.specs = [...opts.children];
    this.onEvent = opts.onEvent;
    this.maxChildren = opts.maxChildren ?? DEFAULT_MAX_CHILDREN;
    this.intensity = new RestartIntensity(this.flags.intensity, this.flags.periodMs);
    this.exited = new Promise((resolve) => (this.resolveExited = resolve));
    this.validate();
  }

  private validate(): void {
    const ids = new Set<string>();
    for (const s of this.specs) {
      if (ids.has(s.id)) {
        throw new MaculaError('invalid_config', `${this.name}: duplicate child id ${s.id}`, { details: { child: s.id } });
      }
      ids.add(s.id);
    }
    if (this.isSimple && this.specs.length !== 1) {
      throw new MaculaError('invalid_config', `${this.name}: simple_one_for_one needs exactly one child spec`);
    }
  }

  private get isSimple(): boolean {
    return this.flags.strategy === 'simple_one_for_one';
  }

  /** Start the children in order, each ready before the next (supervisor:init_children/2). Idempotent. */
  start(): Promise<void> {
    this.startPromise ??= this.enqueue(() => this.doStart());
    return this.startPromise;
  }

  /** Stop the children in reverse start order, then exit with `shutdown`. One shared promise. */
  stop(): Promise<void> {
    this.stopPromise ??= this.enqueue(async () => {
      if (this.phase === 'terminated') return;
      this.phase = 'stopping';
      await this.terminateAll();
      this.finish('shutdown');
    }).then(
      () => this.exited.then(() => undefined),
      () => this.exited.then(() => undefined),
    );
    return this.stopPromise;
  }

  /**
   * Brutal stop (OTP exit(Sup, kill)), bypassing the queue so it works even while an action
   * hangs. As in OTP the supervisor is gone at once: its own stop is reported and `exited`
   * resolves `killed` now (so its parent restarts it at once), while every child is killed at the
   * same moment (its links break) and each child's stop is reported as it completes. `settled`
   * resolves once those children are gone.
   */
  kill(): void {
    if (this.finished || this.killing) return;
    this.killing = true;
    this.phase = 'terminated';
    const live = this.children.filter((c) => c.handle !== undefined);
    const waits = live.map((c) => {
      const h = c.handle as ChildHandle;
      c.state = 'stopping';
      try {
        h.kill();
      } catch {
        // judged by exited
      }
      return h.exited.then((reason) => {
        if (c.handle === h) this.markStopped(c, h, reason);
      });
    });
    this.finish('killed', true);
    this.settledPromise = Promise.all(waits).then(() => undefined);
  }

  /** Resolves once every child of a killed supervisor is gone (immediately otherwise). */
  get settled(): Promise<void> {
    return this.settledPromise;
  }

  /**
   * simple_one_for_one: start a new instance of the template with `extra` (supervisor:start_child/2).
   * Ids are `<spec.id><N>` unless `opts.id` is given.
   */
  startChild(extra?: unknown, opts: { id?: string } = {}): Promise<StartedChild> {
    return this.enqueue(async () => {
      if (!this.isSimple) {
        throw new MaculaError('not_supported', `${this.name}: startChild is for simple_one_for_one; use addChild`);
      }
      this.assertRunning();
      const spec = this.specs[0] as ChildSpec;
      const id = opts.id ?? `${spec.id}${++this.dynamicCounter}`;
      if (this.find(id)) throw new MaculaError('already_registered', `${this.name}: child ${id} exists`, { details: { child: id } });
      const rec: ChildRecord = { id, spec, extra, state: 'starting', restarts: 0 };
      this.children.push(rec);
      return this.startOrThrow(rec);
    });
  }

  /** Static strategies: add a child spec at the end and start it (supervisor:start_child/2 with a spec). */
  addChild(spec: ChildSpec): Promise<StartedChild> {
    return this.enqueue(async () => {
      if (this.isSimple) throw new MaculaError('not_supported', `${this.name}: use startChild for simple_one_for_one`);
      this.assertRunning();
      if (this.find(spec.id)) {
        throw new MaculaError('already_registered', `${this.name}: child ${spec.id} exists`, { details: { child: spec.id } });
      }
      const rec: ChildRecord = { id: spec.id, spec, state: 'starting', restarts: 0 };
      this.children.push(rec);
      return this.startOrThrow(rec);
    });
  }

  /**
   * Stop a child without restarting it (supervisor:terminate_child/2). A dynamic or temporary
   * child is removed; a static one keeps its spec (state `stopped`).
   */
  terminateChild(id: string): Promise<void> {
    return this.enqueue(async () => {
      const rec = this.find(id);
      if (!rec) throw new MaculaError('no_such_process', `${this.name}: no child ${id}`, { details: { child: id } });
      if (rec.handle) await this.terminate(rec);
      if (this.isSimple || rec.spec.restart === 'temporary') this.remove(rec);
    });
  }

  /**
   * Start again a static child that terminateChild stopped, its spec kept (supervisor:restart_child/2).
   * Not a restart: it does not count against intensity and later siblings are left alone.
   */
  restartChild(id: string): Promise<void> {
    return this.enqueue(async () => {
      const rec = this.find(id);
      if (!rec) throw new MaculaError('no_such_process', `${this.name}: no child ${id}`, { details: { child: id } });
      if (rec.handle) throw new MaculaError('already_registered', `${this.name}: child ${id} is running`, { details: { child: id } });
      this.assertPhaseRunning();
      const res = await this.startRecord(rec);
      if (!res.ok) {
        // OTP: {error, Reason}; the spec stays
        rec.state = 'stopped';
        this.emit({ kind: 'child_start_failed', child: rec.id, reason: describeError(res.error) });
        throw new MaculaError('start_failed', `${this.name}: child ${rec.id} failed to start: ${describeError(res.error)}`, { cause: res.error, details: { child: rec.id, supervisor: this.name } });
      }
    });
  }

  /** Remove a stopped static child's spec (supervisor:delete_child/2). */
  deleteChild(id: string): Promise<void> {
    return this.enqueue(async () => {
      const rec = this.find(id);
      if (!rec) throw new MaculaError('no_such_process', `${this.name}: no child ${id}`, { details: { child: id } });
      if (rec.handle) throw new MaculaError('start_failed', `${this.name}: child ${id} is running`, { details: { child: id } });
      this.remove(rec);
    });
  }

  /** How long stop() can take at most, from the child specs (see stopBound.ts). */
  stopBoundMs(): number {
    return treeStopBoundMs(this.flags.strategy, this.specs);
  }

  /** Live rows, in start order (OTP which_children/1 plus what `status` prints). */
  whichChildren(): ChildDescription[] {
    return this.children.map((c) => this.describeChild(c));
  }

  /** OTP count_children/1. */
  countChildren(): ChildCounts {
    const counts: ChildCounts = { specs: this.children.length, active: 0, supervisors: 0, workers: 0 };
    for (const c of this.children) {
      if (c.handle) counts.active++;
      if (c.spec.type === 'supervisor') counts.supervisors++;
      else counts.workers++;
    }
    return counts;
  }

  /** This supervisor as a row of its parent's tree. */
  describe(id: string = this.name.split('/').pop() ?? this.name): ChildDescription {
    const state: ChildState =
      this.phase === 'running' ? 'running' : this.phase === 'terminated' ? 'stopped' : this.phase === 'idle' ? 'starting' : this.phase;
    return { id, type: 'supervisor', state, restarts: 0, strategy: this.flags.strategy, children: this.whichChildren() };
  }

  // ---- actions (always run through the queue) ----

  private enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn);
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async doStart(): Promise<void> {
    if (this.phase !== 'idle') {
      throw new MaculaError('not_running', `${this.name}: cannot start, supervisor already ${this.phase}`);
    }
    this.phase = 'starting';
    if (!this.isSimple) {
      for (const spec of this.specs) {
        const rec: ChildRecord = { id: spec.id, spec, state: 'starting', restarts: 0 };
        this.children.push(rec);
        const res = await this.startRecord(rec);
        if ((this.phase as Phase) === 'terminated') throw new MaculaError('start_failed', `${this.name}: killed while starting`);
        if (!res.ok) {
          this.emit({ kind: 'child_start_failed', child: spec.id, reason: describeError(res.error) });
          this.remove(rec);
          await this.terminateAll();
          this.finish(`${FAILED_TO_START_CHILD_REASON}: ${spec.id}`);
          throw new MaculaError('start_failed', `${this.name}: child ${spec.id} failed to start: ${describeError(res.error)}`, {
            cause: res.error,
            details: { child: spec.id, supervisor: this.name },
          });
        }
      }
    }
    this.phase = 'running';
    this.emit({ kind: 'supervisor_started' });
  }

  private async startOrThrow(rec: ChildRecord): Promise<StartedChild> {
    const res = await this.startRecord(rec);
    if (res.ok) return { id: rec.id, handle: res.handle };
    this.emit({ kind: 'child_start_failed', child: rec.id, reason: describeError(res.error) });
    this.remove(rec);
    throw new MaculaError('start_failed', `${this.name}: child ${rec.id} failed to start: ${describeError(res.error)}`, {
      cause: res.error,
      details: { child: rec.id, supervisor: this.name },
    });
  }

  /** Start one child and monitor it; emits child_started. */
  private async startRecord(rec: ChildRecord, restarting = false): Promise<StartResult> {
    rec.state = restarting ? 'restarting' : 'starting';
    let handle: ChildHandle;
    try {
      handle = await Promise.resolve().then(() =>
        rec.spec.start(rec.extra, { id: rec.id, supervisorPath: this.name, emit: (e) => this.forward(e) }),
      );
    } catch (error) {
      return { ok: false, error };
    }
    if (this.phase === 'terminated') {
      // killed while this start was in flight: the new child goes down with us
      handle.kill();
      rec.state = 'stopped';
      return { ok: false, error: new MaculaError('shutdown', `${this.name}: killed while starting ${rec.id}`) };
    }
    rec.handle = handle;
    rec.state = 'running';
    rec.startedAt = Date.now();
    this.emit({ kind: 'child_started', child: rec.id, pid: handle.pid });
    void handle.exited.then((reason) => {
      if (rec.handle === handle && rec.state === 'running') {
        void this.enqueue(() => this.onChildExit(rec, handle, reason));
      }
    });
    return { ok: true, handle };
  }

  /** A child died by itself (supervisor:restart_child/3 + do_restart/3). */
  private async onChildExit(rec: ChildRecord, handle: ChildHandle, reason: ExitReason): Promise<void> {
    if (this.phase !== 'running' || rec.handle !== handle || rec.state !== 'running') return;
    rec.handle = undefined;
    rec.state = 'stopped';
    this.emit({ kind: 'child_exited', child: rec.id, pid: handle.pid, reason });
    const restart = rec.spec.restart;
    const wanted = restart === 'permanent' || (restart === 'transient' && !NORMAL_REASONS.has(reason));
    if (!wanted) {
      if (restart === 'temporary' || this.isSimple) this.remove(rec);
      return;
    }
    await this.restart(rec, reason);
  }

  /**
   * supervisor:restart/2: count the restart against intensity, then restart per strategy. A
   * failed start is retried later through the queue (OTP try_again_restart).
   */
  private async restart(rec: ChildRecord, reason: ExitReason): Promise<void> {
    if (!this.intensity.add()) {
      await this.escalate(rec, reason);
      return;
    }
    rec.restarts++;
    this.emit({ kind: 'child_restarting', child: rec.id, reason, restarts: rec.restarts });
    const set = this.restartSet(rec);
    for (const other of [...set].reverse()) {
      if (other !== rec && other.handle) await this.terminate(other);
    }
    for (const r of set) {
      if (!this.children.includes(r) || r.handle) continue;
      if (r !== rec && r.spec.restart === 'temporary') continue;
      const res = await this.startRecord(r, true);
      if (this.phase !== 'running') return;
      if (!res.ok) {
        const why = describeError(res.error);
        this.emit({ kind: 'child_restart_failed', child: r.id, reason: why, restarts: r.restarts });
        for (const rest of set.slice(set.indexOf(r))) if (!rest.handle) rest.state = 'restarting';
        // a macrotask hop so a stop request (and I/O) gets in even when start fails synchronously
        setImmediate(() => void this.enqueue(() => this.retryRestart(r, `restart_failed: ${why}`)));
        return;
      }
    }
  }

  private async retryRestart(rec: ChildRecord, reason: ExitReason): Promise<void> {
    if (this.phase !== 'running' || !this.children.includes(rec) || rec.handle) return;
    await this.restart(rec, reason);
  }

  /** Which children a restart of `rec` involves, in start order. */
  private restartSet(rec: ChildRecord): ChildRecord[] {
    switch (this.flags.strategy) {
      case 'rest_for_one':
        return this.children.slice(this.children.indexOf(rec));
      case 'one_for_all':
        return [...this.children];
      default:
        return [rec];
    }
  }

  /**
   * Too many restarts (OTP add_restart → {terminate, State} → {shutdown, State}): file the report,
   * stop every child, and exit with `shutdown`.
   */
  private async escalate(rec: ChildRecord, reason: ExitReason): Promise<void> {
    this.phase = 'stopping';
    this.emit({ kind: 'max_restart_intensity', child: rec.id, reason, restarts: rec.restarts });
    await this.terminateAll();
    this.finish(MAX_RESTART_INTENSITY_REASON);
  }

  /** Stop one live child on the supervisor's own initiative; a temporary one is removed. */
  private async terminate(rec: ChildRecord): Promise<void> {
    const handle = rec.handle as ChildHandle;
    rec.state = 'stopping';
    const reason = await shutdownChild(handle, this.shutdownOf(rec.spec));
    this.markStopped(rec, handle, reason);
  }

  private markStopped(rec: ChildRecord, handle: ChildHandle, reason: ExitReason): void {
    rec.handle = undefined;
    rec.state = 'stopped';
    this.emit({ kind: 'child_stopped', child: rec.id, pid: handle.pid, reason });
    if (rec.spec.restart === 'temporary') this.remove(rec);
  }

  /** supervisor:terminate_children/2 (reverse order) or terminate_dynamic_children/1 (all at once). */
  private async terminateAll(): Promise<void> {
    if (this.isSimple) {
      const live = this.children.filter((c) => c.handle !== undefined);
      const handles = live.map((c) => c.handle as ChildHandle);
      for (const c of live) c.state = 'stopping';
      const reasons = await shutdownAll(handles, this.shutdownOf(this.specs[0] as ChildSpec));
      live.forEach((c, i) => {
        if (c.handle === handles[i]) this.markStopped(c, handles[i] as ChildHandle, reasons[i] ?? 'killed');
      });
      this.children = [];
      return;
    }
    for (const rec of [...this.children].reverse()) {
      if (rec.handle) await this.terminate(rec);
    }
  }

  private finish(reason: ExitReason, fromKill = false): void {
    if (this.finished || (this.killing && !fromKill)) return;
    this.finished = true;
    this.phase = 'terminated';
    this.emit({ kind: 'supervisor_stopped', reason });
    this.resolveExited(reason);
  }

  // ---- helpers ----

  private shutdownOf(spec: ChildSpec): Shutdown {
    return spec.shutdown ?? (spec.type === 'supervisor' ? DEFAULT_SUPERVISOR_SHUTDOWN : DEFAULT_WORKER_SHUTDOWN_MS);
  }

  private assertPhaseRunning(): void {
    if (this.phase !== 'running') {
      throw new MaculaError('not_running', `${this.name}: supervisor is ${this.phase}`);
    }
  }

  /** Guard of startChild/addChild: running, and room for one more child. */
  private assertRunning(): void {
    this.assertPhaseRunning();
    if (this.children.length >= this.maxChildren) {
      throw new MaculaError('too_many_children', `${this.name}: ${this.maxChildren} children already`, {
        details: { supervisor: this.name, maxChildren: this.maxChildren },
      });
    }
  }

  private find(id: string): ChildRecord | undefined {
    return this.children.find((c) => c.id === id);
  }

  private remove(rec: ChildRecord): void {
    const i = this.children.indexOf(rec);
    if (i >= 0) this.children.splice(i, 1);
  }

  private describeChild(c: ChildRecord): ChildDescription {
    const row: ChildDescription = { id: c.id, type: c.spec.type, state: c.state, restarts: c.restarts };
    if (c.handle?.pid !== undefined) row.pid = c.handle.pid;
    if (c.handle && c.startedAt !== undefined) row.startedAt = c.startedAt;
    const live = c.handle?.describe?.();
    if (live && !(live instanceof Promise)) {
      if (live.strategy) row.strategy = live.strategy;
      if (live.children) row.children = live.children;
      if (live.memory !== undefined) row.memory = live.memory;
    }
    return row;
  }

  private emit(e: Omit<SupervisorEvent, 'ts' | 'supervisor'>): void {
    this.forward({ ts: Date.now(), supervisor: this.name, ...e });
  }

  private forward(e: SupervisorEvent): void {
    try {
      this.onEvent?.(e);
    } catch {
      // a throwing listener must not break supervision
    }
  }
}
