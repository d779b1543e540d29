/**
 * The permission-check scenario of bench/messaging.ts (issue 10): the rules the broker enforces,
 * the figures of one run, their medians over rounds, and the report table.
 */
import { table } from './stats.js';

/**
 * 100 rules that all apply to the bench clients (identity "*": the workers use ephemeral
 * identities), so each client's grant is the union of all of them — the largest grant 100 rules
 * can make: 99 with allow and deny patterns on other names, one allowing the bench names.
 */
export function hundredRules(): unknown {
  const rules: unknown[] = Array.from({ length: 99 }, (_, i) => ({
    identity: '*',
    name: `filler ${i}`,
    publish: { allow: [`orders.r${i}.*`, `t${i}.**.x`], deny: [`orders.r${i}.secret`] },
    subscribe: { allow: [`orders.r${i}.**`], deny: [`orders.r${i}.audit.**`] },
    advertise: [`svc.r${i}.*`],
    call: { allow: [`svc.r${i}.*`], deny: [`svc.r${i}.admin`] },
  }));
  rules.push({ identity: '*', name: 'bench', publish: ['bench.**'], subscribe: ['bench.**'], advertise: ['bench.**'], call: ['bench.**'] });
  return { rules };
}

export interface PermissionRun {
  p2pDeliveredPerSec: number;
  p2pLost: number;
  latencyP50Us: number;
  latencyP99Us: number;
  latencyErrors: number;
}

export interface PermissionsResult {
  rounds: number;
  none: PermissionRun[];
  rules100: PermissionRun[];
  median: { none: PermissionRun; rules100: PermissionRun };
}

/** Each figure's median over the rounds (one noisy round on this shared machine moves it least). */
export function medianRun(runs: readonly PermissionRun[]): PermissionRun {
  const med = (f: (r: PermissionRun) => number) => {
    const v = runs.map(f).sort((x, y) => x - y);
    return v.length % 2 === 1 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
  };
  return {
    p2pDeliveredPerSec: med((r) => r.p2pDeliveredPerSec),
    p2pLost: med((r) => r.p2pLost),
    latencyP50Us: med((r) => r.latencyP50Us),
    latencyP99Us: med((r) => r.latencyP99Us),
    latencyErrors: med((r) => r.latencyErrors),
  };
}

const fmtRate = (n: number): string => (n >= 1e3 ? `${(n / 1e3).toFixed(1)} k msg/s` : `${n.toFixed(0)} msg/s`);
const fmtUs = (n: number): string => `${n.toFixed(0)} µs`;

/** The report: each figure without and with the rules, and their ratio. */
export function permissionsTable(p: PermissionsResult, latencyCalls: number): string {
  const a = p.median.none;
  const b = p.median.rules100;
  const ratio = (x: number, y: number) => (x === 0 ? '—' : `${(y / x).toFixed(2)}×`);
  return table([
    ['figure (broker process, median of rounds)', 'no permissions', '100 rules', '100 rules / none'],
    ['1→1 pub/sub 128 B: delivered', fmtRate(a.p2pDeliveredPerSec), fmtRate(b.p2pDeliveredPerSec), ratio(a.p2pDeliveredPerSec, b.p2pDeliveredPerSec)],
    [`request/reply p50 (${latencyCalls / 1000}k sequential)`, fmtUs(a.latencyP50Us), fmtUs(b.latencyP50Us), `${ratio(a.latencyP50Us, b.latencyP50Us)} (lower better)`],
    ['request/reply p99', fmtUs(a.latencyP99Us), fmtUs(b.latencyP99Us), `${ratio(a.latencyP99Us, b.latencyP99Us)} (lower better)`],
  ]);
}
