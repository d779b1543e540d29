/**
 * Why a node failed to start, in one line with its own exit code (documented in `up --help`).
 *
 * A child (gateway, peer) whose start fails sends root a `start_error` (childStartError: the
 * innermost MaculaError with the OS error's errno, syscall, address and port) before it exits;
 * root attaches it as the cause of the supervisor's start failure, and describeStartFailure reads
 * the chain: a port in use (75), a bind address this host lacks or cannot resolve, no permission
 * for the port, an unusable identity, a configuration error (78), anything else (1). Each line
 * names the setting to change: flag, environment variable and config-file key.
 */
import { MaculaError } from '../errors/index.js';
import { EXIT_CONFIG, EXIT_FAILURE, EXIT_TEMPFAIL } from './constants.js';

export interface StartFailure {
  line: string;
  exitCode: number;
}

interface Listener {
  what: string;
  port: string;
  host: string;
}

/** The two listeners of a node and the settings that place them. */
const LISTENERS: Record<'health' | 'quic', Listener> = {
  health: { what: 'health (HTTP, TCP)', port: '--health-port, HEALTH_PORT or health_port', host: '--health-host, MACULA_HEALTH_HOST or health_host' },
  quic: { what: 'QUIC (UDP)', port: '--quic-port, MACULA_QUIC_PORT or quic_port', host: '--quic-host, MACULA_QUIC_HOST or quic_host' },
};

const IDENTITY_SETTINGS = '--cert-path/--key-path, MACULA_CERT_PATH/MACULA_KEY_PATH or cert_path/key_path';

type Errno = Error & { code?: string; syscall?: string; address?: string; port?: number; hostname?: string };

function chain(err: unknown): unknown[] {
  const out: unknown[] = [];
  for (let e: unknown = err; e !== undefined && e !== null && out.length < 32; e = (e as { cause?: unknown }).cause) out.push(e);
  return out;
}

/** Child side: the innermost MaculaError of a failed start, with the OS error's facts in details. */
export function childStartError(err: unknown): MaculaError {
  const links = chain(err);
  const inner = [...links].reverse().find((e): e is MaculaError => e instanceof MaculaError) ?? MaculaError.wrap(err, 'start_failed');
  const os = [...links].reverse().find((e) => typeof (e as Errno)?.code === 'string' && !(e instanceof MaculaError)) as Errno | undefined;
  const worker = [...links].reverse().map((e) => (e instanceof MaculaError ? e.details.child : undefined)).find((c) => typeof c === 'string');
  const details: Record<string, unknown> = { ...inner.details };
  if (worker !== undefined) details.worker = worker;
  if (os !== undefined) {
    details.errno = os.code;
    if (os.syscall !== undefined) details.syscall = os.syscall;
    if (os.address !== undefined) details.address = os.address;
    if (os.port !== undefined) details.port = os.port;
    if (os.hostname !== undefined) details.hostname = os.hostname;
  }
  return new MaculaError(inner.code, inner.message, { details });
}

function listenerOf(details: Record<string, unknown>): Listener {
  const worker = String(details.worker ?? '');
  if (worker.includes('health')) return LISTENERS.health;
  if (worker.includes('quic')) return LISTENERS.quic;
  return details.syscall === 'bind' ? LISTENERS.quic : LISTENERS.health;
}

function fromOsError(details: Record<string, unknown>, message: string): StartFailure | undefined {
  const errno = details.errno;
  if (typeof errno !== 'string') return undefined;
  const l = listenerOf(details);
  const host = String(details.address ?? details.hostname ?? details.host ?? '?');
  const port = details.port ?? '?';
  switch (errno) {
    case 'EADDRINUSE':
      return { exitCode: EXIT_TEMPFAIL, line: `the ${l.what} port ${port} on ${host} is in use (EADDRINUSE): choose a free one with ${l.port} (0 picks any), or stop the process that holds it` };
    case 'EADDRNOTAVAIL':
      return { exitCode: EXIT_CONFIG, line: `this host has no address ${host} for the ${l.what} listener (EADDRNOTAVAIL): set ${l.host} to one of its addresses, or 0.0.0.0 for all of them` };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return { exitCode: EXIT_CONFIG, line: `cannot resolve ${host} for the ${l.what} listener (${errno}): set ${l.host} to an address of this host, or 0.0.0.0` };
    case 'EACCES':
      return { exitCode: EXIT_CONFIG, line: `no permission to bind the ${l.what} port ${port} (EACCES): choose a port from 1024 up with ${l.port}, or grant CAP_NET_BIND_SERVICE` };
    default:
      return { exitCode: EXIT_FAILURE, line: `${message} (${errno})` };
  }
}

/** Root side: one line and an exit code for whatever made the start fail. */
export function describeStartFailure(err: unknown): StartFailure {
  const links = chain(err);
  for (const e of links) {
    if (!(e instanceof MaculaError)) continue;
    if (e.details.errno !== undefined) {
      const os = fromOsError(e.details, e.message);
      if (os !== undefined) return os;
    }
    if (e.code === 'identity_error') {
      return { exitCode: EXIT_CONFIG, line: `${e.message}: point ${IDENTITY_SETTINGS} at readable files, or leave both unset to use (or generate) the identity in the data dir` };
    }
    if (e.code === 'invalid_config' || e.code === 'unknown_config_key') return { exitCode: EXIT_CONFIG, line: e.message };
  }
  const first = links[0];
  return { exitCode: EXIT_FAILURE, line: first instanceof Error ? first.message : String(first) };
}

/**
 * The log level of a supervisor report: starts and orderly stops are debug (a node's start is
 * some twenty of them, which buried the banner), crashes and restarts warn, failures and giving
 * up error, so MACULA_LOG_LEVEL=warn still shows every failure.
 */
export function eventLogLevel(kind: string): 'debug' | 'info' | 'warn' | 'error' {
  return EVENT_LEVELS[kind] ?? 'info';
}

const EVENT_LEVELS: Record<string, 'debug' | 'info' | 'warn' | 'error'> = {
  child_started: 'debug',
  supervisor_started: 'debug',
  child_stopped: 'debug',
  supervisor_stopped: 'debug',
  node_starting: 'info',
  node_stopped: 'info',
  child_exited: 'warn',
  child_restarting: 'warn',
  child_start_failed: 'error',
  child_restart_failed: 'error',
  max_restart_intensity: 'error',
  node_start_failed: 'error',
  node_gave_up: 'error',
};
