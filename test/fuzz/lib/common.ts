/**
 * What every fuzz boundary shares: the bounds its properties assert (named, with units), the
 * tally of cases by outcome and error code, the "typed error" check, and memory samples taken
 * after a forced GC so before/after figures compare live memory, not garbage.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { ERROR_CODES, MaculaError, isErrorCode, type ErrorCode } from '../../../lib/errors/index.js';

/** Cases per boundary in `npm test`. */
export const TEST_CASES_PER_BOUNDARY = 10_000;
/** Cases per boundary of `npm run fuzz` (at least). */
export const FUZZ_CASES_PER_BOUNDARY = 100_000;
/** Each case ends (answered, refused, reset or closed) within this. */
export const CASE_TIMEOUT_MS = 5_000;
/** A healthy neighbour's request must be answered within this, throughout the run. */
export const HEALTHY_REQUEST_BOUND_MS = 3_000;
/** Live heap (after GC) may grow by at most this over a run: state a fuzz run leaves behind. */
export const HEAP_GROWTH_BOUND_BYTES = 48 * 1024 * 1024;
/** RSS may grow by at most this over a run (allocator high-water marks stay mapped). */
export const RSS_GROWTH_BOUND_BYTES = 256 * 1024 * 1024;
/** Cases run before the "before" memory sample (warm-up: JIT, pools, first slabs). */
export const WARMUP_CASES = 200;

/** Fixed seeds of `npm test` (reproducible runs); `npm run fuzz --seed S` picks another. */
export const DEFAULT_SEEDS = { quic: 0x5eed_0001, ipc: 0x5eed_0002, siblings: 0x5eed_0003, control: 0x5eed_0004, node: 0x5eed_0005 } as const;

/** Cases of one boundary, counted by outcome kind, input kind and error code received. */
export class Tally {
  cases = 0;
  readonly outcomes = new Map<string, number>();
  readonly inputs = new Map<string, number>();
  readonly codes = new Map<string, number>();

  constructor(readonly boundary: string) {}

  outcome(kind: string): void {
    this.cases++;
    bump(this.outcomes, kind);
  }

  input(kind: string): void {
    bump(this.inputs, kind);
  }

  code(code: string): void {
    bump(this.codes, code);
  }

  merge(other: Tally): void {
    this.cases += other.cases;
    for (const [k, v] of other.outcomes) bump(this.outcomes, k, v);
    for (const [k, v] of other.inputs) bump(this.inputs, k, v);
    for (const [k, v] of other.codes) bump(this.codes, k, v);
  }

  toJSON(): Record<string, unknown> {
    return { boundary: this.boundary, cases: this.cases, outcomes: sorted(this.outcomes), inputs: sorted(this.inputs), codes: sorted(this.codes) };
  }
}

function bump(m: Map<string, number>, k: string, by = 1): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

function sorted(m: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...m].sort((a, b) => b[1] - a[1]));
}

/** A known code that is an answer, not a bug (`internal` means the sender failed unexpectedly). */
export function isTypedCode(code: string): code is ErrorCode {
  return isErrorCode(code) && code !== 'internal';
}

/** An error a boundary handed back: a MaculaError with a known code that is not `internal`. */
export function typedOrThrow(err: unknown, where: string): ErrorCode {
  if (!(err instanceof MaculaError) || !isTypedCode(err.code)) {
    throw new Error(`${where}: untyped error ${err instanceof MaculaError ? err.code : String(err)}: ${(err as Error)?.message ?? ''}`);
  }
  return err.code;
}

/** The code a wire/IPC/control `Error` message carries, checked: number and name agree, known, not internal. */
export function wireErrorCode(e: { code?: number | null; codeName?: string | null } | null | undefined, where: string): ErrorCode {
  const byNumber = e?.code ? ERROR_CODES[e.code - 1] : undefined;
  const name = e?.codeName ?? '';
  if (byNumber === undefined || (name !== '' && name !== byNumber) || !isTypedCode(byNumber)) {
    throw new Error(`${where}: untyped error frame (code ${e?.code}, name ${JSON.stringify(name)})`);
  }
  return byNumber;
}

let collect: (() => void) | undefined;

/** Force a full GC (V8's gc() made reachable at run time, so no node flag is needed). */
export function forceGc(): void {
  if (collect === undefined) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
  collect();
}

export interface MemorySample {
  heapUsed: number;
  rss: number;
}

/** Live heap and RSS of this process after a forced GC. */
export function memoryNow(): MemorySample {
  forceGc();
  const m = process.memoryUsage();
  return { heapUsed: m.heapUsed, rss: m.rss };
}

export interface MemoryReport {
  before: MemorySample;
  after: MemorySample;
  heapGrowth: number;
  rssGrowth: number;
}

export function memoryReport(before: MemorySample, after: MemorySample): MemoryReport {
  return { before, after, heapGrowth: after.heapUsed - before.heapUsed, rssGrowth: after.rss - before.rss };
}

/** Throws when a run's memory grew past the stated bounds. */
export function assertMemoryBounded(m: MemoryReport, where: string, heapBound = HEAP_GROWTH_BOUND_BYTES, rssBound = RSS_GROWTH_BOUND_BYTES): void {
  if (m.heapGrowth > heapBound) throw new Error(`${where}: live heap grew ${mib(m.heapGrowth)} MiB (bound ${mib(heapBound)} MiB)`);
  if (m.rssGrowth > rssBound) throw new Error(`${where}: RSS grew ${mib(m.rssGrowth)} MiB (bound ${mib(rssBound)} MiB)`);
}

/** One line for a test's output: cases, outcomes, the most frequent codes, memory. */
export function summary(t: Tally, m?: MemoryReport, extra = ''): string {
  const top = (x: Map<string, number>, n: number) => [...x].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ${v}`).join(', ');
  const mem = m === undefined ? '' : `; heap ${m.heapGrowth >= 0 ? '+' : ''}${mib(m.heapGrowth)} MiB, rss ${m.rssGrowth >= 0 ? '+' : ''}${mib(m.rssGrowth)} MiB`;
  return `${t.boundary}: ${t.cases} cases (${top(t.outcomes, 6)}); codes: ${top(t.codes, 8)}${mem}${extra}`;
}

export function mib(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** `p` or a rejection naming `what` after `ms`. */
export function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hang: ${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/** Latencies of a healthy neighbour's requests. */
export class Latencies {
  readonly #ms: number[] = [];
  count = 0;

  add(ms: number): void {
    this.count++;
    this.#ms.push(ms);
    if (this.#ms.length > 50_000) this.#ms.splice(0, 25_000);
  }

  get max(): number {
    return this.#ms.reduce((a, b) => Math.max(a, b), 0);
  }

  quantile(q: number): number {
    if (this.#ms.length === 0) return 0;
    const s = [...this.#ms].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  }

  toJSON(): Record<string, number> {
    return { requests: this.count, p50Ms: round(this.quantile(0.5)), p99Ms: round(this.quantile(0.99)), maxMs: round(this.max) };
  }
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
