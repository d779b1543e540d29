/**
 * The broker's components under the real supervisor, in the seed's gateway tree shape
 * (macula_gateway_system [rest_for_one] → diagnostics, quic_server, gateway, workers_sup
 * [rest_for_one] → clients, pubsub, rpc, mesh), crashed the way the cluster's `fault` command
 * crashes a worker (lib/cluster WorkerRegistry).
 */
import { expect } from 'chai';
import { Broker, BrokerWorker, type Lifecycle } from '../../lib/broker/index.js';
import { WorkerRegistry } from '../../lib/cluster/WorkerRegistry.js';
import { decodeJson } from '../../lib/protocol/index.js';
import { Supervisor, supervisorChild, type SupervisorEvent } from '../../lib/supervisor/index.js';
import type { QuicEndpoint } from '../../lib/transport/index.js';
import { clientEndpoint, identity, RawClient, waitFor } from './helpers.js';

const SYS = 'macula_gateway_system';
const WSUP = `${SYS}/macula_gateway_workers_sup`;

describe('broker: components as supervised workers (seed §3–4 rest_for_one)', function () {
  this.timeout(30_000);
  let tree: Supervisor | undefined;
  let ep: QuicEndpoint | undefined;

  afterEach(async () => {
    await ep?.close({ force: true });
    await tree?.stop();
    ep = undefined;
    tree = undefined;
  });

  async function startTree(): Promise<{ broker: Broker; registry: WorkerRegistry; events: SupervisorEvent[] }> {
    const broker = new Broker({ tls: identity(), port: 0 });
    const registry = new WorkerRegistry();
    const events: SupervisorEvent[] = [];
    const w = (id: string, c: Lifecycle) => registry.child(id, () => new BrokerWorker(c), { shutdown: 5000 });
    const flags = { strategy: 'rest_for_one' as const, intensity: 10, periodMs: 60_000 };
    tree = new Supervisor({
      name: SYS,
      flags,
      children: [
        w('macula_gateway_diagnostics', broker.diagnostics),
        w('macula_gateway_quic_server', broker.listener),
        w('macula_gateway', broker.coordinator),
        supervisorChild('macula_gateway_workers_sup', flags, () => [
          w('macula_gateway_clients', broker.clients),
          w('macula_gateway_pubsub', broker.pubsub),
          w('macula_gateway_rpc', broker.rpc),
          w('macula_gateway_mesh', broker.mesh),
        ]),
      ],
      onEvent: (e) => events.push(e),
    });
    await tree.start();
    ep = await clientEndpoint();
    return { broker, registry, events };
  }

  const restarted = (events: SupervisorEvent[]): string[] => events.filter((e) => e.kind === 'child_started' && e.supervisor === WSUP).map((e) => e.child!);

  it('the tree starts every component in seed order and the broker serves', async () => {
    const { broker } = await startTree();
    expect(broker.ready).to.equal(true);
    const c = await RawClient.connect(ep!, broker.url);
    expect(decodeJson<{ node_id: string }>(await c.call('com.macula.diagnostics.hello', null)).node_id).to.equal(broker.nodeId);
  });

  it('a pubsub crash restarts pubsub + rpc + mesh; clients stay connected and subscribers keep their subscriptions', async () => {
    const { broker, registry, events } = await startTree();
    const sub = await RawClient.connect(ep!, broker.url);
    const pub = await RawClient.connect(ep!, broker.url);
    const id = await sub.subscribe('crash.**');
    await pub.advertise('svc.kept');
    pub.serve(() => new TextEncoder().encode('"kept"'));
    events.length = 0;
    await registry.crash(`${WSUP}/macula_gateway_pubsub`);
    await waitFor(() => broker.ready, 5000, 'tree running again');
    expect(restarted(events)).to.deep.equal(['macula_gateway_pubsub', 'macula_gateway_rpc', 'macula_gateway_mesh']);
    expect(sub.isClosed).to.equal(false);
    expect(broker.clients.size).to.equal(2);
    await pub.publishAcked('crash.after', 1);
    expect((await sub.next('event')).event!.subscriptionId).to.equal(id);
    expect(decodeJson(await sub.call('svc.kept', null))).to.equal('kept');
  });

  it('a mesh crash restarts only mesh', async () => {
    const { broker, registry, events } = await startTree();
    events.length = 0;
    await registry.crash(`${WSUP}/macula_gateway_mesh`);
    await waitFor(() => broker.ready);
    expect(restarted(events)).to.deep.equal(['macula_gateway_mesh']);
  });

  it('a clients crash restarts all workers and disconnects the clients, which can reconnect', async () => {
    const { broker, registry, events } = await startTree();
    const c = await RawClient.connect(ep!, broker.url);
    events.length = 0;
    await registry.crash(`${WSUP}/macula_gateway_clients`);
    await waitFor(() => broker.ready);
    expect(restarted(events)).to.deep.equal(['macula_gateway_clients', 'macula_gateway_pubsub', 'macula_gateway_rpc', 'macula_gateway_mesh']);
    expect((await c.closed)?.code).to.equal('shutdown');
    const again = await RawClient.connect(ep!, broker.url);
    await again.subscribe('x');
    expect(broker.clients.size).to.equal(1);
  });

  it('a component that fails on its own (a leave hook throws in the client table) exits its worker with crash: and is restarted', async () => {
    const { broker, events } = await startTree();
    broker.clients.onLeave(() => {
      throw new Error('hook bug');
    });
    const c = await RawClient.connect(ep!, broker.url);
    events.length = 0;
    await c.close();
    await waitFor(() => events.some((e) => e.kind === 'child_exited' && e.child === 'macula_gateway_clients'), 5000, 'clients exited');
    const exited = events.find((e) => e.kind === 'child_exited' && e.child === 'macula_gateway_clients')!;
    expect(exited.reason).to.equal('crash: hook bug');
    await waitFor(() => broker.ready);
    expect(restarted(events)).to.deep.equal(['macula_gateway_clients', 'macula_gateway_pubsub', 'macula_gateway_rpc', 'macula_gateway_mesh']);
    expect(broker.clients.size).to.equal(0);
  });

  it('a quic_server crash restarts quic_server + gateway + workers_sup on the same port; clients reconnect', async () => {
    const { broker, registry } = await startTree();
    const url = broker.url;
    const c = await RawClient.connect(ep!, url);
    await registry.crash(`${SYS}/macula_gateway_quic_server`);
    await c.closed;
    await waitFor(() => broker.ready);
    expect(broker.url).to.equal(url);
    const again = await RawClient.connect(ep!, url);
    again.send({ ping: { seq: 1 } });
    await again.next('pong');
  });
});
