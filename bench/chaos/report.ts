/** The chaos run's tables (plain text) and its JSON summary per fault kind. */
import { percentile } from './analysis.js';
import type { ChaosResult, FaultRecord } from './run.js';

export interface KindSummary {
  kind: string;
  category: string;
  count: number;
  notInjected: number;
  seedMs: number | null;
  treeBackMs: { p50: number; p99: number; max: number };
  /** Over every (fault, client that lived through it). */
  callsOkAgainMs: { p50: number; p99: number; max: number; samples: number };
  badOps: number;
  hows: Record<string, number>;
}

const stats = (xs: number[]): { p50: number; p99: number; max: number } => ({ p50: percentile(xs, 50), p99: percentile(xs, 99), max: xs.length ? Math.max(...xs) : NaN });

export function summarize(faults: readonly FaultRecord[]): KindSummary[] {
  const by = new Map<string, FaultRecord[]>();
  for (const f of faults) by.set(f.kind, [...(by.get(f.kind) ?? []), f]);
  const out: KindSummary[] = [];
  for (const [kind, list] of by) {
    const done = list.filter((f) => f.injected);
    const calls = done.flatMap((f) => f.recoveriesMs);
    const hows: Record<string, number> = {};
    for (const f of done) if (f.how) hows[f.how] = (hows[f.how] ?? 0) + 1;
    out.push({
      kind,
      category: list[0]!.category,
      count: done.length,
      notInjected: list.length - done.length,
      seedMs: list[0]!.seedMs ?? null,
      treeBackMs: stats(done.flatMap((f) => (f.treeBackMs === undefined ? [] : [f.treeBackMs]))),
      callsOkAgainMs: { ...stats(calls), samples: calls.length },
      badOps: done.reduce((a, f) => a + f.badOps, 0),
      hows,
    });
  }
  const order = ['sigkill', 'process_crash', 'gateway_restart', 'worker_crash', 'peers_sup_kill', 'client_kill'];
  return out.sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category) || a.kind.localeCompare(b.kind));
}

const ms = (n: number): string => (Number.isFinite(n) ? `${Math.round(n)}` : '—');

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function renderTables(r: ChaosResult, kinds: readonly KindSummary[]): string {
  const out: string[] = [];
  const all = r.faults.filter((f) => f.injected);
  out.push(`chaos run: seed ${r.seed}, ${(r.durationMs / 60_000).toFixed(1)} min of faults, ${r.clients} clients, ${all.length} faults injected (${r.faults.length - all.length} not), ${(r.elapsedMs / 1000).toFixed(0)} s in all`);
  out.push('');
  out.push(table([
    ['fault (times in ms)', 'n', 'seed', 'tree back p50', 'p99', 'calls ok again p50', 'p99', 'max', 'bad ops'],
    ...kinds.map((k) => [k.kind, String(k.count) + (k.notInjected ? `+${k.notInjected}` : ''), k.seedMs === null ? '—' : `~${k.seedMs}`, ms(k.treeBackMs.p50), ms(k.treeBackMs.p99), ms(k.callsOkAgainMs.p50), ms(k.callsOkAgainMs.p99), ms(k.callsOkAgainMs.max), String(k.badOps)]),
    ['all faults', String(all.length), '', ms(percentile(all.flatMap((f) => (f.treeBackMs === undefined ? [] : [f.treeBackMs])), 50)), ms(percentile(all.flatMap((f) => (f.treeBackMs === undefined ? [] : [f.treeBackMs])), 99)), ms(percentile(all.flatMap((f) => f.recoveriesMs), 50)), ms(percentile(all.flatMap((f) => f.recoveriesMs), 99)), ms(Math.max(0, ...all.flatMap((f) => f.recoveriesMs))), String(all.reduce((a, f) => a + f.badOps, 0))],
  ]));
  out.push('');
  out.push(table([
    ['operation', 'ok', 'failed', 'failures by code', 'max duration'],
    ...Object.entries(r.totals).sort().map(([what, t]) => [what, String(t.ok), String(t.failed), Object.entries(t.codes).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([c, n]) => `${c} ${n}`).join(', ') || '—', `${Math.round(t.maxDurationMs)} ms`]),
  ]));
  out.push('');
  out.push(`deliveries: ${r.deliveries.received} received, ${r.deliveries.missing} missing (lost while a fault lasted), ${r.findingCounts.duplicate} duplicates; operations open past their deadline: ${r.findingCounts.unsettled}; settled late: ${r.findingCounts.settled_late}; SDK error events: ${r.findingCounts.sdk}`);
  out.push('');
  out.push(table([
    ['process (RSS after warm-up)', 'pid', 'first', 'last', 'growth', 'span', 'judged'],
    ...r.memory.map((m) => [m.name, String(m.pid), `${(m.baseBytes / 1048576).toFixed(1)} MB`, `${(m.endBytes / 1048576).toFixed(1)} MB`, `${(m.growth * 100).toFixed(1)} %`, `${Math.round(m.spanMs / 1000)} s`, m.judged ? 'yes' : 'too short']),
  ]));
  out.push('');
  if (r.violations.length === 0) out.push('violations: none');
  else {
    out.push(`violations: ${r.violations.length}`);
    for (const v of r.violations.slice(0, 50)) out.push(`  ${v.kind}: ${v.message}`);
  }
  return out.join('\n');
}
