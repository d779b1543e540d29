/**
 * `macula-cluster events [--follow] [--json]`: print events.jsonl (human lines or JSON lines);
 * with --follow keep polling for appended lines (and a rotation, when the file shrinks) until
 * SIGINT/SIGTERM.
 */
import { existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { MaculaError } from '../../errors/index.js';
import { EVENTS_FOLLOW_POLL_MS, EXIT_OK } from '../constants.js';
import { formatEvent, type ClusterEvent } from '../EventLog.js';
import { eventLogPath } from '../paths.js';
import type { CliIo } from './commands.js';

export async function followEvents(runtimeDir: string, opts: { json: boolean; follow: boolean }, io: CliIo): Promise<number> {
  const path = eventLogPath(runtimeDir);
  if (!existsSync(path) && !opts.follow) {
    throw new MaculaError('not_running', `no node events at ${path} (no node has run with runtime dir ${runtimeDir})`);
  }
  let offset = 0;
  let partial = '';
  const print = (line: string): void => {
    if (line.trim() === '') return;
    if (opts.json) {
      io.out(`${line}\n`);
      return;
    }
    try {
      io.out(`${formatEvent(JSON.parse(line) as ClusterEvent)}\n`);
    } catch {
      io.out(`${line}\n`);
    }
  };
  const drain = (): void => {
    if (!existsSync(path)) return;
    const size = statSync(path).size;
    if (size < offset) offset = 0; // rotated: start over on the new file
    if (size === offset) return;
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(size - offset);
      const n = readSync(fd, buf, 0, buf.length, offset);
      offset += n;
      const text = partial + buf.subarray(0, n).toString('utf8');
      const lines = text.split('\n');
      partial = lines.pop() ?? '';
      lines.forEach(print);
    } finally {
      closeSync(fd);
    }
  };
  drain();
  if (!opts.follow) return EXIT_OK;
  await new Promise<void>((resolve) => {
    const timer = setInterval(drain, EVENTS_FOLLOW_POLL_MS);
    const stop = (): void => {
      clearInterval(timer);
      drain();
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT_OK;
}
