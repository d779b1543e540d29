/**
 * Service modules: a plain module that names the procedures it serves and the patterns it
 * listens to, written against the SDK, that any process holding a MaculaClient can run (the peer
 * process's rpc_handler/pubsub_handler, the `macula` CLI, a test).
 *
 *   export default defineService({
 *     name: 'echo',
 *     procedures: { 'demo.echo': async (args, ctx) => args },
 *     subscriptions: { 'demo.events.*': async (msg, ctx) => { … } },
 *   });
 *
 * or a factory, called once per run, for services that keep state:
 *
 *   export default defineService((ctx) => { let n = 0; return { procedures: { … } }; });
 *
 * runService(client, module) advertises and subscribes everything (rolling back what it did if
 * one step fails) and returns an idempotent stop function.
 */
import { MaculaError } from '../errors/index.js';
import { validatePattern, validateQueue } from '../pubsub/index.js';
import { validateProcedure } from '../rpc/index.js';
import type { MaculaClient } from './MaculaClient.js';
import type { Subscription } from './Subscription.js';
import type { AdvertiseOptions, CallOptions, InvocationContext, Message, PublishOptions, SubscribeOptions } from './types.js';

/** What a service's handlers get besides their input. */
export interface ServiceContext {
  readonly client: MaculaClient;
  /** The service's name (module `name`, else 'service'). */
  readonly name: string;
  /** Aborted when the service is stopped. */
  readonly signal: AbortSignal;
  publish(topic: string, data: unknown, options?: PublishOptions): Promise<void>;
  call<T = unknown>(procedure: string, args?: unknown, options?: CallOptions): Promise<T>;
}

export type ServiceProcedure = (args: any, ctx: ServiceContext & { invocation: InvocationContext }) => unknown;
export type ServiceSubscriber = (message: Message, ctx: ServiceContext) => void | Promise<void>;

/** A service subscription's options: `queue: false` opts it out of the service's queue group. */
export type ServiceSubscribeOptions = Omit<SubscribeOptions, 'queue'> & { queue?: string | false };

export interface ServiceDefinition {
  name?: string;
  procedures?: Record<string, ServiceProcedure | ({ handler: ServiceProcedure } & AdvertiseOptions)>;
  subscriptions?: Record<string, ServiceSubscriber | ({ handler: ServiceSubscriber } & ServiceSubscribeOptions)>;
  /**
   * The queue group of the service's subscriptions, so that each message is handled by one
   * instance of the service in the whole mesh (`--instances 3` runs three; NATS queue groups).
   * Default: the service's name — in a node, the name the service runs under (`--service
   * name=…`, what `scale name=N` scales); with runService, `name` here (unnamed: no group).
   * `false`: every instance gets every message. One subscription opts out with `queue: false`
   * in its own entry, or names another group.
   */
  queue?: string | false;
  /** Runs after everything is advertised and subscribed. */
  start?(ctx: ServiceContext): void | Promise<void>;
  /** Runs first when the service is stopped. */
  stop?(ctx: ServiceContext): void | Promise<void>;
}

/** A service: its definition, or a factory making a fresh one (fresh state) per run. */
export type ServiceModule = ServiceDefinition | ((ctx: ServiceContext) => ServiceDefinition | Promise<ServiceDefinition>);

/** Stops a running service (idempotent, one shared promise). */
export type StopService = () => Promise<void>;

/**
 * The queue group a service subscription joins: its own `queue` (false: none), else the service's
 * `queue` (false: none), else `serviceName` (undefined: none).
 */
export function serviceQueue(def: Pick<ServiceDefinition, 'queue'>, entry: ServiceSubscribeOptions, serviceName: string | undefined): string | undefined {
  if (entry.queue === false) return undefined;
  if (entry.queue !== undefined) return entry.queue;
  if (def.queue === false) return undefined;
  return def.queue ?? serviceName;
}

/** Identity function that type-checks a service module and validates its names early. */
export function defineService<M extends ServiceModule>(service: M): M {
  if (typeof service === 'function') return service;
  checkDefinition(service);
  return service;
}

function checkDefinition(def: ServiceDefinition): void {
  if (def === null || typeof def !== 'object') throw new MaculaError('usage', 'a service must be an object or a factory function');
  for (const [procedure, h] of Object.entries(def.procedures ?? {})) {
    validateProcedure(procedure);
    if (typeof (typeof h === 'function' ? h : h?.handler) !== 'function') throw new MaculaError('usage', `procedure ${procedure}: handler must be a function`);
  }
  for (const [pattern, h] of Object.entries(def.subscriptions ?? {})) {
    validatePattern(pattern);
    if (typeof (typeof h === 'function' ? h : h?.handler) !== 'function') throw new MaculaError('usage', `subscription ${pattern}: handler must be a function`);
    if (typeof h !== 'function' && typeof h.queue === 'string') validateQueue(h.queue);
  }
  if (typeof def.queue === 'string') validateQueue(def.queue);
  else if (def.queue !== undefined && def.queue !== false) throw new MaculaError('usage', 'a service\'s queue must be a queue group name or false');
}

/** Accept a service, or a module namespace whose default export is one. */
function unwrap(mod: unknown): ServiceModule {
  const m = mod as { default?: unknown };
  if (m !== null && typeof m === 'object' && !('procedures' in m) && !('subscriptions' in m) && m.default !== undefined) return m.default as ServiceModule;
  return mod as ServiceModule;
}

/** Advertise a service's procedures and subscribe its subscriptions; returns its stop function. */
export async function runService(client: MaculaClient, serviceModule: unknown): Promise<StopService> {
  const service = unwrap(serviceModule);
  const controller = new AbortController();
  const base = {
    client,
    signal: controller.signal,
    publish: (topic: string, data: unknown, options?: PublishOptions) => client.publish(topic, data, options),
    call: <T>(procedure: string, args?: unknown, options?: CallOptions) => client.call<T>(procedure, args, options),
  };
  const def = typeof service === 'function' ? await service({ ...base, name: 'service' }) : service;
  checkDefinition(def);
  const ctx: ServiceContext = { ...base, name: def.name ?? 'service' };
  const advertised: string[] = [];
  const subscriptions: Subscription[] = [];
  const undo = async (): Promise<void> => {
    controller.abort(new MaculaError('shutdown', `service ${ctx.name} stopped`));
    for (const s of subscriptions.splice(0).reverse()) await s.unsubscribe().catch(() => undefined);
    for (const p of advertised.splice(0).reverse()) await client.unadvertise(p).catch(() => undefined);
  };
  try {
    for (const [procedure, entry] of Object.entries(def.procedures ?? {})) {
      const { handler, ...options } = typeof entry === 'function' ? { handler: entry } : entry;
      await client.advertise(procedure, (args, invocation) => handler(args, { ...ctx, invocation }), options);
      advertised.push(procedure);
    }
    for (const [pattern, entry] of Object.entries(def.subscriptions ?? {})) {
      const { handler, queue: _queue, ...options } = typeof entry === 'function' ? { handler: entry } : entry;
      const queue = serviceQueue(def, typeof entry === 'function' ? {} : entry, def.name);
      subscriptions.push(await client.subscribe(pattern, (message) => handler(message, ctx), { ...options, ...(queue === undefined ? {} : { queue }) }));
    }
    await def.start?.(ctx);
  } catch (err) {
    await undo();
    throw err;
  }
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      try {
        await def.stop?.(ctx);
      } finally {
        await undo();
      }
    })();
    return stopping;
  };
}
