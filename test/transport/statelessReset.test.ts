/**
 * Issue 8 item 2: a restarted server answers packets for connections it no longer holds with a
 * stateless reset (RFC 9000 §10.3) whose token only the same identity can compute, and the client
 * closes at once with `stateless_reset` instead of waiting for its idle timeout.
 */
import { expect } from 'chai';
import dgram from 'node:dgram';
import { randomBytes } from 'node:crypto';
import { isMaculaError } from '../../lib/errors/index.js';
import { STATELESS_RESET_MAX_BYTES, STATELESS_RESET_MIN_BYTES, STATELESS_RESETS_PER_SECOND } from '../../lib/transport/constants.js';
import { RateLimit, StatelessResetTokens } from '../../lib/transport/statelessReset.js';
import type { QuicEndpoint } from '../../lib/transport/index.js';
import type { Connection, Stream } from '../../lib/transport/types.js';
import { identity, killFixtures, nextFrame, onceClose, startFixture, useEndpoints, waitFor } from './helpers.js';

function udpSocket(): Promise<dgram.Socket> {
  const sock = dgram.createSocket('udp4');
  return new Promise((r) => sock.bind(0, '127.0.0.1', () => r(sock)));
}

describe('transport: stateless reset tokens (unit)', () => {
  const a = identity();
  const b = identity();

  it('the same identity derives the same token for a connection id in every incarnation; another identity a different one', () => {
    const cid = randomBytes(20);
    const t1 = new StatelessResetTokens(a.keyPem).token(cid);
    expect(t1.length).to.equal(16);
    expect(new StatelessResetTokens(a.keyPem).token(cid).equals(t1)).to.equal(true);
    expect(new StatelessResetTokens(b.keyPem).token(cid).equals(t1)).to.equal(false);
    expect(new StatelessResetTokens(a.keyPem).token(randomBytes(20)).equals(t1)).to.equal(false);
    expect(new StatelessResetTokens(a.keyPem).tokenBigInt(cid)).to.equal(BigInt(`0x${t1.toString('hex')}`));
  });

  it('a reset is a short header ending in the token, smaller than its trigger, within 21..43 bytes, and none answers a trigger too short for one', () => {
    const tokens = new StatelessResetTokens(a.keyPem);
    const cid = randomBytes(20);
    for (const trigger of [22, 38, 43, 44, 60, 1200]) {
      const r = tokens.build(cid, trigger)!;
      expect(r.length, `trigger ${trigger}`).to.be.below(trigger);
      expect(r.length).to.be.within(STATELESS_RESET_MIN_BYTES, STATELESS_RESET_MAX_BYTES);
      expect(r[0]! & 0xc0).to.equal(0x40);
      expect(r.subarray(r.length - 16).equals(tokens.token(cid))).to.equal(true);
    }
    expect(tokens.build(cid, 21)).to.equal(null);
    expect(tokens.build(cid, 5)).to.equal(null);
  });

  it('the rate limit allows a burst of its rate, then refills with time', () => {
    const limit = new RateLimit(10);
    const t = performance.now();
    let ok = 0;
    for (let i = 0; i < 50; i++) if (limit.take(t)) ok++;
    expect(ok).to.equal(10);
    expect(limit.take(t + 100)).to.equal(true);
    expect(limit.take(t + 100)).to.equal(false);
  });
});

describe('transport: stateless reset across a server restart', function () {
  this.timeout(20_000);
  const serverId = identity();
  const clientId = identity();
  const open = useEndpoints();
  afterEach(killFixtures);

  /** A client connected to a server process that is then SIGKILLed; returns the client side and the dead server's port. */
  async function orphanedClient(): Promise<{ client: QuicEndpoint; conn: Connection; stream: Stream; port: number }> {
    const srv = await startFixture({ mode: 'echo-server', tls: serverId });
    const port = Number(srv.words[0]);
    const client = await open({ tls: clientId });
    const conn = await client.connect(`quic://127.0.0.1:${port}`);
    const stream = conn.openStream();
    stream.write(Buffer.from('before'));
    expect((await nextFrame(stream)).toString()).to.equal('before');
    const gone = new Promise((r) => srv.proc.once('exit', r));
    srv.proc.kill('SIGKILL');
    await gone;
    return { client, conn, stream, port };
  }

  it('a server restarted on the same port with the same identity resets the old connection: the client closes with stateless_reset within a round trip of its next packet', async () => {
    const { client, conn, stream, port } = await orphanedClient();
    const server = await open({ tls: serverId, listen: true, port });
    const closed = onceClose(conn, 5000);
    const t0 = performance.now();
    stream.write(Buffer.from('after the restart'));
    const err = await closed;
    const tookMs = performance.now() - t0;
    expect(isMaculaError(err, 'stateless_reset'), String(err)).to.equal(true);
    // A loopback round trip is well under a millisecond; the idle timeout would be 60 s.
    expect(tookMs, 'ms from the packet to the close').to.be.below(250);
    expect(conn.closed).to.equal(true);
    expect(server.stats().statelessResetsSent).to.be.at.least(1);
    expect(client.stats().statelessResetsReceived).to.equal(1);
    // The new incarnation serves a new connection from the same client at once.
    const again = await client.connect(`quic://127.0.0.1:${port}`);
    const s2 = again.openStream();
    s2.write(Buffer.from('new'));
    await waitFor(() => server.stats().connectionsAccepted === 1, 3000, 'the new connection');
  });

  it('resets from a server with another identity are ignored: the connection stays open', async () => {
    const { conn, stream, port } = await orphanedClient();
    const impostor = await open({ tls: identity(), listen: true, port });
    let closedWith: unknown = 'open';
    conn.once('close', (e?: Error) => (closedWith = e));
    stream.write(Buffer.from('after the restart'));
    await waitFor(() => impostor.stats().statelessResetsSent >= 1, 3000, 'the impostor sent a reset');
    await new Promise((r) => setTimeout(r, 300));
    expect(closedWith).to.equal('open');
    expect(conn.closed).to.equal(false);
  });
});

describe('transport: stateless resets never loop and are rate-limited', function () {
  this.timeout(20_000);
  const open = useEndpoints();

  it('two servers relayed to each other answer a junk short header with resets of falling size, and stop below 38 bytes', async () => {
    const a = await open({ tls: identity(), listen: true });
    const b = await open({ tls: identity(), listen: true });
    // A relay both see as their peer: what comes from a goes to b and back.
    const relay = await udpSocket();
    const sizes: number[] = [];
    relay.on('message', (m: Buffer, r: dgram.RemoteInfo) => {
      sizes.push(m.length);
      relay.send(m, r.port === a.port ? b.port : a.port, '127.0.0.1');
    });
    relay.send(Buffer.concat([Buffer.from([0x40]), randomBytes(1199)]), a.port, '127.0.0.1');
    await waitFor(() => sizes.length > 0, 3000, 'the first reset');
    await new Promise((r) => setTimeout(r, 300));
    relay.close();
    expect(sizes[0]).to.equal(STATELESS_RESET_MAX_BYTES);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).to.equal(sizes[i - 1]! - 1);
    // 43, 42, …, 37: 37 bytes is under the shortest short header we answer (1 + 20 + 17).
    expect(sizes.at(-1)).to.equal(37);
    expect(a.stats().statelessResetsSent + b.stats().statelessResetsSent).to.equal(sizes.length);
  });

  it(`at most ${STATELESS_RESETS_PER_SECOND} resets a second: the rest are counted as rate-limited`, async () => {
    const server = await open({ tls: identity(), listen: true });
    const sock = await udpSocket();
    const N = 4000;
    const t0 = performance.now();
    for (let i = 0; i < N; i += 100) {
      for (let j = 0; j < 100; j++) sock.send(Buffer.concat([Buffer.from([0x40]), randomBytes(59)]), server.port, '127.0.0.1');
      await new Promise((r) => setImmediate(r));
    }
    // Until the counts stop moving (the kernel may drop a few datagrams of the burst).
    const counted = (): number => server.stats().statelessResetsSent + server.stats().statelessResetsRateLimited;
    let last = -1;
    while (counted() !== last) {
      last = counted();
      await new Promise((r) => setTimeout(r, 200));
    }
    const elapsedS = (performance.now() - t0) / 1000;
    sock.close();
    const st = server.stats();
    const allowed = Math.ceil(STATELESS_RESETS_PER_SECOND * (1 + elapsedS)) + 1;
    expect(counted(), 'short headers received').to.be.at.least(N * 0.75);
    expect(st.statelessResetsSent).to.be.at.most(allowed);
    expect(st.statelessResetsRateLimited).to.be.at.least(counted() - allowed);
    expect(st.statelessResetsRateLimited).to.be.above(0);
  });
});
