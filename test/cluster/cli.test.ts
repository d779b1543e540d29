/** `macula-cluster` argument handling and exit codes, without a running node. */
import { expect } from 'chai';
import { execa } from 'execa';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../lib/cluster/cli/commands.js';

describe('macula-cluster CLI', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'macula-cli-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function run(argv: string[], env: Record<string, string> = {}) {
    let out = '';
    let err = '';
    const code = await runCli(argv, {
      env: { MACULA_DATA_DIR: join(dir, 'data'), ...env },
      out: (t) => (out += t),
      err: (t) => (err += t),
    });
    return { code, out, err };
  }

  it('rejects an unknown command with exit 64 and the usage', async () => {
    const r = await run(['frobnicate']);
    expect(r.code).to.equal(64);
    expect(r.err).to.contain('unknown command "frobnicate"');
    expect(r.err).to.contain('Usage: macula-cluster');
  });

  it('rejects an unknown flag with exit 64', async () => {
    for (const argv of [['status', '--bogus'], ['events', '--nope'], ['down', 'extra'], ['scale', 'peers=two'], ['up', '--bogus']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).to.equal(64);
      expect(r.err, argv.join(' ')).to.match(/macula-cluster (status|events|down|scale|up)/);
    }
  });

  it('exits 78 with the message on a configuration error', async () => {
    const r = await run(['up', '--quic-port', 'not-a-port']);
    expect(r.code).to.equal(78);
    expect(r.err).to.contain('not-a-port');
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ quic_prot: 1 }));
    const k = await run(['up', '--config', join(dir, 'bad.json')]);
    expect(k.code).to.equal(78);
    expect(k.err).to.contain('quic_prot');
  });

  it('exits 78 when the identity in the data dir cannot be used (a certificate without its key)', async () => {
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'data', 'cert.pem'), 'not really a certificate');
    const r = await run(['up']);
    expect(r.code).to.equal(78);
    expect(r.err).to.contain('key.pem');
  });

  it('says no node is running (exit 69) for down, status and scale without a node', async () => {
    for (const argv of [['down'], ['status'], ['status', '--json'], ['scale', 'peers=2']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).to.equal(69);
      expect(r.err).to.contain(`no node running at ${join(dir, 'data', 'run', 'control.sock')}`);
    }
    const other = await run(['status', '--runtime-dir', join(dir, 'elsewhere')]);
    expect(other.err).to.contain(join(dir, 'elsewhere', 'control.sock'));
  });

  it('hides the fault command unless MACULA_TEST_FAULTS=1', async () => {
    const hidden = await run(['fault', 'routing']);
    expect(hidden.code).to.equal(64);
    expect(hidden.err).to.contain('unknown command "fault"');
    expect((await run(['--help'])).out).to.not.contain('fault');
    const shown = await run(['fault', 'routing'], { MACULA_TEST_FAULTS: '1' });
    expect(shown.code).to.equal(69);
  });

  it('prints help for the tool and each command, and the version', async () => {
    const main = await run(['--help']);
    expect(main.code).to.equal(0);
    for (const c of ['up', 'down', 'status', 'events', 'scale', 'version']) expect(main.out).to.contain(`  ${c}`);
    for (const c of ['down', 'status', 'events', 'scale']) {
      const r = await run([c, '--help']);
      expect(r.code, c).to.equal(0);
      expect(r.out).to.contain(`Usage: macula-cluster ${c}`);
    }
    expect((await run(['up', '--help'])).out).to.contain('Usage: macula-cluster up');
    expect((await run(['help', 'status'])).out).to.contain('Usage: macula-cluster status');
    expect((await run(['version'])).out).to.match(/^macula-cluster \d+\.\d+\.\d+/);
  });

  it('events without any node run says so (exit 69)', async () => {
    const r = await run(['events']);
    expect(r.code).to.equal(69);
    expect(r.err).to.contain('no node events at');
  });

  it('the bin shim exits 64 on an unknown command', async () => {
    const r = await execa(process.execPath, ['bin/macula-cluster.js', 'nope'], { reject: false });
    expect(r.exitCode).to.equal(64);
  });
});
