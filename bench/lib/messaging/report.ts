/**
 * Tables of the messaging bench: each figure beside NATS with its ratio and goal; what a message
 * costs each process; latency under load.
 */
import type { SideCost } from './cost.js';
import type { PubSubResult, RpcResult } from './scenarios.js';
import { table } from '../stats.js';

/** Issue 13's targets, as ratios to NATS in the same run. */
export const GOALS = { pubsubRatio: 0.5, latencyP50Ratio: 1.5, latencyP99Ratio: 2.5, inflightRatio: 1 };

export interface SystemResult {
  target: string;
  p2p?: PubSubResult;
  fanout?: PubSubResult;
  wildcard?: PubSubResult;
  /** 1→1 paced at half of this system's own 1→1 maximum. */
  load?: PubSubResult & { ratePerSec: number };
  /**
   * Macula only: 1→1 paced at NATS's load rate (half of NATS's maximum), so latency is also
   * compared at the same absolute rate, not only at the same share of each one's maximum.
   */
  loadAtNatsRate?: PubSubResult & { ratePerSec: number };
  rpc: RpcResult;
}

type Better = 'higher' | 'lower';
type Goal = { kind: 'min' | 'max'; ratio: number };
export interface Row {
  name: string;
  better: Better;
  nats: number | undefined;
  macula: number | undefined;
  unit: 'msg/s' | 'µs' | 'calls/s' | 'msgs';
  goal?: Goal;
}

export const ratioOf = (r: Row): number => (r.nats !== undefined && r.macula !== undefined && r.nats !== 0 ? r.macula / r.nats : NaN);

const fmt = (n: number | undefined, unit: Row['unit']): string => {
  if (n === undefined || !Number.isFinite(n)) return '—';
  if (unit === 'µs') return `${n.toFixed(0)} µs`;
  if (unit === 'msgs') return n.toLocaleString('en-US');
  return `${n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(0)} ${unit}`;
};

export function verdict(row: Row, ratio: number): string {
  const g = row.goal;
  if (g === undefined || !Number.isFinite(ratio)) return '';
  const met = g.kind === 'min' ? ratio >= g.ratio : ratio <= g.ratio;
  return `${g.kind === 'min' ? '≥' : '≤'} ${g.ratio}×: ${met ? 'met' : 'MISSED'}`;
}

export function rows(n: SystemResult, m: SystemResult, latencyCalls: number, inflight: number): Row[] {
  const min = (ratio: number): Goal => ({ kind: 'min', ratio });
  const max = (ratio: number): Goal => ({ kind: 'max', ratio });
  const ps = (name: string, key: 'p2p' | 'fanout' | 'wildcard', each: boolean): Row[] => {
    const a = n[key];
    const b = m[key];
    if (a === undefined && b === undefined) return [];
    const mean = (r: PubSubResult | undefined) => (r === undefined ? undefined : r.deliveredPerSecTotal / r.subscribers);
    const out: Row[] = [{ name: `${name}: published`, better: 'higher', nats: a?.publishedPerSec, macula: b?.publishedPerSec, unit: 'msg/s' }];
    if (each) {
      out.push({ name: `${name}: delivered per subscriber (mean)`, better: 'higher', nats: mean(a), macula: mean(b), unit: 'msg/s', goal: min(GOALS.pubsubRatio) });
      out.push({ name: `${name}: delivered, all subscribers`, better: 'higher', nats: a?.deliveredPerSecTotal, macula: b?.deliveredPerSecTotal, unit: 'msg/s' });
    } else {
      out.push({ name: `${name}: delivered at the subscriber`, better: 'higher', nats: a?.deliveredPerSecTotal, macula: b?.deliveredPerSecTotal, unit: 'msg/s', goal: min(GOALS.pubsubRatio) });
    }
    out.push({ name: `${name}: p99 publish→delivery at full speed`, better: 'lower', nats: a?.latency.p99Us, macula: b?.latency.p99Us, unit: 'µs' });
    out.push({ name: `${name}: lost (sent × subs − received)`, better: 'lower', nats: a?.lost, macula: b?.lost, unit: 'msgs' });
    return out;
  };
  const nl = n.rpc.latency;
  const ml = m.rpc.latency;
  const load: Row[] =
    n.load !== undefined || m.load !== undefined
      ? [
          { name: '1→1 at 50 % of its max: rate (msg/s)', better: 'higher', nats: n.load?.ratePerSec, macula: m.load?.ratePerSec, unit: 'msg/s' },
          { name: '1→1 at 50 % of its max: p50 publish→delivery', better: 'lower', nats: n.load?.latency.p50Us, macula: m.load?.latency.p50Us, unit: 'µs' },
          { name: '1→1 at 50 % of its max: p99', better: 'lower', nats: n.load?.latency.p99Us, macula: m.load?.latency.p99Us, unit: 'µs' },
          { name: '1→1 at 50 % of its max: p99.9', better: 'lower', nats: n.load?.latency.p999Us, macula: m.load?.latency.p999Us, unit: 'µs' },
          { name: '1→1 at 50 % of its max: lost', better: 'lower', nats: n.load?.lost, macula: m.load?.lost, unit: 'msgs' },
          ...(m.loadAtNatsRate === undefined
            ? []
            : ([
                { name: `1→1 both at NATS's 50 % rate (${Math.round(m.loadAtNatsRate.ratePerSec / 1000)} k msg/s): p50`, better: 'lower', nats: n.load?.latency.p50Us, macula: m.loadAtNatsRate.latency.p50Us, unit: 'µs' },
                { name: "1→1 both at NATS's 50 % rate: p99", better: 'lower', nats: n.load?.latency.p99Us, macula: m.loadAtNatsRate.latency.p99Us, unit: 'µs' },
                { name: "1→1 both at NATS's 50 % rate: p99.9", better: 'lower', nats: n.load?.latency.p999Us, macula: m.loadAtNatsRate.latency.p999Us, unit: 'µs' },
                { name: "1→1 both at NATS's 50 % rate: lost", better: 'lower', nats: n.load?.lost, macula: m.loadAtNatsRate.lost, unit: 'msgs' },
              ] satisfies Row[])),
        ]
      : [];
  return [
    ...ps('1→1 pub/sub 128 B', 'p2p', false),
    ...ps('1→4 fan-out 128 B', 'fanout', true),
    ...ps('wildcard *, 1000 subjects', 'wildcard', false),
    ...load,
    ...(nl !== undefined || ml !== undefined
      ? ([
          { name: `request/reply p50 (${latencyCalls / 1000}k sequential)`, better: 'lower', nats: nl?.p50Us, macula: ml?.p50Us, unit: 'µs', goal: max(GOALS.latencyP50Ratio) },
          { name: 'request/reply p99', better: 'lower', nats: nl?.p99Us, macula: ml?.p99Us, unit: 'µs', goal: max(GOALS.latencyP99Ratio) },
          { name: 'request/reply p99.9', better: 'lower', nats: nl?.p999Us, macula: ml?.p999Us, unit: 'µs' },
        ] satisfies Row[])
      : []),
    ...(n.rpc.callsPerSec !== undefined || m.rpc.callsPerSec !== undefined
      ? ([{ name: `request/reply throughput, ${inflight} in flight, 2 providers`, better: 'higher', nats: n.rpc.callsPerSec, macula: m.rpc.callsPerSec, unit: 'calls/s', goal: min(GOALS.inflightRatio) }] satisfies Row[])
      : []),
  ];
}

export function figureTable(rs: Row[]): string {
  return table([
    ['figure', 'better', 'NATS', 'Macula', 'Macula/NATS', 'goal'],
    ...rs.map((r) => {
      const ratio = ratioOf(r);
      const rt = r.unit === 'msgs' ? '' : Number.isFinite(ratio) ? `${ratio.toFixed(2)}×${r.better === 'lower' ? ' (lower better)' : ''}` : '—';
      return [r.name, r.better, fmt(r.nats, r.unit), fmt(r.macula, r.unit), rt, verdict(r, ratio)];
    }),
  ]);
}

const num = (v: number | undefined, digits = 2): string => (v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits));

/** Per figure and system: CPU µs, system calls and datagrams per delivered message (per call for RPC), by process. */
export function costTable(n: SystemResult, m: SystemResult): string {
  const figures: Array<[string, (r: SystemResult) => SideCost[] | undefined]> = [
    ['1→1', (r) => r.p2p?.costs],
    ['1→4', (r) => r.fanout?.costs],
    ['wildcard', (r) => r.wildcard?.costs],
    ['1→1 at 50 %', (r) => r.load?.costs],
    ['req/reply seq', (r) => r.rpc.latencyCosts],
    ['req/reply 16', (r) => r.rpc.throughputCosts],
  ];
  const out: string[][] = [['figure', 'system', 'process', 'CPU µs/msg', 'cores', 'syscalls/msg', 'I/O', 'epoll', 'datagrams in/msg', 'out/msg', 'ACK-only out', 'frames/dgram in', 'out']];
  for (const [name, get] of figures) {
    for (const [sys, r] of [['NATS', n], ['Macula', m]] as const) {
      for (const c of get(r) ?? []) {
        out.push([name, sys, c.side, num(c.cpuUs), num(c.cpuShare), num(c.syscalls), num(c.ioSyscalls), num(c.epollWaits), num(c.datagramsIn, 3), num(c.datagramsOut, 3), num(c.smallDatagramsOut, 3), num(c.framesPerDatagramIn, 1), num(c.framesPerDatagramOut, 1)]);
      }
    }
  }
  return table(out);
}
