/**
 * The DHT's Prometheus metrics, kept in the processes that do the work (prom-client registries of
 * their own) and rendered into the gateway's /metrics (the gateway fetches their text with the
 * mesh status): routing — table size, joined, lookups and their duration and rounds, RPCs by
 * kind and outcome; bootstrap — records held, queries answered by kind, rejected messages by
 * code, and the health checks (1 ok, 0 failing).
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { METRIC_PREFIX } from './constants.js';

const P = `${METRIC_PREFIX}dht_`;
/** Lookup duration buckets, in seconds (a loopback lookup takes ms; the deadline is 10 s). */
export const LOOKUP_DURATION_BUCKETS_S = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Lookup rounds (hops to the result), 1 … 12. */
export const LOOKUP_ROUNDS_BUCKETS = [1, 2, 3, 4, 5, 6, 8, 10, 12];

/** Mirror a monotonic number kept elsewhere into a counter at scrape time. */
function mirror(c: Counter<string>, labels: Record<string, string>, value: number): void {
  c.remove(labels);
  if (value > 0) c.inc(labels, value);
}

export interface RoutingReadings {
  tableSize(): number;
  joined(): boolean;
  /** RPC counters (sent, answered, timedOut, sendFailed, errorReplies, unexpected) and messages received by type. */
  rpc(): Record<string, number>;
  received(): Record<string, number>;
}

export class RoutingMetrics {
  readonly registry = new Registry();
  readonly #lookups: Counter<'kind' | 'end'>;
  readonly #duration: Histogram<'kind'>;
  readonly #rounds: Histogram<'kind'>;

  constructor(labels: Record<string, string>, read: RoutingReadings) {
    const r = this.registry;
    r.setDefaultLabels(labels);
    new Gauge({ name: `${P}table_contacts`, help: 'Contacts in the DHT routing table.', registers: [r], collect() { this.set(read.tableSize()); } });
    new Gauge({ name: `${P}joined`, help: '1 once a bootstrap node answered (a seed node: at once), else 0.', registers: [r], collect() { this.set(read.joined() ? 1 : 0); } });
    this.#lookups = new Counter({ name: `${P}lookups_total`, help: 'DHT lookups, by kind and how they ended.', labelNames: ['kind', 'end'], registers: [r] });
    this.#duration = new Histogram({ name: `${P}lookup_duration_seconds`, help: 'Duration of DHT lookups.', labelNames: ['kind'], buckets: LOOKUP_DURATION_BUCKETS_S, registers: [r] });
    this.#rounds = new Histogram({ name: `${P}lookup_rounds`, help: 'Rounds (hops on the path to the result) of DHT lookups.', labelNames: ['kind'], buckets: LOOKUP_ROUNDS_BUCKETS, registers: [r] });
    new Counter({
      name: `${P}rpcs_total`, help: 'DHT RPCs this node sent, by outcome.', labelNames: ['outcome'], registers: [r],
      collect() {
        for (const [outcome, n] of Object.entries(read.rpc())) mirror(this, { outcome }, n);
      },
    });
    new Counter({
      name: `${P}messages_received_total`, help: 'Valid DHT messages the routing process received, by type.', labelNames: ['type'], registers: [r],
      collect() {
        for (const [type, n] of Object.entries(read.received())) mirror(this, { type }, n);
      },
    });
  }

  /** One lookup ended. */
  lookup(kind: string, end: string, durationMs: number, rounds: number): void {
    this.#lookups.inc({ kind, end });
    this.#duration.observe({ kind }, durationMs / 1000);
    this.#rounds.observe({ kind }, rounds);
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}

export interface BootstrapReadings {
  records(): number;
  keys(): number;
  queries(): Record<string, number>;
  rejected(): Record<string, number>;
  /** name → ok, for the last health check (empty before the first). */
  checks(): Record<string, boolean>;
}

export class BootstrapMetrics {
  readonly registry = new Registry();

  constructor(labels: Record<string, string>, read: BootstrapReadings) {
    const r = this.registry;
    r.setDefaultLabels(labels);
    new Gauge({ name: `${P}records`, help: 'DHT provider records this node holds for the mesh (tombstones included).', registers: [r], collect() { this.set(read.records()); } });
    new Gauge({ name: `${P}record_keys`, help: 'DHT keys with at least one record held here.', registers: [r], collect() { this.set(read.keys()); } });
    new Counter({
      name: `${P}queries_total`, help: 'DHT requests from other nodes answered here, by type.', labelNames: ['type'], registers: [r],
      collect() {
        for (const [type, n] of Object.entries(read.queries())) mirror(this, { type }, n);
      },
    });
    new Counter({
      name: `${P}rejected_total`, help: 'DHT messages from other nodes rejected here, by error code.', labelNames: ['code'], registers: [r],
      collect() {
        for (const [code, n] of Object.entries(read.rejected())) mirror(this, { code }, n);
      },
    });
    new Gauge({
      name: `${P}health_check`, help: 'The last DHT health check, per check: 1 ok, 0 failing.', labelNames: ['check'], registers: [r],
      collect() {
        this.reset();
        for (const [check, ok] of Object.entries(read.checks())) this.set({ check }, ok ? 1 : 0);
      },
    });
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}
