/**
 * macula_advertisement_manager (seed §5, child 4): advertises every procedure of rpc_handler's
 * table through the connection with a TTL (upstream 300 s) and keeps it alive: re-advertised
 * every max(10 s, TTL − 60 s) (REFERENCE §2; the SDK's refresh timer, given that interval), and
 * restored by the SDK after a reconnect. The gateway prunes an advertisement whose TTL passed
 * (lib/broker RpcRouter, every 60 s). Stop unadvertises them all. An invocation reaches the
 * handler rpc_handler holds at that moment (none while it restarts: `no_handler`).
 */
import { MaculaError } from '../errors/index.js';
import type { WorkerContext } from '../supervisor/types.js';
import { BaseWorker } from '../supervisor/workerChild.js';
import { READVERTISE_MARGIN_MS } from './constants.js';
import { connected } from './PubsubHandler.js';
import type { PeerOptions, PeerState } from './types.js';

/** Upstream's re-advertise interval: max(minimum, TTL − 60 s). */
export function readvertiseIntervalMs(ttlMs: number, minMs: number): number {
  return Math.max(minMs, ttlMs - READVERTISE_MARGIN_MS);
}

export class AdvertisementManager extends BaseWorker {
  #advertised: string[] = [];

  constructor(
    private readonly options: PeerOptions,
    private readonly state: PeerState,
  ) {
    super();
  }

  /** Procedures advertised now (upstream list_active). */
  get active(): readonly string[] {
    return [...this.#advertised];
  }

  override async start(ctx: WorkerContext): Promise<void> {
    await super.start(ctx);
    if (this.state.procedures.size === 0) return;
    const client = await connected(this.state);
    try {
      for (const [procedure, entry] of this.state.procedures) {
        const ttl = entry.ttl ?? this.options.advertiseTtlMs;
        await client.advertise(
          procedure,
          (args, invocation) => {
            const current = this.state.procedures.get(procedure);
            if (current === undefined) throw new MaculaError('no_handler', `${procedure}: the peer's rpc handler is restarting`);
            return current.handler(args, invocation);
          },
          { ttl, metadata: entry.metadata, raw: entry.raw, refreshMs: readvertiseIntervalMs(ttl, this.options.minReadvertiseMs) },
        );
        this.#advertised.push(procedure);
      }
    } catch (err) {
      await this.stop();
      throw err;
    }
  }

  override async stop(): Promise<void> {
    const client = this.state.client;
    for (const procedure of this.#advertised.splice(0).reverse()) await client?.unadvertise(procedure).catch(() => undefined);
  }
}
