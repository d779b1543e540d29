import { expect } from 'chai';
import { openEndpoint, type QuicEndpoint } from '../../lib/transport/index.js';
import { identity, killFixtures, nextFrame, onceClose, startFixture } from './helpers.js';

describe('transport: frames across processes', function () {
  this.timeout(20_000);
  const clientId = identity();
  let client: QuicEndpoint | undefined;

  afterEach(async () => {
    await client?.close({ force: true });
    client = undefined;
    await killFixtures();
  });

  it('echoes frames in order on a stream and ends it when asked', async () => {
    const srv = await startFixture({ mode: 'echo-server' });
    const [port, nodeId] = srv.words;
    client = await openEndpoint({ tls: clientId });
    const conn = await client.connect(`quic://127.0.0.1:${port}`, { expectedNodeId: nodeId });
    expect(conn.remoteNodeId).to.equal(nodeId);
    const s = conn.openStream();
    const got: string[] = [];
    s.on('frame', (f: Buffer) => got.push(f.toString()));
    const ended = new Promise((r) => s.once('end', r));
    const closed = onceClose(s);
    for (const w of ['a', '', 'hello', 'x'.repeat(20_000)]) s.write(Buffer.from(w));
    s.end();
    await ended;
    expect(got).to.deep.equal(['a', '', 'hello', 'x'.repeat(20_000)]);
    expect(await closed).to.equal(undefined);
  });

  it('carries a 10 MiB frame across many 1350-byte packets when maxFrameBytes is raised', async () => {
    const max = 11 * 1024 * 1024;
    const srv = await startFixture({ mode: 'echo-server', maxFrameBytes: max });
    // Internet-sized datagrams even on loopback (the smaller side's max_udp_payload_size applies).
    client = await openEndpoint({ tls: clientId, maxFrameBytes: max, loopbackUdpPayloadBytes: 1350 });
    const conn = await client.connect(`quic://127.0.0.1:${srv.words[0]}`);
    const s = conn.openStream();
    const big = Buffer.alloc(10 * 1024 * 1024);
    for (let i = 0; i < big.length; i += 4) big.writeUInt32LE(i, i);
    s.write(big);
    const back = await nextFrame(s, 15_000);
    expect(back.length).to.equal(big.length);
    expect(back.equals(big)).to.equal(true);
    expect(client.stats().datagramsIn).to.be.greaterThan(7000);
  });

  it('runs 100 concurrent streams on one connection', async () => {
    const srv = await startFixture({ mode: 'echo-server' });
    client = await openEndpoint({ tls: clientId });
    const conn = await client.connect(`quic://127.0.0.1:${srv.words[0]}`);
    const results = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        const s = conn.openStream();
        const frames: string[] = [];
        s.on('frame', (f: Buffer) => frames.push(f.toString()));
        const ended = new Promise((r) => s.once('end', r));
        for (let k = 0; k < 10; k++) s.write(Buffer.from(`${i}:${k}`));
        s.end();
        await ended;
        return frames;
      }),
    );
    results.forEach((frames, i) => expect(frames).to.deep.equal(Array.from({ length: 10 }, (_, k) => `${i}:${k}`)));
  });
});
