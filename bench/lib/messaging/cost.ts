/**
 * What a message costs each process of a scenario: CPU time (/proc/<pid>/stat utime + stime, all
 * threads), system calls (counted by the kernel: bench/lib/syscalls.ts), and for Macula the
 * transport's own counters (datagrams, socket send calls, receive batches: lib/transport
 * EndpointStats). Measured over a scenario (begin → end) and divided by the messages it delivered.
 */
import { readFileSync } from 'node:fs';
import type { EndpointStats } from '../../../lib/transport/types.js';
import { countSyscalls, type SyscallCounts } from '../syscalls.js';

/** Clock ticks per second of /proc/<pid>/stat utime/stime (getconf CLK_TCK; 100 on Linux). */
const CLOCK_TICKS_PER_S = 100;

/** CPU time (user + system, all threads) a process has used so far, in µs (NaN when it is gone). */
export function cpuUsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat, i.e. 11 and 12 after the command.
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / CLOCK_TICKS_PER_S;
  } catch {
    return NaN;
  }
}

/** One role of a scenario: its processes and how to read their transport counters. */
export interface Side {
  name: string;
  pids: number[];
  transport(): Promise<Partial<EndpointStats> | undefined>;
}

interface SideSample {
  cpuUs: number;
  transport: Partial<EndpointStats> | undefined;
  atMs: number;
}

async function sample(sides: readonly Side[]): Promise<SideSample[]> {
  const transports = await Promise.all(sides.map((s) => s.transport().catch(() => undefined)));
  const atMs = performance.now();
  return sides.map((s, i) => ({ cpuUs: s.pids.reduce((a, p) => a + cpuUsOf(p), 0), transport: transports[i], atMs }));
}

/** A measurement in progress: end() with the messages delivered meanwhile gives the cost per message. */
export interface Measurement {
  end(messages: number): Promise<SideCost[]>;
}

export async function begin(sides: readonly Side[]): Promise<Measurement> {
  const before = await sample(sides);
  const counters = sides.map((s) => countSyscalls(s.pids));
  return {
    async end(messages) {
      const counts = await Promise.all(counters.map((c) => c.stop()));
      const after = await sample(sides);
      return cost(sides, before, after, counts, Math.max(1, messages));
    },
  };
}

/** Per delivered message (per call for RPC), one row per side. */
export interface SideCost {
  side: string;
  /** CPU µs per message. */
  cpuUs: number;
  /** Share of one core this side used over the scenario. */
  cpuShare: number;
  /** System calls per message (kernel count): all, network/pipe I/O (sendmsg, recvmsg, read, write, …), epoll waits. */
  syscalls?: number;
  ioSyscalls?: number;
  epollWaits?: number;
  /** Datagrams received / sent per message (Macula). */
  datagramsIn?: number;
  datagramsOut?: number;
  /** Of the datagrams sent, those of ≤ 64 bytes (acknowledgements only), per message. */
  smallDatagramsOut?: number;
  /** Frames per datagram received and sent (how many messages share a datagram). */
  framesPerDatagramIn?: number;
  framesPerDatagramOut?: number;
  /** Transport estimate of sendmsg + recvmsg per message (sendCalls + datagramsIn + receiveBatches). */
  transportSyscalls?: number;
}

function delta(a: Partial<EndpointStats> | undefined, b: Partial<EndpointStats> | undefined, k: keyof EndpointStats): number | undefined {
  const x = a?.[k];
  const y = b?.[k];
  return x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y) ? undefined : y - x;
}

function cost(sides: readonly Side[], before: SideSample[], after: SideSample[], counts: Array<SyscallCounts | undefined>, messages: number): SideCost[] {
  return sides.map((s, i) => {
    const b = before[i]!;
    const a = after[i]!;
    const sc = counts[i];
    const per = (v: number | undefined): number | undefined => (v === undefined ? undefined : v / messages);
    const din = delta(b.transport, a.transport, 'datagramsIn');
    const dout = delta(b.transport, a.transport, 'datagramsOut');
    const fin = delta(b.transport, a.transport, 'framesIn');
    const fout = delta(b.transport, a.transport, 'framesOut');
    const sends = delta(b.transport, a.transport, 'sendCalls');
    const batches = delta(b.transport, a.transport, 'receiveBatches');
    return {
      side: s.name,
      cpuUs: (a.cpuUs - b.cpuUs) / messages,
      cpuShare: (a.cpuUs - b.cpuUs) / 1000 / Math.max(1, a.atMs - b.atMs),
      syscalls: per(sc?.total),
      ioSyscalls: per(sc?.io),
      epollWaits: per(sc?.epoll),
      datagramsIn: per(din),
      datagramsOut: per(dout),
      smallDatagramsOut: per(delta(b.transport, a.transport, 'smallDatagramsOut')),
      framesPerDatagramIn: fin === undefined || !din ? undefined : fin / din,
      framesPerDatagramOut: fout === undefined || !dout ? undefined : fout / dout,
      transportSyscalls: sends === undefined || din === undefined || batches === undefined ? undefined : (sends + din + batches) / messages,
    };
  });
}
