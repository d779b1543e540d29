/**
 * The contract of lib/supervisor: a port of Erlang/OTP `supervisor` semantics (REFERENCE §1)
 * for in-process workers, nested supervisors and OS-process children alike.
 * Everything else (cluster, gateway, peers) builds its tree from these types.
 */

import type { FaultBoundary } from './FaultBoundary.js';

export type Strategy = 'one_for_one' | 'rest_for_one' | 'one_for_all' | 'simple_one_for_one';
export type RestartType = 'permanent' | 'transient' | 'temporary';
/** `brutal_kill`: kill at once; number: ms to wait after the polite request; `infinity`: wait forever. */
export type Shutdown = 'brutal_kill' | number | 'infinity';
export type ChildType = 'worker' | 'supervisor';

/**
 * Why a child exited. `normal` and `shutdown` are the OTP "normal" reasons (a `transient` child is
 * not restarted after them). `killed` is a brutal kill. Anything else is abnormal, e.g.
 * `crash: <message>` or `exit_code: 3` / `signal: SIGKILL` for OS processes.
 */
export type ExitReason = string;

export const NORMAL_REASONS: ReadonlySet<string> = new Set(['normal', 'shutdown']);

/**
 * A running child as its supervisor sees it: a monitor (`exited`) plus the two ways to stop it.
 * Completion of a stop is judged by `exited` resolving, never by a polite reply.
 */
export interface ChildHandle {
  /** OS pid when the child is (or owns) a separate OS process. */
  readonly pid?: number;
  /** Resolves exactly once, with the exit reason, when the child is gone. Never rejects. */
  readonly exited: Promise<ExitReason>;
  /** Polite stop: OTP exit(Child, shutdown); SIGTERM or an IPC shutdown for an OS process. */
  shutdown(): void;
  /** Brutal stop: OTP exit(Child, kill); SIGKILL for an OS process. `exited` then resolves `killed`. */
  kill(): void;
  /** Optional live facts for `status` (a nested supervisor returns its children here). */
  describe?(): ChildDescription | Promise<ChildDescription>;
}

export interface ChildSpec {
  /** Unique among siblings; the seed's id, e.g. `macula_gateway_pubsub`. */
  id: string;
  /**
   * Start the child and resolve once it reports it is up (OTP start_link returning {ok, Pid}).
   * Rejecting is a failed start. `extra` is the argument of `startChild` for simple_one_for_one.
   */
  start: (extra?: unknown, ctx?: StartContext) => Promise<ChildHandle>;
  restart: RestartType;
  /** @default 5000 for workers, 'infinity' for supervisors (OTP defaults) */
  shutdown?: Shutdown;
  type: ChildType;
  /**
   * A supervisor child's own bound on stopping its children (its `shutdown` is `infinity`: it is
   * given all the time they need, which is this). See treeStopBoundMs.
   */
  stopBoundMs?: () => number;
}

export interface SupervisorFlags {
  strategy: Strategy;
  /** Max restarts within `periodMs` before the supervisor gives up. @default 1 (OTP) */
  intensity?: number;
  /** Sliding window for `intensity`. @default 5000 (OTP) */
  periodMs?: number;
}

export type SupervisorEventKind =
  | 'supervisor_started'
  | 'supervisor_stopped'
  | 'child_started'
  | 'child_start_failed'
  | 'child_exited'
  | 'child_stopped'
  | 'child_restarting'
  | 'child_restart_failed'
  | 'max_restart_intensity';

/**
 * A progress or supervisor report (OTP's progress/supervisor_report), emitted in the order the
 * supervisor acted. `supervisor` is the full path, e.g. `macula_root/macula_gateway_system`.
 */
export interface SupervisorEvent {
  ts: number;
  kind: SupervisorEventKind;
  supervisor: string;
  child?: string;
  pid?: number;
  reason?: ExitReason;
  /** restart count of this child so far (on restart events) */
  restarts?: number;
}

export type ChildState = 'starting' | 'running' | 'restarting' | 'stopping' | 'stopped';

/** One row of the live tree (OTP which_children/count_children plus what `status` prints). */
export interface ChildDescription {
  id: string;
  type: ChildType;
  state: ChildState;
  pid?: number;
  restarts: number;
  /** epoch ms of the current incarnation's start */
  startedAt?: number;
  strategy?: Strategy;
  /** RSS in bytes, filled in by whoever owns the OS process */
  memory?: number;
  children?: ChildDescription[];
}

/**
 * What a supervisor tells a child it is starting (the TS stand-in for OTP's link to the parent).
 * Optional so a hand-written `start` may ignore it.
 */
export interface StartContext {
  /** The child's id (for simple_one_for_one: the instance id, e.g. `macula_peer_system3`). */
  id: string;
  /** Full path of the supervising supervisor, e.g. `macula_root/macula_gateway_system`. */
  supervisorPath: string;
  /** The supervisor's event sink: a nested supervisor reports into it. */
  emit: (e: SupervisorEvent) => void;
}

/** What an in-process worker gets from its supervisor. */
export interface WorkerContext {
  id: string;
  /** Full path, e.g. `macula_root/macula_gateway_system/macula_gateway_health`. */
  path: string;
  /** This incarnation's fault domain (lib/supervisor/FaultBoundary.ts). */
  boundary: FaultBoundary;
  /**
   * Wrap an entry point the worker registers (listener, timer, callback): a throw or rejection in
   * it crashes this worker (exit reason `crash: <message>`) and goes no further.
   */
  guard<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => void;
  /**
   * The worker died by itself (OTP: the process exited with `reason`), e.g. its connection closed
   * for good. Release your resources first: the supervisor does not call `stop()` after an exit,
   * it only decides whether to restart.
   */
  exit(reason: ExitReason): void;
}

/**
 * An in-process worker (OTP gen_server stand-in), the one start/stop contract of everything a
 * supervisor runs: `start` resolves when it is up (start_link's {ok, Pid}); `stop` is the polite
 * exit(Child, shutdown) (OTP terminate/2); `kill` releases what it holds at once (sockets, ports,
 * timers), as the VM does for a process that dies. A crash releases through `kill` (or `stop`
 * when the worker has no `kill`), bounded by RELEASE_TIMEOUT_MS, before the exit is reported, so
 * a restart finds its port free.
 */
export interface Worker {
  start(ctx: WorkerContext): Promise<void>;
  /** Release everything; the shutdown timeout abandons a stop that never resolves. */
  stop(): Promise<void>;
  /** Release everything now, without goodbyes. */
  kill?(): void | Promise<void>;
}

/** OTP count_children/1. */
export interface ChildCounts {
  specs: number;
  active: number;
  supervisors: number;
  workers: number;
}
