/**
 * macula_connection (seed §5, child 1): the peer's QUIC connection to its gateway — a lib/client
 * MaculaClient, pinned to the gateway's node id. start() resolves once a session is up, retrying
 * for a while (the gateway may be restarting); afterwards the SDK reconnects by itself with
 * backoff and restores the subscriptions and advertisements the later workers made, so a gateway
 * restart does not restart the peer's handlers. The client giving up for good (closed) is this
 * worker dying: rest_for_one then restarts every handler on a fresh connection.
 */
import { connect } from '../client/index.js';
import { MaculaError } from '../errors/index.js';
import type { WorkerContext } from '../supervisor/types.js';
import { BaseWorker } from '../supervisor/workerChild.js';
import { CONNECT_RETRY_INITIAL_MS, CONNECT_RETRY_MAX_MS, RECONNECT_INITIAL_DELAY_MS, RECONNECT_MAX_DELAY_MS } from './constants.js';
import type { PeerOptions, PeerState } from './types.js';

export class Connection extends BaseWorker {
  #stopping = false;

  constructor(
    private readonly options: PeerOptions,
    private readonly state: PeerState,
  ) {
    super();
  }

  override async start(ctx: WorkerContext): Promise<void> {
    await super.start(ctx);
    const o = this.options;
    const deadline = Date.now() + o.connectStartTimeoutMs;
    let delay = CONNECT_RETRY_INITIAL_MS;
    for (;;) {
      try {
        const client = await connect(o.url, {
          realm: o.realm,
          expectedNodeId: o.expectedNodeId,
          identity: o.identity,
          name: o.name,
          reconnect: { initialDelayMs: RECONNECT_INITIAL_DELAY_MS, maxDelayMs: RECONNECT_MAX_DELAY_MS },
          transport: { idleTimeoutMs: o.idleTimeoutMs, keepAliveMs: o.keepAliveMs },
        });
        this.state.client = client;
        this.state.retarget = (url) => {
          if (this.#stopping || this.state.client !== client) return;
          this.#stopping = true;
          this.state.client = undefined;
          this.state.retarget = undefined;
          // the handlers' subscriptions and advertisements belong to this connection: rest_for_one restarts them on the new one
          void client.close().finally(() => ctx.exit(`gateway moved to ${url}`));
        };
        client.once('closed', () => {
          if (this.#stopping || this.state.client !== client) return;
          this.state.client = undefined;
          ctx.exit(`crash: connection to ${o.url} closed for good`);
        });
        return;
      } catch (err) {
        const e = MaculaError.wrap(err);
        // retryable errors pass while the gateway (re)starts; anything else (wrong node id, unknown realm) fails at once
        if (!e.retryable || Date.now() + delay > deadline) {
          throw new MaculaError(e.code, `cannot connect to the gateway ${o.url}: ${e.message}`, { cause: e });
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, CONNECT_RETRY_MAX_MS);
      }
    }
  }

  override async stop(): Promise<void> {
    this.#stopping = true;
    const client = this.state.client;
    this.state.client = undefined;
    this.state.retarget = undefined;
    await client?.close();
  }
}
