/**
 * `macula-cluster up` and lib/config end to end: a configuration problem is reported before
 * anything starts (exit 78, or 64 for a usage error), and --help prints the flags loadConfig takes.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UP_USAGE } from '../../lib/config/index.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const BIN = join(ROOT, 'bin', 'macula-cluster.js');

describe('macula-cluster up: configuration errors stop it before anything starts', function () {
  this.timeout(30_000);
  let dir: string;
  before(function () {
    if (!existsSync(join(ROOT, 'dist', 'apps', 'cluster', 'main.js'))) throw new Error('run `npm run build` first');
  });
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'macula-upcfg-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const up = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [BIN, 'up', '--data-dir', join(dir, 'data'), '--health-port', '0', '--quic-port', '0', ...args], {
      encoding: 'utf8', timeout: 20_000, env: { ...process.env, ...env },
    });
  const nothingStarted = () => !existsSync(join(dir, 'data')) || readdirSync(join(dir, 'data')).length === 0;

  it('an invalid flag value exits 78 naming the key and the flag; no data dir, no identity, no process', () => {
    const r = up(['--realm', 'Not A Realm']);
    expect(r.status, r.stderr).to.equal(78);
    expect(r.stderr).to.contain('realm').and.to.contain('--realm');
    expect(nothingStarted()).to.equal(true);
  });

  it('an invalid env value exits 78 naming the variable', () => {
    const r = up([], { MACULA_REALM: 'Bad Realm' });
    expect(r.status, r.stderr).to.equal(78);
    expect(r.stderr).to.contain('MACULA_REALM');
    expect(nothingStarted()).to.equal(true);
  });

  it('an unknown config-file key exits 78 with a suggestion', () => {
    writeFileSync(join(dir, 'macula.json'), JSON.stringify({ helth_port: 1 }));
    const r = up(['--config', join(dir, 'macula.json')]);
    expect(r.status, r.stderr).to.equal(78);
    expect(r.stderr).to.contain('helth_port').and.to.contain('health_port');
  });

  it('an unknown flag exits 64 with the usage', () => {
    const r = up(['--quic-prot', '1']);
    expect(r.status, r.stderr).to.equal(64);
    expect(r.stderr + r.stdout).to.contain('--quic-port');
    expect(nothingStarted()).to.equal(true);
  });

  it('--help exits 0 and prints the usage loadConfig is documented by', () => {
    const r = spawnSync(process.execPath, [BIN, 'up', '--help'], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status).to.equal(0);
    expect(r.stdout).to.contain(UP_USAGE.trim());
  });
});
