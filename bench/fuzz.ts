/**
 * `npm run fuzz [-- options]`: the fuzz boundaries of issue 8 item 7 (test/fuzz/lib), at length.
 * By default 100,000 cases per boundary — the QUIC stream boundary (an in-process gateway), the
 * IPC pipe, the sibling channels, the control socket — then a shorter run against a real node
 * (its gateway, root and sibling sockets as OS processes). Prints, per boundary, the cases run,
 * the outcomes, the input kinds and the error codes, with memory before/after.
 *
 *   --seed S          seed of the first boundary (the others S+1, …); default: a new one, printed
 *   --cases N         cases per in-process boundary (default 100000)
 *   --node-cases N    QUIC cases against the real node (default 10000; control and sibling: N/5)
 *   --boundary B      only quic | ipc | siblings | control | node (repeatable)
 *   --path P          replay one counterexample (with its --seed and one --boundary)
 *   --json FILE       also write the report as JSON
 *
 * A failing case prints its seed and path (fast-check); the run stops at the first one and exits 1.
 * Spawns processes for the node run: run it under the heavy lock.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FUZZ_CASES_PER_BOUNDARY, mib, type MemoryReport, type Tally } from '../test/fuzz/lib/common.js';
import { controlCaseArb } from '../test/fuzz/lib/controlArbitraries.js';
import { runControlFuzz } from '../test/fuzz/lib/controlFuzz.js';
import { startControlServer } from '../test/fuzz/lib/controlTarget.js';
import { startInProcessGateway } from '../test/fuzz/lib/inProcess.js';
import { ipcCaseArb, siblingCaseArb } from '../test/fuzz/lib/ipcArbitraries.js';
import { runIpcFuzz } from '../test/fuzz/lib/ipcFuzz.js';
import { pipeTarget, siblingTarget } from '../test/fuzz/lib/ipcTargets.js';
import { fuzzNode } from '../test/fuzz/lib/nodeTarget.js';
import { runQuicFuzz } from '../test/fuzz/lib/quicFuzz.js';
import { killAllAndCheckOrphans, startNode } from '../test/helpers/cluster.js';

const BOUNDARIES = ['quic', 'ipc', 'siblings', 'control', 'node'] as const;
type Boundary = (typeof BOUNDARIES)[number];
/** QUIC cases against the real node by default (control and sibling runs there: a fifth each). */
const DEFAULT_NODE_CASES = 10_000;

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    cases: { type: 'string' },
    'node-cases': { type: 'string' },
    boundary: { type: 'string', multiple: true },
    path: { type: 'string' },
    json: { type: 'string' },
  },
});
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 0x7fff_ffff);
const cases = values.cases !== undefined ? Number(values.cases) : FUZZ_CASES_PER_BOUNDARY;
const nodeCases = values['node-cases'] !== undefined ? Number(values['node-cases']) : DEFAULT_NODE_CASES;
const only = (values.boundary ?? []) as Boundary[];
for (const b of only) if (!BOUNDARIES.includes(b)) throw new Error(`--boundary ${b}: expected one of ${BOUNDARIES.join(', ')}`);
if (!Number.isInteger(seed) || !Number.isInteger(cases) || cases < 1 || !Number.isInteger(nodeCases) || nodeCases < 1) throw new Error('--seed, --cases and --node-cases take integers');
if (values.path !== undefined && only.length !== 1) throw new Error('--path replays one counterexample: give its --boundary (and --seed)');
const wanted = (b: Boundary): boolean => only.length === 0 || only.includes(b);
const seedOf = (b: Boundary): number => seed + BOUNDARIES.indexOf(b);

interface Row {
  boundary: string;
  seed: number;
  tally: Tally;
  memory?: MemoryReport;
  durationMs: number;
  extra?: Record<string, unknown>;
}
const rows: Row[] = [];
const common = { endOnFailure: true, path: values.path };

function print(r: Row): void {
  const t = r.tally;
  const list = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`\n== ${r.boundary}: ${t.cases} cases in ${(r.durationMs / 1000).toFixed(1)} s (seed ${r.seed})`);
  console.log(`   outcomes: ${list(t.outcomes)}`);
  console.log(`   inputs:   ${list(t.inputs)}`);
  console.log(`   codes:    ${list(t.codes)}`);
  if (r.memory) console.log(`   memory:   heap ${mib(r.memory.before.heapUsed)} -> ${mib(r.memory.after.heapUsed)} MiB, rss ${mib(r.memory.before.rss)} -> ${mib(r.memory.after.rss)} MiB`);
  if (r.extra) console.log(`   ${JSON.stringify(r.extra)}`);
}

function add(r: Row): void {
  rows.push(r);
  print(r);
}

console.log(`npm run fuzz: seed ${seed} (boundaries get ${seed}…${seed + BOUNDARIES.length - 1}); ${cases} cases per in-process boundary; ${nodeCases} QUIC cases against a real node`);
let failed = false;
try {
  if (wanted('quic')) {
    const g = await startInProcessGateway();
    try {
      const r = await runQuicFuzz({ ...g.target, numRuns: cases, seed: seedOf('quic'), ...common });
      if (g.faults.length > 0) throw new Error(`gateway worker faults: ${g.faults.map((e) => `${e.kind} ${e.child}`).join(', ')}`);
      add({ boundary: 'quic (in-process gateway)', seed: seedOf('quic'), tally: r.tally, memory: r.memory, durationMs: r.durationMs, extra: { neighbour: r.neighbour } });
    } finally {
      await g.stop();
    }
  }
  if (wanted('ipc')) {
    const t = await pipeTarget();
    try {
      const r = await runIpcFuzz(t, { numRuns: cases, seed: seedOf('ipc'), caseArb: ipcCaseArb, ...common });
      add({ boundary: 'ipc (IpcChannel, socket pair)', seed: seedOf('ipc'), tally: r.tally, memory: r.memory, durationMs: r.durationMs, extra: { neighbourRequests: r.neighbourRequests } });
    } finally {
      await t.close();
    }
  }
  if (wanted('siblings')) {
    const t = await siblingTarget();
    try {
      const r = await runIpcFuzz(t, { numRuns: cases, seed: seedOf('siblings'), caseArb: siblingCaseArb, ...common });
      add({ boundary: 'siblings (Siblings listener)', seed: seedOf('siblings'), tally: r.tally, memory: r.memory, durationMs: r.durationMs, extra: { neighbourRequests: r.neighbourRequests, inboundAfter: t.listener.inboundCount } });
    } finally {
      await t.close();
    }
  }
  if (wanted('control')) {
    const s = await startControlServer();
    try {
      const r = await runControlFuzz({ path: s.path, numRuns: cases, seed: seedOf('control'), caseArb: controlCaseArb(false), endOnFailure: true, replay: values.path });
      add({ boundary: 'control (in-process ControlServer)', seed: seedOf('control'), tally: r.tally, memory: r.memory, durationMs: r.durationMs, extra: { neighbourRequests: r.neighbourRequests } });
    } finally {
      await s.stop();
    }
  }
  if (wanted('node')) {
    try {
      const node = await startNode({ faults: false });
      const n = Math.max(1, Math.floor(nodeCases / 5));
      const s = seedOf('node');
      const r = await fuzzNode(node, { cases: { quic: nodeCases, control: n, siblings: n }, seeds: { quic: s, control: s + 100, siblings: s + 200 }, endOnFailure: true });
      const rss = { gatewayRssMiB: `${mib(r.gatewayRss.before)} -> ${mib(r.gatewayRss.after)}`, rootRssMiB: `${mib(r.rootRss.before)} -> ${mib(r.rootRss.after)}`, pids: r.pids };
      add({ boundary: 'node: quic (gateway OS process)', seed: s, tally: r.quic.tally, durationMs: r.quic.durationMs, extra: { neighbour: r.quic.neighbour, ...rss } });
      add({ boundary: 'node: control (root)', seed: s + 100, tally: r.control.tally, durationMs: r.control.durationMs });
      add({ boundary: 'node: siblings (gateway, before hello)', seed: s + 200, tally: r.siblings.tally, durationMs: r.siblings.durationMs });
    } finally {
      const orphans = await killAllAndCheckOrphans();
      if (orphans.length > 0) throw new Error(`orphaned processes: ${orphans.join(', ')}`);
    }
  }
} catch (err) {
  failed = true;
  console.error(`\nFUZZ FAILURE (seed ${seed}):\n${(err as Error).message}\n${((err as Error).cause as Error | undefined)?.message ?? ''}`);
}

console.log('\n| boundary | seed | cases | outcomes (top) | s |\n|---|---:|---:|---|---:|');
for (const r of rows) {
  const top = [...r.tally.outcomes].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`| ${r.boundary} | ${r.seed} | ${r.tally.cases} | ${top} | ${(r.durationMs / 1000).toFixed(1)} |`);
}
if (values.json !== undefined) {
  writeFileSync(values.json, JSON.stringify({ seed, cases, nodeCases, failed, boundaries: rows.map((r) => ({ ...r, tally: r.tally.toJSON() })) }, null, 2));
}
process.exit(failed ? 1 : 0);
