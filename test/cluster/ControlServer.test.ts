import { expect } from 'chai';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { controlRequest } from '../../lib/cluster/ControlClient.js';
import { MAX_CONTROL_CONNECTIONS } from '../../lib/cluster/constants.js';
import { ControlServer } from '../../lib/cluster/ControlServer.js';
import { MaculaError, isMaculaError } from '../../lib/errors/index.js';
import { encodeFrame } from '../../lib/ipc/index.js';
import { silentLogger } from '../../lib/log/index.js';

describe('ControlServer', () => {
  let dir: string;
  let server: ControlServer;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'macula-ctl-'));
    server = new ControlServer(
      join(dir, 'control.sock'),
      {
        down: () => ({ ok: { message: 'bye' } }),
        scale: () => {
          throw new MaculaError('usage', 'only peers=N');
        },
      },
      silentLogger(),
    );
    await server.start();
  });
  afterEach(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on a unix socket only its owner can use (mode 0600)', () => {
    expect(statSync(server.path).mode & 0o777).to.equal(0o600);
  });

  it('answers through its dispatch table and rebuilds handler errors with their code', async () => {
    expect((await controlRequest(server.path, { down: {} })).ok!.message).to.equal('bye');
    const err = await controlRequest(server.path, { scale: { what: 'x', count: 1 } }).catch((e: unknown) => e);
    expect(isMaculaError(err, 'usage')).to.equal(true);
    const unknown = await controlRequest(server.path, { status: {} }).catch((e: unknown) => e);
    expect(isMaculaError(unknown, 'unknown_message_type')).to.equal(true);
  });

  it('answers garbage with a typed error and keeps serving', async () => {
    const reply = await new Promise<Buffer>((resolve) => {
      const s = connect(server.path, () => s.write(encodeFrame(Buffer.from([0xff, 0xff, 0xff]))));
      s.once('data', (d: Buffer) => {
        s.destroy();
        resolve(d);
      });
    });
    expect(reply.toString('latin1')).to.contain('malformed_frame');
    expect((await controlRequest(server.path, { down: {} })).ok!.message).to.equal('bye');
  });

  it('refuses to start a second server on a live socket, and replaces a stale one', async () => {
    const second = new ControlServer(server.path, {}, silentLogger());
    const err = await second.start().catch((e: unknown) => e);
    expect(isMaculaError(err, 'start_failed')).to.equal(true);
    expect((err as Error).message).to.contain('already running');
    await server.stop();
    writeFileSync(server.path, 'stale');
    server = new ControlServer(server.path, { down: () => ({ ok: { message: 'again' } }) }, silentLogger());
    await server.start();
    expect((await controlRequest(server.path, { down: {} })).ok!.message).to.equal('again');
  });
});

describe('ControlServer: idle connections cannot lock the socket', () => {
  let dir: string;
  let server: ControlServer;
  const idle: Socket[] = [];
  let release: (() => void) | undefined;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'macula-ctl-'))));
  afterEach(async () => {
    release?.();
    for (const s of idle.splice(0)) s.destroy();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = (path: string): Promise<Socket> =>
    new Promise((resolve, reject) => {
      const s = connect(path, () => resolve(s));
      s.once('error', reject);
      idle.push(s);
    });
  const closed = (s: Socket): Promise<void> => new Promise((r) => (s.destroyed ? r() : s.once('close', () => r())));

  it('40 idle connections (more than the bound of 32): a command still gets its answer, and the bound holds', async () => {
    server = new ControlServer(join(dir, 'control.sock'), { down: () => ({ ok: { message: 'bye' } }) }, silentLogger());
    await server.start();
    for (let i = 0; i < 40; i++) await open(server.path);
    expect((await controlRequest(server.path, { down: {} })).ok!.message).to.equal('bye');
    expect(server.connections).to.be.at.most(MAX_CONTROL_CONNECTIONS);
  });

  it('a connection that sends nothing is closed after the idle timeout', async () => {
    server = new ControlServer(join(dir, 'control.sock'), {}, silentLogger(), { idleTimeoutMs: 100 });
    await server.start();
    const s = await open(server.path);
    const t0 = Date.now();
    await closed(s);
    expect(Date.now() - t0).to.be.at.least(50).and.below(3000);
    while (server.connections > 0 && Date.now() - t0 < 3000) await new Promise((r) => setTimeout(r, 10));
    expect(server.connections).to.equal(0);
  });

  it('when every connection is busy with a request, a new one is refused with too_many_connections', async () => {
    const gate = new Promise<void>((r) => (release = r));
    server = new ControlServer(join(dir, 'control.sock'), { status: async () => { await gate; return { ok: { message: 'late' } }; } }, silentLogger(), { maxConnections: 2, idleTimeoutMs: 60_000 });
    await server.start();
    const busy = [controlRequest(server.path, { status: {} }), controlRequest(server.path, { status: {} })];
    while (server.connections < 2) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50));
    const refused = await controlRequest(server.path, { status: {} }).catch((e: unknown) => e);
    expect(isMaculaError(refused, 'too_many_connections'), String(refused)).to.equal(true);
    release!();
    expect((await Promise.all(busy)).map((r) => r.ok!.message)).to.deep.equal(['late', 'late']);
  });
});
