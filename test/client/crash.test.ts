import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Message } from '../../lib/client/index.js';
import { connect, type MaculaClient } from '../../lib/client/index.js';
import { clientIdentity, gatewayIdentity, once, until } from './helpers.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/broker.ts', import.meta.url));

function startGateway(port = 0): Promise<{ proc: ChildProcess; url: string; nodeId: string }> {
  const { certPem, keyPem } = gatewayIdentity();
  const proc = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
    env: { ...process.env, MACULA_FIXTURE: JSON.stringify({ port, certPem, keyPem }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  procs.push(proc);
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway not ready: ${stderr}`)), 20_000);
    let buf = '';
    proc.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /READY (\S+) (\S+)/.exec(buf);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, url: m[1]!, nodeId: m[2]! });
      }
    });
    proc.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited early (${code ?? signal}): ${stderr}`));
    });
  });
}

function kill(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill('SIGKILL');
  });
}

const procs: ChildProcess[] = [];

describe('client: the gateway process is killed outright', function () {
  this.timeout(60_000);
  let c: MaculaClient | undefined;

  afterEach(async () => {
    await c?.close();
    c = undefined;
    await Promise.all(procs.splice(0).map(kill));
  });

  it('notices through the idle timeout, fails calls in flight, reconnects to the restarted gateway and restores its subscription', async () => {
    const g1 = await startGateway();
    const port = Number(new URL(g1.url).port);
    c = await connect(g1.url, {
      identity: clientIdentity(),
      expectedNodeId: g1.nodeId,
      reconnect: { initialDelayMs: 50, maxDelayMs: 300 },
      connectTimeoutMs: 500,
      transport: { idleTimeoutMs: 1500, keepAliveMs: 300 },
    });
    const got: Message[] = [];
    await c.subscribe('after.crash', (m) => void got.push(m));
    await c.advertise('demo.never', () => new Promise(() => undefined));
    const inFlight = c.call('demo.never', {}, { timeout: 30_000 }).catch((e: unknown) => e);
    const disconnected = once(c, 'disconnected', 10_000);
    await kill(g1.proc);
    const t0 = Date.now();
    await disconnected;
    expect(Date.now() - t0).to.be.below(5000);
    expect((await inFlight) as { code: string }).to.have.property('code').that.is.oneOf(['connection_closed', 'timeout']);
    const reconnected = once<{ reconnected: boolean }>(c, 'connected', 30_000);
    await startGateway(port);
    expect((await reconnected).reconnected).to.equal(true);
    await c.publish('after.crash', { ok: true }, { ack: true });
    await until(() => got.length === 1, 5000, 'restored subscription delivers');
    expect(got[0]!.json()).to.deep.equal({ ok: true });
  });
});
