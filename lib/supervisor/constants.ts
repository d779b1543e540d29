/**
 * Defaults of lib/supervisor, the OTP ones (supervisor.erl: intensity 1, period 5 s,
 * shutdown 5000 ms for workers and infinity for supervisors).
 */
import type { Shutdown } from './types.js';

/** Max restarts within the period before a supervisor gives up. */
export const DEFAULT_INTENSITY = 1;
/** Sliding window of the restart intensity. */
export const DEFAULT_PERIOD_MS = 5_000;
/** How long a worker gets to stop politely before it is killed. */
export const DEFAULT_WORKER_SHUTDOWN_MS = 5_000;
/** A supervisor child is given all the time it needs to stop its own children. */
export const DEFAULT_SUPERVISOR_SHUTDOWN: Shutdown = 'infinity';
/** Bound on the children of one supervisor (dynamic simple_one_for_one instances and added specs). */
export const DEFAULT_MAX_CHILDREN = 10_000;
/** How long an OS-process child gets to report ready when the caller gives no bound. */
export const DEFAULT_READY_TIMEOUT_MS = 10_000;

/**
 * How long a dying worker (crashed or killed) gets to release what it holds (Worker.kill) before
 * its exit is reported anyway.
 */
export const RELEASE_TIMEOUT_MS = 1_000;

/**
 * The exit reason of a supervisor that gave up after too many restarts: `shutdown`, as OTP's
 * supervisor:add_restart/1 → {shutdown, State} → terminate. The `max_restart_intensity` report
 * (OTP's supervisor_report with reached_max_restart_intensity) is emitted separately, before it.
 * So a `transient` parent spec does not restart it; a `permanent` one does.
 */
export const MAX_RESTART_INTENSITY_REASON = 'shutdown';
/** The report (event `max_restart_intensity`) names this as its reason (OTP's errorContext). */
export const MAX_RESTART_INTENSITY_REPORT = 'reached_max_restart_intensity';
/** How an injected fault throws inside its worker (WorkerRegistry.crash). */
export type FaultHow = 'throw' | 'timer' | 'reject';
export const FAULT_HOWS: readonly FaultHow[] = ['throw', 'timer', 'reject'];

/** Prefix of the exit reason of a supervisor whose initial start failed. */
export const FAILED_TO_START_CHILD_REASON = 'failed_to_start_child';
