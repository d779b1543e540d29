/**
 * lib/cluster: a Macula node as a supervised multi-process cluster (seed tree, issue 2).
 *
 * - ClusterRoot: the root OS process (macula_root and macula_peers_sup in-process; routing,
 *   bootstrap, gateway and each peer<N> as OS children running dist/apps/<name>/main.js).
 * - ChildRuntime: the life of an OS child (config from MACULA_NODE_CONFIG, IPC on fd 3, Ready,
 *   forwarded supervisor reports, exit on pipe EOF, SIGTERM → orderly stop, SIGINT ignored).
 * - Control socket (proto/control.proto): `<runtimeDir>/control.sock`, mode 0600, framed like
 *   IPC; requests status, down, scale and (MACULA_TEST_FAULTS=1 only) fault and ping.
 * - events.jsonl: every supervisor report of every process, written by root, rotated past
 *   MAX_EVENT_LOG_BYTES.
 * - cli/: `macula-cluster` (up, down, status, events, scale, version, help; hidden fault).
 */
export { ClusterRoot, type ClusterRootOptions } from './ClusterRoot.js';
export { runChildProcess } from './ChildRuntime.js';
export { ControlServer, socketIsLive } from './ControlServer.js';
export { controlRequest, type ControlRequestBody } from './ControlClient.js';
export { EventLog, formatEvent, type ClusterEvent } from './EventLog.js';
export { IpcHub } from './IpcHub.js';
export { WorkerRegistry, InjectedFault, INJECTED_CRASH_REASON } from '../supervisor/WorkerRegistry.js';
export { processTree } from './processTree.js';
export { appEntry, controlSocketPath, eventLogPath, packageRoot, type AppName } from './paths.js';
export { processNameOf, childIdOf, supervisorPathOf, resolveFaultTarget } from './names.js';
export { runCli, exitCodeOf, type CliIo } from './cli/commands.js';
export * from './constants.js';
export type { ChildConfig, ChildContext, ChildApp, ProcessTree } from './types.js';
