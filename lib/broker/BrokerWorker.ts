/**
 * A broker component as a supervised in-process worker (lib/supervisor BaseWorker): start() is
 * the component's start (OTP start_link returning {ok, Pid}), stop() its stop, and a 'crash' the
 * component reports is the process dying: the component releases what it holds (its own stop)
 * and the worker exits with `crash: <message>`, so the supervisor applies its strategy
 * (rest_for_one in macula_gateway_system / macula_gateway_workers_sup).
 *
 * Components are long-lived (built once per gateway process, they reference one another); each
 * restart starts the same component again and it rebuilds its derived state. Usage in the
 * gateway tree: `registry.child(GATEWAY_PUBSUB_ID, () => new BrokerWorker(broker.pubsub), opts)`.
 */
import { BaseWorker } from '../supervisor/workerChild.js';
import type { WorkerContext } from '../supervisor/types.js';
import type { MaculaError } from '../errors/index.js';
import type { Lifecycle } from './Lifecycle.js';

export class BrokerWorker extends BaseWorker {
  #onCrash: ((err: MaculaError) => void) | undefined;

  constructor(readonly component: Lifecycle) {
    super();
  }

  override async start(ctx: WorkerContext): Promise<void> {
    await super.start(ctx);
    await this.component.start();
    this.#onCrash = (err) => {
      this.#detach();
      void this.component.stop().catch(() => undefined).finally(() => ctx.exit(`crash: ${err.message}`));
    };
    this.component.on('crash', this.#onCrash);
  }

  override async stop(): Promise<void> {
    this.#detach();
    await this.component.stop();
  }

  #detach(): void {
    if (this.#onCrash !== undefined) this.component.off('crash', this.#onCrash);
    this.#onCrash = undefined;
  }
}
