/**
 * Issue 9 item 2: the package as a user and an operator get it. `npm pack` (prepack builds
 * dist/), then: installed into a fresh app, `import { connect } from 'macula'` works and so do
 * both bins, with no build at install time and no dev-only files; and deploy/README.md's steps,
 * run as written into a temporary prefix instead of /opt/macula, give a unit that passes
 * `systemd-analyze verify` with nothing on stderr.
 */
import { expect } from 'chai';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireTool } from '../helpers/tools.js';
import { ROOT, sh } from './shell.js';

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const TARBALL = `macula-${version}.tgz`;

/** The commands of a `<!-- deploy-step: NAME -->` sh block of deploy/README.md. */
function deployStep(name: string): string[] {
  const text = readFileSync(join(ROOT, 'deploy', 'README.md'), 'utf8');
  const m = new RegExp(`<!-- deploy-step: ${name} -->\\n\`\`\`sh\\n([\\s\\S]*?)\`\`\``).exec(text);
  if (!m) throw new Error(`deploy/README.md has no deploy-step ${name}`);
  return m[1]!.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
}

describe('the package (npm pack) and the systemd recipe', function () {
  this.timeout(240_000);
  let dir: string;

  before(function () {
    dir = mkdtempSync(join(tmpdir(), 'macula-pack-'));
    // deploy-step build is `npm ci && npm pack`: the checkout has had its npm ci; pack it (prepack builds)
    expect(deployStep('build')).to.deep.equal(['npm ci && npm pack']);
    const r = sh(`npm pack --silent --pack-destination ${dir}`, { timeoutMs: 180_000 });
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout.trim().split('\n').pop()).to.equal(TARBALL);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ships dist/ (lib, apps, examples) and the bins, not tests, benches, sources of the build or the TypeScript config', () => {
    const files = execFileSync('tar', ['-tzf', join(dir, TARBALL)], { encoding: 'utf8' }).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    for (const f of ['dist/lib/index.js', 'dist/lib/index.d.ts', 'dist/apps/cluster/main.js', 'dist/apps/gateway/main.js', 'dist/lib/gen/ipc.js', 'dist/examples/echo-service.js', 'bin/macula.js', 'bin/macula-cluster.js', 'deploy/macula.service', 'README.md']) {
      expect(files, f).to.include(f);
    }
    for (const f of files) expect(f, f).to.not.match(/^(dist\/(test|bench)\/|test\/|bench\/|lib\/|apps\/|scripts\/|tsconfig\.json|\.ci\/)/);
    const pkg = JSON.parse(execFileSync('tar', ['-xzOf', join(dir, TARBALL), 'package/package.json'], { encoding: 'utf8' })) as { scripts: Record<string, string>; dependencies: Record<string, string> };
    expect(pkg.scripts).to.not.have.any.keys('prepare', 'install', 'postinstall', 'preinstall');
    expect(pkg.dependencies).to.not.have.any.keys('tsx', 'fast-check', 'typescript', 'macula');
  });

  it('installs into a fresh app without building: the SDK imports and both bins run', () => {
    const app = join(dir, 'app');
    sh(`mkdir -p ${app} && cd ${app} && npm init -y >/dev/null`);
    const install = sh(`cd ${app} && npm install --no-audit --no-fund --prefer-offline ${join(dir, TARBALL)}`, { timeoutMs: 180_000 });
    expect(install.status, install.stderr).to.equal(0);
    expect(install.stdout + install.stderr).to.not.contain('install-scripts').and.not.contain('npm run build');
    const installed = readdirSync(join(app, 'node_modules'));
    expect(installed).to.include('macula').and.not.include.members(['tsx', 'fast-check', 'typescript', 'mocha']);
    writeFileSync(join(app, 'main.mjs'), "import { connect, defineService } from 'macula';\nconsole.log(typeof connect, typeof defineService);\n");
    const sdk = sh(`cd ${app} && node main.mjs`);
    expect(sdk.status, sdk.stderr).to.equal(0);
    expect(sdk.stdout.trim()).to.equal('function function');
    const bins = sh(`cd ${app} && npx --no-install macula --version && npx --no-install macula-cluster --version && npx --no-install macula-cluster up --help`);
    expect(bins.status, bins.stderr).to.equal(0);
    expect(bins.stdout).to.contain(`macula ${version}`).and.contain(`macula-cluster ${version}`).and.contain('Usage: macula-cluster up');
  });

  it('deploy/README.md, followed into a temporary prefix, installs a unit that passes systemd-analyze verify', function () {
    requireTool(this, 'systemd-analyze', 'systemd');
    const prefix = join(dir, 'opt');
    const etc = join(dir, 'etc');
    for (const line of deployStep('install')) {
      // systemctl needs a running systemd: verify the unit instead (below)
      if (line.startsWith('systemctl ')) continue;
      const cmd = line.replaceAll('/opt/macula', prefix).replaceAll('/etc/', `${etc}/`).replaceAll(`./${TARBALL}`, join(dir, TARBALL));
      const r = sh(cmd.startsWith('install -m') ? `mkdir -p ${etc}/systemd/system && ${cmd}` : cmd, { cwd: dir, timeoutMs: 180_000 });
      expect(r.status, `${cmd}\n${r.stderr}`).to.equal(0);
    }
    const unit = join(etc, 'systemd', 'system', 'macula.service');
    const exec = readFileSync(unit, 'utf8').split('\n').find((l) => l.startsWith('ExecStart='))!;
    const bin = exec.slice('ExecStart='.length).split(' ')[0]!;
    expect(bin).to.equal('/opt/macula/bin/macula-cluster');
    // the unit names /opt/macula: point it at the prefix the steps installed into
    writeFileSync(unit, readFileSync(unit, 'utf8').replaceAll('/opt/macula', prefix));
    const v = spawnSync('systemd-analyze', ['verify', unit], { encoding: 'utf8', timeout: 30_000 });
    expect(v.stderr, v.stderr).to.equal('');
    expect(v.status).to.equal(0);
    const run = sh(`${prefix}/bin/macula-cluster --version && ${prefix}/bin/macula --version`);
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stdout).to.contain(`macula-cluster ${version}`);
  });
});
