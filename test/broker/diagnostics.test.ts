import { expect } from 'chai';
import { DIAGNOSTICS_ECHO, DIAGNOSTICS_HELLO, DIAGNOSTICS_INFO, type DiagnosticsInfo } from '../../lib/broker/index.js';
import { decodeJson } from '../../lib/protocol/index.js';
import { useBroker } from './fixture.js';
import { crashAndWait, terminateWorker } from './helpers.js';

describe('broker: diagnostics procedures (macula_gateway_diagnostics)', function () {
  this.timeout(20_000);
  const h = useBroker();

  it('hello answers with the gateway node id and the caller\'s realm, with no client advertising anything', async () => {
    const { connect, broker } = await h.start({ realms: ['org.x'] });
    const c = await connect('org.x');
    const out = decodeJson<{ message: string; node_id: string; realm: string }>(await c.call(DIAGNOSTICS_HELLO, null));
    expect(out.node_id).to.equal(broker.nodeId);
    expect(out.realm).to.equal('org.x');
    expect(out.message).to.match(/^hello from macula gateway /);
  });

  it('echo returns its arguments byte for byte', async () => {
    const { connect } = await h.start();
    const c = await connect();
    const args = { list: [1, 'two', { three: 3 }], unicode: 'héllo ✓' };
    expect(decodeJson(await c.call(DIAGNOSTICS_ECHO, args))).to.deep.equal(args);
  });

  it('info reports node id, realm, uptime, clients, subscriptions, registrations and version', async () => {
    const { connect, broker } = await h.start({ realms: ['macula.default', 'org.y'] });
    const a = await connect();
    await a.subscribe('x.**');
    await a.subscribe('y');
    await a.advertise('svc.a');
    const b = await connect('org.y');
    const info = decodeJson<DiagnosticsInfo>(await b.call(DIAGNOSTICS_INFO, null));
    expect(info).to.deep.include({ node_id: broker.nodeId, realm: 'org.y', realms: ['macula.default', 'org.y'], clients: 2, subscriptions: 2, registrations: 1 });
    expect(info.uptime_s).to.be.a('number').and.be.at.least(0);
    expect(info.version).to.match(/^\d+\.\d+\.\d+/);
  });

  it('diagnostics is served in every realm and survives an RPC crash (re-registered as local providers)', async () => {
    const { connect, broker } = await h.start({ realms: ['r.one', 'r.two'] });
    await crashAndWait(broker, 'rpc');
    for (const realm of ['r.one', 'r.two']) {
      const c = await connect(realm);
      expect(decodeJson<{ realm: string }>(await c.call(DIAGNOSTICS_HELLO, null)).realm).to.equal(realm);
    }
  });

  it('while diagnostics is stopped its procedures answer process_unavailable', async () => {
    const { connect, broker } = await h.start();
    const c = await connect();
    const restart = await terminateWorker(broker, 'diagnostics');
    const err = await c.call(DIAGNOSTICS_INFO, null).then(() => undefined, (e: { code?: string }) => e);
    expect(err?.code).to.equal('process_unavailable');
    await restart();
    await c.call(DIAGNOSTICS_INFO, null);
  });
});
