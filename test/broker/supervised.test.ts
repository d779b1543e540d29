/**
 * The broker is the seed's gateway tree (macula_gateway_system [rest_for_one] → diagnostics,
 * quic_server, gateway, workers_sup [rest_for_one] → clients, pubsub, rpc, mesh), and every worker
 * is a fault domain: a bug in its code — injected the way the fault command does, or a genuinely
 * failing handler — is that worker's crash, and the strategy decides what restarts.
 */
import { expect } from 'chai';
import { Broker, type BrokerOptions } from '../../lib/broker/index.js';
import { INJECTED_CRASH_REASON } from '../../lib/supervisor/index.js';
import { decodeJson } from '../../lib/protocol/index.js';
import type { SupervisorEvent } from '../../lib/supervisor/index.js';
import type { QuicEndpoint } from '../../lib/transport/index.js';
import { clientEndpoint, crashAndWait, identity, RawClient, waitFor } from './helpers.js';

const SYS = 'macula_gateway_system';
const WSUP = `${SYS}/macula_gateway_workers_sup`;
const tls = identity();

describe('broker: the seed\'s gateway tree, workers as fault domains (seed §3–4 rest_for_one)', function () {
  this.timeout(30_000);
  let broker: Broker | undefined;
  let ep: QuicEndpoint | undefined;
  let events: SupervisorEvent[] = [];

  afterEach(async () => {
    await ep?.close({ force: true });
    await broker?.stop();
    ep = undefined;
    broker = undefined;
    events = [];
  });

  async function start(opts: Partial<BrokerOptions> = {}): Promise<Broker> {
    broker = new Broker({ tls, port: 0, onEvent: (e) => events.push(e), ...opts });
    await broker.start();
    ep = await clientEndpoint();
    return broker;
  }
  const started = (sup: string): string[] => events.filter((e) => e.kind === 'child_started' && e.supervisor === sup).map((e) => e.child!);
  const exited = (): Array<[string, string]> => events.filter((e) => e.kind === 'child_exited').map((e) => [e.child!, e.reason!]);

  it('starts every worker in seed order and serves', async () => {
    const b = await start();
    expect(started(SYS)).to.deep.equal(['macula_gateway_diagnostics', 'macula_gateway_quic_server', 'macula_gateway', 'macula_gateway_workers_sup']);
    expect(started(WSUP)).to.deep.equal(['macula_gateway_clients', 'macula_gateway_pubsub', 'macula_gateway_rpc', 'macula_gateway_mesh']);
    const c = await RawClient.connect(ep!, b.url);
    expect(decodeJson<{ node_id: string }>(await c.call('com.macula.diagnostics.hello', null)).node_id).to.equal(b.nodeId);
  });

  it('a pubsub crash (it throws) restarts pubsub + rpc + mesh with fresh components; clients stay connected and keep their subscriptions and advertisements', async () => {
    const b = await start();
    const sub = await RawClient.connect(ep!, b.url);
    const pub = await RawClient.connect(ep!, b.url);
    const id = await sub.subscribe('crash.**');
    await pub.advertise('svc.kept');
    pub.serve(() => new TextEncoder().encode('"kept"'));
    const [oldPubsub, oldRpc, oldClients] = [b.pubsub, b.rpc, b.clients];
    events = [];
    await crashAndWait(b, 'pubsub');
    expect(exited()).to.deep.equal([['macula_gateway_pubsub', INJECTED_CRASH_REASON]]);
    expect(started(WSUP)).to.deep.equal(['macula_gateway_pubsub', 'macula_gateway_rpc', 'macula_gateway_mesh']);
    expect(b.pubsub).to.not.equal(oldPubsub);
    expect(b.rpc).to.not.equal(oldRpc);
    expect(b.clients).to.equal(oldClients);
    expect(sub.isClosed).to.equal(false);
    expect(b.clients!.size).to.equal(2);
    await pub.publishAcked('crash.after', 1);
    expect((await sub.next('event')).event!.subscriptionId).to.equal(id);
    expect(decodeJson(await sub.call('svc.kept', null))).to.equal('kept');
  });

  it('a mesh crash restarts only mesh', async () => {
    const b = await start();
    events = [];
    await crashAndWait(b, 'mesh');
    expect(started(WSUP)).to.deep.equal(['macula_gateway_mesh']);
    expect(started(SYS)).to.deep.equal([]);
  });

  it('a clients crash restarts every worker and disconnects the clients at once, which can reconnect', async () => {
    const b = await start();
    const c = await RawClient.connect(ep!, b.url);
    events = [];
    await crashAndWait(b, 'clients');
    expect(started(WSUP)).to.deep.equal(['macula_gateway_clients', 'macula_gateway_pubsub', 'macula_gateway_rpc', 'macula_gateway_mesh']);
    expect((await c.closed)?.code).to.equal('shutdown');
    const again = await RawClient.connect(ep!, b.url);
    await again.subscribe('x');
    expect(b.clients!.size).to.equal(1);
  });

  it('a genuinely failing handler in the client table (a leave hook throws) crashes macula_gateway_clients with its error', async () => {
    const b = await start();
    b.clients!.onLeave(() => {
      throw new Error('hook bug');
    });
    const c = await RawClient.connect(ep!, b.url);
    events = [];
    await c.close();
    await waitFor(() => exited().length > 0, 5000, 'clients exited');
    expect(exited()).to.deep.equal([['macula_gateway_clients', 'crash: hook bug']]);
    await waitFor(() => b.ready);
    expect(started(WSUP)).to.deep.equal(['macula_gateway_clients', 'macula_gateway_pubsub', 'macula_gateway_rpc', 'macula_gateway_mesh']);
    expect(b.clients!.size).to.equal(0);
  });

  it('a genuinely failing handler in RPC (its call-completion observer throws) crashes macula_gateway_rpc alone (+ mesh); pub/sub and the clients go on', async () => {
    let armed = false;
    const b = await start({
      observer: {
        callDone: () => {
          if (armed) throw new TypeError('metrics bug');
        },
      },
    });
    const sub = await RawClient.connect(ep!, b.url);
    const caller = await RawClient.connect(ep!, b.url);
    const id = await sub.subscribe('still.**');
    await caller.call('com.macula.diagnostics.hello', null);
    events = [];
    armed = true;
    await caller.call('com.macula.diagnostics.hello', null, { waitMs: 300 }).catch(() => undefined);
    await waitFor(() => exited().length > 0, 5000, 'rpc exited');
    armed = false;
    expect(exited()).to.deep.equal([['macula_gateway_rpc', 'crash: metrics bug']]);
    await waitFor(() => b.ready);
    expect(started(WSUP)).to.deep.equal(['macula_gateway_rpc', 'macula_gateway_mesh']);
    expect([sub.isClosed, caller.isClosed]).to.deep.equal([false, false]);
    await caller.publishAcked('still.here', 1);
    expect((await sub.next('event')).event!.subscriptionId).to.equal(id);
    expect(decodeJson<{ node_id: string }>(await caller.call('com.macula.diagnostics.hello', null)).node_id).to.equal(b.nodeId);
  });

  it('a bug in the coordinator\'s own code (its frame observer throws) crashes macula_gateway: gateway + workers_sup restart, the listener keeps its socket', async () => {
    let armed = false;
    const b = await start({
      observer: {
        frameIn: (kind) => {
          if (armed && kind === 'ping') throw new RangeError('observer bug');
        },
      },
    });
    const c = await RawClient.connect(ep!, b.url);
    const listener = b.listener;
    events = [];
    armed = true;
    c.send({ ping: { seq: 1 } });
    await c.closed;
    armed = false;
    await waitFor(() => b.ready && b.coordinator !== undefined);
    expect(exited()[0]).to.deep.equal(['macula_gateway', 'crash: observer bug']);
    expect(started(SYS)).to.deep.equal(['macula_gateway', 'macula_gateway_workers_sup']);
    expect(b.listener).to.equal(listener);
    const again = await RawClient.connect(ep!, b.url);
    again.send({ ping: { seq: 2 } });
    expect((await again.next('pong')).pong!.seq).to.equal(2);
  });

  it('a quic_server crash releases its UDP port before it is reported, so quic_server + gateway + workers_sup restart on the same port; clients reconnect', async () => {
    const b = await start();
    const url = b.url;
    const c = await RawClient.connect(ep!, url);
    events = [];
    await crashAndWait(b, 'listener');
    await c.closed;
    expect(started(SYS)).to.deep.equal(['macula_gateway_quic_server', 'macula_gateway', 'macula_gateway_workers_sup']);
    expect(events.some((e) => e.kind === 'child_restart_failed')).to.equal(false);
    expect(b.url).to.equal(url);
    const again = await RawClient.connect(ep!, url);
    again.send({ ping: { seq: 1 } });
    await again.next('pong');
  });
});
