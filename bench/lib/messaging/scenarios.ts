/**
 * The scenarios of the messaging bench, for either system: pub/sub (any number of publisher and
 * subscriber clients, spread over at most `maxProcsPerRole` processes per role; as fast as the
 * clients go, or paced), and request/reply (latency of sequential calls; throughput with calls in
 * flight). Each returns its figures, what a message cost each process (cost.ts) and the
 * measurement window (monotonic µs, to cut it out of a CPU profile).
 */
import { performance } from 'node:perf_hooks';
import type { EndpointStats } from '../../../lib/transport/types.js';
import type { LatencyReport, PubReport, StatsReport, SubReport, System, ThroughputReport, WorkerConfig } from '../../fixtures/messagingWorker.js';
import type { Window } from '../cpuProfile.js';
import { LatencyHistogram, type LatencySummary } from '../latencyHistogram.js';
import { sleep } from '../node.js';
import { begin, type Side, type SideCost } from './cost.js';
import { Worker, startMany, stopAll } from './procs.js';
import type { Target } from './targets.js';

/**
 * After the publishers stop: poll the subscribers until no count moves, at most this long. 64
 * publishers of 4 KiB hold ~100 MB in their clients and flow-control windows: 2 s left ~31 k of
 * a warm-up to arrive in the measured window (now counted as stale, not delivered).
 */
const DRAIN_MAX_MS = 10_000;
const DRAIN_POLL_MS = 150;
/** Polls in a row without a new delivery before the drain is over (one quiet poll ended it early under load). */
const DRAIN_QUIET_POLLS = 3;
/**
 * Before measuring, the publishers run this long the same way (then everything drains): fresh
 * client processes run their first messages through not yet optimised code, and the first
 * ~30 k messages of a paced run would otherwise measure V8's compiler, not the system.
 */
export const WARMUP_MS = 500;

const monoUs = (): number => Number(process.hrtime.bigint() / 1000n);

export interface PubSubSpec {
  tag: string;
  publishers: number;
  subscribers: number;
  /** Clients of one role share processes beyond this many (the machine has 2 cores). */
  maxProcsPerRole: number;
  subjects: number;
  pattern: string;
  payloadBytes: number;
  windowMs: number;
  /** Total publish rate, paced; undefined = as fast as the clients let them. */
  ratePerSec?: number;
  /** Every n-th payload carries its send time (1 = all). */
  stampEvery: number;
  /** @default WARMUP_MS */
  warmupMs?: number;
  /** Subscribers connect here instead (another node or server of a mesh: bench/mesh.ts). */
  subscriberTarget?: Target;
}

export interface PubSubResult {
  publishers: number;
  subscribers: number;
  sent: number;
  publishedPerSec: number;
  /** Deliveries per second at each subscriber process over the window after its first delivery. */
  deliveredPerSecEach: number[];
  deliveredPerSecTotal: number;
  received: number[];
  lost: number;
  dropped: number;
  reconnects: number;
  /** Warm-up deliveries that arrived during the measured window (not counted). */
  stale: number;
  /** Deliveries not above their publisher's last sequence number (duplicates). */
  outOfOrder: number;
  pubErrors: number;
  latency: LatencySummary;
  costs: SideCost[];
  window: Window;
}

/** n clients over at most `procs` processes: how many clients each process holds. */
function spread(n: number, procs: number): number[] {
  const p = Math.max(1, Math.min(n, procs));
  return Array.from({ length: p }, (_, i) => Math.floor(n / p) + (i < n % p ? 1 : 0));
}

/** Poll the subscribers until every expected delivery arrived or the count stops moving (bounded). */
async function drain(subs: Worker[], expected: number): Promise<SubReport[]> {
  let reports: SubReport[] = [];
  const t0 = performance.now();
  for (let prev = -1, quiet = 0; performance.now() - t0 < DRAIN_MAX_MS; ) {
    reports = await Promise.all(subs.map((s) => s.ask<SubReport>({ cmd: 'report' }, 10_000)));
    const total = reports.reduce((a, r) => a + r.received, 0);
    if (total >= expected) break;
    quiet = total === prev ? quiet + 1 : 0;
    if (quiet >= DRAIN_QUIET_POLLS) break;
    prev = total;
    await sleep(DRAIN_POLL_MS);
  }
  return reports;
}

async function transportOf(ws: Worker[]): Promise<Partial<EndpointStats> | undefined> {
  const all = await Promise.all(ws.map((w) => w.ask<StatsReport>({ cmd: 'stats' }, 10_000).then((r) => r.transport)));
  const present = all.filter((s): s is EndpointStats => s !== undefined);
  if (present.length === 0) return undefined;
  const out: Partial<EndpointStats> = {};
  for (const s of present) for (const k of Object.keys(s) as Array<keyof EndpointStats>) out[k] = (out[k] ?? 0) + s[k];
  return out;
}

function sides(target: Target, roles: Array<[string, Worker[]]>, far?: Target): Side[] {
  return [
    { name: 'gateway', pids: [target.serverPid], transport: () => target.transport() },
    ...(far === undefined || far === target ? [] : [{ name: 'far gateway', pids: [far.serverPid], transport: () => far.transport() }]),
    ...roles.map(([name, ws]): Side => ({ name, pids: ws.map((w) => w.pid), transport: () => transportOf(ws) })),
  ];
}

export async function pubsub(system: System, target: Target, spec: PubSubSpec): Promise<PubSubResult> {
  const base = { system, url: target.url, payloadBytes: spec.payloadBytes };
  const all: Worker[] = [];
  try {
    const subUrl = spec.subscriberTarget?.url ?? target.url;
    const subs = await startMany(spread(spec.subscribers, spec.maxProcsPerRole).map((clients): WorkerConfig => ({ ...base, url: subUrl, role: 'sub', pattern: spec.pattern, clients })), spec.tag, all);
    const pubs = await startMany(spread(spec.publishers, spec.maxProcsPerRole).map((clients): WorkerConfig => ({ ...base, role: 'pub', clients })), spec.tag, all);
    await sleep(200); // let startup CPU settle
    const perProcRate = spec.ratePerSec === undefined ? undefined : spec.ratePerSec / pubs.length;
    // round 0 warms up, round 1 is measured: subscribers count only the round they were started for
    const go = (durationMs: number, round: number) =>
      Promise.all(pubs.map((p) => p.ask<PubReport>({ cmd: 'go', durationMs, topics: spec.subjects, ratePerSec: perProcRate, stampEvery: spec.stampEvery, round }, durationMs + 30_000)));
    const warmupMs = spec.warmupMs ?? WARMUP_MS;
    if (warmupMs > 0) {
      const warm = await go(warmupMs, 0);
      await drain(subs, warm.reduce((a, r) => a + r.sent, 0) * spec.subscribers);
    }
    const who = sides(target, [['publisher', pubs], ['subscriber', subs]], spec.subscriberTarget);
    const measuring = await begin(who);
    // answered: a round-1 message reaching a subscriber before its start would count as stale (lost)
    await Promise.all(subs.map((s) => s.ask({ cmd: 'start', windowMs: spec.windowMs, round: 1 }, 10_000)));
    const w0 = monoUs();
    const reports = await go(spec.windowMs, 1);
    const w1 = monoUs();
    const sent = reports.reduce((a, r) => a + r.sent, 0);
    const subReports = await drain(subs, sent * spec.subscribers);
    const received = subReports.map((r) => r.received);
    const delivered = received.reduce((a, b) => a + b, 0);
    const costs = await measuring.end(delivered);
    const each = subReports.map((r) => r.inWindow / (spec.windowMs / 1000));
    const latency = new LatencyHistogram();
    for (const r of subReports) latency.merge(LatencyHistogram.fromSparse(r.latency, r.latencyMaxUs));
    return {
      publishers: spec.publishers,
      subscribers: spec.subscribers,
      sent,
      publishedPerSec: reports.reduce((a, r) => a + r.sent / (r.ms / 1000), 0),
      deliveredPerSecEach: each,
      deliveredPerSecTotal: each.reduce((a, b) => a + b, 0),
      received,
      lost: sent * spec.subscribers - delivered,
      dropped: subReports.reduce((a, r) => a + r.dropped, 0),
      reconnects: subReports.reduce((a, r) => a + r.reconnects, 0),
      stale: subReports.reduce((a, r) => a + r.stale, 0),
      outOfOrder: subReports.reduce((a, r) => a + r.outOfOrder, 0),
      pubErrors: reports.reduce((a, r) => a + r.errors, 0),
      latency: latency.summary(),
      costs,
      window: { startUs: w0, endUs: w1 },
    };
  } finally {
    await stopAll(all);
  }
}

export interface RpcResult {
  latency?: LatencyReport;
  latencyCosts?: SideCost[];
  latencyWindow?: Window;
  callsPerSec?: number;
  throughputErrors?: number;
  throughputCosts?: SideCost[];
  throughputWindow?: Window;
}

/** `providerTarget`: the providers connect there (another node or server of a mesh: bench/mesh.ts). */
export async function rpc(system: System, target: Target, payloadBytes: number, latencyCalls: number | undefined, throughput: { inflight: number; windowMs: number } | undefined, providerTarget?: Target): Promise<RpcResult> {
  const base = { system, url: target.url, payloadBytes };
  const provider = { ...base, url: providerTarget?.url ?? target.url };
  const all: Worker[] = [];
  const out: RpcResult = {};
  try {
    const providers = [await Worker.start({ ...provider, role: 'provider' }, 'rpc')];
    all.push(...providers);
    const caller = await Worker.start({ ...base, role: 'caller' }, 'rpc');
    all.push(caller);
    if (latencyCalls !== undefined) {
      const who = sides(target, [['caller', [caller]], ['provider', providers]], providerTarget);
      const measuring = await begin(who);
      const w0 = monoUs();
      out.latency = await caller.ask<LatencyReport>({ cmd: 'latency', calls: latencyCalls }, 180_000);
      out.latencyWindow = { startUs: w0, endUs: monoUs() };
      out.latencyCosts = await measuring.end(out.latency.calls + out.latency.warmup);
    }
    if (throughput !== undefined) {
      const second = await Worker.start({ ...provider, role: 'provider' }, 'rpc');
      all.push(second);
      providers.push(second);
      await sleep(200);
      const who = sides(target, [['caller', [caller]], ['provider', providers]], providerTarget);
      const measuring = await begin(who);
      const w0 = monoUs();
      const t = await caller.ask<ThroughputReport>({ cmd: 'throughput', inflight: throughput.inflight, durationMs: throughput.windowMs }, throughput.windowMs + 60_000);
      out.throughputWindow = { startUs: w0, endUs: monoUs() };
      out.callsPerSec = t.calls / (t.ms / 1000);
      out.throughputErrors = t.errors;
      out.throughputCosts = await measuring.end(t.calls);
    }
    return out;
  } finally {
    await stopAll(all);
  }
}
