/**
 * The life of an OS child (routing, bootstrap, gateway, peer:<N>): read the node config root
 * passed in MACULA_NODE_CONFIG, speak IPC on fd 3, build and start the process's tree, report
 * Ready, forward supervisor reports to root, answer describe/ping/fault, and stop in order on
 * SIGTERM or an IPC Shutdown.
 *
 * No orphans: fd 3 reaching EOF or failing means root is gone (even SIGKILLed), so the process
 * exits at once. SIGINT is ignored: the terminal sends it to the whole process group and root
 * drives the stop.
 *
 * Faults: the process-wide handlers route an error raised in a worker's async context to that
 * worker's crash (lib/supervisor/FaultBoundary); an error that belongs to no worker ends the
 * process with EXIT_SOFTWARE (70) and root's supervisor restarts it. Before exiting on its own a
 * process tells root why (Exiting), so root reports the logical exit reason, not an exit code.
 *
 * The process's tree is a Supervisor (bootstrap, gateway, peers) or, for a process that is one
 * worker of root's tree (macula_routing_server), that worker's ChildSpec: started exactly as its
 * supervisor would start it, and the process exits when it does.
 */
import { Socket } from 'node:net';
import { MaculaError } from '../errors/index.js';
import { IPC_FD, IpcChannel, ROOT_NAME, Siblings, errorToWire, type IpcHandler, type BodyCase } from '../ipc/index.js';
import { createLogger, type Logger } from '../log/index.js';
import { installProcessFaultHandlers } from '../supervisor/FaultBoundary.js';
import type { SupervisorEvent } from '../supervisor/index.js';
import { DEFAULT_FAULT_HOW, EXIT_FAILURE, EXIT_OK, EXIT_SOFTWARE, FAULT_HOWS, NODE_CONFIG_ENV, PROCESS_NAME_ENV, TEST_FAULTS_ENV, type FaultHow } from './constants.js';
import { supervisorPathOf } from './names.js';
import { processTree } from './processTree.js';
import { childStartError } from './startFailure.js';
import { InjectedFault, WorkerRegistry } from '../supervisor/WorkerRegistry.js';
import { descriptionToWire, eventToWire } from './wire.js';
import type { ChildApp, ChildConfig, ChildContext, ProcessTree } from './types.js';

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
  /** Tell root why, let the pipe drain, exit. */
  const exitWith = async (code: number, reason: string): Promise<void> => {
    if (!channel.closed) channel.send(ROOT_NAME, { exiting: { reason } });
    await flush(socket);
    process.exit(code);
  };
  installProcessFaultHandlers({
    onEscape: (err, kind) => {
      logger.fatal({ err: MaculaError.wrap(err).toJSON(), kind }, `${kind} outside every worker: the process exits`);
      void exitWith(EXIT_SOFTWARE, `crash: ${err instanceof Error ? err.message : String(err)}`);
    },
    onStale: (err, path) => logger.warn({ err: MaculaError.wrap(err).toJSON(), path }, 'a callback of a worker that already died threw; dropped'),
  });
  const registry = new WorkerRegistry();
  const siblings = new Siblings({
    name: processName,
    dir: config.siblingDir,
    token: config.siblingToken,
    // A handler's typed, retryable answer (a dial that failed, a worker restarting) went back to
    // the caller, whose business it is: debug here. Bad frames and bugs stay loud.
    onError: (err, peer) => {
      const level = err.code === 'internal' ? 'error' : err.retryable ? 'debug' : 'warn';
      logger[level]({ err: err.toJSON(), peer }, `sibling channel from ${peer}: ${err.message}`);
    },
  });
  channel.handle('siblingStatus', (e) => {
    const s = e.siblingStatus;
    if (!s?.name) return;
    if (s.up) siblings.up(s.name, s.path ?? '');
    else siblings.down(s.name);
  });
  const ctx: ChildContext = { processName, supervisorPath: supervisorPathOf(processName), config, registry, logger, channel, siblings, emit, env };
  // A failed start tells root why (start_error, then Exiting) before exiting, so root can name the cause.
  const startFailed = async (err: unknown): Promise<never> => {
    const why = childStartError(err);
    logger.error({ err: why.toJSON() }, `start failed: ${why.message}`);
    if (!channel.closed) channel.send(ROOT_NAME, { startError: errorToWire(why) });
    await exitWith(EXIT_FAILURE, `start failed: ${why.message}`);
    throw why; // not reached: exitWith exits
  };
  const app = await Promise.resolve()
    .then(() => build(ctx))
    .catch(startFailed);
  const tree = processTree(app.tree, ctx);

  let stopping: Promise<void> | undefined;
  const stop = (why: string): Promise<void> => {
    stopping ??= (async () => {
      logger.info({ why }, 'stopping');
      await tree.stop();
      siblings.close();
      await flush(socket);
      process.exit(EXIT_OK);
    })();
    return stopping;
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  installHandlers(channel, ctx, tree, app, stop, logger);

  let started = false;
  void tree.exited.then(async (reason) => {
    // during start, a failed start is reported by startFailed below
    if (stopping || !started) return;
    // the tree gave up (max restart intensity) or the worker died: root's supervisor decides
    logger.error({ reason }, 'process tree exited');
    await exitWith(EXIT_FAILURE, reason);
  });

  try {
    await siblings.listen();
    await tree.start();
  } catch (err) {
    await startFailed(err);
  }
  started = true;
  const stopBound = tree.stopBoundMs();
  channel.send(ROOT_NAME, { ready: { bound: app.bound?.() ?? {}, pid: process.pid, stopBoundMs: Number.isFinite(stopBound) ? stopBound : 0 } });
  logger.debug('ready');
}

function installHandlers(channel: IpcChannel, ctx: ChildContext, tree: ProcessTree, app: ChildApp, stop: (why: string) => Promise<void>, logger: Logger): void {
  const faultsEnabled = ctx.env[TEST_FAULTS_ENV] === '1';
  const startedAt = Date.now();
  const table: Partial<Record<BodyCase, IpcHandler>> = {
    describeRequest: () => ({
      describeReply: { supervisor: descriptionToWire(tree.describe()), rss: process.memoryUsage.rss(), pid: process.pid },
    }),
    shutdown: (env) => {
      void stop(env.shutdown?.reason || 'shutdown requested by root');
      return { ok: {} };
    },
    ping: async (env) => {
      const relayTo = env.ping?.relayTo;
      if (relayTo) {
        // process to process over the direct sibling channel (root is not on the path)
        const reply = await ctx.siblings.request(relayTo, { ping: { payload: env.ping?.payload ?? '' } });
        return { pong: reply.pong ?? {} };
      }
      return { pong: { payload: env.ping?.payload ?? '', pid: process.pid, startedAt } };
    },
    fault: async (env) => {
      if (!faultsEnabled) throw new MaculaError('not_supported', `fault injection is disabled (set ${TEST_FAULTS_ENV}=1)`);
      const path = env.fault?.path ?? '';
      const how = (env.fault?.how || DEFAULT_FAULT_HOW) as FaultHow;
      if (!FAULT_HOWS.includes(how)) throw new MaculaError('invalid_args', `fault how must be one of ${FAULT_HOWS.join(', ')}`, { details: { how } });
      if (path === '') {
        logger.warn('fault injected: a throw outside every worker');
        // this handler runs in no worker's context: the throw escapes every boundary
        setImmediate(() => {
          throw new InjectedFault();
        });
        return { ok: {} };
      }
      logger.warn({ path, how }, 'fault injected: the worker throws');
      ctx.registry.crash(`${ctx.supervisorPath}/${path}`, how);
      return { ok: {} };
    },
    ...app.handlers,
  };
  for (const [kind, handler] of Object.entries(table)) channel.handle(kind as BodyCase, handler as IpcHandler);
  ctx.siblings.handle('ping', (env) => ({ pong: { payload: env.ping?.payload ?? '', pid: process.pid, startedAt } }));
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
