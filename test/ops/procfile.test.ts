/**
 * The Procfile under the real runner (npm `foreman`, `nf start`): the node comes up, SIGINT to nf
 * (which forwards it) stops everything, and SIGTERM to nf (which exits at once, leaving its
 * children behind — REFERENCE §4) still leaves no process: root notices its parent is gone.
 */
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { descendants, freePort, httpStatus, isAlive, pidsWithEnv, waitFor } from './procs.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const NF = join(ROOT, 'node_modules', '.bin', 'nf');
const READY_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 15_000;

describe('Procfile under foreman (nf start)', function () {
  this.timeout(60_000);
  let dir: string;
  let nf: ChildProcess | undefined;
  let started: number[] = [];
  let marker: string;
  let output = '';

  before(function () {
    if (!existsSync(join(ROOT, 'dist', 'apps', 'cluster', 'main.js'))) {
      throw new Error('dist/apps/cluster/main.js is missing: run `npm run build` first');
    }
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'macula-procfile-'));
    marker = `MACULA_DATA_DIR=${join(dir, 'data')}`;
    started = [];
    output = '';
  });

  afterEach(() => {
    for (const pid of new Set([...started, ...pidsWithEnv(marker), ...(nf?.pid ? [nf.pid] : [])])) {
      try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
    }
    nf = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  async function startNode(): Promise<number> {
    const healthPort = await freePort();
    writeFileSync(join(dir, '.env'), [
      `MACULA_DATA_DIR=${join(dir, 'data')}`,
      `MACULA_RUNTIME_DIR=${join(dir, 'run')}`,
      'MACULA_QUIC_PORT=0',
      'MACULA_QUIC_HOST=127.0.0.1',
      `HEALTH_PORT=${healthPort}`,
      'MACULA_HEALTH_HOST=127.0.0.1',
      'MACULA_REALM=io.macula.procfile',
      '',
    ].join('\n'));
    nf = spawn(NF, ['start', '-j', join(ROOT, 'Procfile'), '-e', join(dir, '.env')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    nf.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    nf.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    let exited = false;
    nf.once('exit', () => (exited = true));
    await waitFor('the node to answer /ready 200 under nf', async () => {
      if (exited) throw new Error(`nf exited before the node was ready:\n${output}`);
      return (await httpStatus(`http://127.0.0.1:${healthPort}/ready`)) === 200;
    }, READY_TIMEOUT_MS, 100);
    started = descendants(nf.pid!);
    return healthPort;
  }

  async function expectAllGone(): Promise<void> {
    const candidates = new Set([...started, ...pidsWithEnv(marker)]);
    try {
      await waitFor('every process the Procfile started to exit', () => [...candidates].every((p) => !isAlive(p)), STOP_TIMEOUT_MS);
    } catch (err) {
      const alive = [...candidates].filter(isAlive);
      throw new Error(`${(err as Error).message}; still alive: ${alive.join(', ')}\n${output.slice(-3000)}`);
    }
  }

  it('starts the whole node: root plus its OS children, all under nf', async () => {
    await startNode();
    // sh is exec'd away (Procfile uses exec), so nf's children are root and root's children.
    expect(started.length, `processes under nf: ${started.join(', ')}`).to.be.at.least(4);
  });

  it('SIGINT to nf (forwarded to root) stops every process it started', async () => {
    await startNode();
    const nfExit = new Promise<void>((r) => nf!.once('exit', () => r()));
    nf!.kill('SIGINT');
    await nfExit;
    await expectAllGone();
  });

  it('SIGTERM to nf (which exits at once, leaving its children) still leaves no process behind', async () => {
    await startNode();
    const nfExit = new Promise<void>((r) => nf!.once('exit', () => r()));
    nf!.kill('SIGTERM');
    await nfExit;
    await expectAllGone();
  });
});
