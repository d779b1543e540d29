/**
 * Every OS process a chaos run has seen (the node's processes from status, the clients it
 * spawned), each identified by pid *and* start time (pids wrap at 32,768 here, and other work
 * on the machine reuses them), with the checks made on them: a process that left the tree must
 * be gone within ORPHAN_GRACE_MS, a child of root must be in the tree, and RSS is sampled for
 * every node process.
 */
import { readdirSync, readFileSync } from 'node:fs';

interface Stat {
  state: string;
  ppid: number;
  /** Start time in clock ticks since boot (field 22 of /proc/<pid>/stat). */
  start: number;
}

function stat(pid: number): Stat | undefined {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { state: f[0]!, ppid: Number(f[1]), start: Number(f[19]) };
  } catch {
    return undefined;
  }
}

/** VmRSS in bytes, or undefined when the process is gone. */
export function rssOf(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

export interface Tracked {
  pid: number;
  start: number;
  /** `root`, `gateway`, `peer:3 (echo)`, `client 2`, … */
  name: string;
  kind: 'node' | 'client';
  firstSeen: number;
  /** Last time it was part of the node's tree (or the run's live clients). */
  lastInTree: number;
  /** RSS samples: [epoch ms, bytes]. */
  rss: Array<[number, number]>;
  /** An orphan was already reported for it. */
  reported?: boolean;
}

export class Processes {
  private readonly all = new Map<string, Tracked>();
  private readonly current = new Map<number, Tracked>();

  /** Record that `pid` is part of the run now (called for every pid in each status, and for live clients). */
  see(pid: number, name: string, kind: Tracked['kind'], at: number): Tracked | undefined {
    const known = this.current.get(pid);
    if (known && known.name === name) {
      known.lastInTree = at;
      return known;
    }
    const s = stat(pid);
    if (s === undefined) return undefined;
    const key = `${pid}:${s.start}`;
    let t = this.all.get(key);
    if (t === undefined) this.all.set(key, (t = { pid, start: s.start, name, kind, firstSeen: at, lastInTree: at, rss: [] }));
    t.lastInTree = at;
    t.name = name;
    this.current.set(pid, t);
    return t;
  }

  /** The node's processes as of the latest status: the rest are no longer current. */
  setCurrent(pids: ReadonlySet<number>, kind: Tracked['kind']): void {
    for (const [pid, t] of this.current) if (t.kind === kind && !pids.has(pid)) this.current.delete(pid);
  }

  alive(t: Tracked): boolean {
    const s = stat(t.pid);
    return s !== undefined && s.start === t.start && s.state !== 'Z';
  }

  /** Processes that left the tree more than `graceMs` ago and still run (each reported once). */
  orphans(at: number, graceMs: number): Tracked[] {
    const out: Tracked[] = [];
    for (const t of this.all.values()) {
      if (t.reported || this.current.get(t.pid) === t || at - t.lastInTree <= graceMs) continue;
      if (this.alive(t)) {
        t.reported = true;
        out.push(t);
      }
    }
    return out;
  }

  /** Children of `pid` (ppid) that are not current, i.e. processes of the node outside its tree. */
  strays(pid: number): number[] {
    const out: number[] = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const child = Number(entry);
      const s = stat(child);
      if (s?.ppid === pid && s.state !== 'Z' && !this.current.has(child)) out.push(child);
    }
    return out;
  }

  /** Sample the RSS of every current node process. */
  sampleMemory(at: number): void {
    for (const t of this.current.values()) {
      if (t.kind !== 'node') continue;
      const rss = rssOf(t.pid);
      if (rss !== undefined && this.alive(t)) t.rss.push([at, rss]);
    }
  }

  tracked(): Tracked[] {
    return [...this.all.values()];
  }

  /** Every process of the run still running. */
  stillAlive(): Tracked[] {
    return this.tracked().filter((t) => this.alive(t));
  }
}
