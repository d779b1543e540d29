/**
 * From what clients observed to the figures of a chaos run: the time a fault cost a client
 * (until its calls succeed again), and memory growth per process after warm-up.
 *
 * Recovery of one client's calls of one procedure after a fault at T: an operation is *bad* when
 * it failed or took longer than SLOW_CALL_MS (its user waited). Among the operations that were
 * in flight at T or started after it, up to the first good call that started after the tree was
 * back (the one that showed the client recovered), take the last bad one; the recovery is the
 * end of the first good call that started after it, minus T. No bad operation: 0 (the fault went
 * unnoticed). A client's recovery is the longest over its procedures.
 */
import type { Op } from './protocol.js';
import type { Tracked } from './Processes.js';

export interface StreamRecovery {
  recoveryMs: number;
  bad: number;
}

/** Recovery of one procedure's calls (`ops` of one client, any order) after a fault at `t`; `cutoff` = start of the good call that closed the window. */
export function streamRecovery(ops: readonly Op[], what: string, t: number, inFlightMs: number, cutoff: number, slowMs: number): StreamRecovery {
  const mine = ops.filter(([w, s, d]) => w === what && s >= t - inFlightMs && s + d >= t && s <= cutoff).sort((a, b) => a[1] - b[1]);
  const isBad = ([, , d, e]: Op): boolean => e !== '' || d > slowMs;
  const bad = mine.filter(isBad);
  if (bad.length === 0) return { recoveryMs: 0, bad: 0 };
  const lastBadStart = bad.at(-1)![1];
  const good = mine.filter((op) => !isBad(op) && op[1] > lastBadStart);
  const end = good.length === 0 ? cutoff : Math.min(...good.map(([, s, d]) => s + d));
  return { recoveryMs: Math.max(0, end - t), bad: bad.length };
}

export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

function median(xs: readonly number[]): number {
  return percentile(xs, 50);
}

export interface MemoryGrowth {
  name: string;
  pid: number;
  /** Median RSS of the first and last window after warm-up, bytes. */
  baseBytes: number;
  endBytes: number;
  growth: number;
  spanMs: number;
  judged: boolean;
}

export interface MemoryRules {
  /** Samples before this (epoch ms) are warm-up for every process. */
  warmupEnd: number;
  /** A process started later is measured from this age on. */
  processWarmupMs: number;
  /** Judged only if its measured span is at least this. */
  minSpanMs: number;
  windowSamples: number;
}

/** Growth of every node process over its measured span (after the run's and its own warm-up). */
export function memoryGrowth(procs: readonly Tracked[], rules: MemoryRules): MemoryGrowth[] {
  const out: MemoryGrowth[] = [];
  for (const p of procs) {
    if (p.kind !== 'node' || p.rss.length === 0) continue;
    const from = Math.max(rules.warmupEnd, p.firstSeen + rules.processWarmupMs);
    const samples = p.rss.filter(([t]) => t >= from);
    if (samples.length < 2 * rules.windowSamples) continue;
    const base = median(samples.slice(0, rules.windowSamples).map(([, b]) => b));
    const end = median(samples.slice(-rules.windowSamples).map(([, b]) => b));
    const spanMs = samples.at(-1)![0] - samples[0]![0];
    out.push({ name: p.name, pid: p.pid, baseBytes: base, endBytes: end, growth: end / base - 1, spanMs, judged: spanMs >= rules.minSpanMs });
  }
  return out;
}
