/**
 * `macula serve --exec`: a procedure handler that runs a shell command per invocation (args
 * JSON on stdin, stdout is the result), with bounded concurrency, a bounded wait queue, bounded
 * output and a kill on timeout or when the invocation's deadline passes.
 */
import { spawn } from 'node:child_process';
import { MaculaError } from '../../errors/index.js';
import type { InvocationContext, ProcedureHandler } from '../types.js';

export interface ExecOptions {
  command: string;
  /** Commands running at once. @default 8 */
  concurrency: number;
  /** Kill a command running longer than this. @default 30000 */
  timeoutMs: number;
  /** Invocations waiting for a slot; beyond it `too_many_pending_calls`. @default 1000 */
  maxQueued?: number;
  /** Bytes of stdout/stderr kept; more fails the invocation. @default 1 MiB */
  maxOutputBytes?: number;
}

export const DEFAULT_EXEC_CONCURRENCY = 8;
export const DEFAULT_EXEC_TIMEOUT_MS = 30_000;
export const MAX_EXEC_QUEUED = 1_000;
export const MAX_EXEC_OUTPUT_BYTES = 1024 * 1024;
/** Grace between SIGTERM and SIGKILL of a command being stopped. */
const KILL_GRACE_MS = 500;

/** Parse a command's stdout: JSON if it is JSON, else the trimmed text. */
export function parseOutput(stdout: string): unknown {
  const text = stdout.trim();
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function execHandler(options: ExecOptions): ProcedureHandler {
  const maxQueued = options.maxQueued ?? MAX_EXEC_QUEUED;
  const maxOutput = options.maxOutputBytes ?? MAX_EXEC_OUTPUT_BYTES;
  let running = 0;
  const waiting: Array<() => void> = [];
  const acquire = async (): Promise<void> => {
    if (running < options.concurrency) {
      running++;
      return;
    }
    if (waiting.length >= maxQueued) throw new MaculaError('too_many_pending_calls', `${waiting.length} invocations wait for a free command slot`);
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next !== undefined) next();
    else running--;
  };
  return async (args: unknown, ctx: InvocationContext) => {
    await acquire();
    try {
      return await runOnce(options.command, args, ctx, options.timeoutMs, maxOutput);
    } finally {
      release();
    }
  };
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function runOnce(command: string, args: unknown, ctx: InvocationContext, timeoutMs: number, maxOutput: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', command], {
      stdio: ['pipe', 'pipe', 'pipe'],
      // Own process group: a kill reaches the command's children too (sh does not forward it).
      detached: true,
      env: { ...process.env, MACULA_PROCEDURE: ctx.procedure, MACULA_CALLER: ctx.caller },
    });
    let stdout = '';
    let stderr = '';
    let failure: MaculaError | undefined;
    const stop = (why: MaculaError): void => {
      failure ??= why;
      killGroup(child.pid, 'SIGTERM');
      setTimeout(() => killGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS).unref();
    };
    const timer = setTimeout(() => stop(new MaculaError('handler_error', `command timed out after ${timeoutMs} ms`)), timeoutMs);
    const onAbort = (): void => stop(new MaculaError('handler_error', 'invocation deadline passed; command killed'));
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    const collect = (which: 'out' | 'err') => (chunk: Buffer) => {
      if (which === 'out') stdout += chunk.toString();
      else stderr += chunk.toString();
      if (stdout.length + stderr.length > maxOutput) stop(new MaculaError('handler_error', `command wrote more than ${maxOutput} bytes`));
    };
    child.stdout.on('data', collect('out'));
    child.stderr.on('data', collect('err'));
    child.stdin.on('error', () => undefined); // the command may not read its stdin
    child.stdin.end(args === undefined ? '' : JSON.stringify(args));
    child.once('error', (err) => stop(new MaculaError('handler_error', `cannot run command: ${err.message}`, { cause: err })));
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      ctx.signal.removeEventListener('abort', onAbort);
      if (failure !== undefined) return reject(failure);
      if (code !== 0) {
        const why = stderr.trim() || `command exited with ${code ?? signal}`;
        return reject(new MaculaError('handler_error', why, { details: { exitCode: code, signal } }));
      }
      resolve(parseOutput(stdout));
    });
  });
}
