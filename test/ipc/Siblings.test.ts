/**
 * Sibling channels (lib/ipc/Siblings): direct unix-socket channels between a node's processes,
 * set up from what root says (up with a path / down), authenticated by the node's token, framed
 * like the fd-3 pipe. Several Siblings in one test process stand for several OS processes (each
 * is only its socket, its channels and its handlers).
 */
import { expect } from 'chai';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMaculaError, type MaculaError } from '../../lib/errors/index.js';
import { macula } from '../../lib/gen/ipc.js';
import { IpcChannel, Siblings, encodeFrame } from '../../lib/ipc/index.js';

describe('sibling channels (direct process-to-process IPC)', () => {
  let dir: string;
  const all: Siblings[] = [];
  const token = 'node-token-0123456789abcdef';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'macula-sib-'));
  });
  afterEach(() => {
    for (const s of all.splice(0)) s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function proc(name: string, errors: MaculaError[] = [], tok = token): Promise<Siblings> {
    const s = new Siblings({ name, dir, token: tok, onError: (e) => errors.push(e), requestTimeoutMs: 1000 });
    s.handle('ping', (env) => ({ pong: { payload: `${name} answers ${env.from}: ${env.ping?.payload}` } }));
    await s.listen();
    all.push(s);
    return s;
  }
  /** What root does when `b` reports Ready: tell `a` where it listens. */
  const announce = (a: Siblings, b: Siblings): void => a.up(b.name, b.path);

  it('a request reaches the sibling directly, which sees the authenticated sender; the socket is mode 0600', async () => {
    const [gw, routing] = [await proc('gateway'), await proc('routing')];
    announce(gw, routing);
    const reply = await gw.request('routing', { ping: { payload: 'find_node' } });
    expect(reply.pong!.payload).to.equal('routing answers gateway: find_node');
    expect(statSync(routing.path).mode & 0o777).to.equal(0o600);
    expect(statSync(dir).mode & 0o777).to.equal(0o700);
  });

  it('a sibling root reported down fails at once with process_unavailable; one never announced too', async () => {
    const [gw, routing] = [await proc('gateway'), await proc('routing')];
    announce(gw, routing);
    await gw.request('routing', { ping: {} });
    gw.down('routing');
    const t0 = Date.now();
    const err = await gw.request('routing', { ping: {} }).catch((e: MaculaError) => e);
    expect(isMaculaError(err, 'process_unavailable')).to.equal(true);
    expect(Date.now() - t0).to.be.below(50);
    expect(isMaculaError(await gw.request('bootstrap', { ping: {} }).catch((e: MaculaError) => e), 'process_unavailable')).to.equal(true);
  });

  it('is re-established when the sibling restarts (a new incarnation on the same path)', async () => {
    const gw = await proc('gateway');
    let routing = await proc('routing');
    announce(gw, routing);
    await gw.request('routing', { ping: { payload: 'one' } });
    routing.close();
    all.splice(all.indexOf(routing), 1);
    gw.down('routing');
    routing = await proc('routing');
    announce(gw, routing);
    expect((await gw.request('routing', { ping: { payload: 'two' } })).pong!.payload).to.equal('routing answers gateway: two');
  });

  it('a dialer with the wrong token is refused and served nothing', async () => {
    const routing = await proc('routing');
    const intruder = await proc('evil', [], 'wrong-token');
    announce(intruder, routing);
    const err = await intruder.request('routing', { ping: {} }).catch((e: MaculaError) => e);
    expect(isMaculaError(err, 'peer_verification_failed') || isMaculaError(err, 'process_unavailable')).to.equal(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(routing.inboundCount).to.equal(0);
  });

  it('nothing is served before the hello: a raw client asking first gets unknown_message_type', async () => {
    const routing = await proc('routing');
    const socket = connect(routing.path);
    await new Promise((r) => socket.once('connect', r));
    const raw = new IpcChannel(socket, { name: 'raw' });
    const err = await raw.request('routing', { ping: {} }).catch((e: MaculaError) => e);
    expect(isMaculaError(err, 'unknown_message_type')).to.equal(true);
    raw.close();
  });

  it('a framing error closes only that channel: the sender of garbage loses its channel, other siblings keep theirs', async () => {
    const errors: MaculaError[] = [];
    const routing = await proc('routing', errors);
    const [gw, bs] = [await proc('gateway'), await proc('bootstrap')];
    announce(gw, routing);
    announce(bs, routing);
    await gw.request('routing', { ping: {} });
    await bs.request('routing', { ping: {} });
    // an authenticated raw channel that then writes garbage
    const socket = connect(routing.path);
    await new Promise((r) => socket.once('connect', r));
    const raw = new IpcChannel(socket, { name: 'peer:9' });
    await raw.request('routing', { siblingHello: { token } });
    raw.writeRaw(Buffer.concat([encodeFrame(macula.ipc.Envelope.encode({ to: 'routing', seq: 5, ping: {} }).finish()), Buffer.from('NOT A FRAME, CERTAINLY NOT')]));
    await new Promise<void>((resolve) => socket.once('close', () => resolve()));
    expect(errors.map((e) => e.code)).to.include('frame_too_large');
    expect((await gw.request('routing', { ping: { payload: 'still' } })).pong!.payload).to.equal('routing answers gateway: still');
    expect((await bs.request('routing', { ping: { payload: 'still' } })).pong!.payload).to.equal('routing answers bootstrap: still');
  });

  it('concurrent first requests share one dial; requests pipeline on one channel', async () => {
    const [gw, routing] = [await proc('gateway'), await proc('routing')];
    announce(gw, routing);
    const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => gw.request('routing', { ping: { payload: String(i) } })));
    expect(replies.map((r) => r.pong!.payload)).to.deep.equal(Array.from({ length: 50 }, (_, i) => `routing answers gateway: ${i}`));
    expect(routing.inboundCount).to.equal(1);
  });

  it('backpressure: towards a sibling that stops reading, requests wait for drain and time out, and fire-and-forget sends are refused past the queue bound', async () => {
    const gw = new Siblings({ name: 'gateway', dir, token, requestTimeoutMs: 1000 });
    all.push(gw);
    // a sibling that says hello back, then never reads again
    const path = join(dir, 'slow.sock');
    const { createServer } = await import('node:net');
    const server = createServer((socket) => {
      const ch = new IpcChannel(socket, { name: 'slow' });
      ch.handle('siblingHello', () => {
        setImmediate(() => socket.pause());
        return { ok: {} };
      });
    });
    await new Promise<void>((resolve) => server.listen(path, resolve));
    try {
      gw.up('slow', path);
      const big = 'x'.repeat(1024 * 1024);
      const outcomes: string[] = [];
      for (let i = 0; i < 40; i++) {
        await gw.send('slow', { ping: { payload: big } }).then(() => outcomes.push('queued'), (e: MaculaError) => outcomes.push(e.code));
      }
      expect(outcomes).to.include('queued');
      expect(outcomes.at(-1)).to.equal('slow_consumer');
      const t0 = Date.now();
      const err = (await gw.request("slow", { ping: {} }, 200).catch((e: MaculaError) => e)) as MaculaError;
      expect(err.code).to.equal('timeout');
      expect(Date.now() - t0).to.be.within(150, 1000);
    } finally {
      server.close();
    }
  });
});
