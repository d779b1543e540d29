/**
 * OS processes as supervised children (one Node process per Macula subsystem). Spawns
 * `process.execPath file ...args` with execa; fd 3 is a duplex pipe left to the IPC layer.
 * start_link semantics: `ready(proc)` resolving is the {ok, Pid}; no ready within
 * `readyTimeoutMs`, an early exit or a rejected `ready` is a failed start (the process is
 * SIGKILLed first). Completion of a stop is the `exit` event, never a polite reply.
 *
 * Exit reasons: `normal` (code 0), `shutdown` (exited after our SIGTERM/politeStop with code 0
 * or by SIGTERM itself), `killed` (after our SIGKILL), `exit_code: N`, `signal: SIGXXX`.
 */
import type { ChildProcess } from 'node:child_process';
import type { Duplex } from 'node:stream';
import { execa } from 'execa';
import { MaculaError } from '../errors/index.js';
import { DEFAULT_READY_TIMEOUT_MS, DEFAULT_WORKER_SHUTDOWN_MS } from './constants.js';
import type { ChildHandle, ChildSpec, ExitReason, RestartType, Shutdown } from './types.js';

/** The spawned process as the IPC layer sees it: a Node ChildProcess with fd 3 a duplex pipe. */
export type SpawnedProcess = ChildProcess;

/** fd 3 of a spawned child: the duplex pipe the IPC layer speaks over. */
export function ipcChannel(proc: SpawnedProcess): Duplex {
  const ch = proc.stdio[3];
  if (!ch) throw new MaculaError('process_unavailable', `process ${proc.pid ?? '?'} has no fd 3 pipe`);
  return ch as unknown as Duplex;
}

export interface ProcessChildOptions {
  id: string;
  /** The compiled JS entry, e.g. appEntry('gateway'). */
  file: string;
  args?: string[];
  /** Extra environment (added to the parent's). */
  env?: Record<string, string>;
  /** Bound on `ready`. @default 10_000 (DEFAULT_READY_TIMEOUT_MS) */
  readyTimeoutMs?: number;
  /** @default 'permanent' */
  restart?: RestartType;
  /** @default 5000 (DEFAULT_WORKER_SHUTDOWN_MS) */
  shutdown?: Shutdown;
  /** Resolve when the child reports it is up (the IPC layer waits for its Ready message). */
  ready: (proc: SpawnedProcess) => Promise<void>;
  /** Called right after spawn, before ready (attach IPC, logs, …). */
  onSpawn?: (proc: SpawnedProcess) => void;
  /** Polite stop; @default SIGTERM. E.g. send an IPC shutdown message instead. */
  politeStop?: (proc: SpawnedProcess) => void;
}

type Last = 'none' | 'term' | 'kill';

function reasonOf(code: number | null, signal: NodeJS.Signals | null, last: Last): ExitReason {
  if (last === 'kill' && signal === 'SIGKILL') return 'killed';
  if (last === 'term' || last === 'kill') {
    if (code === 0 || signal === 'SIGTERM') return 'shutdown';
  }
  if (code === 0) return 'normal';
  if (code !== null) return `exit_code: ${code}`;
  return `signal: ${signal ?? 'unknown'}`;
}

/** Spawn, wait for ready (bounded), and return the monitored handle. */
export async function startProcess(opts: ProcessChildOptions): Promise<ChildHandle> {
  const proc = execa(process.execPath, [opts.file, ...(opts.args ?? [])], {
    stdio: ['ignore', 'inherit', 'inherit', 'pipe'],
    env: opts.env,
    reject: false,
    cleanup: true,
    forceKillAfterDelay: false,
    buffer: false,
  }) as unknown as SpawnedProcess & Promise<unknown>;
  void proc.then(
    () => undefined,
    () => undefined,
  );
  let last: Last = 'none';
  let exitReason: ExitReason | undefined;
  const exited = new Promise<ExitReason>((resolve) => {
    proc.once('exit', (code, signal) => {
      exitReason = reasonOf(code, signal, last);
      resolve(exitReason);
    });
    proc.once('error', (err) => {
      // spawn failure: no 'exit' event follows
      if (proc.pid === undefined) {
        exitReason = `crash: spawn failed: ${err.message}`;
        resolve(exitReason);
      }
    });
  });
  const kill = (): void => {
    if (exitReason !== undefined) return;
    last = 'kill';
    proc.kill('SIGKILL');
  };
  const readyTimeoutMs = opts.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
  try {
    opts.onSpawn?.(proc);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new MaculaError('start_timeout', `${opts.id}: no ready within ${readyTimeoutMs} ms`, { details: { child: opts.id } })),
        readyTimeoutMs,
      );
    });
    const early = exited.then((r) => {
      throw new MaculaError('start_failed', `${opts.id}: exited before ready (${r})`, { details: { child: opts.id, reason: r } });
    });
    try {
      await Promise.race([opts.ready(proc), timeout, early]);
    } finally {
      clearTimeout(timer);
      early.catch(() => undefined);
    }
  } catch (err) {
    kill();
    await exited;
    throw err;
  }
  return {
    pid: proc.pid,
    exited,
    shutdown: () => {
      if (exitReason !== undefined) return;
      if (last === 'none') last = 'term';
      if (opts.politeStop) opts.politeStop(proc);
      else proc.kill('SIGTERM');
    },
    kill,
  };
}

/** A supervised OS process (type worker from the supervisor's point of view). */
export function processChild(opts: ProcessChildOptions): ChildSpec {
  return {
    id: opts.id,
    type: 'worker',
    restart: opts.restart ?? 'permanent',
    shutdown: opts.shutdown ?? DEFAULT_WORKER_SHUTDOWN_MS,
    start: () => startProcess(opts),
  };
}
