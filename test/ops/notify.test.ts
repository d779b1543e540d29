import { expect } from 'chai';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { notifyReady, notifyStopping } from '../../lib/cluster/notify.js';
import { requireTool } from '../helpers/tools.js';

const RECEIVER = [
  // Like systemd: read every datagram (systemd-notify follows the state with a BARRIER=1 message
  // carrying an fd and waits until it is consumed), print the state lines, stop after 0.5 s quiet.
  'import socket,sys',
  's=socket.socket(socket.AF_UNIX,socket.SOCK_DGRAM)',
  's.bind(sys.argv[1])',
  'print("bound",flush=True)',
  's.settimeout(10)',
  'out=[]',
  'while True:',
  '  try:',
  '    d,_=s.recvfrom(65536)',
  '  except socket.timeout:',
  '    break',
  '  out.append(d.decode())',
  '  s.settimeout(0.5)',
  'sys.stdout.write("\\n".join(out))',
].join('\n');

/** A NOTIFY_SOCKET stand-in (systemd's side): a python3 datagram receiver printing what it got. */
async function receiver(path: string): Promise<{ proc: ChildProcess; message: Promise<string> }> {
  const proc = spawn('python3', ['-c', RECEIVER, path], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  proc.stdout!.setEncoding('utf8');
  await new Promise<void>((resolve, reject) => {
    proc.stdout!.on('data', (c: string) => {
      out += c;
      if (out.startsWith('bound\n')) resolve();
    });
    proc.once('exit', () => reject(new Error('receiver exited early')));
  });
  const message = new Promise<string>((resolve) => proc.once('exit', () => resolve(out.slice('bound\n'.length))));
  return { proc, message };
}

describe('systemd notify', function () {
  let dir: string;
  let proc: ChildProcess | undefined;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'macula-notify-'))));
  afterEach(() => {
    proc?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('is a no-op resolving false without NOTIFY_SOCKET', async () => {
    expect(await notifyReady('running', { PATH: process.env.PATH })).to.equal(false);
    expect(await notifyStopping('stopping', {})).to.equal(false);
  });

  it('never throws: an unreachable NOTIFY_SOCKET resolves false', async () => {
    expect(await notifyReady('running', { PATH: process.env.PATH, NOTIFY_SOCKET: join(dir, 'nobody.sock') })).to.equal(false);
    expect(await notifyReady('running', { PATH: join(dir, 'empty'), NOTIFY_SOCKET: join(dir, 'nobody.sock') })).to.equal(false);
  });

  it('sends READY=1 with a status and our MAINPID through systemd-notify', async function () {
    requireTool(this, 'python3', 'python3');
    requireTool(this, 'systemd-notify', 'systemd');
    const sock = join(dir, 'notify.sock');
    const r = await receiver(sock);
    proc = r.proc;
    expect(await notifyReady('running 5 processes', { PATH: process.env.PATH, NOTIFY_SOCKET: sock })).to.equal(true);
    const message = await r.message;
    expect(message.split('\n')).to.include.members(['READY=1', 'STATUS=running 5 processes', `MAINPID=${process.pid}`]);
  });

  it('falls back to a direct datagram when systemd-notify is missing', async function () {
    requireTool(this, 'python3', 'python3');
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    // The real interpreter (python3 on PATH may be a shim script needing more of PATH).
    const real = spawnSync('python3', ['-c', 'import sys; print(sys.executable)']).stdout.toString().trim();
    symlinkSync(real, join(bin, 'python3'));
    const sock = join(dir, 'notify.sock');
    const r = await receiver(sock);
    proc = r.proc;
    expect(await notifyStopping('stopping', { PATH: bin, NOTIFY_SOCKET: sock })).to.equal(true);
    expect((await r.message).split('\n')).to.include.members(['STOPPING=1', 'STATUS=stopping']);
  });
});
