/**
 * macula_pubsub_handler (seed §5, child 2): loads the peer's service module, makes this
 * incarnation's instance of it (a factory module is called once per start, so a restart starts
 * from fresh state) and subscribes its `subscriptions` through the connection. Its `start` hook
 * runs once subscribed, its `stop` hook first on stop. rpc_handler and advertisement_manager
 * serve the same instance's `procedures` (they start after this worker, rest_for_one).
 * The subscriptions join a queue group named after the service (`--service name=…`) unless the
 * service opts out (`queue: false`, ServiceDefinition.queue), so `--instances 3` handles each
 * message once, as NATS queue subscribers do, not three times.
 * A bare peer (no service) does nothing here.
 */
import { pathToFileURL } from 'node:url';
import { serviceQueue, type MaculaClient, type ServiceContext, type ServiceDefinition, type Subscription } from '../client/index.js';
import { MaculaError } from '../errors/index.js';
import type { WorkerContext } from '../supervisor/types.js';
import { BaseWorker } from '../supervisor/workerChild.js';
import { CONNECT_START_TIMEOUT_MS } from './constants.js';
import type { PeerOptions, PeerState } from './types.js';

/**
 * The connection's client once it has a session: a handler (re)starting while the SDK reconnects
 * (the gateway restarting) waits for it, bounded, instead of failing its start at once.
 */
export async function connected(state: PeerState, timeoutMs = CONNECT_START_TIMEOUT_MS): Promise<MaculaClient> {
  const client = state.client;
  if (client === undefined) throw new MaculaError('not_connected', 'macula_connection is not running');
  if (client.connected) return client;
  await new Promise<void>((resolve, reject) => {
    const done = (err?: MaculaError): void => {
      clearTimeout(timer);
      client.off('connected', onConnected);
      client.off('closed', onClosed);
      if (err) reject(err);
      else resolve();
    };
    const onConnected = (): void => done();
    const onClosed = (): void => done(new MaculaError('connection_closed', 'the connection closed while a handler waited for it'));
    const timer = setTimeout(() => done(new MaculaError('not_connected', `no session with ${client.url} within ${timeoutMs} ms`)), timeoutMs);
    client.on('connected', onConnected);
    client.once('closed', onClosed);
  });
  return client;
}

/** The module's service: its default export (or the namespace itself), a definition or a factory. */
async function loadModule(path: string): Promise<unknown> {
  const mod = (await import(pathToFileURL(path).href)) as { default?: unknown };
  return mod.default ?? mod;
}

export class PubsubHandler extends BaseWorker {
  #subscriptions: Subscription[] = [];
  #controller: AbortController | undefined;

  constructor(
    private readonly options: PeerOptions,
    private readonly state: PeerState,
  ) {
    super();
  }

  override async start(ctx: WorkerContext): Promise<void> {
    await super.start(ctx);
    const service = this.options.service;
    if (service === undefined) return;
    const client = await connected(this.state);
    const controller = (this.#controller = new AbortController());
    const base = {
      client,
      signal: controller.signal,
      publish: (topic: string, data: unknown, options?: Parameters<MaculaClient['publish']>[2]) => client.publish(topic, data, options),
      call: <T>(procedure: string, args?: unknown, options?: Parameters<MaculaClient['call']>[2]) => client.call<T>(procedure, args, options),
    };
    const mod = await loadModule(service.module);
    const definition = (typeof mod === 'function' ? await (mod as (c: ServiceContext) => unknown)({ ...base, name: service.name }) : mod) as ServiceDefinition;
    if (definition === null || typeof definition !== 'object') throw new MaculaError('usage', `${service.module} does not export a service (defineService)`);
    const serviceCtx: ServiceContext = { ...base, name: definition.name ?? service.name };
    try {
      for (const [pattern, entry] of Object.entries(definition.subscriptions ?? {})) {
        const { handler, queue: _queue, ...opts } = typeof entry === 'function' ? { handler: entry } : entry;
        // the instances of one service share a queue group (its name here) unless it opts out
        const queue = serviceQueue(definition, typeof entry === 'function' ? {} : entry, service.name);
        this.#subscriptions.push(await client.subscribe(pattern, (message) => handler(message, serviceCtx), { ...opts, ...(queue === undefined ? {} : { queue }) }));
      }
      this.state.service = { definition, ctx: serviceCtx };
      await definition.start?.(serviceCtx);
    } catch (err) {
      await this.stop();
      throw err;
    }
  }

  override async stop(): Promise<void> {
    const running = this.state.service;
    this.state.service = undefined;
    try {
      await running?.definition.stop?.(running.ctx);
    } finally {
      this.#controller?.abort(new MaculaError('shutdown', 'service stopped'));
      for (const s of this.#subscriptions.splice(0).reverse()) await s.unsubscribe().catch(() => undefined);
    }
  }
}
