/**
 * Transport benchmark (issue 3): Macula's lean QUIC driver (lib/transport) side by side with
 * (a) node:tls over TCP and (b) the high-level @matrixai/quic classes, all carrying the same
 * 4-byte length-prefixed frames, server in a separate process, client in this one, loopback.
 * Run: `npx tsx bench/transport.ts` (or `npm run bench:transport`). BENCH_QUICK=1 shortens it.
 * Prints a table (each figure and its ratio to node:tls) and writes bench/results/transport.json.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateIdentity } from '../lib/identity/index.js';
import type { QuicEndpoint } from '../lib/transport/index.js';
import type { BenchConn, BenchStream } from './lib/framing.js';
import { maculaClientEndpoint, maculaConnect } from './lib/maculaBench.js';
import { matrixConnect } from './lib/matrixBaseline.js';
import { tlsConnect } from './lib/tlsBaseline.js';

type Kind = 'tls' | 'macula' | 'macula1350' | 'matrix';
const KINDS: Kind[] = ['tls', 'macula', 'macula1350', 'matrix'];
const LABEL: Record<Kind, string> = {
  tls: 'node:tls (TCP)',
  macula: 'macula (lean quiche)',
  macula1350: 'macula, 1350 B datagrams',
  matrix: '@matrixai/quic classes',
};
/** Macula variants: defaults (16 KiB datagrams to loopback peers) and Internet-sized datagrams. */
const MACULA_PAYLOAD: Partial<Record<Kind, number>> = { macula1350: 1350 };
const QUICK = process.env.BENCH_QUICK === '1';
const SERVER = fileURLToPath(new URL('./lib/transportServer.ts', import.meta.url));
const RESULTS = fileURLToPath(new URL('./results/transport.json', import.meta.url));

/** Sizes per transport: the slow high-level classes get fewer iterations so the run stays short. */
const SIZES = {
  handshakes: { tls: 60, macula: 60, macula1350: 60, matrix: 30 },
  rtts: { tls: 10_000, macula: 10_000, macula1350: 10_000, matrix: 2_000 },
  durationMs: QUICK ? 700 : 2000,
  clients: 200,
  reps: { tls: QUICK ? 1 : 3, macula: QUICK ? 1 : 3, macula1350: QUICK ? 1 : 2, matrix: 1 },
};
if (QUICK) {
  SIZES.rtts = { tls: 2000, macula: 2000, macula1350: 2000, matrix: 300 };
  SIZES.handshakes = { tls: 20, macula: 20, macula1350: 20, matrix: 10 };
}

interface Result {
  handshakeMs: number;
  rttP50Us: number;
  rttP99Us: number;
  rttSamples: number;
  msgsPerSec: number;
  /** Load-independent ceiling: messages per CPU-second of the busier side. */
  msgsPerCpuSec: number;
  bulkMiBps: number;
  /** Load-independent ceiling: MiB per CPU-second of the busier side. */
  bulkMiBPerCpuSec: number;
  cpuClientMsPerMiB: number;
  cpuServerMsPerMiB: number;
  conns200Ms: number;
  connMsEach: number;
  serverRssKiBPerConn: number;
  serverHeapKiBPerConn: number;
}

const serverId = generateIdentity();
const clientId = generateIdentity();
const now = (): number => performance.now();
const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

function ask<T>(child: ChildProcess, cmd: string, key: string): Promise<T> {
  return new Promise((resolve) => {
    const on = (m: Record<string, unknown>): void => {
      if (key in m) {
        child.off('message', on);
        resolve(m[key] as T);
      }
    };
    child.on('message', on);
    child.send({ cmd });
  });
}

function startServer(kind: Kind): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(SERVER, [kind === 'macula1350' ? 'macula' : kind, String(MACULA_PAYLOAD[kind] ?? 0)], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    env: { ...process.env, BENCH_TLS: JSON.stringify({ certPem: serverId.certPem, keyPem: serverId.keyPem }) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve({ child, port: m.port }));
    child.once('exit', (code) => reject(new Error(`${kind} server exited (${code})`)));
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function nextFrame(s: BenchStream): Promise<Buffer> {
  return new Promise((resolve) => {
    let done = false;
    s.onFrame((f) => {
      if (!done) {
        done = true;
        resolve(f);
      }
    });
  });
}

async function rtt(s: BenchStream, n: number): Promise<number[]> {
  const msg = Buffer.alloc(128, 7);
  const lat: number[] = [];
  await new Promise<void>((resolve) => {
    let t0 = 0;
    let i = 0;
    s.onFrame(() => {
      lat.push(now() - t0);
      if (++i === n) return resolve();
      t0 = now();
      s.write(msg);
    });
    t0 = now();
    s.write(msg);
  });
  return lat;
}

/** Write `frame` for durationMs, then ask the sink for its totals; returns frames, bytes, seconds. */
async function pump(s: BenchStream, frame: Buffer, durationMs: number): Promise<{ frames: number; bytes: number; secs: number }> {
  s.write(Buffer.from('sink'));
  const totals = new Promise<Buffer>((resolve) => s.onFrame((f) => f.length === 12 && resolve(f)));
  const t0 = now();
  const end = t0 + durationMs;
  while (now() < end) {
    let blocked = false;
    for (let i = 0; i < 256; i++) {
      if (!s.write(frame)) {
        blocked = true;
        break;
      }
    }
    if (blocked) await s.drain();
    else await tick();
  }
  s.write(Buffer.alloc(0));
  const t = await totals;
  const secs = (now() - t0) / 1000;
  return { frames: t.readUInt32BE(0), bytes: t.readDoubleBE(4), secs };
}

async function bench(kind: Kind): Promise<Result> {
  const { child, port } = await startServer(kind);
  let ep: QuicEndpoint | undefined;
  const connect = async (): Promise<BenchConn> => {
    if (kind === 'tls') return tlsConnect(port, clientId);
    if (kind === 'matrix') return matrixConnect(port, clientId);
    ep ??= await maculaClientEndpoint(clientId, MACULA_PAYLOAD[kind]);
    return maculaConnect(ep, port);
  };
  try {
    // First, in a fresh server process: 200 concurrent clients — wall time to connect them all,
    // and server memory per connection (RSS and heap after GC, while all 200 are open).
    await (await connect()).close();
    await sleep(100);
    const mem0 = await ask<NodeJS.MemoryUsage>(child, 'mem', 'mem');
    const eps: QuicEndpoint[] = [];
    const isMacula = kind === 'macula' || kind === 'macula1350';
    if (isMacula) for (let i = 0; i < SIZES.clients; i++) eps.push(await maculaClientEndpoint(clientId, MACULA_PAYLOAD[kind]));
    const t0 = now();
    const conns = await Promise.all(
      Array.from({ length: SIZES.clients }, (_, i) => (isMacula ? maculaConnect(eps[i]!, port) : connect())),
    );
    const connsMs = now() - t0;
    await sleep(200);
    const mem1 = await ask<NodeJS.MemoryUsage>(child, 'mem', 'mem');
    await Promise.all(conns.map((x) => x.close()));
    await Promise.all(eps.map((e) => e.close({ force: true })));
    // Handshake: sequential connects (mutual TLS 1.3 with RSA-2048 certificates everywhere).
    const hs: number[] = [];
    for (let i = 0; i < SIZES.handshakes[kind]; i++) {
      const t0 = now();
      const c = await connect();
      hs.push(now() - t0);
      await c.close();
    }
    // The machine is shared (2 cores): each throughput/latency figure is the best of REPS runs.
    const reps = SIZES.reps[kind];
    // RTT: sequential 128-byte request/response on one stream.
    let lat: number[] = [];
    for (let r = 0; r < reps; r++) {
      const c = await connect();
      const echo = c.openStream();
      echo.write(Buffer.from('echo'));
      await rtt(echo, Math.min(500, SIZES.rtts[kind]));
      const l = (await rtt(echo, SIZES.rtts[kind])).sort((a, b) => a - b);
      if (lat.length === 0 || median(l) < median(lat)) lat = l;
      await c.close();
    }
    // One-way 128-byte messages, with CPU on each side.
    let m = { frames: 0, bytes: 0, secs: 1 };
    let mCpu = 0;
    for (let r = 0; r < reps; r++) {
      const c2 = await connect();
      const st = c2.openStream();
      const c0 = process.cpuUsage();
      const s0 = await ask<NodeJS.CpuUsage>(child, 'cpu', 'cpu');
      const x = await pump(st, Buffer.alloc(128, 1), SIZES.durationMs);
      const c1 = process.cpuUsage(c0);
      const s1 = await ask<NodeJS.CpuUsage>(child, 'cpu', 'cpu');
      if (x.frames / x.secs > m.frames / m.secs) {
        m = x;
        mCpu = Math.max(cpuMs(c1), cpuMs(s1) - cpuMs(s0));
      }
      await c2.close();
    }
    // Bulk with 64 KiB writes, with CPU on each side.
    let b = { frames: 0, bytes: 0, secs: 1 };
    let cpuC: NodeJS.CpuUsage = { user: 0, system: 0 };
    let cpuS0: NodeJS.CpuUsage = { user: 0, system: 0 };
    let cpuS1: NodeJS.CpuUsage = { user: 0, system: 0 };
    for (let r = 0; r < reps; r++) {
      const c3 = await connect();
      const bulkStream = c3.openStream();
      await pump(bulkStream, Buffer.alloc(64 * 1024, 2), Math.min(300, SIZES.durationMs));
      const c0 = process.cpuUsage();
      const s0 = await ask<NodeJS.CpuUsage>(child, 'cpu', 'cpu');
      const x = await pump(bulkStream, Buffer.alloc(64 * 1024, 2), SIZES.durationMs);
      const c1 = process.cpuUsage(c0);
      const s1 = await ask<NodeJS.CpuUsage>(child, 'cpu', 'cpu');
      await c3.close();
      if (x.bytes / x.secs > b.bytes / b.secs) {
        b = x;
        cpuC = c1;
        cpuS0 = s0;
        cpuS1 = s1;
      }
    }
    const mib = b.bytes / 2 ** 20;
    return {
      handshakeMs: median(hs),
      rttP50Us: lat[Math.floor(lat.length * 0.5)]! * 1000,
      rttP99Us: lat[Math.floor(lat.length * 0.99)]! * 1000,
      rttSamples: lat.length,
      msgsPerSec: m.frames / m.secs,
      msgsPerCpuSec: m.frames / (mCpu / 1000),
      bulkMiBPerCpuSec: mib / (Math.max(cpuMs(cpuC), cpuMs(cpuS1) - cpuMs(cpuS0)) / 1000),
      bulkMiBps: mib / b.secs,
      cpuClientMsPerMiB: cpuMs(cpuC) / mib,
      cpuServerMsPerMiB: (cpuMs(cpuS1) - cpuMs(cpuS0)) / mib,
      conns200Ms: connsMs,
      connMsEach: connsMs / SIZES.clients,
      serverRssKiBPerConn: (mem1.rss - mem0.rss) / 1024 / SIZES.clients,
      serverHeapKiBPerConn: (mem1.heapUsed - mem0.heapUsed) / 1024 / SIZES.clients,
    };
  } finally {
    await ep?.close({ force: true });
    child.kill('SIGKILL');
  }
}

const ROWS: Array<[keyof Result, string, (v: number) => string, string]> = [
  ['handshakeMs', 'handshake median (ms)', (v) => v.toFixed(2), 'ratio ≤ 1×'],
  ['rttP50Us', '128 B RTT p50 (µs)', (v) => v.toFixed(0), 'ratio ≤ 3×, ≤ 100 µs'],
  ['rttP99Us', '128 B RTT p99 (µs)', (v) => v.toFixed(0), ''],
  ['msgsPerSec', 'one-way 128 B msgs/s', (v) => Math.round(v).toLocaleString('en-US'), 'ratio ≥ 0.25×, ≥ 700k'],
  ['msgsPerCpuSec', '  … per CPU-second of busier side', (v) => Math.round(v).toLocaleString('en-US'), ''],
  ['bulkMiBps', 'bulk 64 KiB writes (MiB/s)', (v) => v.toFixed(1), 'ratio ≥ 0.1×, ≥ 100'],
  ['bulkMiBPerCpuSec', '  … MiB per CPU-second of busier side', (v) => v.toFixed(1), ''],
  ['cpuClientMsPerMiB', 'CPU ms/MiB, client (bulk)', (v) => v.toFixed(2), ''],
  ['cpuServerMsPerMiB', 'CPU ms/MiB, server (bulk)', (v) => v.toFixed(2), ''],
  ['conns200Ms', '200 concurrent connects (ms)', (v) => v.toFixed(0), ''],
  ['connMsEach', '  … per connection (ms)', (v) => v.toFixed(2), ''],
  ['serverRssKiBPerConn', 'server RSS per connection (KiB)', (v) => v.toFixed(1), ''],
  ['serverHeapKiBPerConn', 'server heap per connection (KiB)', (v) => v.toFixed(1), ''],
];

function table(results: Partial<Record<Kind, Result>>): string {
  const base = results.tls!;
  const head = ['metric', ...KINDS.map((k) => LABEL[k]), 'goal (macula)'];
  const rows = ROWS.map(([key, name, fmt, goal]) => [
    name,
    ...KINDS.map((k) => {
      const r = results[k];
      if (r === undefined) return 'n/a';
      const v = r[key];
      return k === 'tls' || base[key] <= 0 ? fmt(v) : `${fmt(v)} (${(v / base[key]).toFixed(2)}×)`;
    }),
    goal,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  return [line(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

function goals(r: Result, base: Result): Record<string, boolean> {
  return {
    'handshake ≤ 1× tls': r.handshakeMs <= base.handshakeMs,
    'msgs/s ≥ 0.25× tls': r.msgsPerSec >= 0.25 * base.msgsPerSec,
    'RTT p50 ≤ 3× tls': r.rttP50Us <= 3 * base.rttP50Us,
    'bulk ≥ 0.1× tls': r.bulkMiBps >= 0.1 * base.bulkMiBps,
    'msgs/s ≥ 700k': r.msgsPerSec >= 700_000,
    'bulk ≥ 100 MiB/s': r.bulkMiBps >= 100,
    'RTT p50 ≤ 100 µs': r.rttP50Us <= 100,
  };
}

const only = process.env.BENCH_ONLY?.split(',') as Kind[] | undefined;
const results: Partial<Record<Kind, Result>> = {};
const started = now();
for (const kind of KINDS) {
  if (only !== undefined && kind !== 'tls' && !only.includes(kind)) continue;
  process.stderr.write(`bench: ${LABEL[kind]} …\n`);
  results[kind] = await bench(kind);
}
console.log(table(results));
let met: Record<string, boolean> | undefined;
const goalsByKind: Record<string, Record<string, boolean>> = {};
for (const k of ['macula', 'macula1350'] as const) {
  if (results[k] === undefined) continue;
  goalsByKind[k] = goals(results[k], results.tls!);
  console.log(`goals, ${LABEL[k]}:`);
  for (const [g, ok] of Object.entries(goalsByKind[k])) console.log(`  ${ok ? 'MET   ' : 'MISSED'} ${g}`);
}
met = goalsByKind.macula;
console.log(`(${((now() - started) / 1000).toFixed(1)} s; RTT samples: ${KINDS.map((k) => `${k} ${results[k]?.rttSamples ?? '-'}`).join(', ')}; node ${process.version})`);
mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
writeFileSync(RESULTS, JSON.stringify({ date: new Date().toISOString(), node: process.version, quick: QUICK, sizes: SIZES, results, goals: met, goalsByKind }, null, 2) + '\n');
process.exit(0);
