/**
 * DHT benchmark (`npm run bench:dht`, issue 11 item 8): the in-process simulation (lib/dht/sim:
 * the real table, lookup, handler, store and publisher code over an in-memory network on one
 * virtual clock) at 100, 1,000 and 10,000 nodes. Per size:
 * - join: nodes added one every JOIN_GAP_MS, all through one bootstrap node, then SETTLE_MS;
 * - lookups without churn: LOOKUPS locates of random live nodes from random live nodes:
 *   success rate, rounds p50/p99 (hops on the discovery path, types.ts LookupStats), RPCs per lookup;
 * - churn: 10 % of the nodes replaced per simulated minute for CHURN_MINUTES (killed: SIGKILL,
 *   nothing withdrawn; replaced by new nodes joining through the bootstrap), locates between
 *   joined nodes every 5 s: success rate, rounds;
 * - records: PUBLISHERS nodes publish one record each, half of the other nodes are killed at once,
 *   and each record is looked up (FIND_VALUE from a random live node) right after and again after
 *   one republish interval: the fraction found;
 * - memory: heap after a forced GC, before and after building the network, / nodes.
 * Links: 2–10 ms one-way delay, no loss (node links are QUIC: a lost datagram is retransmitted).
 * Goals (issue 11): 100 % success without churn, ≥ 99 % with churn, p50 ≤ 4 and p99 ≤ 6 rounds at
 * 10,000 nodes. Prints a table, writes bench/results/dht.json.
 * Then the same DHT on REAL_NODES real nodes on loopback (bench/lib/dhtNodes.ts): join time, locate and
 * find latency p50/p99 (DHT_BENCH_REAL=0 skips it).
 * Env: DHT_BENCH_SIZES=100,1000 (default 100,1000,10000; BENCH_QUICK=1: 100,1000), DHT_BENCH_SEED.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { DEFAULT_ALPHA, DEFAULT_K, DEFAULT_REPUBLISH_INTERVAL_MS, dhtKey, type LookupResult } from '../lib/dht/index.js';
import { Simulation, type SimNode } from '../lib/dht/sim/index.js';
import { runRealNodes, type RealDhtResult } from './lib/dhtNodes.js';
import { ms, percentile, table } from './lib/stats.js';

// a forced GC around the memory figure, without needing node --expose-gc on the command line
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const RESULTS = fileURLToPath(new URL('./results/dht.json', import.meta.url));
const SIZES = (process.env.DHT_BENCH_SIZES ?? (process.env.BENCH_QUICK === '1' ? '100,1000' : '100,1000,10000')).split(',').map(Number);
const SEED = process.env.DHT_BENCH_SEED ?? 'bench-dht';
const LINK = { delayMs: 2, jitterMs: 8, loss: 0 };
const JOIN_GAP_MS = 10;
const SETTLE_MS = 120_000;
const LOOKUPS = 1_000;
const CHURN_PER_MINUTE = 0.1;
const CHURN_STEP_MS = 5_000;
const CHURN_LOOKUPS_PER_STEP = 40;
const CHURN_MINUTES = 3;
const REAL_NODES = 5;
const REAL_LOOKUPS = 200;
const GOALS = { success: 1, churnSuccess: 0.99, p50At10k: 4, p99At10k: 6 };

interface LookupFigures {
  lookups: number;
  success: number;
  roundsP50: number;
  roundsP99: number;
  rpcsMean: number;
  rpcsP50: number;
  durationP50Ms: number;
  durationP99Ms: number;
}

interface SizeResult {
  nodes: number;
  joinWallMs: number;
  messagesToJoin: number;
  tableSizeP50: number;
  heapPerNodeBytes: number;
  static: LookupFigures;
  churn: LookupFigures & { replaced: number; minutes: number };
  records: { published: number; killed: number; foundRightAfter: number; foundAfterRepublish: number };
  wallMs: number;
}

function pick<T>(sim: Simulation, list: readonly T[]): T {
  return list[Math.floor(sim.random() * list.length)]!;
}

function pairs(sim: Simulation, count: number, among: readonly SimNode[]): [SimNode, SimNode][] {
  const out: [SimNode, SimNode][] = [];
  while (out.length < count) {
    const a = pick(sim, among);
    const b = pick(sim, among);
    if (a !== b) out.push([a, b]);
  }
  return out;
}

async function locate(sim: Simulation, list: [SimNode, SimNode][]): Promise<{ found: boolean; r: LookupResult | undefined }[]> {
  const out: { found: boolean; r: LookupResult | undefined }[] = [];
  const all = Promise.all(list.map(async ([a, b]) => {
    const r = await a.node.locate(b.nodeId).catch(() => undefined);
    out.push({ found: r?.found?.nodeId === b.nodeId, r });
  }));
  const done = await sim.settle(all, 600_000);
  if (!done.done) throw new Error('lookups did not end');
  return out;
}

function figures(outcomes: { found: boolean; r: LookupResult | undefined }[]): LookupFigures {
  const stats = outcomes.flatMap((o) => (o.r === undefined ? [] : [o.r.stats]));
  const found = outcomes.filter((o) => o.found).flatMap((o) => (o.r === undefined ? [] : [o.r.stats]));
  const rounds = found.map((s) => s.rounds);
  const rpcs = stats.map((s) => s.rpcs);
  return {
    lookups: outcomes.length,
    success: outcomes.filter((o) => o.found).length / outcomes.length,
    roundsP50: percentile(rounds, 50),
    roundsP99: percentile(rounds, 99),
    rpcsMean: rpcs.reduce((a, b) => a + b, 0) / Math.max(1, rpcs.length),
    rpcsP50: percentile(rpcs, 50),
    durationP50Ms: percentile(stats.map((s) => s.durationMs), 50),
    durationP99Ms: percentile(stats.map((s) => s.durationMs), 99),
  };
}

async function runSize(n: number): Promise<SizeResult> {
  const t0 = performance.now();
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const sim = new Simulation({ seed: `${SEED}/${n}`, link: LINK });
  for (let i = 0; i < n; i++) {
    sim.addNode();
    await sim.run(JOIN_GAP_MS);
  }
  await sim.run(SETTLE_MS);
  const joinWallMs = performance.now() - t0;
  const messagesToJoin = sim.network.counters.sent;
  gc();
  const heapPerNodeBytes = (process.memoryUsage().heapUsed - heap0) / n;
  const tableSizeP50 = percentile(sim.alive().map((s) => s.node.table.size), 50);
  log(n, `joined in ${(joinWallMs / 1000).toFixed(1)} s wall, ${messagesToJoin} messages, table p50 ${tableSizeP50}, heap/node ${(heapPerNodeBytes / 1024).toFixed(1)} KB`);

  const staticFigures = figures(await locate(sim, pairs(sim, LOOKUPS, sim.alive())));
  log(n, `static: ${JSON.stringify(staticFigures)}`);

  // churn: kill and add ~10 % of n per simulated minute, lookups between joined nodes every step
  const churnOutcomes: { found: boolean; r: LookupResult | undefined }[] = [];
  const steps = (CHURN_MINUTES * 60_000) / CHURN_STEP_MS;
  const perStep = (CHURN_PER_MINUTE * n * CHURN_STEP_MS) / 60_000;
  let replaced = 0;
  let owed = 0;
  for (let step = 0; step < steps; step++) {
    owed += perStep;
    for (; owed >= 1; owed--) {
      sim.kill(sim.randomAlive(sim.bootstrap!.nodeId).nodeId);
      sim.addNode();
      replaced++;
    }
    const joined = sim.alive().filter((s) => s.node.maintenance.joined);
    churnOutcomes.push(...(await locate(sim, pairs(sim, CHURN_LOOKUPS_PER_STEP, joined))));
    await sim.run(CHURN_STEP_MS);
  }
  const churn = { ...figures(churnOutcomes), replaced, minutes: CHURN_MINUTES };
  log(n, `churn: ${JSON.stringify(churn)}`);

  // records: publishers survive, half of the rest are killed at once
  const publishersCount = Math.min(100, Math.floor(n / 5));
  const live = sim.alive().filter((s) => s.node.maintenance.joined && s !== sim.bootstrap);
  const publishers: SimNode[] = [];
  while (publishers.length < publishersCount) {
    const p = pick(sim, live);
    if (!publishers.includes(p)) publishers.push(p);
  }
  const keys = publishers.map((_, i) => dhtKey('bench', `record-${i}`));
  await sim.settle(Promise.all(publishers.map((p, i) => p.node.publish(keys[i]!))));
  const others = sim.alive().filter((s) => !publishers.includes(s) && s !== sim.bootstrap);
  const toKill = Math.floor(sim.alive().length / 2);
  for (let k = 0; k < toKill && others.length > 0; k++) {
    const at = Math.floor(sim.random() * others.length);
    sim.kill(others[at]!.nodeId);
    others.splice(at, 1);
  }
  const findable = async (): Promise<number> => {
    const alive = sim.alive();
    let found = 0;
    await sim.settle(Promise.all(keys.map(async (key, i) => {
      const r = await pick(sim, alive).node.findProviders(key).catch(() => undefined);
      if (r?.providers.some((p) => p.nodeId === publishers[i]!.nodeId)) found++;
    })), 600_000);
    return found / keys.length;
  };
  const foundRightAfter = await findable();
  await sim.run(DEFAULT_REPUBLISH_INTERVAL_MS + 10_000);
  const foundAfterRepublish = await findable();
  const records = { published: keys.length, killed: toKill, foundRightAfter, foundAfterRepublish };
  log(n, `records: ${JSON.stringify(records)}`);
  return { nodes: n, joinWallMs, messagesToJoin, tableSizeP50, heapPerNodeBytes, static: staticFigures, churn, records, wallMs: performance.now() - t0 };
}

function log(n: number, text: string): void {
  console.log(`[${n}] ${text}`);
}

const pct = (x: number): string => `${(x * 100).toFixed(x === 1 ? 0 : 2)} %`;
const results: SizeResult[] = [];
for (const n of SIZES) {
  results.push(await runSize(n));
  gc();
}

const rows = [
  ['nodes', 'rounds p50/p99', 'RPCs/lookup', 'success', 'churn success', 'churn rounds p50/p99', 'records found (after half killed: now / after republish)', 'heap/node', 'wall'],
  ...results.map((r) => [
    String(r.nodes),
    `${r.static.roundsP50} / ${r.static.roundsP99}`,
    r.static.rpcsMean.toFixed(1),
    pct(r.static.success),
    `${pct(r.churn.success)} (${r.churn.lookups})`,
    `${r.churn.roundsP50} / ${r.churn.roundsP99}`,
    `${pct(r.records.foundRightAfter)} / ${pct(r.records.foundAfterRepublish)}`,
    `${(r.heapPerNodeBytes / 1024).toFixed(1)} KB`,
    `${(r.wallMs / 1000).toFixed(0)} s`,
  ]),
];
console.log(`\nDHT simulation, k = ${DEFAULT_K}, α = ${DEFAULT_ALPHA}, links 2–10 ms, churn ${CHURN_PER_MINUTE * 100} %/min for ${CHURN_MINUTES} min\n`);
console.log(table(rows));
const largest = results.find((r) => r.nodes === 10_000);
const goals = {
  successWithoutChurn: results.every((r) => r.static.success >= GOALS.success),
  successWithChurn: results.every((r) => r.churn.success >= GOALS.churnSuccess),
  roundsAt10k: largest === undefined ? null : largest.static.roundsP50 <= GOALS.p50At10k && largest.static.roundsP99 <= GOALS.p99At10k,
};
console.log(`\ngoals: ${JSON.stringify(goals)}`);

let real: RealDhtResult | null = null;
if (process.env.DHT_BENCH_REAL !== '0') {
  real = await runRealNodes(REAL_NODES, REAL_LOOKUPS);
  const fig = (name: string, f: RealDhtResult['locate']): string[] => [name, String(f.count), pct(f.success), String(f.roundsP50), `${ms(f.lookupP50Ms)} / ${ms(f.lookupP99Ms)}`, `${ms(f.endToEndP50Ms)} / ${ms(f.endToEndP99Ms)}`];
  console.log(`\nDHT on ${real.nodes} real nodes (loopback, default settings): seed up in ${ms(real.seedUpMs)}, the others up in ${ms(real.upMsP50)} (p50, started together), joined ${ms(percentile(real.joinAfterReadyMs, 50))} p50 / ${ms(Math.max(...real.joinAfterReadyMs))} max after /ready, every table complete ${real.convergedMs === null ? 'NOT within 120 s' : `${ms(real.convergedMs)} after the others were started`}\n`);
  console.log(table([
    ['lookup', 'count', 'success', 'rounds p50', 'in routing p50 / p99', 'via control socket p50 / p99'],
    fig('locate a node', real.locate),
    fig('find a record', real.find),
  ]));
}
writeFileSync(RESULTS, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, seed: SEED, link: LINK, goals: GOALS, met: goals, results, real }, null, 2)}\n`);
console.log(`wrote ${RESULTS}`);
