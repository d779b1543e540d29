/**
 * `macula-cluster events [--follow] [--json]`: print events.jsonl (human lines or JSON lines);
 * with --follow keep polling for appended lines (and a rotation, when the file shrinks) while the
 * node runs: it ends (exit 0) when the node reports its end (stopped, gave up, failed to start),
 * when its control socket stops answering (root killed), or at SIGINT/SIGTERM.
 */
import { existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { MaculaError } from '../../errors/index.js';
import { EVENTS_FOLLOW_LIVENESS_MS, EVENTS_FOLLOW_POLL_MS, EXIT_OK } from '../constants.js';
import { socketIsLive } from '../ControlServer.js';
import { formatEvent, type ClusterEvent } from '../EventLog.js';
import { eventLogPath } from '../paths.js';
import type { CliIo } from './commands.js';

/** Events after which the node is gone: --follow ends on them. */
const END_KINDS = new Set(['node_stopped', 'node_gave_up', 'node_start_failed']);

export async function followEvents(runtimeDir: string, opts: { json: boolean; follow: boolean; socket: string }, io: CliIo): Promise<number> {
  const path = eventLogPath(runtimeDir);
  if (!existsSync(path) && !opts.follow) {
    throw new MaculaError('not_running', `no node events at ${path} (no node has run with runtime dir ${runtimeDir})`);
  }
  let offset = 0;
  let partial = '';
  let ended = false;
  const print = (line: string): void => {
    if (line.trim() === '') return;
    if (opts.follow && END_KINDS.has(kindOf(line))) ended = true;
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
  // what was printed so far is history: follow only while a node answers
  ended = false;
  if (!(await socketIsLive(opts.socket))) {
    io.err(`macula-cluster: no node running at ${opts.socket}: nothing to follow\n`);
    return EXIT_OK;
  }
  await new Promise<void>((resolve) => {
    let lastCheck = Date.now();
    let checking = false;
    const stop = (): void => {
      clearInterval(timer);
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      drain();
      resolve();
    };
    const timer = setInterval(() => {
      drain();
      if (ended) return stop();
      if (checking || Date.now() - lastCheck < EVENTS_FOLLOW_LIVENESS_MS) return;
      checking = true;
      void socketIsLive(opts.socket).then((live) => {
        checking = false;
        lastCheck = Date.now();
        if (!live) stop();
      });
    }, EVENTS_FOLLOW_POLL_MS);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT_OK;
}

function kindOf(line: string): string {
  try {
    return String((JSON.parse(line) as ClusterEvent).kind);
  } catch {
    return '';
  }
}
