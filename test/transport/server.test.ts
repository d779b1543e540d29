import { expect } from 'chai';
import dgram from 'node:dgram';
import { randomBytes } from 'node:crypto';
import type { Connection, Stream } from '../../lib/transport/types.js';
import { identity, nextFrame, waitFor, useEndpoints } from './helpers.js';

describe('transport: server-side address validation (stateless retry)', function () {
  this.timeout(20_000);
  const serverId = identity();
  const clientId = identity();
  const open = useEndpoints();

  it("retry 'always' validates every client address with a Retry before keeping state", async () => {
    const server = await open({ tls: serverId, listen: true, retry: 'always' });
    server.on('connection', (c: Connection) => c.on('stream', (s: Stream) => s.on('frame', (f: Buffer) => s.write(f))));
    const client = await open({ tls: clientId });
    const conn = await client.connect(`quic://127.0.0.1:${server.port}`);
    const s = conn.openStream();
    s.write(Buffer.from('ok'));
    expect((await nextFrame(s)).toString()).to.equal('ok');
    expect(server.stats().retriesSent).to.equal(1);
  });

  it("retry 'auto' skips the Retry round trip for a lone client and requires it once handshakes pile up", async () => {
    const server = await open({ tls: serverId, listen: true });
    const client = await open({ tls: clientId });
    await client.connect(`quic://127.0.0.1:${server.port}`);
    expect(server.stats().retriesSent).to.equal(0);
    const clients = await Promise.all(Array.from({ length: 40 }, () => open({ tls: clientId })));
    await Promise.all(clients.map((c) => c.connect(`quic://127.0.0.1:${server.port}`)));
    expect(server.stats().retriesSent).to.be.greaterThan(0);
    expect(server.stats().connections).to.equal(41);
  });

  it('drops a client Initial whose retry token is forged, and counts it', async () => {
    const server = await open({ tls: serverId, listen: true, retry: 'always' });
    const dcid = randomBytes(20);
    const scid = randomBytes(8);
    const token = randomBytes(40);
    const head = Buffer.concat([Buffer.from([0xc0, 0, 0, 0, 1, 20]), dcid, Buffer.from([8]), scid, Buffer.from([token.length]), token, Buffer.from([0x44, 0xb0])]);
    const pkt = Buffer.concat([head, randomBytes(1250 - head.length)]);
    const sock = dgram.createSocket('udp4');
    await new Promise<void>((r) => sock.send(pkt, server.port, '127.0.0.1', () => r()));
    sock.close();
    await waitFor(() => server.stats().droppedInvalidInitial === 1, 2000, 'forged token dropped');
    expect(server.stats().connections).to.equal(0);
  });
});
