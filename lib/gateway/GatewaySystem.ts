/**
 * The `gateway` OS process: macula_gateway_system [rest_for_one 10/60 s] → health, diagnostics,
 * quic_server, gateway, macula_gateway_workers_sup [rest_for_one 10/60 s] → clients, pubsub,
 * rpc, mesh (seed §3–4). Each worker but health runs one component of one lib/broker Broker
 * (BrokerWorker): a crash restarts that component and every later one, as the seed's scenarios
 * say (pubsub → pubsub + rpc + mesh, clients stay connected; quic_server → listener + gateway +
 * workers, clients reconnect to the same port).
 *
 * Readiness: /ready is 200 only when root says the whole tree is up (a cluster_readiness
 * message, pushed whenever it changes) and every child of this process's own tree is running.
 * /metrics is the broker's Prometheus registry plus every OS process's memory (asked of root).
 */
import { Broker, BrokerWorker, type Lifecycle } from '../broker/index.js';
import { WORKER_SHUTDOWN_MS } from '../cluster/constants.js';
import type { ChildApp, ChildContext } from '../cluster/types.js';
import type { HealthAddress, HealthInfo } from '../health/index.js';
import { loadOrCreateIdentity } from '../identity/index.js';
import { Supervisor } from '../supervisor/Supervisor.js';
import { supervisorChild } from '../supervisor/supervisorChild.js';
import type { ChildDescription } from '../supervisor/types.js';
import * as C from './constants.js';
import { GatewayHealth } from './GatewayHealth.js';
import { processMemoryFromRoot } from './processMemory.js';
import { chooseQuicPort } from './quicPort.js';

function allRunning(rows: readonly ChildDescription[]): boolean {
  return rows.every((r) => r.state === 'running' && allRunning(r.children ?? []));
}

function envMs(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const v = Number(env[name]);
  return Number.isFinite(v) && v > 0 ? v : undefined;
}

export async function buildGatewaySystem(ctx: ChildContext): Promise<ChildApp> {
  const { config, registry } = ctx;
  const opts = { shutdown: WORKER_SHUTDOWN_MS };
  let clusterReady = false;
  let everReady = false;
  let bound: HealthAddress | undefined;
  let tree: Supervisor | undefined;

  const identity = loadOrCreateIdentity({ dataDir: config.dataDir, certPath: config.certPath, keyPath: config.keyPath, keyBits: config.certKeyBits, validityDays: config.certValidityDays });
  const broker = new Broker({
    tls: { certPem: identity.certPem, keyPem: identity.keyPem },
    host: config.quicHost,
    port: await chooseQuicPort(config.quicHost, config.quicPort, config.preferredQuicPort),
    realms: [config.realm],
    startedAt: config.nodeStartedAt,
    pruneIntervalMs: envMs(ctx.env, C.PRUNE_INTERVAL_ENV),
    metrics: {
      labels: { node_id: config.nodeId, realm: config.realm },
      processName: ctx.processName,
      processes: processMemoryFromRoot(ctx.channel),
    },
  });

  const info = (): HealthInfo => {
    const ready = clusterReady && tree !== undefined && tree.describe().state === 'running' && allRunning(tree.whichChildren());
    everReady ||= ready;
    // bootstrap_url is reported, not used: joining a mesh is not implemented yet
    const details = config.bootstrapUrl ? { bootstrap_url: config.bootstrapUrl, mesh: 'not joined (not implemented yet)' } : undefined;
    return { ready, nodeId: config.nodeId, realm: config.realm, starting: !everReady, details };
  };
  const health = () =>
    new GatewayHealth({
      host: config.healthHost,
      // the first incarnation's port, so HEALTH_PORT=0 keeps one address across restarts
      port: bound?.port ?? config.healthPort,
      startedAt: config.nodeStartedAt,
      info,
      metrics: () => broker.metrics.render(),
      onBound: (address) => (bound = address),
    });
  const w = (id: string, component: Lifecycle) => registry.child(id, () => new BrokerWorker(component), opts);

  tree = new Supervisor({
    name: ctx.supervisorPath,
    flags: { strategy: 'rest_for_one', intensity: C.GATEWAY_INTENSITY, periodMs: C.GATEWAY_PERIOD_MS },
    children: [
      registry.child(C.GATEWAY_HEALTH_ID, health, opts),
      w(C.GATEWAY_DIAGNOSTICS_ID, broker.diagnostics),
      w(C.GATEWAY_QUIC_SERVER_ID, broker.listener),
      w(C.GATEWAY_ID, broker.coordinator),
      supervisorChild(C.GATEWAY_WORKERS_SUP_ID, { strategy: 'rest_for_one', intensity: C.GATEWAY_INTENSITY, periodMs: C.GATEWAY_PERIOD_MS }, () => [
        w(C.GATEWAY_CLIENTS_ID, broker.clients),
        w(C.GATEWAY_PUBSUB_ID, broker.pubsub),
        w(C.GATEWAY_RPC_ID, broker.rpc),
        w(C.GATEWAY_MESH_ID, broker.mesh),
      ]),
    ],
    onEvent: ctx.emit,
  });

  return {
    tree,
    bound: (): Record<string, string> => {
      const out: Record<string, string> = { quic: `${broker.listener.host}:${broker.listener.port}` };
      if (bound) out.health = `${bound.host}:${bound.port}`;
      return out;
    },
    handlers: {
      clusterReadiness: (env) => {
        clusterReady = env.clusterReadiness?.ready === true;
      },
    },
  };
}
