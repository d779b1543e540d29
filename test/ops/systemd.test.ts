import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireTool } from '../helpers/tools.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const UNIT = join(ROOT, 'deploy', 'macula.service');
const INSTALL_DIR = '/opt/macula';

/** `systemd-analyze verify` of `text` saved as macula.service, with ExecStart pointed at this checkout's bin. */
function verify(text: string): { status: number | null; stderr: string; stdout: string } {
  const dir = mkdtempSync(join(tmpdir(), 'macula-unit-'));
  try {
    const copy = join(dir, 'macula.service');
    // the installed layout (npm --prefix) has bin/macula-cluster; the checkout's is in node_modules/.bin
    writeFileSync(copy, text.replaceAll(`${INSTALL_DIR}/bin/`, `${ROOT}/node_modules/.bin/`).replaceAll(INSTALL_DIR, ROOT));
    const r = spawnSync('systemd-analyze', ['verify', copy], { encoding: 'utf8', timeout: 20_000 });
    return { status: r.status, stderr: r.stderr, stdout: r.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('deploy/macula.service', function () {
  const unit = readFileSync(UNIT, 'utf8');
  const settings = unit.split('\n').filter((l) => /^[A-Za-z]+=/.test(l));

  before(function () {
    requireTool(this, 'systemd-analyze', 'systemd');
  });

  it('passes `systemd-analyze verify` with nothing at all on stderr', () => {
    const r = verify(unit);
    expect(r.stderr, r.stderr).to.equal('');
    expect(r.status).to.equal(0);
  });

  it('the check can fail: a misspelt directive shows up on stderr (verify itself exits 0)', () => {
    const r = verify(unit.replace(/^KillMode=mixed$/m, 'KillMod=mixed'));
    expect(r.stderr).to.contain('KillMod');
  });

  it('is Type=notify with NotifyAccess=all and runs `macula-cluster up` from an absolute path', () => {
    expect(settings).to.include.members(['Type=notify', 'NotifyAccess=all']);
    const exec = settings.find((l) => l.startsWith('ExecStart='));
    expect(exec).to.match(/^ExecStart=\/\S*\/bin\/macula-cluster up\b/);
  });

  it('lets root drive the orderly stop: KillMode=mixed, SIGTERM, a stop timeout, restart on failure only', () => {
    expect(settings).to.include.members(['KillMode=mixed', 'KillSignal=SIGTERM', 'Restart=on-failure', 'RestartPreventExitStatus=64 78']);
    expect(settings.some((l) => /^TimeoutStopSec=\d+/.test(l))).to.equal(true);
  });

  it('keeps state and runtime files in StateDirectory/RuntimeDirectory and sets the seed\'s env vars', () => {
    expect(settings).to.include.members([
      'StateDirectory=macula', 'RuntimeDirectory=macula',
      'Environment=MACULA_DATA_DIR=/var/lib/macula', 'Environment=MACULA_RUNTIME_DIR=/run/macula',
    ]);
    for (const v of ['MACULA_QUIC_PORT', 'MACULA_REALM', 'HEALTH_PORT', 'MACULA_BOOTSTRAP_URL', 'MACULA_CERT_PATH', 'MACULA_KEY_PATH']) {
      expect(unit).to.match(new RegExp(`^#?Environment=${v}=`, 'm'));
    }
  });
});

describe('deploy/macula.env', () => {
  it('names every environment variable `up` reads (and nothing the config loader does not know)', async () => {
    const { KEYS } = await import('../../lib/config/index.js');
    const text = readFileSync(join(ROOT, 'deploy', 'macula.env'), 'utf8');
    const named = [...text.matchAll(/^#?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!);
    const known = KEYS.flatMap((k) => k.env ?? []).filter((v) => v !== 'GATEWAY_PORT' && v !== 'MACULA_DATA_DIR' && v !== 'MACULA_RUNTIME_DIR');
    expect(named).to.include.members(known);
    for (const v of named) expect(known, v).to.include(v);
  });
});
