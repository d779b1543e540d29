import { expect } from 'chai';
import v8 from 'node:v8';
import vm from 'node:vm';
import { isMaculaError, type MaculaError } from '../../lib/errors/index.js';
import type { Connection, Stream } from '../../lib/transport/types.js';
import { identity, killFixtures, nextFrame, onceClose, startFixture, waitFor, useEndpoints } from './helpers.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

describe('transport: lifecycle, liveness and backpressure', function () {
  this.timeout(30_000);
  const serverId = identity();
  const clientId = identity();
  const open = useEndpoints();
  afterEach(killFixtures);

  it('detects a peer killed with SIGKILL within the idle timeout (close with timeout)', async () => {
    const server = await open({ tls: serverId, listen: true, idleTimeoutMs: 1000, keepAliveMs: 300 });
    const accepted = new Promise<Connection>((r) => server.once('connection', r));
    const peer = await startFixture({ mode: 'client', url: `quic://127.0.0.1:${server.port}`, idleTimeoutMs: 1000, keepAliveMs: 300 });
    const conn = await accepted;
    // Alive peers are kept: keep-alives hold the connection past the idle timeout.
    await new Promise((r) => setTimeout(r, 1500));
    expect(conn.closed).to.equal(false);
    const t0 = Date.now();
    const closed = onceClose(conn, 5000);
    peer.proc.kill('SIGKILL');
    const err = await closed;
    const took = Date.now() - t0;
    expect(isMaculaError(err, 'timeout'), String(err)).to.equal(true);
    expect(took).to.be.below(1000 + 500);
    expect(server.stats().connections).to.equal(0);
  });

  it('emits close without error on both sides after a graceful close, and delivers what was queued first', async () => {
    const server = await open({ tls: serverId, listen: true });
    const frames: number[] = [];
    let serverClose: Promise<Error | undefined> | undefined;
    server.on('connection', (c: Connection) => {
      serverClose = onceClose(c);
      c.on('stream', (s: Stream) => s.on('frame', (f: Buffer) => frames.push(f.length)));
    });
    const client = await open({ tls: clientId });
    const conn = await client.connect(`quic://127.0.0.1:${server.port}`);
    const s = conn.openStream();
    for (let i = 0; i < 200; i++) s.write(Buffer.alloc(10_000));
    const clientClose = onceClose(conn);
    await conn.close();
    expect(await clientClose).to.equal(undefined);
    expect(await serverClose!).to.equal(undefined);
    expect(frames.length).to.equal(200);
    expect(conn.closed).to.equal(true);
    expect(() => conn.openStream()).to.throw(/closed/);
  });

  it('a forced close with a code reaches the peer as that typed error', async () => {
    const server = await open({ tls: serverId, listen: true });
    const accepted = new Promise<Connection>((r) => server.once('connection', r));
    const client = await open({ tls: clientId });
    const conn = await client.connect(`quic://127.0.0.1:${server.port}`);
    const sc = await accepted;
    const closed = onceClose(sc);
    await conn.close({ force: true, code: 30, reason: 'slow consumer' });
    const err = (await closed) as MaculaError;
    expect(err.code).to.equal('slow_consumer');
  });

  it('a paused reader makes write() return false (QUIC flow control), and drain follows resume', async () => {
    const server = await open({ tls: serverId, listen: true });
    let serverStream: Stream | undefined;
    let received = 0;
    server.on('connection', (c: Connection) =>
      c.on('stream', (s: Stream) => {
        serverStream = s;
        s.pause();
        s.on('frame', (f: Buffer) => (received += f.length));
      }),
    );
    const client = await open({ tls: clientId, streamHighWaterBytes: 256 * 1024 });
    const conn = await client.connect(`quic://127.0.0.1:${server.port}`);
    const s = conn.openStream();
    const chunk = Buffer.alloc(32 * 1024);
    let writes = 0;
    // Write until really blocked: the peer's stream window fills (nobody reads), then our queue.
    for (;;) {
      writes++;
      expect(writes).to.be.below(2000);
      if (s.write(chunk)) continue;
      const drained = await Promise.race([
        new Promise((r) => s.once('drain', () => r(true))),
        new Promise((r) => setTimeout(() => r(false), 300)),
      ]);
      if (!drained) break;
    }
    expect(writes * chunk.length).to.be.at.least(1024 * 1024);
    expect(s.bufferedBytes).to.be.at.least(128 * 1024);
    await new Promise((r) => setTimeout(r, 200));
    // Still blocked while the reader is paused, and every queue is bounded.
    expect(s.bufferedBytes).to.be.at.least(128 * 1024);
    expect(() => {
      for (let i = 0; i < 1000; i++) {
        s.write(chunk);
        writes++;
      }
    }).to.throw(/write queue full/);
    expect(received).to.equal(0);
    const drained = new Promise((r) => s.once('drain', r));
    serverStream!.resume();
    await drained;
    const sent = () => writes * chunk.length;
    await waitFor(() => received >= sent(), 5000, 'all data received');
  });

  it('send() resolves only after drain', async () => {
    const server = await open({ tls: serverId, listen: true });
    server.on('connection', (c: Connection) => c.on('stream', (s: Stream) => s.on('frame', (f: Buffer) => s.write(f.subarray(0, 1)))));
    const client = await open({ tls: clientId, streamHighWaterBytes: 64 * 1024 });
    const conn = await client.connect(`quic://127.0.0.1:${server.port}`);
    const s = conn.openStream();
    for (let i = 0; i < 100; i++) await s.send(Buffer.alloc(16 * 1024));
    let echoes = 0;
    s.on('frame', () => echoes++);
    await waitFor(() => echoes > 0, 5000, 'echo');
  });

  it('pause() from a frame handler holds back the rest of the chunk (and the FIN) until resume(): every frame then arrives once, in order, before end', async () => {
    const server = await open({ tls: serverId, listen: true });
    const got: number[] = [];
    let ended = false;
    let paused = 0;
    let serverStream: Stream | undefined;
    server.on('connection', (c: Connection) =>
      c.on('stream', (s: Stream) => {
        serverStream = s;
        s.on('frame', (f: Buffer) => {
          got.push(f.readUInt32BE(0));
          // pause after every 100th frame: 16-byte frames share chunks, so the rest must wait
          if (got.length % 100 === 0) {
            s.pause();
            paused = got.length;
          }
        });
        s.on('end', () => (ended = true));
      }),
    );
    const client = await open({ tls: clientId });
    const conn = await client.connect(`quic://127.0.0.1:${server.port}`);
    const s = conn.openStream();
    const n = 1000;
    for (let i = 0; i < n; i++) {
      const f = Buffer.alloc(16);
      f.writeUInt32BE(i, 0);
      s.write(f);
    }
    s.end();
    for (let round = 1; round <= n / 100; round++) {
      await waitFor(() => paused === round * 100, 5000, `paused after ${round * 100}`);
      await new Promise((r) => setTimeout(r, 20));
      // nothing more arrives while paused, not even the rest of the chunk being decoded
      expect(got.length).to.equal(round * 100);
      if (round * 100 < n) expect(ended, 'no end while frames are held').to.equal(false);
      serverStream!.resume();
    }
    await waitFor(() => ended, 5000, 'end after the last frame');
    expect(got).to.deep.equal(Array.from({ length: n }, (_, i) => i));
  });

  it('150 concurrent 10 KB send()s on one stream all resolve, adding no listener per call (no MaxListenersExceededWarning)', async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error): void => void warnings.push(w);
    process.on('warning', onWarning);
    try {
      const server = await open({ tls: serverId, listen: true });
      let received = 0;
      server.on('connection', (c: Connection) => c.on('stream', (st: Stream) => st.on('frame', () => received++)));
      // High water 512 KiB: about 100 of the 150 sends wait for drain (and fit under highWater + maxFrameBytes).
      const client = await open({ tls: clientId, streamHighWaterBytes: 512 * 1024 });
      const conn = await client.connect(`quic://127.0.0.1:${server.port}`);
      const s = conn.openStream();
      const sends = Array.from({ length: 150 }, () => s.send(Buffer.alloc(10_000)));
      expect(s.listenerCount('close') + s.listenerCount('drain'), 'listeners while sends wait').to.equal(0);
      await Promise.all(sends);
      await waitFor(() => received === 150, 5000, 'every frame received');
      await new Promise((r) => setImmediate(r));
      expect(warnings.map((w) => w.name)).to.not.include('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('a stream that closes rejects every send() still waiting for drain with the close error', async () => {
    const server = await open({ tls: serverId, listen: true });
    server.on('connection', (c: Connection) => c.on('stream', (st: Stream) => st.pause()));
    const client = await open({ tls: clientId, streamHighWaterBytes: 256 * 1024 });
    const conn = await client.connect(`quic://127.0.0.1:${server.port}`);
    const s = conn.openStream();
    const sends = Array.from({ length: 100 }, () => s.send(Buffer.alloc(10_000)).then(() => 'sent', (e: MaculaError) => e.code));
    await conn.close({ force: true });
    const outcomes = await Promise.all(sends);
    expect(outcomes.filter((o) => o === 'connection_closed').length, 'sends rejected').to.be.at.least(70);
    expect(outcomes.every((o) => o === 'sent' || o === 'connection_closed'), outcomes.join(',')).to.equal(true);
  });

  it('200 clients that connect and close at once leave zero connections and no memory growth', async function () {
    this.timeout(40_000);
    const server = await open({ tls: serverId, listen: true, idleTimeoutMs: 3000 });
    let accepted = 0;
    server.on('connection', (c: Connection) => {
      accepted++;
      c.on('stream', (s: Stream) => s.on('frame', (f: Buffer) => s.write(f)));
    });
    const round = async (): Promise<void> => {
      const f = await startFixture({ mode: 'clients', count: 200, url: `quic://127.0.0.1:${server.port}` }, 'DONE', 30_000);
      expect(Number(f.words[0])).to.equal(200);
      await waitFor(() => server.stats().connections === 0, 10_000, 'server back to zero connections');
      await killFixtures();
    };
    const measure = (): number => {
      for (let i = 0; i < 3; i++) gc();
      return process.memoryUsage().heapUsed;
    };
    await round();
    const heap1 = measure();
    await round();
    await round();
    // Draining connections are released after their close timers.
    await new Promise((r) => setTimeout(r, 500));
    const heap2 = measure();
    expect(accepted).to.equal(600);
    expect(server.stats().connections).to.equal(0);
    const growthMiB = (heap2 - heap1) / 2 ** 20;
    // Bound: 400 more connections came and went; less than 4 MiB of heap may remain (allocator noise).
    expect(growthMiB, `heap grew ${growthMiB.toFixed(2)} MiB`).to.be.below(4);
  });
});
