/**
 * The scaling run of the messaging bench (MESSAGING_SCALE=1, issue 13 item 3): publishers 1, 4,
 * 16, 64 (fan-out 1) and fan-out 1, 10, 100 (one publisher), 128 B and 4 KiB payloads, each
 * system in turn; aggregate deliveries per second and p99 publish-to-delivery latency beside
 * NATS, and the CPU share of each role, which says what bounds each curve at its top. Clients of
 * a role share at most SCALE_PROCS_PER_ROLE processes (2 cores: more processes only add
 * scheduling), so 64 publishers are 4 processes of 16 clients.
 */
import type { System } from '../../fixtures/messagingWorker.js';
import { table } from '../stats.js';
import { pubsub, type PubSubResult } from './scenarios.js';
import type { Target } from './targets.js';

export const SCALE_PUBLISHERS = [1, 4, 16, 64];
export const SCALE_FANOUT = [1, 10, 100];
export const SCALE_PAYLOADS = [128, 4096];
export const SCALE_PROCS_PER_ROLE = 4;
/** Every n-th payload is stamped (latency is sampled, so a subscriber's clock reads do not bound it). */
const SCALE_STAMP_EVERY = 16;

export interface ScaleCase {
  publishers: number;
  subscribers: number;
  payloadBytes: number;
}

/**
 * MESSAGING_SCALE_CASES=64x1-128,4x1-4096 runs only those cases (publishers x subscribers -
 * payload bytes), to re-measure one point of the curve.
 */
function wanted(): Set<string> | undefined {
  const v = process.env.MESSAGING_SCALE_CASES;
  return v === undefined || v === '' ? undefined : new Set(v.split(',').map((x) => x.trim()));
}

export function scaleCases(): ScaleCase[] {
  const only = wanted();
  return allCases().filter((c) => only === undefined || only.has(`${c.publishers}x${c.subscribers}-${c.payloadBytes}`));
}

function allCases(): ScaleCase[] {
  const out: ScaleCase[] = [];
  for (const payloadBytes of SCALE_PAYLOADS) {
    for (const publishers of SCALE_PUBLISHERS) out.push({ publishers, subscribers: 1, payloadBytes });
    for (const subscribers of SCALE_FANOUT) if (subscribers !== 1) out.push({ publishers: 1, subscribers, payloadBytes });
  }
  return out;
}

export interface ScalePoint extends ScaleCase {
  result: PubSubResult;
}

export async function runScale(system: System, target: Target, windowMs: number, log: (s: string) => void): Promise<ScalePoint[]> {
  const out: ScalePoint[] = [];
  for (const c of scaleCases()) {
    const t0 = performance.now();
    const result = await pubsub(system, target, {
      tag: `scale-${c.publishers}x${c.subscribers}-${c.payloadBytes}`,
      publishers: c.publishers,
      subscribers: c.subscribers,
      maxProcsPerRole: SCALE_PROCS_PER_ROLE,
      subjects: 1,
      pattern: 'bench.t',
      payloadBytes: c.payloadBytes,
      windowMs,
      stampEvery: SCALE_STAMP_EVERY,
    });
    log(`  ${system} scale ${c.publishers} pub × ${c.subscribers} sub, ${c.payloadBytes} B … ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    out.push({ ...c, result });
  }
  return out;
}

const rate = (v: number): string => (v >= 1e6 ? `${(v / 1e6).toFixed(2)} M` : v >= 1e3 ? `${(v / 1e3).toFixed(1)} k` : v.toFixed(0));
const us = (v: number): string => (Number.isFinite(v) ? `${v >= 10_000 ? (v / 1000).toFixed(0) + ' ms' : v.toFixed(0) + ' µs'}` : '—');

/** Core share of each role, e.g. "gw 0.98, pub 0.40, sub 0.55". */
function shares(r: PubSubResult): string {
  const short: Record<string, string> = { gateway: 'srv', publisher: 'pub', subscriber: 'sub' };
  return r.costs.map((c) => `${short[c.side] ?? c.side} ${Number.isFinite(c.cpuShare) ? c.cpuShare.toFixed(2) : '—'}`).join(', ');
}

export function scaleTable(nats: ScalePoint[], macula: ScalePoint[]): string {
  const rows: string[][] = [['publishers × subscribers, payload', 'NATS msgs/s', 'NATS p99', 'NATS cores (srv, pub, sub)', 'Macula msgs/s', 'Macula p99', 'Macula cores (gw, pub, sub)', 'Macula/NATS', 'lost N/M', 'Macula sub reconnects/dropped/stale/dup']];
  for (const m of macula) {
    const n = nats.find((x) => x.publishers === m.publishers && x.subscribers === m.subscribers && x.payloadBytes === m.payloadBytes);
    const nr = n?.result;
    const mr = m.result;
    rows.push([
      `${m.publishers} × ${m.subscribers}, ${m.payloadBytes} B`,
      nr === undefined ? '—' : rate(nr.deliveredPerSecTotal),
      nr === undefined ? '—' : us(nr.latency.p99Us),
      nr === undefined ? '—' : shares(nr),
      rate(mr.deliveredPerSecTotal),
      us(mr.latency.p99Us),
      shares(mr),
      nr === undefined ? '—' : `${(mr.deliveredPerSecTotal / nr.deliveredPerSecTotal).toFixed(2)}×`,
      `${nr?.lost ?? '—'}/${mr.lost}`,
      `${mr.reconnects}/${mr.dropped}/${mr.stale}/${mr.outOfOrder}`,
    ]);
  }
  return table(rows);
}
