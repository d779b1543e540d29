import { expect } from 'chai';
import dgram from 'node:dgram';
import { randomBytes } from 'node:crypto';
import { QUICClient } from '@matrixai/quic';
import Logger, { LogLevel } from '@matrixai/logger';
import { isMaculaError, type MaculaError } from '../../lib/errors/index.js';
import { openEndpoint, type QuicEndpoint } from '../../lib/transport/index.js';
import type { Connection, Stream } from '../../lib/transport/types.js';
import { identity, killFixtures, matrixClientCrypto, nextFrame, onceClose, startFixture, waitFor } from './helpers.js';

/** An in-process echo server that records the errors its streams close with. */
async function echoServer(opts: Partial<Parameters<typeof openEndpoint>[0]> = {}): Promise<{ ep: QuicEndpoint; streamErrors: MaculaError[] }> {
  const streamErrors: MaculaError[] = [];
  const ep = await openEndpoint({ tls: identity(), listen: true, ...opts });
  ep.on('connection', (c: Connection) =>
    c.on('stream', (s: Stream) => {
      s.on('frame', (f: Buffer) => s.write(f));
      s.on('end', () => s.end());
      s.on('close', (e?: MaculaError) => e && streamErrors.push(e));
    }),
  );
  return { ep, streamErrors };
}

describe('transport: bad input and bounds', function () {
  this.timeout(20_000);
  const clientId = identity();
  const endpoints: QuicEndpoint[] = [];
  const track = <T extends QuicEndpoint>(ep: T): T => (endpoints.push(ep), ep);

  afterEach(async () => {
    await Promise.all(endpoints.splice(0).map((ep) => ep.close({ force: true })));
    await killFixtures();
  });

  it('resets only the stream that carried an oversized frame (frame_too_large), the connection keeps working', async () => {
    const { ep: server, streamErrors } = await echoServer({ maxFrameBytes: 1024 });
    track(server);
    const client = track(await openEndpoint({ tls: clientId, maxFrameBytes: 1 << 20 }));
    const conn = await client.connect(`quic://127.0.0.1:${server.port}`);
    const good = conn.openStream();
    good.write(Buffer.from('before'));
    expect((await nextFrame(good)).toString()).to.equal('before');
    const bad = conn.openStream();
    const closed = onceClose(bad);
    bad.write(Buffer.alloc(4096));
    const err = await closed;
    expect(isMaculaError(err, 'frame_too_large'), String(err)).to.equal(true);
    await waitFor(() => streamErrors.length === 1);
    expect(streamErrors[0]!.code).to.equal('frame_too_large');
    expect(server.stats().streamsResetBadFrame).to.equal(1);
    good.write(Buffer.from('after'));
    expect((await nextFrame(good)).toString()).to.equal('after');
    expect(conn.closed).to.equal(false);
  });

  it('a host name that does not resolve is a typed transport_error naming it (not a bare system error)', async () => {
    const client = track(await openEndpoint({ tls: clientId }));
    const err = await client.connect('quic://no-such-host.invalid:9443').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isMaculaError(err, 'transport_error'), String(err)).to.equal(true);
    expect((err as MaculaError).message).to.contain('no-such-host.invalid');
    expect((err as MaculaError).details).to.include({ host: 'no-such-host.invalid' });
    // the endpoint is untouched: it still dials
    const { ep: server } = await echoServer();
    track(server);
    const conn = await client.connect(`quic://127.0.0.1:${server.port}`);
    expect(conn.closed).to.equal(false);
  });

  it('refuses to send a frame larger than its own maxFrameBytes', async () => {
    const { ep: server } = await echoServer();
    track(server);
    const client = track(await openEndpoint({ tls: clientId, maxFrameBytes: 100 }));
    const s = (await client.connect(`quic://127.0.0.1:${server.port}`)).openStream();
    expect(() => s.write(Buffer.alloc(101))).to.throw(/maxFrameBytes/);
  });

  it('resets a stream carrying raw bytes with a bad length prefix or a truncated frame; another stream on that connection still echoes', async () => {
    const { ep: server, streamErrors } = await echoServer();
    track(server);
    const id = identity();
    const client = await QUICClient.createQUICClient({
      host: '127.0.0.1',
      port: server.port,
      crypto: matrixClientCrypto,
      logger: new Logger('matrixai-quic', LogLevel.SILENT),
      config: { verifyPeer: true, verifyCallback: async () => undefined, key: id.keyPem, cert: id.certPem, applicationProtos: ['macula'] },
    });
    try {
      const write = async (bytes: Uint8Array, end: boolean) => {
        const st = client.connection.newStream();
        const w = st.writable.getWriter();
        await w.write(bytes);
        if (end) await w.close();
        return { st, w };
      };
      // 0xFFFFFFFF as a length, then random bytes: frame_too_large.
      await write(Buffer.concat([Buffer.from([0xff, 0xff, 0xff, 0xff]), randomBytes(64)]), false);
      // A frame announcing 100 bytes, then FIN after 3: malformed_frame.
      await write(Buffer.from([0, 0, 0, 100, 1, 2, 3]), true);
      await waitFor(() => streamErrors.length === 2, 3000, 'two streams reset');
      expect(streamErrors.map((e) => e.code).sort()).to.deep.equal(['frame_too_large', 'malformed_frame']);
      // A well-formed frame on a third stream still echoes.
      const { st } = await write(Buffer.from([0, 0, 0, 2, 0x68, 0x69]), false);
      const r = st.readable.getReader();
      const { value } = await r.read();
      expect(Buffer.from(value!).toString('hex')).to.equal('000000026869');
      r.releaseLock();
    } finally {
      await client.destroy({ force: true }).catch(() => undefined);
    }
  });

  it('drops and counts garbage, truncated and unknown-connection datagrams, and keeps serving', async () => {
    const srv = await startFixture({ mode: 'echo-server' });
    const port = Number(srv.words[0]);
    const client = track(await openEndpoint({ tls: clientId }));
    const conn = await client.connect(`quic://127.0.0.1:${port}`);
    const s = conn.openStream();
    const sock = dgram.createSocket('udp4');
    await new Promise<void>((r) => sock.bind(0, '127.0.0.1', () => r()));
    const send = (b: Buffer) => new Promise<void>((r) => sock.send(b, port, '127.0.0.1', () => r()));
    for (let i = 0; i < 200; i++) await send(randomBytes(1 + (i % 1400)));
    // Truncated long header, short header for an unknown connection id, Initial too short.
    await send(Buffer.from([0xc0, 0, 0, 0, 1, 20]));
    await send(Buffer.concat([Buffer.from([0x40]), randomBytes(60)]));
    await send(Buffer.concat([Buffer.from([0xc0, 0, 0, 0, 1, 8]), randomBytes(8), Buffer.from([8]), randomBytes(8), Buffer.from([0, 0x40, 0x10])]));
    sock.close();
    // The endpoint also drops garbage aimed at our own (client) port.
    const sock2 = dgram.createSocket('udp4');
    await new Promise<void>((r) => sock2.send(randomBytes(50), client.port, '127.0.0.1', () => r()));
    sock2.close();
    s.write(Buffer.from('still here'));
    expect((await nextFrame(s)).toString()).to.equal('still here');
    await waitFor(() => {
      const st = client.stats();
      return st.droppedGarbage + st.droppedUnknownConnection >= 1;
    });
    // A fresh connection to the same server works too.
    const conn2 = await client.connect(`quic://127.0.0.1:${port}`);
    const s2 = conn2.openStream();
    s2.write(Buffer.from('new'));
    expect((await nextFrame(s2)).toString()).to.equal('new');
  });

  it('counts every kind of dropped datagram on a server endpoint', async () => {
    const { ep: server } = await echoServer();
    track(server);
    const sock = dgram.createSocket('udp4');
    const replies: Buffer[] = [];
    sock.on('message', (m: Buffer) => replies.push(m));
    const send = (b: Buffer) => new Promise<void>((r) => sock.send(b, server.port, '127.0.0.1', () => r()));
    await send(Buffer.from([1, 2, 3]));
    // A short header for a connection this server does not hold: dropped, answered by a smaller stateless reset.
    await send(Buffer.concat([Buffer.from([0x40]), randomBytes(60)]));
    await send(Buffer.concat([Buffer.from([0xc0, 0, 0, 0, 1, 8]), randomBytes(8), Buffer.from([8]), randomBytes(8), Buffer.from([0, 0x40, 0x10])]));
    // An Initial of an unknown QUIC version gets a version negotiation packet.
    const vn = Buffer.concat([Buffer.from([0xc0, 0x1a, 0x2a, 0x3a, 0x4a, 8]), randomBytes(8), Buffer.from([8]), randomBytes(8), Buffer.alloc(1200)]);
    await send(vn);
    await waitFor(() => replies.length >= 2, 3000, 'a reset and a version negotiation');
    const vnReply = replies.find((m) => (m[0]! & 0x80) !== 0)!;
    expect(vnReply.readUInt32BE(1)).to.equal(0);
    const reset = replies.find((m) => (m[0]! & 0x80) === 0)!;
    expect(reset.length).to.be.below(61);
    sock.close();
    await waitFor(() => server.stats().droppedInvalidInitial >= 1);
    const st = server.stats();
    expect(st.droppedGarbage).to.be.at.least(1);
    expect(st.droppedUnknownConnection).to.be.at.least(1);
    expect(st.statelessResetsSent).to.equal(1);
    expect(st.versionNegotiationsSent).to.equal(1);
    expect(st.connections).to.equal(0);
  });

  it('refuses connections beyond maxConnections with too_many_connections instead of queueing them', async () => {
    const { ep: server } = await echoServer({ maxConnections: 2 });
    track(server);
    const clients = await Promise.all([0, 1, 2].map(async () => track(await openEndpoint({ tls: clientId }))));
    const url = `quic://127.0.0.1:${server.port}`;
    await clients[0]!.connect(url);
    await clients[1]!.connect(url);
    const err = await clients[2]!.connect(url).catch((e: unknown) => e);
    expect(isMaculaError(err, 'too_many_connections'), String(err)).to.equal(true);
    expect(server.stats().connections).to.equal(2);
    // A client endpoint's own bound refuses locally.
    const small = track(await openEndpoint({ tls: clientId, maxConnections: 1 }));
    await small.connect(url).catch(() => undefined);
    const err2 = await small.connect(url).catch((e: unknown) => e);
    expect(isMaculaError(err2, 'too_many_connections'), String(err2)).to.equal(true);
  });

  it('refuses streams beyond maxStreamsPerConnection with too_many_streams', async () => {
    const { ep: server } = await echoServer({ maxStreamsPerConnection: 4 });
    track(server);
    const client = track(await openEndpoint({ tls: clientId, maxStreamsPerConnection: 100 }));
    const conn = await client.connect(`quic://127.0.0.1:${server.port}`);
    const streams = [0, 1, 2, 3].map(() => conn.openStream());
    await Promise.all(streams.map(async (s) => (s.write(Buffer.from('x')), nextFrame(s))));
    expect(() => conn.openStream()).to.throw(/too many|allows no more/i);
    // Our own bound too.
    const tight = track(await openEndpoint({ tls: clientId, maxStreamsPerConnection: 2 }));
    const c2 = await tight.connect(`quic://127.0.0.1:${server.port}`);
    c2.openStream();
    c2.openStream();
    let thrown: unknown;
    try {
      c2.openStream();
    } catch (e) {
      thrown = e;
    }
    expect(isMaculaError(thrown, 'too_many_streams'), String(thrown)).to.equal(true);
  });
});
