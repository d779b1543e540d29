/**
 * macula_rpc_handler (seed §5, child 3): the peer's procedure table — the running service's
 * `procedures`, each bound to the service instance's context — which advertisement_manager
 * advertises and the gateway's invocations reach. A restart rebuilds the table (and, rest_for_one,
 * the advertisements); the connection and the subscriptions keep running. Calls this peer makes
 * go through the connection (ctx.call). A bare peer has an empty table.
 */
import type { WorkerContext } from '../supervisor/types.js';
import { BaseWorker } from '../supervisor/workerChild.js';
import type { PeerState } from './types.js';

export class RpcHandler extends BaseWorker {
  constructor(private readonly state: PeerState) {
    super();
  }

  override async start(ctx: WorkerContext): Promise<void> {
    await super.start(ctx);
    const running = this.state.service;
    this.state.procedures.clear();
    if (running === undefined) return;
    for (const [procedure, entry] of Object.entries(running.definition.procedures ?? {})) {
      const { handler, ...opts } = typeof entry === 'function' ? { handler: entry } : entry;
      this.state.procedures.set(procedure, { ...opts, handler: (args, invocation) => handler(args, { ...running.ctx, invocation }) });
    }
  }

  override async stop(): Promise<void> {
    this.state.procedures.clear();
  }
}
