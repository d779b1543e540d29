/**
 * macula_gateway_health (seed §3, child 1): the node's health HTTP server (lib/health
 * HealthServer: /live, /ready, /health, /metrics). A restarted incarnation binds the port the first one
 * got, so a node started with HEALTH_PORT=0 keeps one health address for its lifetime.
 */
import { HealthServer, type HealthAddress, type HealthInfo } from '../health/index.js';
import type { WorkerContext } from '../supervisor/types.js';
import { BaseWorker } from '../supervisor/workerChild.js';

export interface GatewayHealthOptions {
  host: string;
  port: number;
  startedAt: number;
  info: () => HealthInfo;
  /** Prometheus text for /metrics (the broker's registry). */
  metrics?: () => Promise<string> | string;
  /** Called with the bound address after every (re)start. */
  onBound?: (address: HealthAddress) => void;
}

export class GatewayHealth extends BaseWorker {
  private server?: HealthServer;

  constructor(private readonly options: GatewayHealthOptions) {
    super();
  }

  override async start(ctx: WorkerContext): Promise<void> {
    await super.start(ctx);
    const { host, port, startedAt, info, metrics } = this.options;
    this.server = new HealthServer({ host, port, startedAt, info, metrics });
    const address = await this.server.start();
    this.options.onBound?.(address);
  }

  override async stop(): Promise<void> {
    await this.server?.stop();
  }
}
