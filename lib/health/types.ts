/** Facts the health server reports, read fresh on every request. */
export interface HealthInfo {
  /** Every subsystem is up and serving. /ready and /health answer 200 only when true. */
  ready: boolean;
  nodeId: string;
  realm: string;
  /** Not ready because the node is still starting (status "starting" instead of "unhealthy"). */
  starting?: boolean;
  /** Extra JSON-safe facts added to the /health body (e.g. { processes: 5 }). */
  details?: Record<string, unknown>;
  /** The stated access default in one line (docs/SECURITY.md): who may do what on this node. */
  access?: string;
  /** Loud warnings (e.g. listening beyond loopback with no permissions); /health lists them, status is unchanged. */
  warnings?: string[];
}

export interface HealthServerOptions {
  host: string;
  /** 0 = any free port; start() resolves the actual one. */
  port: number;
  info: () => HealthInfo;
  /** Prometheus text exposition for /metrics; without it /metrics is 404. */
  metrics?: () => Promise<string> | string;
  /** epoch ms the node started, for `uptime`. @default the HealthServer's construction time */
  startedAt?: number;
  /** @default MAX_HEALTH_CONNECTIONS */
  maxConnections?: number;
  /** @default MAX_HEALTH_HEADER_BYTES */
  maxHeaderBytes?: number;
  /** @default HEALTH_REQUEST_TIMEOUT_MS */
  requestTimeoutMs?: number;
  /** @default HEALTH_HEADERS_TIMEOUT_MS */
  headersTimeoutMs?: number;
  /** @default HEALTH_KEEP_ALIVE_TIMEOUT_MS */
  keepAliveTimeoutMs?: number;
}

export interface HealthAddress {
  host: string;
  port: number;
}

/** Body of GET /health (upstream macula_gateway_health shape plus node_id and realm). */
export interface HealthBody {
  status: 'healthy' | 'unhealthy' | 'starting';
  ready: boolean;
  /** seconds since the node started */
  uptime: number;
  node_id: string;
  realm: string;
  /** Who may do what on this node (HealthInfo.access), when the node states it. */
  access?: string;
  /** Present when there is something to warn about (HealthInfo.warnings). */
  warnings?: string[];
  [extra: string]: unknown;
}
