/**
 * Publish-to-delivery latency for the messaging benches: the publisher stamps each payload with
 * the system-wide monotonic clock (CLOCK_MONOTONIC, the same in every process of the machine), the
 * subscriber records now − stamp in a log-scale histogram (2 % wide buckets, 1 µs .. 100 s), so a
 * subscriber receiving a million messages a second records each one for a few ns and reports
 * percentiles within 2 %.
 */

/** Bucket width: each bucket's upper bound is this factor above its lower bound. */
const GROWTH = 1.02;
const LOG_GROWTH = Math.log(GROWTH);
/** Largest latency recorded (µs); anything slower lands in the last bucket. */
const MAX_US = 100e6;
const BUCKETS = Math.ceil(Math.log(MAX_US) / LOG_GROWTH) + 2;
/** Payload bytes the stamp takes (a float64, little-endian). */
export const STAMP_BYTES = 8;

const scratch = new Float64Array(1);
const scratchBytes = new Uint8Array(scratch.buffer);

/** Monotonic clock in ms (process.hrtime: CLOCK_MONOTONIC, comparable across processes). */
export function monoMs(): number {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}

/** Write the current monotonic time into the first 8 bytes of `payload` (0: not stamped). */
export function stamp(payload: Uint8Array, at: number = monoMs()): void {
  scratch[0] = at;
  payload.set(scratchBytes, 0);
}

/** The stamp of a received payload (NaN if it is too short). */
export function stampOf(data: Uint8Array): number {
  if (data.length < STAMP_BYTES) return NaN;
  for (let i = 0; i < STAMP_BYTES; i++) scratchBytes[i] = data[i]!;
  return scratch[0]!;
}

export interface LatencySummary {
  count: number;
  p50Us: number;
  p99Us: number;
  p999Us: number;
  maxUs: number;
}

export class LatencyHistogram {
  readonly counts: Uint32Array;
  count = 0;
  maxUs = 0;

  constructor(counts?: ArrayLike<number>) {
    this.counts = new Uint32Array(BUCKETS);
    if (counts !== undefined) {
      this.counts.set(counts);
      for (let i = 0; i < BUCKETS; i++) this.count += this.counts[i]!;
    }
  }

  record(us: number): void {
    if (!(us >= 0)) return;
    const i = us < 1 ? 0 : Math.min(BUCKETS - 1, 1 + Math.floor(Math.log(us) / LOG_GROWTH));
    this.counts[i]!++;
    this.count++;
    if (us > this.maxUs) this.maxUs = us;
  }

  /** Record the latency of a payload received now, if it is stamped (unstamped ones carry 0). */
  recordPayload(data: Uint8Array): void {
    const at = stampOf(data);
    if (at > 0) this.record((monoMs() - at) * 1000);
  }

  merge(other: LatencyHistogram): void {
    for (let i = 0; i < BUCKETS; i++) this.counts[i]! += other.counts[i]!;
    this.count += other.count;
    if (other.maxUs > this.maxUs) this.maxUs = other.maxUs;
  }

  reset(): void {
    this.counts.fill(0);
    this.count = 0;
    this.maxUs = 0;
  }

  /** The p-th percentile (µs): the geometric middle of its bucket. */
  percentile(p: number): number {
    if (this.count === 0) return NaN;
    const rank = Math.max(1, Math.ceil((p / 100) * this.count));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) return i === 0 ? 0.5 : Math.exp((i - 0.5) * LOG_GROWTH);
    }
    return this.maxUs;
  }

  summary(): LatencySummary {
    return { count: this.count, p50Us: this.percentile(50), p99Us: this.percentile(99), p999Us: this.percentile(99.9), maxUs: this.maxUs };
  }

  /** Sparse form for IPC: [bucket, count] pairs. */
  toSparse(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let i = 0; i < BUCKETS; i++) if (this.counts[i] !== 0) out.push([i, this.counts[i]!]);
    return out;
  }

  static fromSparse(pairs: ReadonlyArray<[number, number]>, maxUs = 0): LatencyHistogram {
    const h = new LatencyHistogram();
    for (const [i, n] of pairs) {
      h.counts[i] = n;
      h.count += n;
    }
    h.maxUs = maxUs;
    return h;
  }
}
