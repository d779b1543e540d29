/**
 * Where a request/reply's time goes, hop by hop (issue 12 item 6): two real nodes, a provider
 * on the far one, a caller on the near one (bench/fixtures/messagingWorker.ts, as bench:mesh),
 * and `perf record` of four kernel tracepoints — sendmsg entry, recvmsg exit, epoll_wait entry
 * and exit — on the four processes while the caller makes sequential calls. Each call is cut
 * from the caller's sendmsg to its next data recvmsg; the calls whose steps come in the usual
 * order (≈ 90 %: the others carry an ACK-only datagram or a ping) give the p50 of every step:
 * `X:recv → X:send` is that process's pass (read, route, write), `X:send → Y:wake` the datagram's
 * hop through the kernel until Y's epoll_wait returns. No sampling: every syscall is an event.
 *   `npm run build && npx tsx bench/lib/mesh/rpcHops.ts [--single] [--calls N]`   (needs perf, root)
 * --single: the provider on the near node too (the one-node chain, for comparison).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mesh } from '../dhtNodes.js';
import { sleep } from '../node.js';
import type { WorkerConfig } from '../../fixtures/messagingWorker.js';
import { runBench, Worker } from '../messaging/procs.js';
import { startNode } from '../messaging/targets.js';

const args = process.argv.slice(2);
const SINGLE = args.includes('--single');
const CALLS = Number(args[args.indexOf('--calls') + 1] ?? 0) || 3000;
const WARMUP_CALLS = 2000;
const EVENTS = ['sys_enter_sendmsg', 'sys_exit_recvmsg', 'sys_enter_epoll_pwait', 'sys_exit_epoll_pwait'].map((e) => `syscalls:${e}`).join(',');

type Kind = 'send' | 'recv' | 'wake';
interface Ev { us: number; who: string; kind: Kind }

/** perf script lines → the events that matter: data recvmsg (ret > 0), epoll returns with events, sendmsg. */
function parse(text: string, names: Map<number, string>): Ev[] {
  const out: Ev[] = [];
  const re = /^\s*\S+\s+(\d+)\s+\[\d+\]\s+([\d.]+):\s+syscalls:(\S+):\s*(.*)$/;
  for (const line of text.split('\n')) {
    const m = re.exec(line);
    const who = m === null ? undefined : names.get(Number(m[1]));
    if (m === null || who === undefined) continue;
    const us = Number(m[2]) * 1e6;
    const ret = Number.parseInt(m[4]!, 16);
    if (m[3] === 'sys_enter_sendmsg') out.push({ us, who, kind: 'send' });
    else if (m[3] === 'sys_exit_recvmsg' && ret > 0 && ret < 2 ** 31) out.push({ us, who, kind: 'recv' });
    else if (m[3] === 'sys_exit_epoll_pwait' && ret > 0 && ret < 2 ** 31) out.push({ us, who, kind: 'wake' });
  }
  return out.sort((a, b) => a.us - b.us);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function report(events: Ev[]): void {
  const calls: Ev[][] = [];
  let cur: Ev[] | undefined;
  for (const e of events) {
    if (cur === undefined) {
      if (e.who === 'caller' && e.kind === 'send') cur = [e];
      continue;
    }
    cur.push(e);
    if (e.who === 'caller' && e.kind === 'recv') {
      calls.push(cur);
      cur = undefined;
    }
  }
  const shape = (c: Ev[]): string => c.map((e) => `${e.who}:${e.kind}`).join(' ');
  const counts = new Map<string, number>();
  for (const c of calls) counts.set(shape(c), (counts.get(shape(c)) ?? 0) + 1);
  const [usual] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [''];
  const same = calls.filter((c) => shape(c) === usual);
  console.log(`${calls.length} calls traced; ${same.length} in the usual order of steps; p50 of each step (µs):`);
  const steps = usual.split(' ');
  for (let i = 1; i < steps.length; i++) {
    console.log(`  ${`${steps[i - 1]} → ${steps[i]}`.padEnd(34)} ${median(same.map((c) => c[i]!.us - c[i - 1]!.us)).toFixed(0).padStart(5)}`);
  }
  console.log(`  ${'caller send → caller recv (all calls)'.padEnd(34)} ${median(calls.map((c) => c[c.length - 1]!.us - c[0]!.us)).toFixed(0).padStart(5)}`);
}

async function main(): Promise<void> {
  if (spawnSync('perf', ['--version']).status !== 0) throw new Error('perf is not installed');
  const near = await startNode();
  if (near === undefined) throw new Error('the near node reports no QUIC address');
  const far = SINGLE ? undefined : await startNode(['--bootstrap-url', `${near.url}?node_id=${(await mesh(near.node!)).nodeId}`]);
  try {
    if (far !== undefined) while (!(await mesh(far.node!).catch(() => undefined))?.routing.joined) await sleep(100);
    const base = { system: 'macula', payloadBytes: 128 } as const;
    const provider = await Worker.start({ ...base, url: (far ?? near).url, role: 'provider' } as WorkerConfig, 'rpc');
    const caller = await Worker.start({ ...base, url: near.url, role: 'caller' } as WorkerConfig, 'rpc');
    try {
      await caller.ask({ cmd: 'latency', calls: WARMUP_CALLS }, 120_000);
      const names = new Map<number, string>([[near.serverPid, 'A'], [caller.pid, 'caller'], [provider.pid, 'prov']]);
      if (far !== undefined) names.set(far.serverPid, 'B');
      const dir = mkdtempSync(join(tmpdir(), 'macula-hops-'));
      const data = join(dir, 'perf.data');
      const perf = spawn('perf', ['record', '-q', '-e', EVENTS, '-o', data, '-p', [...names.keys()].join(',')], { stdio: 'ignore' });
      await sleep(1000);
      const r = await caller.ask<{ p50Us: number; p99Us: number }>({ cmd: 'latency', calls: CALLS }, 180_000);
      perf.kill('SIGINT');
      await new Promise((res) => perf.once('exit', res));
      console.log(`${SINGLE ? 'one node' : 'two nodes'}: caller-measured p50 ${r.p50Us.toFixed(0)} µs, p99 ${r.p99Us.toFixed(0)} µs (while traced)`);
      const script = spawnSync('perf', ['script', '-i', data, '-F', 'comm,pid,cpu,time,event,trace'], { encoding: 'utf8', maxBuffer: 1 << 30 });
      report(parse(script.stdout, names));
      rmSync(dir, { recursive: true, force: true });
    } finally {
      await Promise.all([caller.stop(), provider.stop()]);
    }
  } finally {
    await Promise.all([near.stop(), far?.stop()]);
  }
}

runBench(main);
