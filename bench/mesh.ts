/**
 * Mesh benchmark (issue 12 item 6, `npm run bench:mesh`): messaging across two nodes, side by side
 * in one run with a two-server NATS cluster (two nats-server processes joined by a route).
 * Clients on different servers, every client in its own process (the messaging bench's workers,
 * bench/fixtures/messagingWorker.ts): 1→1 and 1→4 pub/sub at 128 B, a wildcard subscription on
 * the far node (1,000 subjects), request/reply latency over sequential calls to a provider on the
 * far node; each figure also on one server (both clients on the near one), and each system's
 * cross-node/single-node ratio beside the other's. Then interest convergence: a subscription made
 * on one node, a publisher on another publishing every CONVERGE_PUBLISH_MS: the time from the
 * subscribe's answer to the first delivery, p50/p99, on five real Macula nodes (and on the NATS
 * pair for reference); and in the in-process simulation (lib/broker/sim, virtual time) at 100 and
 * 200 nodes as one full mesh, and with cells (lib/pubsub/cells.ts) at 100 nodes (3 bits) and
 * 10,000 nodes (7 bits: 128 cells of ~78), each size in a child process with a large heap
 * (simConvergenceInChild). Prints tables, writes bench/results/mesh.json (with MESH_ONLY=sim alone
 * only its `simulation` part: the rest of the file stays as the last full run wrote it).
 * Env: BENCH_QUICK=1 (short windows, fewer calls), MESH_ONLY=pubsub,rpc,converge,sim,
 * MESH_SYSTEMS=macula (skip NATS while iterating). A real node cannot be run with --cpu-prof
 * (node refuses it in NODE_OPTIONS, which is how a node's children would get it): profile the
 * gateways with `perf record -p <gateway pid>` (their pids are printed) instead, and see where a
 * cross-node call's time goes, step by step, with bench/lib/mesh/rpcHops.ts.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mesh, type MeshJson } from './lib/dhtNodes.js';
import { freePort, sleep } from './lib/node.js';
import { killAll, runBench } from './lib/messaging/procs.js';
import type { SideCost } from './lib/messaging/cost.js';
import { table as plainTable } from './lib/stats.js';
import { pubsub, rpc, type PubSubResult, type RpcResult } from './lib/messaging/scenarios.js';
import { startNats, startNode, type Target } from './lib/messaging/targets.js';
import { convergence, type ConvergenceResult } from './lib/mesh/convergence.js';
import { SIM_CHILD_HEAP_MB, simConvergenceInChild, type SimConvergence } from './lib/mesh/simConvergence.js';

const QUICK = process.env.BENCH_QUICK === '1';
const WINDOW_MS = QUICK ? 1000 : 3000;
const LATENCY_CALLS = QUICK ? 5000 : 20_000;
const PAYLOAD_BYTES = 128;
const WILDCARD_SUBJECTS = 1000;
const STAMP_EVERY = 16;
const CONVERGE_NODES = 5;
const CONVERGE_SAMPLES = QUICK ? 20 : 100;
/** Simulated meshes: nodes and cell bits (b ≈ log₂(n) / 2: cells of about √n nodes). */
const SIM_RUNS: ReadonlyArray<{ nodes: number; cellBits: number }> = [
  { nodes: 100, cellBits: 0 },
  { nodes: 200, cellBits: 0 },
  { nodes: 100, cellBits: 3 },
  { nodes: 10_000, cellBits: 7 },
];
const SIM_SAMPLES = QUICK ? 30 : 100;
const ONLY = (process.env.MESH_ONLY ?? '').split(',').filter((x) => x !== '');
const want = (what: string): boolean => ONLY.length === 0 || ONLY.includes(what);
const SYSTEMS = (process.env.MESH_SYSTEMS ?? 'nats,macula').split(',');
const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results', 'mesh.json');

type System = 'nats' | 'macula';

interface Pair {
  near: Target;
  far: Target;
  describe: string;
  stop(): Promise<void>;
}

/** Two nats-server processes joined by a route; resolves once a message crosses it. */
async function natsCluster(): Promise<Pair> {
  const [c1, c2] = [await freePort(), await freePort()];
  const near = await startNats(['--cluster_name', 'bench', '--cluster', `nats://127.0.0.1:${c1}`, '--routes', `nats://127.0.0.1:${c2}`]);
  const far = await startNats(['--cluster_name', 'bench', '--cluster', `nats://127.0.0.1:${c2}`, '--routes', `nats://127.0.0.1:${c1}`]);
  await convergence('nats', near.url, far.url, 1, 30_000); // the route is up when interest crosses it
  return { near, far, describe: `two nats-server processes joined by a route (${near.describe}; ${far.url})`, stop: async () => void (await Promise.all([near.stop(), far.stop()])) };
}

const meshOf = (t: Target): Promise<MeshJson> => mesh(t.node!);

/** `n` real nodes, the first the others' bootstrap node; resolves when every node joined. */
async function maculaNodes(n: number): Promise<Target[]> {
  const seed = await startNode();
  if (seed === undefined) throw new Error('the seed node reports no QUIC address');
  const seedId = (await meshOf(seed)).nodeId;
  const url = `${seed.url}?node_id=${seedId}`;
  const rest = await Promise.all(Array.from({ length: n - 1 }, () => startNode(['--bootstrap-url', url])));
  const nodes = [seed, ...rest.map((t, i) => (t === undefined ? (() => { throw new Error(`node ${i + 1} reports no QUIC address`); })() : t))];
  const deadline = Date.now() + 30_000;
  for (const t of nodes.slice(1)) {
    while (!(await meshOf(t).catch(() => undefined))?.routing.joined) {
      if (Date.now() > deadline) throw new Error('nodes did not join within 30 s');
      await sleep(100);
    }
  }
  return nodes;
}

async function maculaPair(): Promise<Pair & { nodes: Target[] }> {
  const nodes = await maculaNodes(2);
  return { near: nodes[0]!, far: nodes[1]!, nodes, describe: `two real nodes (macula-cluster up), the second joined through the first: ${nodes.map((t) => `${t.url} (gateway pid ${t.serverPid})`).join(', ')}`, stop: async () => void (await Promise.all(nodes.map((t) => t.stop()))) };
}

interface SystemFigures {
  describe: string;
  single: { p2p?: PubSubResult; fanout?: PubSubResult; wildcard?: PubSubResult; rpc?: RpcResult };
  cross: { p2p?: PubSubResult; fanout?: PubSubResult; wildcard?: PubSubResult; rpc?: RpcResult };
  converge?: ConvergenceResult;
}

async function measure(system: System, pair: Pair): Promise<SystemFigures> {
  const out: SystemFigures = { describe: pair.describe, single: {}, cross: {} };
  const spec = { publishers: 1, maxProcsPerRole: 8, payloadBytes: PAYLOAD_BYTES, windowMs: WINDOW_MS, stampEvery: STAMP_EVERY };
  const step = async <T>(where: string, name: string, fn: () => Promise<T>): Promise<T | undefined> => {
    process.stdout.write(`  ${system} ${where} ${name} … `);
    try {
      const r = await fn();
      console.log('done');
      return r;
    } catch (err) {
      console.log(`failed: ${(err as Error).message}`);
      return undefined;
    }
  };
  const places = [['single', undefined], ['cross', pair.far]] as const;
  if (want('pubsub')) {
    for (const [where, far] of places) {
      const into = out[where];
      into.p2p = await step(where, '1→1', () => pubsub(system, pair.near, { ...spec, tag: `${where}-p2p`, subscribers: 1, subjects: 1, pattern: 'bench.t', subscriberTarget: far }));
      into.fanout = await step(where, '1→4', () => pubsub(system, pair.near, { ...spec, tag: `${where}-fanout`, subscribers: 4, subjects: 1, pattern: 'bench.t', subscriberTarget: far }));
      into.wildcard = await step(where, 'wildcard', () => pubsub(system, pair.near, { ...spec, tag: `${where}-wildcard`, subscribers: 1, subjects: WILDCARD_SUBJECTS, pattern: 'bench.s.*.x', subscriberTarget: far }));
    }
  }
  // request/reply across nodes first: a bench worker exits without closing its session, so its
  // provider stays registered on its gateway until the transport finds it silent (seconds). A
  // cross-node caller started meanwhile on the near gateway would try that dead local provider
  // first (local first) and, with no remote node cached yet, fail (all_providers_failed, one
  // attempt: provider_left). The single-node run after it has a live local provider.
  if (want('rpc')) {
    for (const [where, far] of [...places].reverse()) out[where].rpc = await step(where, 'request/reply', () => rpc(system, pair.near, PAYLOAD_BYTES, LATENCY_CALLS, undefined, far));
  }
  return out;
}

const fmt = (x: number | undefined, digits = 0): string => (x === undefined || !Number.isFinite(x) ? '—' : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const ratio = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined || b === undefined || b === 0 ? undefined : a / b);

interface Row {
  what: string;
  unit: string;
  nats: { single?: number; cross?: number };
  macula: { single?: number; cross?: number };
  /** Larger is better (throughput) or smaller (latency). */
  higherBetter: boolean;
}

function rowsOf(n: SystemFigures, m: SystemFigures): Row[] {
  const each = (r?: PubSubResult): number | undefined => (r === undefined ? undefined : r.deliveredPerSecTotal / Math.max(1, r.subscribers));
  const p = (f: SystemFigures, w: 'single' | 'cross', q: 'p50Us' | 'p99Us'): number | undefined => f[w].rpc?.latency?.[q];
  const row = (what: string, unit: string, get: (f: SystemFigures, w: 'single' | 'cross') => number | undefined, higherBetter: boolean): Row => ({
    what, unit, higherBetter, nats: { single: get(n, 'single'), cross: get(n, 'cross') }, macula: { single: get(m, 'single'), cross: get(m, 'cross') },
  });
  return [
    row('pub/sub 1→1', 'msg/s', (f, w) => each(f[w].p2p), true),
    row('pub/sub 1→4', 'msg/s per subscriber', (f, w) => each(f[w].fanout), true),
    row('wildcard on the far node', 'msg/s', (f, w) => each(f[w].wildcard), true),
    row('request/reply p50', 'µs', (f, w) => p(f, w, 'p50Us'), false),
    row('request/reply p99', 'µs', (f, w) => p(f, w, 'p99Us'), false),
  ];
}

function table(rows: Row[]): string {
  const head = ['figure', 'NATS 1 server', 'NATS cluster', 'NATS cross/single', 'Macula 1 node', 'Macula 2 nodes', 'Macula cross/single', 'Macula/NATS cross'];
  const body = rows.map((r) => [
    `${r.what} (${r.unit})`, fmt(r.nats.single), fmt(r.nats.cross), fmt(ratio(r.nats.cross, r.nats.single), 2), fmt(r.macula.single), fmt(r.macula.cross), fmt(ratio(r.macula.cross, r.macula.single), 2), fmt(ratio(r.macula.cross, r.nats.cross), 2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

const num = (v: number | undefined, digits = 2): string => (v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits));

/** What one sequential call costs each process (CPU, system calls, datagrams: bench/lib/messaging/cost.ts). */
function rpcCostTable(figures: Array<[System, SystemFigures | undefined]>): string {
  const out: string[][] = [['system', 'where', 'process', 'CPU µs/call', 'syscalls/call', 'I/O', 'epoll', 'datagrams in/call', 'out/call', 'ACK-only out']];
  for (const [sys, f] of figures) {
    for (const where of ['single', 'cross'] as const) {
      for (const c of (f?.[where].rpc?.latencyCosts ?? []) as SideCost[]) {
        out.push([sys, where, c.side, num(c.cpuUs, 1), num(c.syscalls), num(c.ioSyscalls), num(c.epollWaits), num(c.datagramsIn), num(c.datagramsOut), num(c.smallDatagramsOut)]);
      }
    }
  }
  return plainTable(out);
}

/**
 * The in-process simulation (bench/lib/mesh/simConvergence.ts), one child process per size. As
 * one full mesh it holds n × (n − 1) link ends, so 10,000 nodes run with cells only (7 bits: a
 * node links to its ~78 cell mates and into each of the 127 other cells).
 */
async function simConvergence(): Promise<SimConvergence[]> {
  const out: SimConvergence[] = [];
  for (const r of QUICK ? SIM_RUNS.filter((x) => x.nodes <= 100) : SIM_RUNS) {
    process.stdout.write(`  simulation ${r.nodes} nodes, ${r.cellBits} cell bits … `);
    try {
      const c = await simConvergenceInChild(r.nodes, SIM_SAMPLES, { cellBits: r.cellBits });
      out.push(c);
      console.log(`started in ${fmt(c.startWallMs / 1000, 1)} s, ${fmt(c.heapMb)} MB heap`);
    } catch (err) {
      console.log(`failed: ${(err as Error).message}`);
    }
  }
  return out;
}

/** Only the simulation runs (MESH_ONLY=sim): no real node and no NATS server is started. */
const SIM_ONLY = ONLY.length > 0 && ONLY.every((x) => x === 'sim');

/** MESH_ONLY=sim: the last full run's file with this run's simulation in it. */
function withSimulation(sim: SimConvergence[], elapsedS: number): string {
  const old = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
  return `${JSON.stringify({ ...old, simulation: sim, simulationRun: { date: new Date().toISOString(), quick: QUICK, elapsedS, childHeapMb: SIM_CHILD_HEAP_MB, loadAverage: os.loadavg() } }, null, 2)}\n`;
}

function simLine(c: SimConvergence): string {
  const name = `simulation, ${fmt(c.nodes)} nodes${c.cellBits > 0 ? `, ${c.cellBits} cell bits` : ''}`;
  return `  ${name.padEnd(36)} p50 ${fmt(c.p50Ms, 1)} ms  p99 ${fmt(c.p99Ms, 1)} ms  (${c.samples} samples, virtual time, links 1 + [0, 4] ms; ${fmt(c.links)} links, start ${fmt(c.startWallMs / 1000, 1)} s wall, ${fmt(c.heapMb)} MB heap after start, ${fmt(c.peakRssMb)} MB peak RSS)`;
}

async function main(): Promise<void> {
  const l0 = os.loadavg();
  const s0 = Date.now();
  console.log(`bench:mesh — ${QUICK ? 'quick' : 'full'} run, window ${WINDOW_MS} ms, ${LATENCY_CALLS} sequential calls, ${PAYLOAD_BYTES} B payloads\n`);
  if (SIM_ONLY) {
    const sim = await simConvergence();
    console.log('\ninterest convergence in the simulation (subscribe on one node → first delivery of a publish made on another):');
    for (const c of sim) console.log(simLine(c));
    mkdirSync(dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, withSimulation(sim, (Date.now() - s0) / 1000));
    console.log(`\nwrote the simulation into ${RESULTS}`);
    return;
  }
  let natsFigures: SystemFigures = { describe: 'not run (MESH_SYSTEMS)', single: {}, cross: {} };
  if (SYSTEMS.includes('nats')) {
    const nats = await natsCluster();
    try {
      natsFigures = await measure('nats', nats);
      if (want('converge')) natsFigures.converge = await convergence('nats', nats.far.url, nats.near.url, CONVERGE_SAMPLES, 10_000);
    } finally {
      await nats.stop();
    }
  }
  const macula = await maculaPair();
  let maculaFigures: SystemFigures;
  try {
    maculaFigures = await measure('macula', macula);
  } finally {
    await macula.stop();
  }
  if (want('converge')) {
    const nodes = await maculaNodes(CONVERGE_NODES);
    try {
      // subscribe on the last node, publish from the second: neither is the bootstrap node
      maculaFigures.converge = await convergence('macula', nodes[CONVERGE_NODES - 1]!.url, nodes[1]!.url, CONVERGE_SAMPLES, 10_000).catch((err: Error) => {
        console.log(`  macula convergence failed: ${err.message}`);
        return undefined;
      });
    } finally {
      await Promise.all(nodes.map((t) => t.stop()));
    }
  }
  const sim = want('sim') ? await simConvergence() : undefined;
  const rows = rowsOf(natsFigures, maculaFigures);
  console.log(`\nNATS:   ${natsFigures.describe}\nMacula: ${maculaFigures.describe}\n`);
  console.log(table(rows));
  if (want('rpc')) console.log(`\nrequest/reply, per sequential call:\n${rpcCostTable([['nats', natsFigures], ['macula', maculaFigures]])}`);
  console.log('\ninterest convergence (subscribe on one node → first delivery of a publish made on another):');
  for (const [name, c] of [['NATS (2 servers)', natsFigures.converge], [`Macula (${CONVERGE_NODES} real nodes)`, maculaFigures.converge]] as const) {
    if (c !== undefined) console.log(`  ${name.padEnd(24)} p50 ${fmt(c.p50Ms, 1)} ms  p99 ${fmt(c.p99Ms, 1)} ms  (${c.samples} samples, ${c.timeouts} never delivered, publish every ${c.publishEveryMs} ms)`);
  }
  for (const c of sim ?? []) console.log(simLine(c));
  mkdirSync(dirname(RESULTS), { recursive: true });
  const strip = (f: SystemFigures) => JSON.parse(JSON.stringify(f, (k, v: unknown) => (k === 'costs' || k === 'window' || k === 'latencyCosts' || k === 'latencyWindow' ? undefined : v))) as unknown;
  writeFileSync(RESULTS, `${JSON.stringify({ date: new Date().toISOString(), quick: QUICK, windowMs: WINDOW_MS, latencyCalls: LATENCY_CALLS, loadAverage: { start: l0, end: os.loadavg() }, elapsedS: (Date.now() - s0) / 1000, rows, nats: strip(natsFigures), macula: strip(maculaFigures), simulation: sim ?? [] }, null, 2)}\n`);
  console.log(`\nwrote ${RESULTS}`);
}

process.once('SIGINT', () => {
  killAll();
  process.exit(130);
});
runBench(main);
