/**
 * Helpers of the `macula` CLI tests: run the compiled CLI (`node dist/apps/macula/main.js`, built
 * by `npx tsc -p .` / `npm test`) as a real child process against an in-process Broker; every
 * child is SIGKILLed in cleanup and checked gone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/apps/macula/main.js', import.meta.url));
export const DIST_EXAMPLES = fileURLToPath(new URL('../../dist/examples/', import.meta.url));

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  proc: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves when stderr contains `text`; rejects if the process exits first or after `ms`. */
  waitErr(text: string, ms?: number): Promise<void>;
  done: Promise<Run>;
}

const started = new Set<ChildProcess>();

export function assertBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npx tsc -p . first`);
}

/** Start the CLI with `args`; env adds to (not replaces) the test's environment. */
export function start(args: string[], options: { env?: Record<string, string>; stdin?: string } = {}): Running {
  const proc = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
  started.add(proc);
  let out = '';
  let err = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  proc.stdin!.on('error', () => undefined);
  proc.stdin!.end(options.stdin ?? '');
  const done = new Promise<Run>((resolve) => proc.once('close', (code, signal) => resolve({ code, signal, stdout: out, stderr: err })));
  const waitErr = (text: string, ms = 10_000): Promise<void> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "${text}" on stderr within ${ms} ms: ${err}`)), ms);
      const check = (): void => {
        if (err.includes(text)) {
          clearTimeout(timer);
          proc.stderr!.off('data', check);
          resolve();
        }
      };
      proc.stderr!.on('data', check);
      void done.then((r) => {
        clearTimeout(timer);
        if (!err.includes(text)) reject(new Error(`exited (${r.code ?? r.signal}) before "${text}": ${err}`));
      });
      check();
    });
  return { proc, stdout: () => out, stderr: () => err, waitErr, done };
}

/** Run the CLI to completion. */
export function run(args: string[], options: { env?: Record<string, string>; stdin?: string } = {}): Promise<Run> {
  return start(args, options).done;
}

/** SIGKILL whatever is still running and wait for it to be gone. */
export async function killAll(): Promise<void> {
  await Promise.all(
    [...started].map(
      (p) =>
        new Promise<void>((resolve) => {
          if (p.exitCode !== null || p.signalCode !== null) return resolve();
          p.once('close', () => resolve());
          p.kill('SIGKILL');
        }),
    ),
  );
  for (const p of started) {
    if (p.pid === undefined) continue;
    let alive = true;
    try {
      process.kill(p.pid, 0);
    } catch {
      alive = false;
    }
    if (alive) throw new Error(`CLI process ${p.pid} survived cleanup`);
  }
  started.clear();
}
