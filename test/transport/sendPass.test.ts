/**
 * When a frame handler's answer leaves (lib/transport README "Driver"): a write made while a pass
 * dispatches frames goes out in the send half of that same event-loop turn, not one loop
 * iteration later. Every forwarded frame (a gateway relaying a call, an invocation, a yield, an
 * event) pays for that iteration otherwise: an epoll_wait and a timers phase before its datagram
 * is sent (issue 12 item 6: four such forwards per cross-node call).
 */
import { expect } from 'chai';
import type { Connection, Stream } from '../../lib/transport/types.js';
import { identity, nextFrame, useEndpoints } from './helpers.js';

describe('transport: a handler\'s write leaves in the same event-loop turn', function () {
  this.timeout(20_000);
  const serverId = identity();
  const clientId = identity();
  const open = useEndpoints();

  it('the answer a frame handler writes is sent before the next loop iteration (an immediate queued first still finds it sent)', async () => {
    const server = await open({ tls: serverId, listen: true });
    const client = await open({ tls: clientId });
    const seen: Array<{ before: number; atNextIteration: number }> = [];
    server.on('connection', (conn: Connection) => {
      conn.on('stream', (s: Stream) => {
        s.on('frame', (f: Buffer) => {
          const before = server.stats().datagramsOut;
          // queued before the write: it runs in the next loop iteration, whatever the write schedules
          setImmediate(() => seen.push({ before, atNextIteration: server.stats().datagramsOut }));
          s.write(f);
        });
      });
    });
    const conn = await client.connect(`quic://127.0.0.1:${server.port}`);
    const s = conn.openStream();
    const ROUNDS = 50;
    for (let i = 0; i < ROUNDS; i++) {
      const echoed = nextFrame(s);
      s.write(Buffer.from(`call ${i}`));
      expect((await echoed).toString()).to.equal(`call ${i}`);
    }
    expect(seen).to.have.length(ROUNDS);
    const late = seen.filter((x) => x.atNextIteration <= x.before);
    expect(late, 'answers still unsent when the next loop iteration began').to.deep.equal([]);
  });

  it('writes made in the handlers\' promise continuations still ride in that turn\'s send', async () => {
    const server = await open({ tls: serverId, listen: true });
    const client = await open({ tls: clientId });
    const seen: Array<{ before: number; atNextIteration: number }> = [];
    server.on('connection', (conn: Connection) => {
      conn.on('stream', (s: Stream) => {
        s.on('frame', (f: Buffer) => {
          const before = server.stats().datagramsOut;
          setImmediate(() => seen.push({ before, atNextIteration: server.stats().datagramsOut }));
          // answered from a continuation (an async handler): after the reads, before the send half
          void Promise.resolve().then(() => {
            for (let k = 0; k < 3; k++) s.write(f);
          });
        });
      });
    });
    const conn = await client.connect(`quic://127.0.0.1:${server.port}`);
    const s = conn.openStream();
    const got: string[] = [];
    s.on('frame', (f: Buffer) => got.push(f.toString()));
    const ROUNDS = 20;
    for (let i = 0; i < ROUNDS; i++) {
      s.write(Buffer.from(`c${i}`));
      const want = 3 * (i + 1);
      const deadline = Date.now() + 5000;
      while (got.length < want && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1));
      expect(got.slice(-3)).to.deep.equal([`c${i}`, `c${i}`, `c${i}`]);
    }
    expect(seen).to.have.length(ROUNDS);
    expect(seen.filter((x) => x.atNextIteration <= x.before), 'answers still unsent when the next loop iteration began').to.deep.equal([]);
  });
});
