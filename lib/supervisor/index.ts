/**
 * lib/supervisor: one OTP-style supervisor (port of Erlang/OTP `supervisor`) for in-process
 * workers, nested supervisors and OS processes.
 *
 * A supervisor's own `exited` reason: `shutdown` after stop(), and also when it gave up after too
 * many restarts (as OTP; the `max_restart_intensity` report is filed first, so a `transient`
 * parent spec does not restart it and a `permanent` one does); `killed` after kill();
 * `failed_to_start_child: <id>` when start() failed.
 *
 * Every worker incarnation is a fault domain (FaultBoundary): a bug in its own code is its crash.
 */
export * from './types.js';
export * from './constants.js';
export { Supervisor, type SupervisorOptions, type StartedChild } from './Supervisor.js';
export { RestartIntensity, monotonicNow, type MonotonicClock } from './RestartIntensity.js';
export { FaultBoundary, crashReason, installProcessFaultHandlers, isExpectedError, type ProcessFaultHooks } from './FaultBoundary.js';
export { shutdownChild, shutdownAll } from './shutdown.js';
export { childStopBoundMs, treeStopBoundMs } from './stopBound.js';
export { BaseWorker, workerChild, startWorker, type WorkerChildOptions } from './workerChild.js';
export { supervisorChild, type SupervisorChildOptions } from './supervisorChild.js';
export { WorkerRegistry, InjectedFault, INJECTED_CRASH_REASON } from './WorkerRegistry.js';
export { processChild, startProcess, ipcChannel, type SpawnedProcess, type ProcessChildOptions } from './processChild.js';
