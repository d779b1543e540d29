/**
 * Launch a real node (`node bin/macula-cluster.js up`, compiled dist) for benchmarks, talk to it
 * over its control socket (status, fault) and its health port, read process RSS from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { controlRequest } from '../../lib/cluster/ControlClient.js';
import { controlSocketPath } from '../../lib/cluster/paths.js';
import type { macula } from '../../lib/gen/control.js';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const CLUSTER_BIN = join(REPO_ROOT, 'bin', 'macula-cluster.js');

export type Status = macula.control.StatusReply;
export type TreeNode = macula.common.ITreeNode;

export interface StartOptions {
  /** Reuse a data dir (identity already there) instead of a fresh one. */
  dataDir?: string;
  peers?: number;
  extraArgs?: string[];
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  /** Where the node's stdout/stderr go. @default <dataDir>/../node.log */
  logFile?: string;
}

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

export const sleep = (msDelay: number): Promise<void> => new Promise((r) => setTimeout(r, msDelay));

export function newDataDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'macula-bench-')), 'data');
}

/** VmRSS of a pid in bytes (NaN if gone). */
export function rssBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Clock ticks per second of /proc/<pid>/stat utime/stime (getconf CLK_TCK; 100 on Linux). */
const CLOCK_TICKS_PER_S = 100;

/** CPU time (user + system) a pid has used so far, in ms (10 ms resolution; NaN if gone). */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat, i.e. 11 and 12 after the command.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_S;
  } catch {
    return NaN;
  }
}

export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

export async function httpReady(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(500) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

/** Every node of a tree, depth first, with its path. */
export function walk(node: TreeNode, path = ''): Array<{ path: string; node: TreeNode }> {
  const here = path === '' ? node.id ?? '' : `${path}/${node.id}`;
  return [{ path: here, node }, ...(node.children ?? []).flatMap((c) => walk(c, here))];
}

export class BenchNode {
  readonly runtimeDir: string;
  readonly socket: string;
  private exitedFlag = false;
  readonly exited: Promise<number | null>;

  private constructor(readonly proc: ChildProcess, readonly dataDir: string, readonly healthPort: number, readonly logFile: string) {
    this.runtimeDir = join(dataDir, 'run');
    this.socket = controlSocketPath(this.runtimeDir);
    this.exited = new Promise((r) => proc.once('exit', (code) => { this.exitedFlag = true; r(code); }));
  }

  get pid(): number {
    return this.proc.pid!;
  }

  /** Start a node; resolves once /ready answers 200, with the spawn-to-ready time. */
  static async start(options: StartOptions = {}): Promise<{ node: BenchNode; upMs: number }> {
    const dataDir = options.dataDir ?? newDataDir();
    const healthPort = await freePort();
    const logFile = options.logFile ?? join(dataDir, '..', 'node.log');
    const args = [
      CLUSTER_BIN, 'up', '--data-dir', dataDir, '--health-port', String(healthPort), '--health-host', '127.0.0.1',
      '--quic-port', '0', '--quic-host', '127.0.0.1', '--peers', String(options.peers ?? 0), ...(options.extraArgs ?? []),
    ];
    const t0 = performance.now();
    // stdin stays an open pipe: root may treat stdin EOF as "my parent is gone".
    const proc = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, MACULA_TEST_FAULTS: '1', NO_COLOR: '1', ...options.env },
    });
    const log = createWriteStream(logFile, { flags: 'a' });
    proc.stdout!.pipe(log);
    proc.stderr!.pipe(log);
    const node = new BenchNode(proc, dataDir, healthPort, logFile);
    const deadline = Date.now() + (options.readyTimeoutMs ?? 30_000);
    while (!(await httpReady(healthPort))) {
      if (node.exitedFlag) throw new Error(`node exited before ready (log: ${logFile})`);
      if (Date.now() > deadline) {
        await node.stop();
        throw new Error(`node not ready within ${options.readyTimeoutMs ?? 30_000} ms (log: ${logFile})`);
      }
      await sleep(5);
    }
    return { node, upMs: performance.now() - t0 };
  }

  status(timeoutMs = 2000): Promise<Status> {
    return controlRequest(this.socket, { status: {} }, timeoutMs).then((r) => r.status as Status);
  }

  async fault(target: string): Promise<void> {
    await controlRequest(this.socket, { fault: { target } }, 5000);
  }

  /** Pids of root and every OS child, with the tree path of the child that owns each. */
  async processes(): Promise<Array<{ name: string; pid: number }>> {
    const s = await this.status();
    const out = [{ name: 'root', pid: s.pid || this.pid }];
    const seen = new Set([out[0]!.pid]);
    for (const { path, node } of walk(s.tree!)) {
      if (node.pid && !seen.has(node.pid)) {
        seen.add(node.pid);
        out.push({ name: path.split('/').slice(1).join('/'), pid: node.pid });
      }
    }
    return out;
  }

  /** SIGTERM root and wait for it (and, bounded, for every process it had) to be gone. */
  async stop(timeoutMs = 15_000): Promise<void> {
    let pids: number[] = [];
    try {
      pids = (await this.processes()).map((p) => p.pid);
    } catch {
      // not answering: kill what we know
    }
    if (!this.exitedFlag) this.proc.kill('SIGTERM');
    const done = await Promise.race([this.exited.then(() => true), sleep(timeoutMs).then(() => false)]);
    if (!done) this.proc.kill('SIGKILL');
    for (const pid of pids) {
      if (isAlive(pid)) {
        try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
      }
    }
    this.proc.stdin?.destroy();
  }

  removeDataDir(): void {
    rmSync(join(this.dataDir, '..'), { recursive: true, force: true });
  }
}
