/**
 * The chaos run (issue 8 item 8): a real node with services (`--peers 1`, the echo example ×2,
 * the counter example), CLIENTS client processes publishing, subscribing and calling through the
 * SDK, and a seeded scheduler that injects a fault at random moments (bench/chaos/faults.ts).
 * After each fault it waits until the tree is fully running again and every client is calling,
 * publishing and receiving again, each within a bound, then records what the fault cost the
 * clients (bench/chaos/analysis.ts). Throughout it checks: no orphaned or stray process, no
 * operation that never settles, no duplicate delivery, and at the end memory growth per process
 * after warm-up. `npm run chaos` (bench/chaos.ts) and test/chaos run this same code.
 */
import { join } from 'node:path';
import { BenchNode, REPO_ROOT } from '../lib/node.js';
import { memoryGrowth, percentile, streamRecovery, type MemoryGrowth } from './analysis.js';
import { ClientPool, type ClientHandle } from './ClientPool.js';
import { Collector, type ClientFinding, type OpTotals } from './Collector.js';
import * as C from './constants.js';
import { FaultPlan, injectNodeFault, label, type Fault } from './faults.js';
import { Processes } from './Processes.js';
import { now } from './protocol.js';
import { Rng } from './rng.js';
import { allRunning, gatewayBooks, nodeStatus, osProcesses, readyCode, restartedSince, serviceCounts, type NodeStatus } from './tree.js';

export interface ChaosOptions {
  durationMs: number;
  seed: number;
  /** @default DEFAULT_CLIENTS */
  clients?: number;
  /** Progress lines. @default none */
  log?: (line: string) => void;
  /** Where the node's stdout/stderr go. @default <its data dir>/../node.log */
  logFile?: string;
}

export interface Violation {
  at: number;
  kind: string;
  message: string;
}

export interface FaultRecord {
  n: number;
  at: number;
  category: Fault['category'];
  kind: string;
  how?: string;
  target: string;
  seedMs?: number;
  injected: boolean;
  error?: string;
  /** Fault → tree fully running, /ready 200, every service back. */
  treeBackMs?: number;
  /** Fault → every client calling, publishing and receiving again. */
  clientsBackMs?: number;
  /** Per client that lived through the fault: time until its calls succeed again. */
  recoveriesMs: number[];
  /** Operations that failed or were slow in the fault's window. */
  badOps: number;
  /** A double fault: whether its second part found its target still there to break. */
  secondInjected?: boolean;
  /** Each client's SDK connection events in the fault's window: [ms after the fault, event, detail]. */
  connection?: Record<string, Array<[number, string, string]>>;
}

export interface ChaosResult {
  seed: number;
  durationMs: number;
  clients: number;
  startedAt: string;
  elapsedMs: number;
  faults: FaultRecord[];
  violations: Violation[];
  totals: Record<string, OpTotals>;
  deliveries: { received: number; missing: number };
  memory: MemoryGrowth[];
  /** RSS over time of every node process that lived MEMORY_SERIES_MIN_MS or more: [s since the first fault, MB]. */
  memorySeries: Array<{ name: string; pid: number; samples: Array<[number, number]> }>;
  findingCounts: Record<ClientFinding['kind'], number>;
  sdkFindings: ClientFinding[];
  nodeLog: string;
}

const PROCEDURES = ['demo.echo', 'demo.counter.get', 'com.macula.diagnostics.echo'];
const PATTERNS = ['chaos.**', 'chaos.*.tick'];
const DESIRED: Readonly<Record<string, number>> = { '': 1, echo: 2, counter: 1 };
/** What the node's services hold at the gateway: echo ×2 (demo.echo.requests; demo.echo, demo.uppercase), counter (demo.events.**; demo.counter.get, .reset). */
const SERVICE_SUBSCRIPTIONS = 3;
const SERVICE_REGISTRATIONS = 6;
const SERVICE_ARGS = ['--service', `echo=${join(REPO_ROOT, 'dist/examples/echo-service.js')}:2`, '--service', `counter=${join(REPO_ROOT, 'dist/examples/counter-service.js')}`];
const CLIENT_FILE = join(REPO_ROOT, 'dist/bench/chaos/client.js');
/** The SDK fires a call's own timer this long after its deadline (lib/client CALL_TIMEOUT_GRACE_MS). */
const SDK_GRACE_MS = 250;
const STATUS_TIMEOUT_MS = 2_000;
const FAULT_REQUEST_TIMEOUT_MS = 5_000;
const NODE_READY_TIMEOUT_MS = 60_000;
/** Processes that lived this long get their RSS series in the result, at most this many points each. */
const MEMORY_SERIES_MIN_MS = 60_000;
const MEMORY_SERIES_POINTS = 300;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function countsMatch(s: NodeStatus): boolean {
  const have = serviceCounts(s);
  return Object.entries(DESIRED).every(([k, n]) => (have[k] ?? 0) === n) && Object.keys(have).every((k) => k in DESIRED);
}

export async function runChaos(options: ChaosOptions): Promise<ChaosResult> {
  const log = options.log ?? (() => undefined);
  const clientsN = options.clients ?? C.DEFAULT_CLIENTS;
  const rng = new Rng(options.seed);
  const t0 = now();
  const violations: Violation[] = [];
  const violate = (kind: string, message: string): void => {
    violations.push({ at: now(), kind, message });
    log(`  VIOLATION ${kind}: ${message}`);
  };
  const procs = new Processes();
  const collector = new Collector(C.CALL_TIMEOUT_MS + SDK_GRACE_MS + C.UNSETTLED_MARGIN_MS);
  const faults: FaultRecord[] = [];

  const { node } = await BenchNode.start({ peers: 1, extraArgs: SERVICE_ARGS, readyTimeoutMs: NODE_READY_TIMEOUT_MS, ...(options.logFile ? { logFile: options.logFile } : {}) });
  let nodeGone = false;
  void node.exited.then((code) => {
    nodeGone = true;
    if (!stopping) violate('node_exited', `root exited during the run (code ${code}); see ${node.logFile}`);
  });
  let stopping = false;
  let last: NodeStatus | undefined;
  const strays = new Map<number, number>();

  /** Status, with every process in it recorded as part of the tree now. */
  const status = async (): Promise<NodeStatus> => {
    const s = await nodeStatus(node.socket, STATUS_TIMEOUT_MS);
    const at = now();
    const pids = new Set<number>();
    for (const p of osProcesses(s)) {
      procs.see(p.pid, p.name, 'node', at);
      pids.add(p.pid);
    }
    procs.setCurrent(pids, 'node');
    last = s;
    return s;
  };
  const checkProcesses = (): void => {
    const at = now();
    for (const t of procs.orphans(at, C.ORPHAN_GRACE_MS)) violate('orphan', `${t.name} (pid ${t.pid}) still runs ${Math.round((at - t.lastInTree) / 1000)} s after it left the ${t.kind === 'node' ? 'tree' : 'run'}`);
    const live = new Set<number>();
    for (const pid of procs.strays(node.pid)) {
      live.add(pid);
      const since = strays.get(pid) ?? at;
      strays.set(pid, since);
      if (at - since > C.ORPHAN_GRACE_MS) {
        violate('stray', `pid ${pid}, a child of root, has not been in the tree for ${Math.round((at - since) / 1000)} s`);
        strays.set(pid, Infinity);
      }
    }
    for (const pid of strays.keys()) if (!live.has(pid)) strays.delete(pid);
  };

  let pool: ClientPool | undefined;
  /** Since when each of the gateway's books has been above what the live clients and peers hold. */
  const excess = new Map<string, number>();
  const checkBooks = async (): Promise<void> => {
    const books = await gatewayBooks(last?.health, STATUS_TIMEOUT_MS);
    const clients = pool?.clients().length ?? 0;
    const peersN = Object.values(DESIRED).reduce((a, n) => a + n, 0);
    const expected = { clients: clients + peersN, subscriptions: clients * PATTERNS.length + SERVICE_SUBSCRIPTIONS, registrations: SERVICE_REGISTRATIONS, pending_calls: clients * C.CALL_LOOPS };
    const at = now();
    for (const [key, want] of Object.entries(expected)) {
      const have = books[key as keyof typeof books];
      if (!(have > want)) {
        excess.delete(key);
        continue;
      }
      const since = excess.get(key) ?? at;
      excess.set(key, since);
      if (at - since > C.BOOKS_SETTLE_BOUND_MS) {
        violate('gateway_books', `the gateway has held ${have} ${key} (live clients and peers hold ${want}) for ${Math.round((at - since) / 1000)} s`);
        excess.set(key, Infinity);
      }
    }
  };

  const startClient = async (slot: number): Promise<ClientHandle> => {
    const c = await pool!.start(slot);
    procs.see(c.pid, `client ${slot}`, 'client', now());
    return c;
  };
  const liveClientPids = (): void => procs.setCurrent(new Set((pool?.clients() ?? []).map((c) => c.pid)), 'client');

  let memoryTimer: NodeJS.Timeout | undefined;
  /** The faults' span: memory warm-up and spans are parts of it (the stop after it is not sampled). */
  const chaosStart = { at: 0, end: 0 };
  try {
    const first = await waitFor(async () => {
      const s = await status();
      return s.ready && allRunning(s.tree.children ?? []) && countsMatch(s) ? s : undefined;
    }, NODE_READY_TIMEOUT_MS, 'the node fully running');
    pool = new ClientPool({
      file: CLIENT_FILE,
      config: {
        url: `quic://127.0.0.1:${(first.quic ?? '').split(':').pop()}`,
        nodeId: first.nodeId,
        procedures: PROCEDURES,
        callTimeoutMs: C.CALL_TIMEOUT_MS,
        callLoops: C.CALL_LOOPS,
        callIntervalMs: C.CALL_INTERVAL_MS,
        publishIntervalMs: C.PUBLISH_INTERVAL_MS,
        patterns: PATTERNS,
        reportIntervalMs: C.REPORT_INTERVAL_MS,
        unsettledMarginMs: C.UNSETTLED_MARGIN_MS,
        dedupWindow: C.DEDUP_WINDOW,
      },
      topicOf: (slot) => `chaos.c${slot}.tick`,
      onReport: (client, r) => {
        const before = collector.findingCounts.duplicate + collector.findingCounts.unsettled + collector.findingCounts.settled_late;
        collector.add(client.tag, r);
        if (collector.findingCounts.duplicate + collector.findingCounts.unsettled + collector.findingCounts.settled_late > before) {
          const f = collector.findings.at(-1)!;
          violate(f.kind, `client ${client.slot}: ${f.message}`);
        }
      },
      onUnexpectedExit: (client, code, signal) => {
        if (stopping) return;
        violate('client_exit', `client ${client.slot} (pid ${client.pid}) exited by itself (${code ?? signal}): ${client.stderr.slice(-600)}`);
        collector.retire(client.tag);
        void startClient(client.slot).catch((err: Error) => violate('client_start', err.message));
      },
      readyBoundMs: C.CLIENT_READY_BOUND_MS,
    });
    await Promise.all(Array.from({ length: clientsN }, (_, slot) => startClient(slot)));
    log(`node up (root pid ${node.pid}), ${clientsN} clients up; warming up ${C.WARMUP_MS / 1000} s`);
    memoryTimer = setInterval(() => {
      procs.sampleMemory(now());
      liveClientPids();
      checkProcesses();
      status().catch(() => undefined);
      void checkBooks();
    }, C.MEMORY_SAMPLE_MS);
    await sleep(C.WARMUP_MS);

    const plan = new FaultPlan(rng, first);
    chaosStart.at = now();
    const end = chaosStart.at + options.durationMs;
    for (let n = 1; now() < end && !nodeGone; n++) {
      await sleep(rng.int(C.MIN_FAULT_GAP_MS, C.MAX_FAULT_GAP_MS));
      if (now() >= end || nodeGone) break;
      const s = await status();
      const fault = plan.next(s, pool!.clients().map((c) => c.slot));
      const rec = await oneFault(n, fault, s);
      faults.push(rec);
      const rmax = rec.recoveriesMs.length ? Math.max(...rec.recoveriesMs) : NaN;
      log(`[${((rec.at - chaosStart.at) / 1000).toFixed(1)} s] #${n} ${label(fault)}: ${rec.injected ? `tree back ${fmt(rec.treeBackMs)}, clients back ${fmt(rec.clientsBackMs)}, calls ok again ≤ ${fmt(rmax)}` : `not injected: ${rec.error}`}`);
      checkProcesses();
      collector.prune(now() - C.CALL_TIMEOUT_MS - SDK_GRACE_MS - C.UNSETTLED_MARGIN_MS);
      if (rec.injected && (rec.treeBackMs === undefined || rec.clientsBackMs === undefined)) break;
    }
  } finally {
    chaosStart.end = now();
    stopping = true;
    clearInterval(memoryTimer);
    await pool?.stopAll(C.CALL_TIMEOUT_MS + SDK_GRACE_MS + 3_000);
    liveClientPids();
    await stopNode(node, procs, violate, nodeGone);
  }

  const measured = chaosStart.end - chaosStart.at;
  const memory = memoryGrowth(procs.tracked(), {
    warmupEnd: chaosStart.at + measured * C.MEMORY_WARMUP_FRACTION,
    processWarmupMs: C.PROCESS_MEMORY_WARMUP_MS,
    minSpanMs: measured * (1 - C.MEMORY_WARMUP_FRACTION) * C.MIN_MEMORY_SPAN_FRACTION,
    windowSamples: C.MEMORY_WINDOW_SAMPLES,
  });
  for (const m of memory) {
    if (m.judged && m.growth > C.MAX_MEMORY_GROWTH) violate('memory_growth', `${m.name} (pid ${m.pid}) grew ${(m.growth * 100).toFixed(1)} % after warm-up (${mb(m.baseBytes)} → ${mb(m.endBytes)} over ${Math.round(m.spanMs / 1000)} s)`);
  }
  return {
    seed: options.seed,
    durationMs: options.durationMs,
    clients: clientsN,
    startedAt: new Date(t0).toISOString(),
    elapsedMs: now() - t0,
    faults,
    violations,
    totals: Object.fromEntries(collector.totals),
    deliveries: collector.deliveries(),
    memory,
    memorySeries: procs
      .tracked()
      .filter((p) => p.kind === 'node' && p.rss.length > 1 && p.rss.at(-1)![0] - p.rss[0]![0] >= MEMORY_SERIES_MIN_MS)
      .map((p) => ({ name: p.name, pid: p.pid, samples: p.rss.filter((_, i) => i % Math.ceil(p.rss.length / MEMORY_SERIES_POINTS) === 0).map(([t, b]): [number, number] => [Math.round((t - chaosStart.at) / 100) / 10, Math.round(b / 104857.6) / 10]) })),
    findingCounts: collector.findingCounts,
    sdkFindings: collector.findings.filter((f) => f.kind === 'sdk'),
    nodeLog: node.logFile,
  };

  /** Inject one fault, wait (bounded) for the tree and then the clients to be back, and measure. */
  async function oneFault(n: number, fault: Fault, s: NodeStatus): Promise<FaultRecord> {
    const before = new Map(pool!.clients().map((c) => [c.tag, c]));
    const rec: FaultRecord = { n, at: now(), category: fault.category, kind: fault.kind, target: fault.target, injected: false, recoveriesMs: [], badOps: 0 };
    if (fault.how) rec.how = fault.how;
    if (fault.seedMs !== undefined) rec.seedMs = fault.seedMs;
    const t = now();
    rec.at = t;
    // the tree's startedAt is the supervisor's Date.now(): compare it with the same clock, not now()
    const wallT = Date.now();
    let secondAt = wallT;
    try {
      if (fault.category === 'client_kill') {
        const gone = await pool!.kill(Number(fault.target));
        if (gone) {
          before.delete(gone.tag);
          collector.retire(gone.tag);
        }
        await startClient(Number(fault.target));
      } else if (fault.parts) {
        await injectNodeFault(fault.parts.first, s, node.socket, FAULT_REQUEST_TIMEOUT_MS);
        await sleep(fault.parts.delayMs);
        // taken before the request: the restart may be done before its reply comes back
        secondAt = Date.now();
        // the first may have taken the second's target down already: then there is nothing left to break
        rec.secondInjected = await injectNodeFault(fault.parts.second, s, node.socket, FAULT_REQUEST_TIMEOUT_MS).then(
          () => true,
          () => false,
        );
      } else {
        await injectNodeFault(fault, s, node.socket, FAULT_REQUEST_TIMEOUT_MS);
      }
      rec.injected = true;
    } catch (err) {
      rec.error = (err as Error).message;
      // every target is taken from the tree as it runs now: a fault that cannot be injected means the run did not test what it reports
      violate('not_injected', `#${n} ${label(fault)} on ${fault.target}: ${rec.error}`);
      return rec;
    }
    let treeAt: number;
    try {
      treeAt = await waitFor(async () => {
        const x = await status();
        if (fault.watch && !restartedSince(x.tree, fault.watch, wallT)) return undefined;
        if (fault.parts?.first.watch && !restartedSince(x.tree, fault.parts.first.watch, wallT)) return undefined;
        if (rec.secondInjected && fault.parts?.second.watch && !restartedSince(x.tree, fault.parts.second.watch, secondAt)) return undefined;
        if (!x.ready || !allRunning(x.tree.children ?? []) || !countsMatch(x)) return undefined;
        return (await readyCode(x.health, STATUS_TIMEOUT_MS)) === 200 ? now() : undefined;
      }, C.TREE_BACK_BOUND_MS, 'tree back');
    } catch {
      violate('tree_not_back', `#${n} ${label(fault)}: the tree was not fully running again within ${C.TREE_BACK_BOUND_MS} ms (last status ready=${last?.ready})`);
      return rec;
    }
    rec.treeBackMs = treeAt - t;
    const whats = [...PROCEDURES, 'publish'];
    let cutoffs: Map<string, Map<string, number>>;
    try {
      cutoffs = await waitFor(async () => {
        const out = new Map<string, Map<string, number>>();
        for (const c of pool!.clients()) {
          const ops = collector.opsOf(c.tag);
          const per = new Map<string, number>();
          for (const w of whats) {
            const good = ops.find(([x, st, d, e]) => x === w && st >= treeAt && e === '' && d <= C.SLOW_CALL_MS);
            if (good === undefined) return undefined;
            per.set(w, good[1]);
          }
          if (collector.subsOf(c.tag).some(([, , lastAt]) => lastAt < treeAt)) return undefined;
          out.set(c.tag, per);
        }
        return out;
      }, C.CLIENTS_BACK_BOUND_MS, 'clients back');
    } catch {
      const stuck = pool!.clients().map((c) => `client ${c.slot}: ${describeClient(c.tag, whats, treeAt)}`).join('; ');
      violate('clients_not_back', `#${n} ${label(fault)}: clients not calling, publishing and receiving again within ${C.CLIENTS_BACK_BOUND_MS} ms of the tree being back (${stuck})`);
      return rec;
    }
    rec.clientsBackMs = now() - t;
    for (const c of pool!.clients()) {
      const events = collector.connOf(c.tag, t, now());
      if (events.length > 0) (rec.connection ??= {})[`client ${c.slot}`] = events.map(([at, e, d]): [number, string, string] => [Math.round(at - t), e, d]);
    }
    for (const [tag, per] of cutoffs) {
      if (!before.has(tag)) continue;
      let worst = 0;
      for (const w of PROCEDURES) {
        const r = streamRecovery(collector.opsOf(tag), w, t, C.CALL_TIMEOUT_MS + SDK_GRACE_MS, per.get(w)!, C.SLOW_CALL_MS);
        worst = Math.max(worst, r.recoveryMs);
        rec.badOps += r.bad;
      }
      rec.recoveriesMs.push(worst);
    }
    return rec;
  }

  function describeClient(tag: string, whats: string[], since: number): string {
    const ops = collector.opsOf(tag);
    const parts = whats.map((w) => {
      const recent = ops.filter(([x, st]) => x === w && st >= since);
      const lastOp = recent.at(-1);
      return `${w} ${recent.filter(([, , , e]) => e === '').length}/${recent.length} ok${lastOp && lastOp[3] ? ` (last: ${lastOp[3]})` : ''}`;
    });
    const subs = collector.subsOf(tag).map(([p, , lastAt]) => `${p} last ${lastAt ? `${Math.round(now() - lastAt)} ms ago` : 'never'}`);
    return [...parts, ...subs].join(', ');
  }
}

async function waitFor<T>(probe: () => Promise<T | undefined>, boundMs: number, what: string): Promise<T> {
  const deadline = now() + boundMs;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch {
      // not answering right now (restarting): ask again
    }
    if (now() > deadline) throw new Error(`${what}: not within ${boundMs} ms`);
    await sleep(C.STATUS_POLL_MS);
  }
}

/** SIGTERM root and check that it and every process the run saw are gone by themselves (bounded); kill what is left. */
async function stopNode(node: BenchNode, procs: Processes, violate: (kind: string, message: string) => void, alreadyGone: boolean): Promise<void> {
  if (!alreadyGone) node.proc.kill('SIGTERM');
  const code = await Promise.race([node.exited, sleep(C.FINAL_STOP_BOUND_MS).then(() => 'timeout' as const)]);
  if (code === 'timeout') violate('stop', `root did not exit within ${C.FINAL_STOP_BOUND_MS} ms of SIGTERM`);
  else if (!alreadyGone && code !== 0) violate('stop', `root exited ${code} after SIGTERM (expected 0)`);
  const deadline = now() + C.FINAL_STOP_BOUND_MS;
  let left = procs.stillAlive();
  while (left.length > 0 && now() < deadline) {
    await sleep(100);
    left = procs.stillAlive();
  }
  for (const t of left) {
    violate('orphan', `${t.name} (pid ${t.pid}) still runs after the node stopped`);
    try {
      process.kill(t.pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  if (code === 'timeout') node.proc.kill('SIGKILL');
  node.proc.stdin?.destroy();
}

function fmt(ms: number | undefined): string {
  return ms === undefined || !Number.isFinite(ms) ? '—' : `${Math.round(ms)} ms`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export { percentile };
