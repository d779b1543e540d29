import type { EndpointStats } from '../transport/types.js';

/** What the gateway's metrics read on every scrape. */
export interface GatewayGauges {
  ready: () => boolean;
  clients: () => number;
  subscriptions: () => number;
  registrations: () => number;
  pendingCalls?: () => number;
  /** The QUIC listener's endpoint stats (undefined while it is stopped): the macula_transport_* series. */
  transport?: () => EndpointStats | undefined;
}

/** Memory of one OS process, for the per-process memory gauges. */
export interface ProcessMemory {
  rss: number;
  heapUsed?: number;
  heapTotal?: number;
}

export interface GatewayMetricsOptions {
  gauges: GatewayGauges;
  /** epoch ms the node started, for uptime. @default construction time */
  startedAt?: number;
  /** `process` label of this process's own memory. @default 'gateway' */
  processName?: string;
  /**
   * Memory of other processes (the root adds its children here), read on every scrape; this
   * process's own memory is always reported.
   */
  processes?: () => Record<string, ProcessMemory> | Promise<Record<string, ProcessMemory>>;
  /** Constant labels on every series (e.g. { node_id, realm }). */
  labels?: Record<string, string>;
}
