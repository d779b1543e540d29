/**
 * Multi-process test fixture: start a real node (`node dist/apps/cluster/main.js up …`) in a
 * temp data dir, wait for readiness raced against early exit, query it over the control socket
 * or the CLI, and kill everything it ever started (root plus every pid ever seen in status) with
 * an orphan check.
 */
import { execa, type ResultPromise } from 'execa';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { controlRequest, type ControlRequestBody } from '../../lib/cluster/ControlClient.js';
import type { ClusterEvent } from '../../lib/cluster/EventLog.js';
import { appEntry } from '../../lib/cluster/paths.js';
import { descriptionFromWire } from '../../lib/cluster/wire.js';
import type { ChildDescription } from '../../lib/supervisor/index.js';

export const CLI = appEntry('cluster');

export interface Status {
  nodeId: string;
  pid: number;
  ready: boolean;
  health?: string;
  tree: ChildDescription;
}

export interface StartOptions {
  args?: string[];
  env?: Record<string, string>;
  /** MACULA_TEST_FAULTS=1 for node and CLI. @default true */
  faults?: boolean;
  /** @default 15000 */
  readyTimeoutMs?: number;
  /** Reuse a node directory (same identity); @default a new temp dir */
  dir?: string;
  /** Run the node inside this network namespace (`ip netns exec`; test/helpers/netns.ts). */
  netns?: string;
  /** More config-file keys (e.g. a `permissions` section), beside cert_key_bits. */
  config?: Record<string, unknown>;
}

const seenPids = new Set<number>();
const started: TestNode[] = [];

export class TestNode {
  stdout = '';
  stderr = '';
  exit?: { code: number | undefined; signal: string | undefined };
  readonly exited: Promise<{ code: number | undefined; signal: string | undefined }>;
  readonly socket: string;

  constructor(
    readonly dir: string,
    readonly env: Record<string, string>,
    readonly proc: ResultPromise,
  ) {
    this.socket = join(dir, 'data', 'run', 'control.sock');
    proc.stdout?.on('data', (d: Buffer) => (this.stdout += d.toString()));
    proc.stderr?.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exited = proc.then(
      (r) => (this.exit = { code: r.exitCode, signal: r.signal }),
      (r: { exitCode?: number; signal?: string }) => (this.exit = { code: r.exitCode, signal: r.signal }),
    );
    if (proc.pid) seenPids.add(proc.pid);
  }

  get pid(): number {
    return this.proc.pid as number;
  }

  get runtimeDir(): string {
    return join(this.dir, 'data', 'run');
  }

  /** One control-socket round trip (the CLI's own client). */
  control(body: ControlRequestBody, timeoutMs = 5000) {
    return controlRequest(this.socket, body, timeoutMs);
  }

  async status(): Promise<Status> {
    const res = await this.control({ status: {} });
    const s = res.status!;
    const tree = descriptionFromWire(s.tree ?? {});
    rememberPids(tree);
    return { nodeId: s.nodeId ?? '', pid: s.pid ?? 0, ready: s.ready === true, health: s.bound?.health, tree };
  }

  /** Poll status until `predicate` holds; fails early if root exits. */
  async waitFor(predicate: (s: Status) => boolean, timeoutMs = 10_000, what = 'condition'): Promise<Status> {
    const deadline = Date.now() + timeoutMs;
    let last: Status | undefined;
    let lastErr: unknown;
    while (Date.now() < deadline) {
      if (this.exit) throw new Error(`root exited (${JSON.stringify(this.exit)}) while waiting for ${what}\n${this.stderr.slice(-3000)}`);
      try {
        last = await this.status();
        if (predicate(last)) return last;
      } catch (err) {
        lastErr = err;
      }
      await sleep(30);
    }
    throw new Error(`timed out waiting for ${what}; last status ready=${last?.ready} ${String(lastErr ?? '')}`);
  }

  waitReady(timeoutMs = 15_000): Promise<Status> {
    return this.waitFor((s) => s.ready, timeoutMs, 'readiness');
  }

  /** Run the CLI against this node. */
  cli(args: string[], env: Record<string, string> = {}) {
    return execa(process.execPath, [CLI, ...args], { env: { ...this.env, ...env }, reject: false, timeout: 20_000 });
  }

  events(): ClusterEvent[] {
    const path = join(this.runtimeDir, 'events.jsonl');
    if (!existsSync(path)) return [];
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as ClusterEvent);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function rememberPids(node: ChildDescription): void {
  if (node.pid) seenPids.add(node.pid);
  for (const c of node.children ?? []) rememberPids(c);
}

/** A temp dir with a config file that keeps key generation fast. */
export function nodeEnv(faults = true, reuse?: string, config: Record<string, unknown> = {}): { dir: string; env: Record<string, string> } {
  const dir = reuse ?? mkdtempSync(join(tmpdir(), 'macula-it-'));
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ cert_key_bits: 1024, ...config }));
  const env: Record<string, string> = {
    MACULA_DATA_DIR: join(dir, 'data'),
    HEALTH_PORT: '0',
    MACULA_QUIC_PORT: '0',
    HEALTH_HOST: '127.0.0.1',
    MACULA_HEALTH_HOST: '127.0.0.1',
    MACULA_LOG_LEVEL: process.env.MACULA_TEST_LOG_LEVEL ?? 'warn',
    MACULA_SHUTDOWN_TIMEOUT_MS: '3000',
  };
  if (faults) env.MACULA_TEST_FAULTS = '1';
  return { dir, env };
}

/** Start `macula-cluster up` and wait until the whole tree is up (or fail fast if root exits). */
export async function startNode(opts: StartOptions = {}): Promise<TestNode> {
  const { dir, env } = nodeEnv(opts.faults ?? true, opts.dir, opts.config);
  Object.assign(env, opts.env ?? {});
  const argv = [CLI, 'up', '--config', join(dir, 'config.json'), ...(opts.args ?? [])];
  // `ip netns exec` enters the namespace and execs node: the pid is root's own
  const [file, args] = opts.netns === undefined ? [process.execPath, argv] : ['ip', ['netns', 'exec', opts.netns, process.execPath, ...argv]];
  const proc = execa(file, args, {
    env,
    reject: false,
    detached: true,
    buffer: false,
    stdin: 'ignore',
  });
  const node = new TestNode(dir, env, proc);
  started.push(node);
  await node.waitReady(opts.readyTimeoutMs ?? 15_000);
  return node;
}

/** true while the process exists and has not exited (a zombie waiting for init to reap it has exited). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Pids of every process a node ever had, as seen in status (plus root). */
export function seen(): number[] {
  return [...seenPids];
}

/**
 * afterEach: SIGKILL every node started and every pid ever seen, then assert none survives
 * (children must notice root is gone by themselves: we kill root first and wait before killing
 * the rest, so an orphan shows up as a survivor).
 */
export async function killAllAndCheckOrphans(): Promise<number[]> {
  const nodes = started.splice(0);
  for (const n of nodes) if (!n.exit) n.proc.kill('SIGKILL');
  await Promise.all(nodes.map((n) => n.exited));
  const deadline = Date.now() + 1500;
  let alive = [...seenPids].filter(isAlive);
  while (alive.length > 0 && Date.now() < deadline) {
    await sleep(25);
    alive = alive.filter(isAlive);
  }
  for (const pid of alive) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  seenPids.clear();
  for (const n of nodes) rmSync(n.dir, { recursive: true, force: true });
  return alive;
}

/** A row of the tree by its path below macula_root, e.g. `macula_gateway_system/macula_gateway`. */
export function row(tree: ChildDescription, path: string): ChildDescription {
  let node = tree;
  for (const id of path.split('/')) {
    const next = (node.children ?? []).find((c) => c.id === id);
    if (!next) throw new Error(`no ${id} under ${node.id} (have ${(node.children ?? []).map((c) => c.id).join(', ')})`);
    node = next;
  }
  return node;
}

/** Every row as `path → {pid, restarts, startedAt}` for before/after comparisons. */
export function snapshot(tree: ChildDescription): Map<string, { pid?: number; restarts: number; startedAt?: number }> {
  const out = new Map<string, { pid?: number; restarts: number; startedAt?: number }>();
  const walk = (node: ChildDescription, prefix: string): void => {
    for (const c of node.children ?? []) {
      const path = prefix ? `${prefix}/${c.id}` : c.id;
      out.set(path, { pid: c.pid, restarts: c.restarts, startedAt: c.startedAt });
      walk(c, path);
    }
  };
  walk(tree, '');
  return out;
}

/** Paths whose incarnation changed (new startedAt or pid) between two snapshots. */
export function changed(before: ReturnType<typeof snapshot>, after: ReturnType<typeof snapshot>): string[] {
  const out: string[] = [];
  for (const [path, a] of after) {
    const b = before.get(path);
    if (!b || b.startedAt !== a.startedAt || b.pid !== a.pid) out.push(path);
  }
  return out.sort();
}
