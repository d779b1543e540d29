/** lib/supervisor: one OTP-style supervisor for workers, nested supervisors and OS processes. */
export * from './types.js';
export * from './constants.js';
export { Supervisor, type SupervisorOptions, type StartedChild } from './Supervisor.js';
export { RestartIntensity } from './RestartIntensity.js';
export { shutdownChild, shutdownAll } from './shutdown.js';
export { BaseWorker, workerChild, startWorker, type WorkerChildOptions } from './workerChild.js';
export { supervisorChild, type SupervisorChildOptions } from './supervisorChild.js';
export { processChild, startProcess, ipcChannel, type SpawnedProcess, type ProcessChildOptions } from './processChild.js';
