/**
 * The `gateway` OS process: macula_gateway_system [rest_for_one 10/60 s] → health, diagnostics,
 * quic_server, gateway, macula_gateway_workers_sup [rest_for_one 10/60 s] → clients, pubsub,
 * rpc, mesh (seed §3–4). The tree is lib/broker's Broker with macula_gateway_health put first:
 * the same tree the broker tests run in-process. A crash of a worker restarts it and every later
 * one, as the seed's scenarios say (pubsub → pubsub + rpc + mesh, clients stay connected;
 * quic_server → listener + gateway + workers, clients reconnect to the same port).
 *
 * Readiness: /ready is 200 only when root says the whole tree is up (a cluster_readiness
 * message, pushed whenever it changes) and every child of this process's own tree is running.
 * /metrics is the broker's Prometheus registry plus every OS process's memory (asked of root).
 *
 * Trust model (docs/SECURITY.md): the broker enforces the config's `permissions` (or the loopback
 * default) per client action and `mesh_trust` at node-link handshakes, logs refusals at warn, and
 * /health states the access default and, when the node listens beyond loopback with no rules, the
 * exposure warning.
 */
import { loadTrustAnchors } from '../auth/index.js';
import { MaculaError } from '../errors/index.js';
import { Broker } from '../broker/index.js';
import type { ChildApp, ChildContext } from '../cluster/types.js';
import type { HealthAddress, HealthInfo } from '../health/index.js';
import { loadOrCreateIdentity } from '../identity/index.js';
import * as C from './constants.js';
import { DhtGateway } from './DhtGateway.js';
import { GatewayHealth } from './GatewayHealth.js';
import { processMemoryFromRoot } from './processMemory.js';
import { chooseQuicPort } from './quicPort.js';

export async function buildGatewaySystem(ctx: ChildContext): Promise<ChildApp> {
  const { config, registry } = ctx;
  let clusterReady = false;
  let everReady = false;
  let bound: HealthAddress | undefined;

  const dht = new DhtGateway(ctx);
  const identity = loadOrCreateIdentity({ dataDir: config.dataDir, certPath: config.certPath, keyPath: config.keyPath, keyBits: config.certKeyBits, validityDays: config.certValidityDays });
  const info = (): HealthInfo => {
    const ready = clusterReady && broker.ready;
    everReady ||= ready;
    const mesh = dht.mesh;
    const details = { mesh: mesh === undefined ? { joined: false, contacts: 0, links: broker.mesh?.size ?? 0 } : { joined: mesh.joined, contacts: mesh.contacts, links: mesh.links, seed: mesh.seed }, ...(config.bootstrapUrl ? { bootstrap_url: config.bootstrapUrl } : {}) };
    const warning = broker.posture.warning;
    return { ready, nodeId: config.nodeId, realm: config.realm, starting: !everReady, details, access: broker.accessSummary, warnings: warning === undefined ? [] : [warning] };
  };
  const health = registry.child(C.GATEWAY_HEALTH_ID, () =>
    new GatewayHealth({
      host: config.healthHost,
      // the first incarnation's port, so HEALTH_PORT=0 keeps one address across restarts
      port: bound?.port ?? config.healthPort,
      startedAt: config.nodeStartedAt,
      info,
      metrics: async () => `${await broker.metrics.render()}${dht.metricsText()}`,
      onBound: (address) => (bound = address),
      refresh: () => dht.refresh(),
    }),
  );
  const broker = new Broker({
    tls: { certPem: identity.certPem, keyPem: identity.keyPem },
    host: config.quicHost,
    port: await chooseQuicPort(config.quicHost, config.quicPort, config.preferredQuicPort),
    realms: [config.realm],
    startedAt: config.nodeStartedAt,
    pruneIntervalMs: config.registryPruneIntervalMs,
    linkTimeoutMs: config.meshLinkTimeoutMs,
    maxHops: config.meshMaxHops,
    attemptTimeoutMs: config.rpcAttemptTimeoutMs,
    selection: config.rpcSelection,
    rpcMesh: { discoveryTtlMs: config.rpcDiscoveryTtlMs },
    meshPubSub: { membershipIntervalMs: config.pubsubMembershipIntervalMs, cellBits: config.pubsubCellBits },
    metrics: {
      labels: { node_id: config.nodeId, realm: config.realm },
      processName: ctx.processName,
      processes: processMemoryFromRoot(ctx.channel),
    },
    permissions: config.permissions,
    meshTrust: {
      mode: config.meshTrust,
      allowlist: config.meshAllowlist,
      // read again here (loadConfig checked the file): the anchors are X509 objects, not config
      anchors: config.meshTrust === 'ca' && config.meshCaPath !== undefined ? loadTrustAnchors(config.meshCaPath) : undefined,
    },
    logger: ctx.logger,
    name: ctx.supervisorPath,
    prepend: [health],
    onEvent: ctx.emit,
    registry,
    dht: dht.sink,
    dhtAccess: dht.access,
  });
  dht.attach(broker);

  // root says a peer process is gone the moment it exits: its sessions go now, its calls fail over
  ctx.siblings.onStatus((name, up) => {
    if (!up && name.startsWith('peer:')) broker.dropOwnProcess(name);
    // a restarted routing process lost the records it published for this node's providers
    if (up && name === 'routing') broker.state.notify('rpc', (r) => r.republishRecords());
  });

  return {
    tree: broker.tree,
    bound: (): Record<string, string> => {
      const out: Record<string, string> = { quic: `${broker.host}:${broker.port}` };
      if (bound) out.health = `${bound.host}:${bound.port}`;
      return out;
    },
    handlers: {
      // root asks too (macula-cluster mesh, status)
      dhtQuery: dht.ops.handle,
      clusterReadiness: (env) => {
        clusterReady = env.clusterReadiness?.ready === true;
      },
    },
  };
}
