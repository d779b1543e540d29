/**
 * The `gateway` OS process: macula_gateway_system [rest_for_one 10/60 s] → health, diagnostics,
 * quic_server, gateway, macula_gateway_workers_sup [rest_for_one 10/60 s] → clients, pubsub,
 * rpc, mesh (seed §3–4).
 *
 * Readiness: /ready is 200 only when root says the whole tree is up (a cluster_readiness
 * message, pushed whenever it changes) and every child of this process's own tree is running.
 */
import { WORKER_SHUTDOWN_MS } from '../cluster/constants.js';
import type { ChildApp, ChildContext } from '../cluster/types.js';
import type { HealthAddress, HealthInfo } from '../health/index.js';
import { Supervisor } from '../supervisor/Supervisor.js';
import { supervisorChild } from '../supervisor/supervisorChild.js';
import type { ChildDescription } from '../supervisor/types.js';
import * as C from './constants.js';
import { GatewayHealth } from './GatewayHealth.js';
import { Gateway, GatewayClients, GatewayDiagnostics, GatewayMesh, GatewayPubsub, GatewayQuicServer, GatewayRpc } from './workers.js';

function allRunning(rows: readonly ChildDescription[]): boolean {
  return rows.every((r) => r.state === 'running' && allRunning(r.children ?? []));
}

export function buildGatewaySystem(ctx: ChildContext): ChildApp {
  const { config, registry } = ctx;
  const opts = { shutdown: WORKER_SHUTDOWN_MS };
  let clusterReady = false;
  let everReady = false;
  let bound: HealthAddress | undefined;
  let tree: Supervisor | undefined;

  const info = (): HealthInfo => {
    const ready = clusterReady && tree !== undefined && tree.describe().state === 'running' && allRunning(tree.whichChildren());
    everReady ||= ready;
    return { ready, nodeId: config.nodeId, realm: config.realm, starting: !everReady };
  };
  const health = () =>
    new GatewayHealth({
      host: config.healthHost,
      // the first incarnation's port, so HEALTH_PORT=0 keeps one address across restarts
      port: bound?.port ?? config.healthPort,
      startedAt: config.nodeStartedAt,
      info,
      onBound: (address) => (bound = address),
    });

  tree = new Supervisor({
    name: ctx.supervisorPath,
    flags: { strategy: 'rest_for_one', intensity: C.GATEWAY_INTENSITY, periodMs: C.GATEWAY_PERIOD_MS },
    children: [
      registry.child(C.GATEWAY_HEALTH_ID, health, opts),
      registry.child(C.GATEWAY_DIAGNOSTICS_ID, () => new GatewayDiagnostics(), opts),
      registry.child(C.GATEWAY_QUIC_SERVER_ID, () => new GatewayQuicServer(), opts),
      registry.child(C.GATEWAY_ID, () => new Gateway(), opts),
      supervisorChild(C.GATEWAY_WORKERS_SUP_ID, { strategy: 'rest_for_one', intensity: C.GATEWAY_INTENSITY, periodMs: C.GATEWAY_PERIOD_MS }, () => [
        registry.child(C.GATEWAY_CLIENTS_ID, () => new GatewayClients(), opts),
        registry.child(C.GATEWAY_PUBSUB_ID, () => new GatewayPubsub(), opts),
        registry.child(C.GATEWAY_RPC_ID, () => new GatewayRpc(), opts),
        registry.child(C.GATEWAY_MESH_ID, () => new GatewayMesh(), opts),
      ]),
    ],
    onEvent: ctx.emit,
  });

  return {
    tree,
    bound: (): Record<string, string> => (bound ? { health: `${bound.host}:${bound.port}` } : {}),
    handlers: {
      clusterReadiness: (env) => {
        clusterReady = env.clusterReadiness?.ready === true;
      },
    },
  };
}
