import { expect } from 'chai';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { controlRequest } from '../../lib/cluster/ControlClient.js';
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
