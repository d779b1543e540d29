/**
 * Root's answer to the gateway's "memory of every process" request (for /metrics): one row per
 * Ready OS process plus root itself, `id` = process name, `memory` = RSS in bytes. Read from
 * /proc/<pid>/status (VmRSS) — a file read per process, no IPC fan-out; where /proc is missing the
 * process is asked over IPC (DescribeRequest) with a short timeout. Bounded by the number of
 * processes (MAX_PEERS + 3).
 */
import { readFile } from 'node:fs/promises';
import type { IpcBody } from '../ipc/index.js';
import type { ClusterRoot } from './ClusterRoot.js';
import { ROOT_NAME_IPC, ROOT_SUPERVISOR } from './constants.js';

/** Per-process IPC fallback deadline. */
const MEMORY_IPC_TIMEOUT_MS = 300;

async function rssOf(root: ClusterRoot, name: string, pid: number | undefined): Promise<number | undefined> {
  if (pid !== undefined) {
    try {
      const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
      if (m) return Number(m[1]) * 1024;
    } catch {
      // no /proc (or the process just exited): ask it
    }
  }
  try {
    const reply = await root.hub.request(name, { describeRequest: {} }, MEMORY_IPC_TIMEOUT_MS);
    return reply.describeReply?.rss ?? undefined;
  } catch {
    return undefined;
  }
}

export async function processMemory(root: ClusterRoot, requester: string): Promise<IpcBody> {
  const rows = await Promise.all(
    root.hub.processes().map(async ({ name, pid }) => {
      // the requester reports its own memory itself
      const memory = name === requester ? undefined : await rssOf(root, name, pid);
      return { id: name, type: 'worker', state: 'running', pid: pid ?? 0, restarts: 0, memory: memory ?? 0 };
    }),
  );
  const rss = process.memoryUsage.rss();
  rows.push({ id: ROOT_NAME_IPC, type: 'supervisor', state: 'running', pid: process.pid, restarts: 0, memory: rss });
  return { describeReply: { supervisor: { id: ROOT_SUPERVISOR, type: 'supervisor', state: 'running', pid: process.pid, restarts: 0, memory: rss, children: rows }, rss, pid: process.pid } };
}
