/**
 * Summarise a V8 `.cpuprofile` (node --cpu-prof): self time per function (name + file:line),
 * as % of all samples. `npx tsx bench/lib/cpuProfile.ts <file.cpuprofile>... [--top N]`.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface SelfTime {
  fn: string;
  pct: number;
  ms: number;
}

/** Self time per function, largest first; `(idle)` is reported but counted like any other. */
export function selfTimes(file: string): { totalMs: number; rows: SelfTime[] } {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const us = new Map<string, number>();
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    const n = byId.get(samples[i]!);
    if (n === undefined) continue;
    const dt = Math.max(0, deltas[i + 1] ?? deltas[i] ?? 0);
    const f = n.callFrame;
    const where = f.url === '' ? '' : ` ${basename(f.url)}:${f.lineNumber + 1}`;
    const key = `${f.functionName || '(anonymous)'}${where}`;
    us.set(key, (us.get(key) ?? 0) + dt);
    total += dt;
  }
  const rows = [...us.entries()].map(([fn, t]) => ({ fn, ms: t / 1000, pct: total === 0 ? 0 : (100 * t) / total })).sort((a, b) => b.ms - a.ms);
  return { totalMs: total / 1000, rows };
}

/** Text block: the top `n` functions by self time, idle and GC included (they say what bounds it). */
export function summary(file: string, n = 15): string {
  const { totalMs, rows } = selfTimes(file);
  const busy = rows.filter((r) => r.fn !== '(idle) ' && !r.fn.startsWith('(idle)')).reduce((a, r) => a + r.ms, 0);
  const lines = rows.slice(0, n).map((r) => `  ${r.pct.toFixed(1).padStart(5)}%  ${r.ms.toFixed(0).padStart(6)} ms  ${r.fn}`);
  return [`${basename(file)}: ${totalMs.toFixed(0)} ms sampled, ${((100 * busy) / Math.max(1, totalMs)).toFixed(0)}% not idle`, ...lines].join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const ti = args.indexOf('--top');
  const top = ti >= 0 ? Number(args.splice(ti, 2)[1]) : 15;
  for (const f of args) console.log(`${summary(f, top)}\n`);
}
