/**
 * Issue 15 at the transport: a peer that stopped answering never holds anything up. A graceful
 * close is bounded (closeTimeoutMs) and drops what is queued at once for a peer already silent
 * (closeSilenceMs); a peer silent while data is in flight is dropped after peerSilenceTimeoutMs
 * even without a close; an alive peer is never taken for a silent one.
 */
import { expect } from 'chai';
import { isMaculaError } from '../../lib/errors/index.js';
import type { QuicEndpoint } from '../../lib/transport/index.js';
import type { Connection, Stream } from '../../lib/transport/types.js';
import { identity, killFixtures, onceClose, startFixture, useEndpoints, waitFor, type Fixture } from './helpers.js';

describe('transport: liveness and bounded close', function () {
  this.timeout(20_000);
  const serverId = identity();
  const clientId = identity();
  const open = useEndpoints();
  afterEach(killFixtures);

  /** A server endpoint and a client process connected to it; the server's side of that connection. */
  async function serverWithPeer(opts: Partial<Parameters<typeof open>[0]> = {}): Promise<{ server: QuicEndpoint; conn: Connection; peer: Fixture }> {
    const server = await open({ tls: serverId, listen: true, ...opts });
    const accepted = new Promise<Connection>((r) => server.once('connection', r));
    const peer = await startFixture({ mode: 'client', url: `quic://127.0.0.1:${server.port}` });
    return { server, conn: await accepted, peer };
  }

  async function kill(peer: Fixture): Promise<void> {
    const gone = new Promise((r) => peer.proc.once('exit', r));
    peer.proc.kill('SIGKILL');
    await gone;
  }

  /** Keep `stream` busy with frames until stopped (what a gateway does for a subscriber). */
  function keepWriting(stream: Stream, everyMs = 5): () => void {
    const t = setInterval(() => {
      if (stream.closed || stream.bufferedBytes > 256 * 1024) return;
      for (let i = 0; i < 10; i++) stream.write(Buffer.alloc(1000));
    }, everyMs);
    return () => clearInterval(t);
  }

  it('a graceful close towards a peer that died (SIGKILL) with data queued for it completes at once, dropping the queue', async () => {
    const { server, conn, peer } = await serverWithPeer({ closeSilenceMs: 300, closeTimeoutMs: 5000 });
    const s = conn.openStream();
    const stop = keepWriting(s);
    await new Promise((r) => setTimeout(r, 200));
    await kill(peer);
    // The peer has been silent longer than closeSilenceMs when the close begins.
    await new Promise((r) => setTimeout(r, 500));
    stop();
    const t0 = performance.now();
    await conn.close();
    const tookMs = performance.now() - t0;
    expect(tookMs, 'ms the graceful close took').to.be.below(100);
    expect(s.closed).to.equal(true);
    expect(s.bufferedBytes).to.equal(0);
    expect(server.stats().gracefulClosesForced).to.equal(1);
  });

  it('a graceful close that begins just after the peer died waits only until the peer has been silent closeSilenceMs', async () => {
    const { server, conn, peer } = await serverWithPeer({ closeSilenceMs: 300, closeTimeoutMs: 5000 });
    const s = conn.openStream();
    const stop = keepWriting(s);
    await new Promise((r) => setTimeout(r, 200));
    await kill(peer);
    const t0 = performance.now();
    await conn.close();
    stop();
    const tookMs = performance.now() - t0;
    expect(tookMs, 'ms the graceful close took').to.be.below(300 + 500);
    expect(server.stats().gracefulClosesForced).to.equal(1);
  });

  it('a graceful close is bounded by closeTimeoutMs when the peer is alive but does not read', async () => {
    const server = await open({ tls: serverId, listen: true });
    server.on('connection', (c: Connection) => c.on('stream', (st: Stream) => st.pause()));
    const client = await open({ tls: clientId, closeTimeoutMs: 300, streamHighWaterBytes: 8 * 1024 * 1024 });
    const conn = await client.connect(`quic://127.0.0.1:${server.port}`);
    const s = conn.openStream();
    // More than the peer's flow-control window (2 MiB): the rest stays queued here.
    for (let i = 0; i < 48; i++) s.write(Buffer.alloc(64 * 1024));
    await waitFor(() => s.bufferedBytes < 48 * 64 * 1024, 3000, 'some data sent');
    const t0 = performance.now();
    await conn.close();
    const tookMs = performance.now() - t0;
    expect(tookMs).to.be.within(250, 300 + 500);
    expect(client.stats().gracefulClosesForced).to.equal(1);
  });

  it('a graceful close to an alive reader waits for its data and is not forced', async () => {
    const server = await open({ tls: serverId, listen: true });
    let received = 0;
    server.on('connection', (c: Connection) => c.on('stream', (st: Stream) => st.on('frame', (f: Buffer) => (received += f.length))));
    const client = await open({ tls: clientId });
    const conn = await client.connect(`quic://127.0.0.1:${server.port}`);
    const s = conn.openStream();
    for (let i = 0; i < 100; i++) s.write(Buffer.alloc(10_000));
    await conn.close();
    await waitFor(() => received === 1_000_000, 3000, 'everything delivered');
    expect(client.stats().gracefulClosesForced).to.equal(0);
  });

  it('a peer that dies while data flows to it is dropped with timeout after peerSilenceTimeoutMs, without any close, and its queue freed', async () => {
    const { server, conn, peer } = await serverWithPeer({ peerSilenceTimeoutMs: 1000, idleTimeoutMs: 30_000 });
    const s = conn.openStream();
    const stop = keepWriting(s);
    await new Promise((r) => setTimeout(r, 200));
    const closed = onceClose(conn, 10_000);
    const t0 = performance.now();
    await kill(peer);
    const err = await closed;
    stop();
    const tookMs = performance.now() - t0;
    expect(isMaculaError(err, 'timeout'), String(err)).to.equal(true);
    expect(tookMs, 'ms until the silent peer was dropped').to.be.within(900, 1000 + 1000);
    expect(s.closed).to.equal(true);
    expect(s.bufferedBytes).to.equal(0);
    expect(server.stats().peersSilentDropped).to.equal(1);
    expect(server.stats().connections).to.equal(0);
  });

  it('an alive peer, idle or receiving, is never taken for a silent one', async () => {
    const { server, conn } = await serverWithPeer({ peerSilenceTimeoutMs: 1000, keepAliveMs: 200 });
    // Idle with keep-alives: the peer answers each PING.
    await new Promise((r) => setTimeout(r, 2500));
    expect(conn.closed).to.equal(false);
    // Receiving a steady stream it does not read: quiche still acknowledges it.
    const s = conn.openStream();
    const stop = keepWriting(s, 20);
    await new Promise((r) => setTimeout(r, 2500));
    stop();
    expect(conn.closed).to.equal(false);
    expect(server.stats().peersSilentDropped).to.equal(0);
  });
});
