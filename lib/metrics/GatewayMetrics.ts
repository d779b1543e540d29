/**
 * The gateway's Prometheus registry (prom-client): what upstream's /metrics exposed — uptime,
 * ready, clients, subscriptions, registrations, memory — plus message counters by kind, RPC
 * calls, errors by code, a latency histogram, the QUIC transport's counters (transportMetrics.ts:
 * dropped and refused packets by reason, stateless resets, silent peers) and refusals of the trust
 * model (permission_denied by action and reason, node links refused by code and side).
 * Per-process memory carries a `process` label so the root can add each OS process's memory to
 * one scrape. It implements BrokerObserver, so the broker reports into it directly; render() is
 * HealthServer's `metrics` provider.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ErrorCode } from '../errors/index.js';
import type { Action } from '../auth/index.js';
import type { BrokerObserver, LinkSide } from '../broker/types.js';
import type { FrameCase } from '../protocol/index.js';
import { DEFAULT_PROCESS_NAME, METRIC_PREFIX, RPC_LATENCY_BUCKETS_S } from './constants.js';
import { registerTransportMetrics } from './transportMetrics.js';
import type { GatewayMetricsOptions, ProcessMemory } from './types.js';

const P = METRIC_PREFIX;

export class GatewayMetrics implements BrokerObserver {
  readonly registry = new Registry();
  readonly #messagesIn: Counter<'kind'>;
  readonly #messagesOut: Counter<'kind'>;
  readonly #rpcCalls: Counter<'outcome'>;
  readonly #rpcErrors: Counter<'code'>;
  readonly #rpcLatency: Histogram;
  readonly #rejected: Counter<'code'>;
  readonly #denied: Counter<'action' | 'reason'>;
  readonly #linksRefused: Counter<'code' | 'side'>;
  /** Frames counted since the last scrape, by kind: plain numbers per frame, folded in at collect(). */
  readonly #pendingIn = new Map<string, number>();
  readonly #pendingOut = new Map<string, number>();

  constructor(options: GatewayMetricsOptions) {
    const r = this.registry;
    const g = options.gauges;
    const startedAt = options.startedAt ?? Date.now();
    const self = options.processName ?? DEFAULT_PROCESS_NAME;
    if (options.labels !== undefined) r.setDefaultLabels(options.labels);
    const gauge = (name: string, help: string, read: () => number): void => {
      new Gauge({ name: P + name, help, registers: [r], collect() { this.set(read()); } });
    };
    gauge('uptime_seconds', 'Seconds since the node started.', () => (Date.now() - startedAt) / 1000);
    gauge('ready', '1 when every subsystem is up and serving, else 0.', () => (g.ready() ? 1 : 0));
    gauge('gateway_clients', 'Clients connected to this gateway.', g.clients);
    gauge('gateway_subscriptions', 'Subscriptions held by this gateway\'s clients.', g.subscriptions);
    gauge('gateway_registrations', 'Procedure advertisements held by this gateway\'s clients.', g.registrations);
    if (g.pendingCalls !== undefined) gauge('gateway_pending_calls', 'RPC calls in flight through this gateway.', g.pendingCalls);
    if (g.transport !== undefined) registerTransportMetrics(r, g.transport);

    const memory = async (): Promise<Record<string, ProcessMemory>> => {
      const m = process.memoryUsage();
      return { ...((await options.processes?.()) ?? {}), [self]: { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal } };
    };
    new Gauge({
      name: P + 'process_resident_memory_bytes',
      help: 'Resident set size of each Macula OS process, in bytes.',
      labelNames: ['process'],
      registers: [r],
      async collect() {
        this.reset();
        for (const [name, m] of Object.entries(await memory())) this.set({ process: name }, m.rss);
      },
    });
    new Gauge({
      name: P + 'process_heap_used_bytes',
      help: 'V8 heap in use of each Macula OS process, in bytes.',
      labelNames: ['process'],
      registers: [r],
      async collect() {
        this.reset();
        for (const [name, m] of Object.entries(await memory())) if (m.heapUsed !== undefined) this.set({ process: name }, m.heapUsed);
      },
    });

    const fold = (pending: Map<string, number>) =>
      function (this: Counter<'kind'>): void {
        for (const [kind, n] of pending) this.inc({ kind }, n);
        pending.clear();
      };
    this.#messagesIn = new Counter({ name: P + 'gateway_messages_in_total', help: 'Frames received from clients, by message kind.', labelNames: ['kind'], registers: [r], collect: fold(this.#pendingIn) });
    this.#messagesOut = new Counter({ name: P + 'gateway_messages_out_total', help: 'Frames sent to clients, by message kind.', labelNames: ['kind'], registers: [r], collect: fold(this.#pendingOut) });
    this.#rpcCalls = new Counter({ name: P + 'rpc_calls_total', help: 'RPC calls answered, by outcome (ok or error).', labelNames: ['outcome'], registers: [r] });
    this.#rpcErrors = new Counter({ name: P + 'rpc_errors_total', help: 'RPC calls answered with an error, by error code.', labelNames: ['code'], registers: [r] });
    this.#rpcLatency = new Histogram({ name: P + 'rpc_call_duration_seconds', help: 'Time from a call to its answer, in seconds.', buckets: RPC_LATENCY_BUCKETS_S, registers: [r] });
    this.#rejected = new Counter({ name: P + 'gateway_clients_rejected_total', help: 'Connections refused at the handshake, by error code.', labelNames: ['code'], registers: [r] });
    this.#denied = new Counter({
      name: P + 'gateway_permission_denied_total',
      help: 'Client actions refused with permission_denied, by action (publish, subscribe, advertise, call) and reason (docs/SECURITY.md).',
      labelNames: ['action', 'reason'],
      registers: [r],
    });
    this.#linksRefused = new Counter({
      name: P + 'mesh_links_refused_total',
      help: 'Node links refused at their handshake by this node, by error code and side (accept: a node dialled us; dial: we dialled it).',
      labelNames: ['code', 'side'],
      registers: [r],
    });
  }

  /** Prometheus text exposition (HealthServer's `metrics`). */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  frameIn(kind: FrameCase | 'malformed'): void {
    const m = this.#pendingIn;
    m.set(kind, (m.get(kind) ?? 0) + 1);
  }

  frameOut(kind: FrameCase): void {
    const m = this.#pendingOut;
    m.set(kind, (m.get(kind) ?? 0) + 1);
  }

  callDone(outcome: 'ok' | ErrorCode, latencyMs: number): void {
    this.#rpcCalls.inc({ outcome: outcome === 'ok' ? 'ok' : 'error' });
    if (outcome !== 'ok') this.#rpcErrors.inc({ code: outcome });
    this.#rpcLatency.observe(latencyMs / 1000);
  }

  clientRejected(code: ErrorCode): void {
    this.#rejected.inc({ code });
  }

  permissionDenied(action: Action, reason: string): void {
    this.#denied.inc({ action, reason });
  }

  linkRefused(code: ErrorCode, side: LinkSide): void {
    this.#linksRefused.inc({ code, side });
  }
}

/** A gateway metrics registry (the factory the gateway process calls). */
export function createGatewayMetrics(options: GatewayMetricsOptions): GatewayMetrics {
  return new GatewayMetrics(options);
}
