/**
 * lib/supervisor: one OTP-style supervisor (port of Erlang/OTP `supervisor`) for in-process
 * workers, nested supervisors and OS processes.
 *
 * A supervisor's own `exited` reason: `shutdown` after stop(); `reached_max_restart_intensity`
 * (MAX_RESTART_INTENSITY_REASON) when it gave up after too many restarts, which a parent treats
 * as abnormal and restarts per its own rules; `killed` after kill(); `failed_to_start_child: <id>`
 * when start() failed.
 */
export * from './types.js';
export * from './constants.js';
export { Supervisor, type SupervisorOptions, type StartedChild } from './Supervisor.js';
export { RestartIntensity } from './RestartIntensity.js';
export { shutdownChild, shutdownAll } from './shutdown.js';
export { BaseWorker, workerChild, startWorker, type WorkerChildOptions } from './workerChild.js';
export { supervisorChild, type SupervisorChildOptions } from './supervisorChild.js';
export { processChild, startProcess, ipcChannel, type SpawnedProcess, type ProcessChildOptions } from './processChild.js';
