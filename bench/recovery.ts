/**
 * Recovery benchmark (`npm run bench:recovery`): crash-to-ready time for the seed's four fault
 * scenarios ("Fault Tolerance Examples": ~100 / ~500 / ~200 / ~50 ms) and for each OS child
 * killed with SIGKILL; `up`-to-ready time cold (no certificate: RSA 2048 key generated) and with an
 * existing certificate; RSS of each process. Prints a table, writes bench/results/recovery.json.
 *
 * Recovery is timed from just before the fault (control-socket `fault`, MACULA_TEST_FAULTS=1) or
 * the SIGKILL, to the first moment `status` shows the target restarted, every child running and
 * the node ready, and the health port answers /ready 200. The bench first waits (cheaply, on
 * events.jsonl) for the target's child_started, then polls status every POLL_MS, which bounds the
 * resolution. Each scenario gets fresh nodes of RUNS_PER_NODE runs so no supervisor nears its
 * restart intensity (root 10 / 5 s, the rest 10 / 60 s), with RUN_GAP_MS between runs.
 *
 * Env: RECOVERY_RUNS (default 10), RECOVERY_UP_RUNS (default 10).
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BenchNode, REPO_ROOT, cpuMs, httpReady, newDataDir, rssBytes, sleep, walk, type Status, type TreeNode } from './lib/node.js';
import { max, mb, median, ms, table } from './lib/stats.js';

const RUNS = Number(process.env.RECOVERY_RUNS ?? 10);
const UP_RUNS = Number(process.env.RECOVERY_UP_RUNS ?? 10);
const RUNS_PER_NODE = 5;
const POLL_MS = 2;
const RUN_GAP_MS = 700;
const RECOVERY_TIMEOUT_MS = 15_000;

const GOALS = { upWarmMs: 1500, coreRssBytes: 250 * 1024 * 1024, peerRssBytes: 45 * 1024 * 1024 };

interface Scenario {
  name: string;
  /** Seed figure, ms (undefined: the seed gives none). */
  seedMs?: number;
  /** How to inject: a control-socket fault target or SIGKILL of an OS child. */
  fault?: string;
  kill?: string;
  /** Tree path segments of the child whose restart marks recovery (last = its id). */
  watch: string[];
}

const SCENARIOS: Scenario[] = [
  { name: 'gateway pubsub worker crash', seedMs: 100, fault: 'macula_gateway_system/macula_gateway_workers_sup/macula_gateway_pubsub', watch: ['macula_gateway_system', 'macula_gateway_workers_sup', 'macula_gateway_pubsub'] },
  { name: 'QUIC server crash', seedMs: 500, fault: 'macula_gateway_system/macula_gateway_quic_server', watch: ['macula_gateway_system', 'macula_gateway_quic_server'] },
  { name: 'bootstrap system crash', seedMs: 200, fault: 'macula_bootstrap_system', watch: ['macula_bootstrap_system'] },
  { name: 'peer rpc handler crash', seedMs: 50, fault: 'peer1/macula_rpc_handler', watch: ['peer1', 'macula_rpc_handler'] },
  { name: 'SIGKILL routing process', kill: 'macula_routing_server', watch: ['macula_routing_server'] },
  { name: 'SIGKILL bootstrap process', seedMs: 200, kill: 'macula_bootstrap_system', watch: ['macula_bootstrap_system'] },
  { name: 'SIGKILL gateway process', seedMs: 500, kill: 'macula_gateway_system', watch: ['macula_gateway_system'] },
  { name: 'SIGKILL peer process', kill: 'peer1', watch: ['peer1'] },
];

/** The tree node whose path ends with watch's last id and contains the earlier ids in order. */
function findNode(status: Status, watch: string[]): TreeNode | undefined {
  for (const { path, node } of walk(status.tree!)) {
    const segs = path.split('/');
    if (segs.at(-1) !== watch.at(-1)) continue;
    let i = 0;
    for (const s of segs) if (s === watch[i]) i++;
    if (i === watch.length) return node;
  }
  return undefined;
}

function allRunning(status: Status): boolean {
  return walk(status.tree!).every(({ node }) => node.state === 'running');
}

interface Recovery {
  ms: number;
  /** CPU ms the restarted OS process had used when recovery was seen (process-level scenarios). */
  cpuMs?: number;
}

/**
 * Tails `<runtimeDir>/events.jsonl` (root's supervisor reports) for a `child_started` of `childId`.
 * Waiting on the file first keeps the bench from loading the node with status requests (each one
 * is an IPC describe of every process) while the restart is still under way.
 */
class EventTail {
  private offset: number;
  private partial = '';
  constructor(private readonly file: string) {
    this.offset = existsSync(file) ? statSync(file).size : 0;
  }

  started(childId: string): boolean {
    if (!existsSync(this.file)) return false;
    const size = statSync(this.file).size;
    if (size < this.offset) this.offset = 0; // rotated
    if (size === this.offset) return false;
    const fd = openSync(this.file, 'r');
    const buf = Buffer.alloc(size - this.offset);
    try {
      readSync(fd, buf, 0, buf.length, this.offset);
    } finally {
      closeSync(fd);
    }
    this.offset = size;
    const lines = (this.partial + buf.toString('utf8')).split('\n');
    this.partial = lines.pop() ?? '';
    return lines.some((line) => {
      try {
        const e = JSON.parse(line) as { kind?: string; child?: string };
        return e.kind === 'child_started' && e.child === childId;
      } catch {
        return false;
      }
    });
  }
}

async function recoverOnce(node: BenchNode, sc: Scenario): Promise<Recovery> {
  const before = await node.status();
  const target = findNode(before, sc.watch);
  if (target === undefined) throw new Error(`${sc.name}: no ${sc.watch.join('/')} in the tree`);
  const restarts0 = target.restarts ?? 0;
  const pid0 = target.pid ?? 0;
  const tail = new EventTail(join(node.runtimeDir, 'events.jsonl'));
  const t0 = performance.now();
  if (sc.fault !== undefined) {
    node.fault(sc.fault).catch(() => {}); // the reply may race the crash; status tells the truth
  } else {
    process.kill(pid0, 'SIGKILL');
  }
  const deadline = t0 + RECOVERY_TIMEOUT_MS;
  while (!tail.started(sc.watch.at(-1)!)) {
    if (performance.now() > deadline) throw new Error(`${sc.name}: no child_started for ${sc.watch.at(-1)} within ${RECOVERY_TIMEOUT_MS} ms (log: ${node.logFile})`);
    await sleep(1);
  }
  for (;;) {
    await sleep(POLL_MS);
    if (performance.now() > deadline) throw new Error(`${sc.name}: not recovered within ${RECOVERY_TIMEOUT_MS} ms (log: ${node.logFile})`);
    let s: Status;
    try {
      s = await node.status(1000);
    } catch {
      continue;
    }
    const now = findNode(s, sc.watch);
    if (now === undefined || (now.restarts ?? 0) <= restarts0) continue;
    if (sc.kill !== undefined && now.pid === pid0) continue;
    if (!s.ready || !allRunning(s)) continue;
    if (!(await httpReady(node.healthPort))) continue;
    const elapsed = performance.now() - t0;
    return now.pid !== pid0 && now.pid ? { ms: elapsed, cpuMs: cpuMs(now.pid) } : { ms: elapsed };
  }
}

async function runScenario(sc: Scenario): Promise<Recovery[]> {
  const times: Recovery[] = [];
  while (times.length < RUNS) {
    const { node } = await BenchNode.start({ peers: 1 });
    try {
      await sleep(300);
      for (let i = 0; i < RUNS_PER_NODE && times.length < RUNS; i++) {
        times.push(await recoverOnce(node, sc));
        await sleep(RUN_GAP_MS);
      }
    } finally {
      await node.stop();
      node.removeDataDir();
    }
  }
  return times;
}

/** CPU ms used so far by root and every OS child together. */
async function treeCpuMs(node: BenchNode): Promise<number> {
  return (await node.processes()).reduce((sum, p) => sum + cpuMs(p.pid), 0);
}

async function upTimes(): Promise<{ cold: number[]; warm: number[]; warmPeer: number[]; stop: number[]; warmCpu: number[] }> {
  const warmCpu: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  const warmPeer: number[] = [];
  const stop: number[] = [];
  const keep = newDataDir();
  for (let i = 0; i < UP_RUNS; i++) {
    const { node, upMs } = await BenchNode.start({});
    cold.push(upMs);
    await node.stop();
    node.removeDataDir();
  }
  // First start in `keep` generates the certificate; the measured ones reuse it.
  await (await BenchNode.start({ dataDir: keep })).node.stop();
  for (let i = 0; i < UP_RUNS; i++) {
    const { node, upMs } = await BenchNode.start({ dataDir: keep });
    warm.push(upMs);
    warmCpu.push(await treeCpuMs(node));
    const t = performance.now();
    await node.stop();
    stop.push(performance.now() - t);
  }
  for (let i = 0; i < Math.min(UP_RUNS, 5); i++) {
    const { node, upMs } = await BenchNode.start({ dataDir: keep, peers: 1 });
    warmPeer.push(upMs);
    await node.stop();
  }
  return { cold, warm, warmPeer, stop, warmCpu };
}

async function memory(): Promise<Array<{ name: string; pid: number; rss: number }>> {
  const { node } = await BenchNode.start({ peers: 1 });
  try {
    await sleep(1500);
    return (await node.processes()).map((p) => ({ ...p, rss: rssBytes(p.pid) }));
  } finally {
    await node.stop();
    node.removeDataDir();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const os = await import('node:os');
  const loadAtStart = os.loadavg();
  console.log(`Macula recovery bench: ${RUNS} runs per scenario, ${UP_RUNS} up runs, node ${process.version}, ${os.cpus().length} CPUs, load average ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}\n`);

  const results: Array<Scenario & { times: number[]; cpu: number[]; medianMs: number; maxMs: number; met?: boolean }> = [];
  for (const sc of SCENARIOS) {
    process.stdout.write(`  ${sc.name} … `);
    const recoveries = await runScenario(sc);
    const times = recoveries.map((r) => r.ms);
    const cpu = recoveries.flatMap((r) => (r.cpuMs === undefined ? [] : [r.cpuMs]));
    const r = { ...sc, times, cpu, medianMs: median(times), maxMs: max(times), met: sc.seedMs === undefined ? undefined : max(times) <= sc.seedMs };
    results.push(r);
    console.log(`median ${ms(r.medianMs)}, max ${ms(r.maxMs)}`);
  }
  process.stdout.write('  up-to-ready … ');
  const up = await upTimes();
  console.log('done');
  process.stdout.write('  RSS … ');
  const rss = await memory();
  console.log('done\n');

  const verdict = (met: boolean | undefined) => (met === undefined ? 'no seed figure' : met ? 'met' : 'MISSED');
  console.log(table([
    ['recovery (fault → all running + /ready 200)', 'seed', 'median', 'max', 'runs', 'goal (max ≤ seed)', 'new process CPU'],
    ...results.map((r) => [r.name, r.seedMs === undefined ? '—' : `${r.seedMs} ms`, ms(r.medianMs), ms(r.maxMs), String(r.times.length), verdict(r.met), r.cpu.length === 0 ? '' : `${ms(median(r.cpu))} median`]),
  ]));
  console.log();
  const upRows: Array<[string, number[], number | undefined]> = [
    ['up → /ready 200, cold (no certificate, RSA 2048)', up.cold, undefined],
    ['up → /ready 200, existing certificate', up.warm, GOALS.upWarmMs],
    ['up → /ready 200, existing certificate, --peers 1', up.warmPeer, undefined],
    ['  CPU used by all processes at ready (existing certificate)', up.warmCpu, undefined],
    ['SIGTERM → root exited (orderly stop)', up.stop, undefined],
  ];
  console.log(table([
    ['startup', 'median', 'max', 'runs', 'goal'],
    ...upRows.map(([name, xs, goal]) => [name, ms(median(xs)), ms(max(xs)), String(xs.length), goal === undefined ? '' : `median ≤ ${goal} ms: ${median(xs) <= goal ? 'met' : 'MISSED'}`]),
  ]));
  console.log();
  const core = rss.filter((p) => !/peer/.test(p.name));
  const coreSum = core.reduce((a, p) => a + p.rss, 0);
  const peers = rss.filter((p) => /peer/.test(p.name));
  console.log(table([
    ['process (--peers 1, idle)', 'pid', 'RSS'],
    ...rss.map((p) => [p.name, String(p.pid), mb(p.rss)]),
    [`root+routing+bootstrap+gateway (goal ≤ ${mb(GOALS.coreRssBytes)})`, '', `${mb(coreSum)} ${coreSum <= GOALS.coreRssBytes ? 'met' : 'MISSED'}`],
    ...peers.map((p) => [`${p.name} (goal ≤ ${mb(GOALS.peerRssBytes)})`, '', `${mb(p.rss)} ${p.rss <= GOALS.peerRssBytes ? 'met' : 'MISSED'}`]),
  ]));

  const out = {
    date: new Date().toISOString(),
    node: process.version,
    runs: RUNS,
    pollMs: POLL_MS,
    scenarios: results.map((r) => ({ name: r.name, seedMs: r.seedMs ?? null, medianMs: r.medianMs, maxMs: r.maxMs, met: r.met ?? null, timesMs: r.times, newProcessCpuMs: r.cpu })),
    up: { coldMs: up.cold, warmMs: up.warm, warmCpuMs: up.warmCpu, warmWithPeerMs: up.warmPeer, stopMs: up.stop, goalWarmMs: GOALS.upWarmMs },
    rss: { processes: rss, coreBytes: coreSum, goalCoreBytes: GOALS.coreRssBytes, goalPeerBytes: GOALS.peerRssBytes },
    loadAverage: { start: loadAtStart, end: os.loadavg() },
    elapsedS: (Date.now() - started) / 1000,
  };
  mkdirSync(join(REPO_ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(REPO_ROOT, 'bench', 'results', 'recovery.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`\nload average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`wrote bench/results/recovery.json (${out.elapsedS.toFixed(0)} s)`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
