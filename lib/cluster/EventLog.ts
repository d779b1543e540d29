/**
 * The node's supervisor reports as JSON lines in `<runtimeDir>/events.jsonl`, written by root
 * only, synchronously and in arrival order (which is the order the supervisors acted: each
 * supervisor emits synchronously and each pipe preserves order). Bounded: past `maxBytes` the
 * file is renamed to `events.jsonl.1` (replacing the previous one) and a new file is started.
 */
import { appendFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SupervisorEvent } from '../supervisor/index.js';
import { MAX_EVENT_LOG_BYTES } from './constants.js';

/** A line of events.jsonl: a SupervisorEvent plus what root adds (`proc`: the reporting OS process). */
export interface ClusterEvent extends Partial<Omit<SupervisorEvent, 'kind'>> {
  ts: number;
  kind: string;
  /** IPC name of the OS process that reported it (`root`, `gateway`, `peer:1`, …). */
  proc?: string;
  message?: string;
}

export class EventLog {
  private size: number;

  constructor(readonly path: string, private readonly maxBytes = MAX_EVENT_LOG_BYTES) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    this.size = existsSync(path) ? statSync(path).size : 0;
  }

  /** Start a fresh log for a new node run, keeping the previous run's as `.1`. */
  rotate(): void {
    if (existsSync(this.path) && statSync(this.path).size > 0) renameSync(this.path, `${this.path}.1`);
    this.size = 0;
  }

  append(event: ClusterEvent): void {
    const line = `${JSON.stringify(event)}\n`;
    const bytes = Buffer.byteLength(line);
    if (this.size > 0 && this.size + bytes > this.maxBytes) this.rotate();
    appendFileSync(this.path, line, { mode: 0o600 });
    this.size += bytes;
  }
}

/** One line for humans: `12:00:01.234 macula_root/macula_gateway_system child_restarting macula_gateway (reason, restarts=1)`. */
export function formatEvent(e: ClusterEvent): string {
  const time = new Date(e.ts).toISOString().slice(11, 23);
  const where = e.supervisor ?? e.proc ?? '';
  const parts = [time, e.kind.padEnd(22), where];
  if (e.child) parts.push(`child=${e.child}`);
  if (e.pid) parts.push(`pid=${e.pid}`);
  if (e.reason) parts.push(`reason=${JSON.stringify(e.reason)}`);
  if (e.restarts !== undefined) parts.push(`restarts=${e.restarts}`);
  if (e.message) parts.push(e.message);
  return parts.join(' ');
}
