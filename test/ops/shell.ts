/**
 * Run commands the way a user types them: through `sh -c`, with the checkout's bins on PATH as
 * `npm install` leaves them (node_modules/.bin/macula, macula-cluster, which npx also finds).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const BIN_DIR = join(ROOT, 'node_modules', '.bin');

export interface ShellResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function assertInstalled(): void {
  if (!existsSync(join(ROOT, 'dist', 'apps', 'cluster', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  if (!existsSync(join(BIN_DIR, 'macula-cluster'))) throw new Error('node_modules/.bin/macula-cluster is missing: run `npm install` (the package lists itself as a dev dependency for its bins)');
}

/** The environment a command sees; `bins: false` leaves PATH as it is (npx then finds the bins). */
export function shellEnv(env: Record<string, string | undefined> = {}, bins = true): NodeJS.ProcessEnv {
  return { ...process.env, ...(bins ? { PATH: `${BIN_DIR}:${process.env.PATH}` } : {}), ...env };
}

/** `sh -c command` to completion. */
export function sh(command: string, opts: { env?: Record<string, string | undefined>; cwd?: string; timeoutMs?: number; input?: string; bins?: boolean } = {}): ShellResult {
  const r = spawnSync('sh', ['-c', command], { cwd: opts.cwd ?? ROOT, env: shellEnv(opts.env, opts.bins), encoding: 'utf8', timeout: opts.timeoutMs ?? 30_000, input: opts.input });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

export interface Background {
  proc: ChildProcess;
  output: () => string;
  /** Resolves once stdout+stderr contains `text`; rejects when the process exits first or after `ms`. */
  waitFor(text: string, ms?: number): Promise<void>;
  exited: Promise<number | null>;
}

/** `sh -c command` in its own process group (killed as a group by stop()). */
export function background(command: string, opts: { env?: Record<string, string | undefined>; cwd?: string; bins?: boolean } = {}): Background {
  const proc = spawn('sh', ['-c', command], { cwd: opts.cwd ?? ROOT, env: shellEnv(opts.env, opts.bins), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => proc.once('close', (code) => r(code)));
  let done = false;
  void exited.then(() => (done = true));
  const waitFor = async (text: string, ms = 30_000): Promise<void> => {
    const deadline = Date.now() + ms;
    while (!out.includes(text)) {
      if (done) throw new Error(`\`${command}\` exited before printing ${JSON.stringify(text)}:\n${out.slice(-3000)}`);
      if (Date.now() > deadline) throw new Error(`\`${command}\` printed no ${JSON.stringify(text)} within ${ms} ms:\n${out.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { proc, output: () => out, waitFor, exited };
}

/** Signal a background command's whole process group and wait (bounded) for it to end. */
export async function stop(bg: Background, signal: NodeJS.Signals = 'SIGINT', ms = 15_000): Promise<void> {
  if (bg.proc.exitCode !== null || bg.proc.signalCode !== null) return;
  try {
    process.kill(-bg.proc.pid!, signal);
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-bg.proc.pid!, 'SIGKILL');
    } catch {
      // gone
    }
  }, ms);
  await bg.exited;
  clearTimeout(timer);
}

/** sh() without blocking this process (for commands that talk to a server running in it). */
export function shAsync(command: string, opts: { env?: Record<string, string | undefined>; cwd?: string; timeoutMs?: number; input?: string; bins?: boolean } = {}): Promise<ShellResult> {
  return new Promise((resolve) => {
    const proc = spawn('sh', ['-c', command], { cwd: opts.cwd ?? ROOT, env: shellEnv(opts.env, opts.bins), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdin!.on('error', () => undefined);
    proc.stdin!.end(opts.input ?? '');
    const timer = setTimeout(() => proc.kill('SIGKILL'), opts.timeoutMs ?? 30_000);
    proc.once('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
