/** Defaults and bounds of lib/cluster (the node's root process, its children and the CLI). */

/** Seed: macula_root is one_for_one with intensity 10 restarts in 5 s. */
export const ROOT_INTENSITY = 10;
export const ROOT_PERIOD_MS = 5_000;
/** Seed: every other supervisor 10 restarts in 60 s. */
export const SUBSYSTEM_INTENSITY = 10;
export const SUBSYSTEM_PERIOD_MS = 60_000;

/** How long an OS child gets from spawn to its Ready message (MACULA_READY_TIMEOUT_MS). */
export const READY_TIMEOUT_MS = 10_000;
/**
 * How long an OS child gets to stop after SIGTERM before SIGKILL while it has not reported its
 * own tree's stop bound (ClusterRoot.stopBoundOf; MACULA_SHUTDOWN_TIMEOUT_MS replaces both).
 */
export const PROCESS_SHUTDOWN_MS = 5_000;
/** Added to an OS child's reported tree stop bound: the time for the process itself to exit. */
export const PROCESS_EXIT_MARGIN_MS = 1_000;
/** After an OS child exits, how long root waits for the rest of its pipe before reporting the exit. */
export const PIPE_DRAIN_MS = 200;
/** How often root checks that its parent (foreman, a shell) is still there. */
export const PARENT_POLL_MS = 250;
/** How long an in-process worker gets to stop. */
export const WORKER_SHUTDOWN_MS = 2_000;
/** Bound on one IPC describe/ping/fault round trip made for the control socket. */
export const CONTROL_IPC_TIMEOUT_MS = 2_000;
/** How long a CLI command waits for root's answer on the control socket. */
export const CONTROL_REQUEST_TIMEOUT_MS = 10_000;
/** Concurrent control-socket connections root serves; more are refused. */
export const MAX_CONTROL_CONNECTIONS = 32;
/** A control connection that sends nothing for this long is closed (a command needs a few ms). */
export const CONTROL_IDLE_TIMEOUT_MS = 5_000;
/** How long `up`/`scale` wait for a service module to load when checking it. */
export const SERVICE_CHECK_TIMEOUT_MS = 10_000;
/** How often `events --follow` checks that the node it follows still answers. */
export const EVENTS_FOLLOW_LIVENESS_MS = 500;
/** Unsent answers one control connection may hold; past it the client is not reading them and is disconnected. */
export const MAX_CONTROL_QUEUED_BYTES = 16 * 1024 * 1024;

/** `<runtimeDir>/events.jsonl` is rotated to `events.jsonl.1` past this size. */
export const MAX_EVENT_LOG_BYTES = 1024 * 1024;
/** `events --follow` polls the file this often. */
export const EVENTS_FOLLOW_POLL_MS = 100;

export const CONTROL_SOCKET_NAME = 'control.sock';
export const CONTROL_SOCKET_MODE = 0o600;
export const EVENT_LOG_NAME = 'events.jsonl';

/** Environment passed from root to each OS child. */
export const NODE_CONFIG_ENV = 'MACULA_NODE_CONFIG';
export const PROCESS_NAME_ENV = 'MACULA_PROCESS_NAME';
/** `1` enables the hidden `fault` command (node and CLI alike). */
export const TEST_FAULTS_ENV = 'MACULA_TEST_FAULTS';
export { FAULT_HOWS, type FaultHow } from '../supervisor/constants.js';
/** What the control socket's fault uses when no --how is given. */
export const DEFAULT_FAULT_HOW = 'timer';

/** CLI exit codes (sysexits.h). */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 64;
export const EXIT_UNAVAILABLE = 69;
export const EXIT_SOFTWARE = 70;
/** EX_TEMPFAIL: a failed start that may pass (a port in use). */
export const EXIT_TEMPFAIL = 75;
export const EXIT_CONFIG = 78;

/** Names of the supervisors and processes of the seed's tree. */
export const ROOT_SUPERVISOR = 'macula_root';
export const ROUTING_SERVER = 'macula_routing_server';
export const BOOTSTRAP_SYSTEM = 'macula_bootstrap_system';
export const GATEWAY_SYSTEM = 'macula_gateway_system';
export const GATEWAY_WORKERS_SUP = 'macula_gateway_workers_sup';
export const PEERS_SUP = 'macula_peers_sup';
export const PEER_SYSTEM = 'macula_peer_system';
/** Root's name on the IPC hub and in events.jsonl `proc`. */
export const ROOT_NAME_IPC = 'root';
/** simple_one_for_one instance ids are `peer<N>`; their IPC names are `peer:<N>`. */
export const PEER_ID_PREFIX = 'peer';
