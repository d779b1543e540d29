/**
 * System calls a set of processes makes over a span, counted by the kernel (`perf stat` on the
 * raw_syscalls / syscalls tracepoints: a counter per call, no sampling, no ptrace). /proc/<pid>/io
 * cannot do it: its syscr/syscw skip socket sendmsg/recvmsg. Undefined when perf is missing or
 * not allowed (the benches then print —).
 */
import { spawn, spawnSync } from 'node:child_process';

const PERF = process.env.PERF ?? 'perf';
/** Calls counted by name besides the total: the network I/O of QUIC (UDP) and of NATS (TCP), and event-loop waits. */
const NAMED = ['sendmsg', 'recvmsg', 'sendmmsg', 'recvmmsg', 'sendto', 'recvfrom', 'read', 'readv', 'write', 'writev', 'epoll_wait', 'epoll_pwait'] as const;
const STOP_TIMEOUT_MS = 5000;

export interface SyscallCounts {
  total: number;
  /** sendmsg, recvmsg, sendto, recvfrom, read, write, … (sockets, pipes, files). */
  io: number;
  /** epoll_wait + epoll_pwait: event-loop wake-ups (and idle polls). */
  epoll: number;
  byName: Record<string, number>;
}

let available: boolean | undefined;
function perfAvailable(): boolean {
  if (available === undefined) {
    const r = spawnSync(PERF, ['stat', '-x,', '-e', 'raw_syscalls:sys_enter', '--', 'true'], { encoding: 'utf8' });
    available = r.status === 0 && /raw_syscalls:sys_enter/.test(r.stderr);
  }
  return available;
}

export interface SyscallCounter {
  stop(): Promise<SyscallCounts | undefined>;
}

/** Start counting the system calls of `pids` (all their threads); stop() returns the counts. */
export function countSyscalls(pids: readonly number[]): SyscallCounter {
  if (pids.length === 0 || !perfAvailable()) return { stop: async () => undefined };
  const events = ['raw_syscalls:sys_enter', ...NAMED.map((n) => `syscalls:sys_enter_${n}`)].join(',');
  const p = spawn(PERF, ['stat', '-x,', '-e', events, '-p', pids.join(',')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  p.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<void>((r) => p.once('exit', () => r()));
  return {
    async stop() {
      p.kill('SIGINT');
      const done = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), STOP_TIMEOUT_MS))]);
      if (!done) p.kill('SIGKILL');
      const byName: Record<string, number> = {};
      let total = NaN;
      for (const line of err.split('\n')) {
        const f = line.split(',');
        const v = Number(f[0]);
        const ev = f[2] ?? '';
        if (!Number.isFinite(v)) continue;
        if (ev === 'raw_syscalls:sys_enter') total = v;
        else if (ev.startsWith('syscalls:sys_enter_')) byName[ev.slice('syscalls:sys_enter_'.length)] = v;
      }
      if (!Number.isFinite(total)) return undefined;
      const sum = (names: readonly string[]): number => names.reduce((a, n) => a + (byName[n] ?? 0), 0);
      return { total, io: sum(NAMED.filter((n) => !n.startsWith('epoll'))), epoll: sum(['epoll_wait', 'epoll_pwait']), byName };
    },
  };
}
