/**
 * The life of an OS child (routing, bootstrap, gateway, peer:<N>): read the node config root
 * passed in MACULA_NODE_CONFIG, speak IPC on fd 3, build and start the process's tree, report
 * Ready, forward supervisor reports to root, answer describe/ping/fault, and stop in order on
 * SIGTERM or an IPC Shutdown.
 *
 * No orphans: fd 3 reaching EOF or failing means root is gone (even SIGKILLed), so the process
 * exits at once. SIGINT is ignored: the terminal sends it to the whole process group and root
 * drives the stop.
 */
import { Socket } from 'node:net';
import { MaculaError } from '../errors/index.js';
import { IPC_FD, IpcChannel, ROOT_NAME, errorToWire, type IpcHandler, type BodyCase } from '../ipc/index.js';
import { createLogger, type Logger } from '../log/index.js';
import type { SupervisorEvent } from '../supervisor/index.js';
import { EXIT_FAILURE, EXIT_OK, NODE_CONFIG_ENV, PROCESS_NAME_ENV, TEST_FAULTS_ENV } from './constants.js';
import { supervisorPathOf } from './names.js';
import { childStartError } from './startFailure.js';
import { WorkerRegistry } from './WorkerRegistry.js';
import { descriptionToWire, eventToWire } from './wire.js';
import type { ChildApp, ChildConfig, ChildContext } from './types.js';

/** How long a dying process waits for its last IPC bytes to drain. */
const FLUSH_TIMEOUT_MS = 200;

export async function runChildProcess(build: (ctx: ChildContext) => ChildApp | Promise<ChildApp>, env = process.env): Promise<void> {
  const processName = env[PROCESS_NAME_ENV];
  const rawConfig = env[NODE_CONFIG_ENV];
  if (!processName || !rawConfig) {
    process.stderr.write(`this program is an OS process of a Macula node, started by \`macula-cluster up\` (missing ${PROCESS_NAME_ENV}/${NODE_CONFIG_ENV})\n`);
    process.exit(EXIT_FAILURE);
  }
  const config = JSON.parse(rawConfig) as ChildConfig;
  const logger = createLogger({ name: processName, bindings: { node_id: config.nodeId.slice(0, 16) }, env, level: config.logLevel, format: config.logFormat });
  process.on('SIGINT', () => undefined);

  const socket = new Socket({ fd: IPC_FD, readable: true, writable: true });
  const channel = new IpcChannel(socket, {
    name: processName,
    onError: (err) => logger.error({ err: err.toJSON() }, `IPC: ${err.message}`),
    onClose: (reason) => {
      // root is gone: never outlive it
      logger.warn({ reason }, 'IPC pipe to root closed; exiting');
      process.exit(EXIT_FAILURE);
    },
  });
  const emit = (e: SupervisorEvent): void => {
    if (!channel.closed) channel.send(ROOT_NAME, { event: eventToWire(e) });
  };
  const registry = new WorkerRegistry();
  const ctx: ChildContext = { processName, supervisorPath: supervisorPathOf(processName), config, registry, logger, channel, emit, env };
  // A failed start tells root why (start_error) before exiting, so root can name the cause.
  const startFailed = async (err: unknown): Promise<never> => {
    const why = childStartError(err);
    logger.error({ err: why.toJSON() }, `start failed: ${why.message}`);
    if (!channel.closed) channel.send(ROOT_NAME, { startError: errorToWire(why) });
    await flush(socket);
    process.exit(EXIT_FAILURE);
  };
  const app = await Promise.resolve()
    .then(() => build(ctx))
    .catch(startFailed);

  let stopping: Promise<void> | undefined;
  const stop = (why: string): Promise<void> => {
    stopping ??= (async () => {
      logger.info({ why }, 'stopping');
      await app.tree.stop();
      await flush(socket);
      process.exit(EXIT_OK);
    })();
    return stopping;
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  installHandlers(channel, socket, ctx, app, stop, logger);

  let started = false;
  void app.tree.exited.then(async (reason) => {
    // during start, a failed start is reported by startFailed below
    if (stopping || !started) return;
    // the tree gave up (max restart intensity): let root's supervisor decide
    logger.error({ reason }, 'process tree exited');
    await flush(socket);
    process.exit(EXIT_FAILURE);
  });

  try {
    await app.tree.start();
  } catch (err) {
    await startFailed(err);
  }
  started = true;
  channel.send(ROOT_NAME, { ready: { bound: app.bound?.() ?? {}, pid: process.pid } });
  logger.debug('ready');
}

function installHandlers(channel: IpcChannel, socket: Socket, ctx: ChildContext, app: ChildApp, stop: (why: string) => Promise<void>, logger: Logger): void {
  const faultsEnabled = ctx.env[TEST_FAULTS_ENV] === '1';
  const startedAt = Date.now();
  const table: Partial<Record<BodyCase, IpcHandler>> = {
    describeRequest: () => ({
      describeReply: { supervisor: descriptionToWire(app.tree.describe()), rss: process.memoryUsage.rss(), pid: process.pid },
    }),
    shutdown: (env) => {
      void stop(env.shutdown?.reason || 'shutdown requested by root');
      return { ok: {} };
    },
    ping: async (env) => {
      const relayTo = env.ping?.relayTo;
      if (relayTo) {
        const reply = await channel.request(relayTo, { ping: { payload: env.ping?.payload ?? '' } });
        return { pong: reply.pong ?? {} };
      }
      return { pong: { payload: env.ping?.payload ?? '', pid: process.pid, startedAt } };
    },
    fault: async (env) => {
      if (!faultsEnabled) throw new MaculaError('not_supported', `fault injection is disabled (set ${TEST_FAULTS_ENV}=1)`);
      const path = env.fault?.path ?? '';
      if (path === '') {
        logger.warn('fault injected: exiting with code 1');
        setImmediate(() => void flush(socket).then(() => process.exit(EXIT_FAILURE)));
        return { ok: {} };
      }
      await ctx.registry.crash(`${ctx.supervisorPath}/${path}`);
      logger.warn({ path }, 'fault injected: worker crashed');
      return { ok: {} };
    },
    ...app.handlers,
  };
  for (const [kind, handler] of Object.entries(table)) channel.handle(kind as BodyCase, handler as IpcHandler);
}

/** Wait (bounded) until what was written to the pipe has left the process. */
function flush(socket: Socket): Promise<void> {
  if (socket.destroyed || socket.writableLength === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FLUSH_TIMEOUT_MS);
    socket.once('drain', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
