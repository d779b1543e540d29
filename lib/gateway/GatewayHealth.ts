/**
 * macula_gateway_health (seed §3, child 1): the node's health HTTP server (lib/health
 * HealthServer: /live, /ready, /health, /metrics). A restarted incarnation binds the port the first one
 * got, so a node started with HEALTH_PORT=0 keeps one health address for its lifetime.
 */
import { HealthServer, type HealthAddress, type HealthInfo } from '../health/index.js';
import type { WorkerContext } from '../supervisor/types.js';
import { BaseWorker } from '../supervisor/workerChild.js';
import { MESH_STATUS_REFRESH_MS } from './constants.js';

export interface GatewayHealthOptions {
  host: string;
  port: number;
  startedAt: number;
  info: () => HealthInfo;
  /** Prometheus text for /metrics (the broker's registry). */
  metrics?: () => Promise<string> | string;
  /** Called with the bound address after every (re)start. */
  onBound?: (address: HealthAddress) => void;
  /** Refreshes what `info` reports from other processes (the mesh status), every `refreshMs`. */
  refresh?: () => Promise<void>;
  /** @default MESH_STATUS_REFRESH_MS */
  refreshMs?: number;
}

export class GatewayHealth extends BaseWorker {
  private server?: HealthServer;
  private timer?: NodeJS.Timeout;

  constructor(private readonly options: GatewayHealthOptions) {
    super();
  }

  override async start(ctx: WorkerContext): Promise<void> {
    await super.start(ctx);
    const { host, port, startedAt, info, metrics } = this.options;
    this.server = new HealthServer({ host, port, startedAt, info, metrics });
    const address = await this.server.start();
    this.options.onBound?.(address);
    const refresh = this.options.refresh;
    if (refresh !== undefined) {
      this.timer = setInterval(ctx.guard(() => refresh()), this.options.refreshMs ?? MESH_STATUS_REFRESH_MS);
      this.timer.unref();
      void refresh();
    }
  }

  override async stop(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    await this.server?.stop();
  }
}
