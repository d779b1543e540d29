/**
 * Issue 9 items 5 and 9, and `events --follow`, through a shell: on a terminal the log is
 * readable lines and the banner comes first, not after twenty JSON lines; off a terminal (or
 * MACULA_LOG_FORMAT=json) it is JSON lines; a configured bootstrap_url is reported in the banner,
 * `status` and /health; 40 idle control connections do not lock out `status`; `events --follow`
 * ends when the node stops.
 */
import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireTool } from '../helpers/tools.js';
import { pidsWithEnv } from './procs.js';
import { assertInstalled, background, sh, stop, type Background } from './shell.js';

const ESC = String.fromCharCode(27);
const plain = (text: string): string => text.replace(new RegExp(`${ESC}\\[[0-9;]*m`, 'g'), '').replace(/\r/g, '');

describe('node logs, banner, bootstrap_url, control socket and events --follow', function () {
  this.timeout(90_000);
  let dir: string;
  let env: Record<string, string>;
  let procs: Background[] = [];
  const idle: Socket[] = [];

  before(function () {
    assertInstalled();
    requireTool(this, 'script', 'bsdutils');
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'macula-logs-'));
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ cert_key_bits: 1024 }));
    env = { MACULA_DATA_DIR: join(dir, 'data'), MACULA_QUIC_PORT: '0', HEALTH_PORT: '0', MACULA_QUIC_HOST: '127.0.0.1', MACULA_HEALTH_HOST: '127.0.0.1', MACULA_LOG_LEVEL: 'info' };
  });
  afterEach(async () => {
    for (const s of idle.splice(0)) s.destroy();
    for (const p of procs) await stop(p, 'SIGKILL');
    procs = [];
    const left = pidsWithEnv(`MACULA_DATA_DIR=${join(dir, 'data')}`);
    for (const pid of left) process.kill(pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    expect(left, 'processes left behind').to.deep.equal([]);
  });

  /** `up` on a pseudo-terminal (script(1)), as in a user's terminal. */
  function upOnTty(flags: string, extra: Record<string, string> = {}): Background {
    const p = background(`exec script -qfec "macula-cluster up --config ${dir}/config.json ${flags}" /dev/null`, { env: { ...env, ...extra } });
    procs.push(p);
    return p;
  }

  it('on a terminal: readable lines, the banner first, bootstrap_url reported in banner, status and /health', async () => {
    const node = upOnTty('--bootstrap-url https://seed.example:9443');
    await node.waitFor('node up');
    await node.waitFor('macula_peers_sup');
    const lines = plain(node.output()).split('\n');
    const top = lines.findIndex((l) => l.includes('Macula v'));
    const before = lines.slice(0, top - 1).filter((l) => l.trim() !== '');
    // the bootstrap warning and at most a couple of log lines, not the start reports
    expect(before.length, before.join('\n')).to.be.at.most(3);
    expect(lines.filter((l) => l.startsWith('{"level"')), 'JSON lines on a terminal').to.deep.equal([]);
    // a bootstrap host that does not resolve is a retry, not a crash of the worker dialling it
    expect(lines.filter((l) => /child_(exited|restarting)/.test(l)), 'crashes').to.deep.equal([]);
    expect(before.join('\n')).to.match(/INFO \(root\): node_starting/);
    expect(lines.join('\n')).to.match(/Mesh\s+joining through https:\/\/seed\.example:9443/);

    const status = sh('macula-cluster status', { env });
    expect(status.status, status.stderr).to.equal(0);
    // seed.example does not resolve here: the node keeps trying to join and says so
    expect(status.stdout).to.contain('mesh    joining through https://seed.example:9443 (no bootstrap node answered yet)');
    const json = JSON.parse(sh('macula-cluster status --json', { env }).stdout) as { bootstrapUrl: string; mesh: { joined: boolean }; bound: { health: string } };
    expect(json.bootstrapUrl).to.equal('https://seed.example:9443');
    expect(json.mesh.joined).to.equal(false);
    const health = (await (await fetch(`http://${json.bound.health}/health`)).json()) as Record<string, unknown>;
    expect(health).to.include({ bootstrap_url: 'https://seed.example:9443' });
    expect((health.mesh as { joined: boolean }).joined).to.equal(false);

    // item 9: forty idle control connections, then a command still works
    const socket = join(dir, 'data', 'run', 'control.sock');
    for (let i = 0; i < 40; i++) {
      idle.push(await new Promise<Socket>((resolve, reject) => {
        const s = connect(socket, () => resolve(s));
        s.once('error', reject);
      }));
    }
    const locked = sh('macula-cluster status', { env });
    expect(locked.status, locked.stderr).to.equal(0);
    expect(locked.stdout).to.contain('macula_gateway_system');

    // events --follow runs while the node does and ends when it stops
    const follow = background('exec macula-cluster events --follow', { env });
    procs.push(follow);
    await follow.waitFor('node_starting');
    const down = sh('macula-cluster down', { env });
    expect(down.status, down.stderr).to.equal(0);
    const code = await Promise.race([follow.exited, new Promise((r) => setTimeout(() => r('still running'), 10_000))]);
    expect(code, follow.output()).to.equal(0);
    expect(follow.output()).to.contain('node_stopped');
  });

  it('off a terminal, JSON lines; on a terminal with MACULA_LOG_FORMAT=json, JSON lines too', async () => {
    const piped = background(`exec macula-cluster up --config ${dir}/config.json`, { env });
    procs.push(piped);
    await piped.waitFor('node up');
    const logLines = piped.output().split('\n').filter((l) => l.startsWith('{'));
    expect(logLines.length).to.be.at.least(1);
    for (const l of logLines) expect((JSON.parse(l) as { level: number }).level).to.be.a('number');
    await stop(piped, 'SIGINT');

    const tty = upOnTty('', { MACULA_LOG_FORMAT: 'json' });
    await tty.waitFor('node up');
    const ttyLines = plain(tty.output()).split('\n');
    expect(ttyLines.some((l) => l.startsWith('{"level":30'))).to.equal(true);
    expect(ttyLines.some((l) => / INFO \(/.test(l))).to.equal(false);
    expect(sh('macula-cluster down', { env }).status).to.equal(0);
  });

  it('events --follow with no node running prints the history and ends at once', () => {
    const r = sh('macula-cluster events --follow', { env, timeoutMs: 10_000 });
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stderr).to.contain('no node running at');
  });
});
