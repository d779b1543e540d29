/**
 * The processes of the messaging bench: client workers (dist/bench/fixtures/messagingWorker.js,
 * forked with IPC, plain node), each tracked so that everything this bench started is killed in
 * its finally even on failure. With a profile directory, every process runs with --cpu-prof.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkerConfig } from '../../fixtures/messagingWorker.js';
import { REPO_ROOT, sleep } from '../node.js';

export const DIST = join(REPO_ROOT, 'dist', 'bench', 'fixtures');
export const WORKER = join(DIST, 'messagingWorker.js');
export const BROKER = join(DIST, 'brokerProcess.js');
export const READY_TIMEOUT_MS = 30_000;
/** A worker that does not exit this long after its parent let go is killed. */
const STOP_TIMEOUT_MS = 5000;

/** Set by the bench when it profiles (MESSAGING_PROFILE=<dir>). */
export const profiling: { dir: string | undefined } = { dir: undefined };

/** Every process this bench started, killed in finally even on failure. */
const procs = new Set<ChildProcess>();

export function track(p: ChildProcess): ChildProcess {
  procs.add(p);
  p.once('exit', () => procs.delete(p));
  return p;
}

export function killAll(): void {
  for (const p of procs) p.kill('SIGKILL');
}

/** Run a bench's main: every process it started is killed when it ends, and the exit code says how (0, or 1 after printing the error). */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => {
      killAll();
      process.exit(0);
    },
    (err: unknown) => {
      console.error(err);
      killAll();
      process.exit(1);
    },
  );
}

export function profileArgs(name: string): string[] {
  if (profiling.dir === undefined) return [];
  mkdirSync(profiling.dir, { recursive: true });
  return ['--cpu-prof', `--cpu-prof-dir=${profiling.dir}`, `--cpu-prof-name=${name}.${process.hrtime.bigint()}.cpuprofile`];
}

/** One client process: config in argv, commands and answers over IPC, one at a time. */
export class Worker {
  private constructor(
    readonly proc: ChildProcess,
    readonly cfg: WorkerConfig,
  ) {}

  get pid(): number {
    return this.proc.pid!;
  }

  /** Start a worker; one retry if it dies before ready (seen once on this loaded machine, exit 0). */
  static async start(cfg: WorkerConfig, tag: string): Promise<Worker> {
    try {
      return await Worker.startOnce(cfg, tag);
    } catch (err) {
      console.error(`\n  (${(err as Error).message}; retrying once)`);
      return Worker.startOnce(cfg, tag);
    }
  }

  private static startOnce(cfg: WorkerConfig, tag: string): Promise<Worker> {
    const proc = track(fork(WORKER, [JSON.stringify(cfg)], { execArgv: profileArgs(`${cfg.system}-${tag}-${cfg.role}`), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
    const timeoutMs = READY_TIMEOUT_MS + 2000 * (cfg.clients ?? 1);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${cfg.system} ${cfg.role} not ready within ${timeoutMs} ms`)), timeoutMs);
      proc.once('message', (m: { ready?: boolean; error?: string }) => {
        clearTimeout(timer);
        if (m.ready === true) resolve(new Worker(proc, cfg));
        else reject(new Error(`${cfg.system} ${cfg.role}: ${m.error}`));
      });
      proc.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${cfg.system} ${cfg.role} exited with ${code ?? signal} before ready`));
      });
    });
  }

  /** Send a command, wait for its one answer. */
  ask<T>(cmd: object, timeoutMs: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`worker did not answer ${JSON.stringify(cmd)} within ${timeoutMs} ms`)), timeoutMs);
      this.proc.once('message', (m: T & { error?: string }) => {
        clearTimeout(timer);
        if (m.error !== undefined) reject(new Error(m.error));
        else resolve(m);
      });
      this.proc.send(cmd);
    });
  }

  tell(cmd: object): void {
    this.proc.send(cmd);
  }

  /** Disconnect (the worker exits, writing its profile), SIGKILL if it lingers. */
  async stop(): Promise<void> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    const exited = new Promise<void>((r) => this.proc.once('exit', () => r()));
    if (this.proc.connected) this.proc.disconnect();
    if (!(await Promise.race([exited.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]))) this.proc.kill('SIGKILL');
  }
}

export const stopAll = (ws: Worker[]): Promise<unknown> => Promise.all(ws.map((w) => w.stop()));

/** Start `count` workers of one kind, a few at a time (each generates keys and connects: CPU-heavy). */
export async function startMany(cfgs: WorkerConfig[], tag: string, into: Worker[]): Promise<Worker[]> {
  const out: Worker[] = [];
  const PARALLEL = 4;
  for (let i = 0; i < cfgs.length; i += PARALLEL) {
    const batch = await Promise.all(cfgs.slice(i, i + PARALLEL).map((c) => Worker.start(c, tag)));
    out.push(...batch);
    into.push(...batch);
  }
  return out;
}
