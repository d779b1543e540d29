/**
 * Issue 9 item 4: a failed start says why in one line, names the setting to change and exits
 * with its own code (75 a port in use, 78 configuration), even at MACULA_LOG_LEVEL=warn; service
 * modules are refused by `up` and `scale` before a peer starts. Every command runs through a
 * shell as a user types it; nothing may be left running.
 */
import { expect } from 'chai';
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive, pidsWithEnv, waitFor } from './procs.js';
import { assertInstalled, background, sh, stop, type Background } from './shell.js';

const FAILURE = /^macula_root failed to start: (.+)$/m;

describe('macula-cluster up: a failed start says why in one line, with its own exit code', function () {
  this.timeout(60_000);
  let dir: string;
  let env: Record<string, string>;
  let holders: Array<Server | UdpSocket> = [];
  let nodes: Background[] = [];

  before(assertInstalled);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'macula-startfail-'));
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ cert_key_bits: 1024 }));
    // warn: the one line must not depend on info-level logging
    env = { MACULA_DATA_DIR: join(dir, 'data'), MACULA_LOG_LEVEL: 'warn', MACULA_QUIC_PORT: '0', HEALTH_PORT: '0', MACULA_HEALTH_HOST: '127.0.0.1', MACULA_QUIC_HOST: '127.0.0.1' };
  });
  afterEach(async () => {
    for (const n of nodes) await stop(n, 'SIGKILL');
    nodes = [];
    for (const h of holders) (h as { close: () => void }).close();
    holders = [];
    const left = pidsWithEnv(`MACULA_DATA_DIR=${join(dir, 'data')}`);
    for (const pid of left) process.kill(pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    expect(left, 'processes left behind').to.deep.equal([]);
  });

  const up = (flags: string, extra: Record<string, string> = {}) => sh(`macula-cluster up --config ${dir}/config.json ${flags}`, { env: { ...env, ...extra }, timeoutMs: 40_000 });
  const line = (stderr: string): string => {
    const m = FAILURE.exec(stderr);
    expect(m, `no one-line reason on stderr:\n${stderr}`).to.not.equal(null);
    return m![1]!;
  };

  async function tcpHolder(): Promise<number> {
    const server = createServer();
    holders.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    return (server.address() as { port: number }).port;
  }

  async function udpHolder(): Promise<number> {
    const socket = createSocket('udp4');
    holders.push(socket);
    await new Promise<void>((r) => socket.bind(0, '127.0.0.1', () => r()));
    return socket.address().port;
  }

  it('the health (TCP) port in use: exit 75 naming the port and --health-port / HEALTH_PORT / health_port', async () => {
    const port = await tcpHolder();
    const r = up(`--health-port ${port}`);
    expect(r.status, r.stderr).to.equal(75);
    const why = line(r.stderr);
    expect(why).to.contain(`port ${port} on 127.0.0.1 is in use (EADDRINUSE)`).and.contain('--health-port, HEALTH_PORT or health_port');
  });

  it('the QUIC (UDP) port in use: exit 75 naming --quic-port / MACULA_QUIC_PORT / quic_port', async () => {
    const port = await udpHolder();
    const r = up(`--quic-port ${port}`);
    expect(r.status, r.stderr).to.equal(75);
    expect(line(r.stderr)).to.contain(`QUIC (UDP) port ${port}`).and.contain('--quic-port, MACULA_QUIC_PORT or quic_port');
  });

  it('a bind address this host does not have, or cannot resolve: exit 78 naming the host setting', () => {
    // TEST-NET-1 (RFC 5737): never assigned to a host, so the bind fails without any traffic
    const quic = up('--quic-host 192.0.2.1');
    expect(quic.status, quic.stderr).to.equal(78);
    expect(line(quic.stderr)).to.contain('no address 192.0.2.1').and.contain('EADDRNOTAVAIL').and.contain('--quic-host, MACULA_QUIC_HOST or quic_host');
    const health = up('--health-host host.invalid');
    expect(health.status, health.stderr).to.equal(78);
    expect(line(health.stderr)).to.contain('cannot resolve host.invalid').and.contain('--health-host, MACULA_HEALTH_HOST or health_host');
  });

  it('certificate files missing, or not files: exit 78 naming the setting; nothing is generated there', () => {
    const missing = up(`--cert-path ${dir}/none/cert.pem --key-path ${dir}/none/key.pem`);
    expect(missing.status, missing.stderr).to.equal(78);
    expect(missing.stderr).to.contain(`the certificate file ${dir}/none/cert.pem does not exist`).and.contain('--cert-path, MACULA_CERT_PATH or cert_path');
    expect(existsSync(join(dir, 'none'))).to.equal(false);
    mkdirSync(join(dir, 'adir'));
    writeFileSync(join(dir, 'cert.pem'), 'not a certificate');
    const notFile = up(`--cert-path ${dir}/cert.pem --key-path ${dir}/adir`);
    expect(notFile.status, notFile.stderr).to.equal(78);
    expect(notFile.stderr).to.contain(`the private key file ${dir}/adir is not a file`).and.contain('--key-path, MACULA_KEY_PATH or key_path');
    writeFileSync(join(dir, 'key.pem'), 'not a key');
    const garbage = up(`--cert-path ${dir}/cert.pem --key-path ${dir}/key.pem`);
    expect(garbage.status, garbage.stderr).to.equal(78);
    expect(line(garbage.stderr)).to.contain(`cannot use ${dir}/cert.pem`).and.contain('--cert-path/--key-path');
  });

  it('a data dir that is a file, or under a file: exit 78 naming --data-dir / MACULA_DATA_DIR / data_dir', () => {
    writeFileSync(join(dir, 'file'), '');
    for (const path of [join(dir, 'file'), join(dir, 'file', 'sub')]) {
      const r = sh(`macula-cluster up --data-dir ${path}`, { env });
      expect(r.status, r.stderr).to.equal(78);
      expect(r.stderr).to.contain(`the data dir ${path}`).and.contain('--data-dir, MACULA_DATA_DIR or data_dir');
    }
  });

  it('a bad MACULA_LOG_LEVEL or --log-format: exit 78 naming the values allowed', () => {
    const level = up('', { MACULA_LOG_LEVEL: 'loud' });
    expect(level.status, level.stderr).to.equal(78);
    expect(level.stderr).to.contain('MACULA_LOG_LEVEL').and.contain('"loud"').and.contain('trace, debug, info, warn, error, fatal, silent');
    const format = up('--log-format xml');
    expect(format.status).to.equal(78);
    expect(format.stderr).to.contain('--log-format').and.contain('auto, json, pretty');
    expect(existsSync(join(dir, 'data')) && readdirSync(join(dir, 'data')).length > 0).to.equal(false);
  });

  it('a service module that throws on import or exports no service is refused at once (78), before any process starts', () => {
    writeFileSync(join(dir, 'throws.mjs'), 'throw new Error("cannot reach the database");\n');
    writeFileSync(join(dir, 'empty.mjs'), 'export const version = 1;\n');
    const t0 = Date.now();
    const throws = up(`--service db=${dir}/throws.mjs`);
    expect(throws.status, throws.stderr).to.equal(78);
    expect(throws.stderr).to.contain(`service db (${dir}/throws.mjs) fails to load: cannot reach the database`);
    const empty = up(`--service e=${dir}/empty.mjs --instances 2`);
    expect(empty.status, empty.stderr).to.equal(78);
    expect(empty.stderr).to.contain('exports no service');
    // refused before root made anything: no identity, no events, well before a restart loop
    expect(existsSync(join(dir, 'data', 'cert.pem'))).to.equal(false);
    expect(Date.now() - t0).to.be.below(15_000);
  });

  it('scale refuses a service module broken since `up` (78) and leaves the running instances alone', async () => {
    const module = join(dir, 'svc.mjs');
    writeFileSync(module, 'export default { procedures: { "t.ping": () => "pong" } };\n');
    const node = background(`exec macula-cluster up --config ${dir}/config.json --service svc=${module}`, { env });
    nodes.push(node);
    await node.waitFor('node up');
    writeFileSync(module, 'throw new Error("half-deployed");\n');
    const r = sh('macula-cluster scale svc=3', { env });
    expect(r.status, r.stderr).to.equal(78);
    expect(r.stderr).to.contain('fails to load: half-deployed');
    const status = JSON.parse(sh('macula-cluster status --json', { env }).stdout) as { services: Record<string, string>; ready: boolean };
    expect(Object.values(status.services)).to.deep.equal(['svc']);
    expect(status.ready).to.equal(true);
    const down = sh('macula-cluster down', { env });
    expect(down.status, down.stderr).to.equal(0);
    expect(await node.exited).to.equal(0);
  });

  it('a node that starts leaves no process behind when its start fails later (port in use)', async () => {
    const port = await tcpHolder();
    const r = up(`--health-port ${port}`);
    expect(r.status).to.equal(75);
    await waitFor('no process of the failed node', () => pidsWithEnv(`MACULA_DATA_DIR=${join(dir, 'data')}`).filter(isAlive).length === 0, 5000);
  });
});
