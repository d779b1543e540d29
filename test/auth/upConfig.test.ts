/**
 * `macula-cluster up` with a bad trust setting: exit 78 naming the rule, before anything starts
 * (no identity generated, no process). Runs the built CLI (dist/), as users do.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALICE } from './helpers.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const BIN = join(ROOT, 'bin', 'macula-cluster.js');

describe('macula-cluster up: a bad trust setting stops it with exit 78 before anything starts', function () {
  this.timeout(30_000);
  let dir: string;
  before(function () {
    if (!existsSync(join(ROOT, 'dist', 'apps', 'cluster', 'main.js'))) throw new Error('run `npm run build` first');
  });
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'macula-authcfg-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const up = (config: unknown) => {
    writeFileSync(join(dir, 'macula.json'), JSON.stringify(config));
    return spawnSync(process.execPath, [BIN, 'up', '--config', join(dir, 'macula.json'), '--data-dir', join(dir, 'data'), '--health-port', '0', '--quic-port', '0'], {
      encoding: 'utf8', timeout: 20_000,
    });
  };
  const nothingStarted = () => !existsSync(join(dir, 'data')) || readdirSync(join(dir, 'data')).length === 0;

  it('an invalid pattern in a rule: 78, and stderr names the rule, the action and the pattern', () => {
    const r = up({ permissions: { rules: [{ identity: ALICE, name: 'shop', subscribe: { deny: ['orders.*x'] } }] } });
    expect(r.status, r.stderr).to.equal(78);
    expect(r.stderr).to.contain('rules[0]').and.to.contain('"shop"').and.to.contain('subscribe.deny[0] "orders.*x"');
    expect(nothingStarted()).to.equal(true);
  });

  it('a misspelt key inside permissions: 78 with the closest key', () => {
    const r = up({ permissions: { rules: [{ identity: '*', advertize: ['x'] }] } });
    expect(r.status, r.stderr).to.equal(78);
    expect(r.stderr).to.contain('permissions.rules[0].advertize').and.to.contain('advertise');
    expect(nothingStarted()).to.equal(true);
  });

  it('mesh_trust ca without mesh_ca_path: 78 naming mesh_ca_path', () => {
    const r = up({ mesh_trust: 'ca' });
    expect(r.status, r.stderr).to.equal(78);
    expect(r.stderr).to.contain('mesh_ca_path');
    expect(nothingStarted()).to.equal(true);
  });
});
