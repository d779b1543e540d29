import { expect } from 'chai';
import { QUICClient } from '@matrixai/quic';
import Logger, { LogLevel } from '@matrixai/logger';
import { isMaculaError } from '../../lib/errors/index.js';
import type { Connection } from '../../lib/transport/types.js';
import { identity, killFixtures, matrixClientCrypto, startFixture, waitFor, useEndpoints } from './helpers.js';

describe('transport: mutual authentication', function () {
  this.timeout(20_000);
  const serverId = identity();
  const clientId = identity();
  const DAY = 86_400_000;
  const expiredId = identity({ notBefore: new Date(Date.now() - 10 * DAY), notAfter: new Date(Date.now() - DAY) });
  const open = useEndpoints();
  afterEach(killFixtures);

  it('both sides learn the other node id from its certificate, and a pinned id matches', async () => {
    const server = await open({ tls: serverId, listen: true });
    const accepted = new Promise<Connection>((r) => server.once('connection', r));
    const client = await open({ tls: clientId });
    const conn = await client.connect(`quic://127.0.0.1:${server.port}`, { expectedNodeId: serverId.nodeId });
    expect(conn.remoteNodeId).to.equal(serverId.nodeId);
    expect((await accepted).remoteNodeId).to.equal(clientId.nodeId);
  });

  it('authenticates against a server in another process', async () => {
    const srv = await startFixture({ mode: 'echo-server', tls: serverId });
    const client = await open({ tls: clientId });
    const conn = await client.connect(`quic://127.0.0.1:${srv.words[0]}`, { expectedNodeId: serverId.nodeId });
    expect(conn.remoteNodeId).to.equal(serverId.nodeId);
  });

  it('refuses a server whose node id is not the pinned one (node_id_mismatch), and the server surfaces nothing', async () => {
    const server = await open({ tls: serverId, listen: true });
    let surfaced = 0;
    server.on('connection', () => surfaced++);
    const client = await open({ tls: clientId });
    const err = await client.connect(`quic://127.0.0.1:${server.port}`, { expectedNodeId: clientId.nodeId }).catch((e: unknown) => e);
    expect(isMaculaError(err, 'node_id_mismatch'), String(err)).to.equal(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(surfaced).to.equal(0);
    expect(client.stats().connections).to.equal(0);
  });

  it('refuses a client whose certificate expired: no connection surfaced, connect rejects', async () => {
    const server = await open({ tls: serverId, listen: true });
    let surfaced = 0;
    server.on('connection', () => surfaced++);
    const client = await open({ tls: expiredId });
    const err = await client.connect(`quic://127.0.0.1:${server.port}`).catch((e: unknown) => e);
    expect(isMaculaError(err, 'peer_verification_failed'), String(err)).to.equal(true);
    expect(surfaced).to.equal(0);
    await waitFor(() => server.stats().connectionsRefused === 1, 2000, 'refusal counted');
    expect(server.stats().connections).to.equal(0);
  });

  it('refuses a server whose certificate expired', async () => {
    const server = await open({ tls: expiredId, listen: true });
    const client = await open({ tls: clientId });
    const err = await client.connect(`quic://127.0.0.1:${server.port}`).catch((e: unknown) => e);
    expect(isMaculaError(err, 'peer_verification_failed'), String(err)).to.equal(true);
    expect((err as Error).message).to.match(/validity/);
  });

  it('refuses a client that presents no certificate (QUIC client of @matrixai/quic without a cert)', async () => {
    const server = await open({ tls: serverId, listen: true });
    let surfaced = 0;
    server.on('connection', () => surfaced++);
    const attempt = QUICClient.createQUICClient(
      {
        host: '127.0.0.1',
        port: server.port,
        crypto: matrixClientCrypto,
        logger: new Logger('matrixai-quic', LogLevel.SILENT),
        config: { verifyPeer: false, applicationProtos: ['macula'], maxIdleTimeout: 2000 },
      },
      { timer: 3000 },
    );
    const client = await Promise.resolve(attempt).catch(() => undefined);
    await waitFor(() => server.stats().connectionsRefused >= 1, 3000, 'refusal counted');
    if (client !== undefined) {
      // The client may believe it connected; the server closed it before any data.
      await Promise.race([client.closedP, new Promise((r) => setTimeout(r, 3000))]);
      await client.destroy({ force: true }).catch(() => undefined);
    }
    expect(surfaced).to.equal(0);
    expect(server.stats().connections).to.equal(0);
  });

  it('refuses a client that verifyPeer rejects', async () => {
    const server = await open({ tls: serverId, listen: true, verifyPeer: (id) => id !== clientId.nodeId });
    const client = await open({ tls: clientId });
    const err = await client.connect(`quic://127.0.0.1:${server.port}`).catch((e: unknown) => e);
    expect(isMaculaError(err, 'peer_verification_failed'), String(err)).to.equal(true);
  });
});
