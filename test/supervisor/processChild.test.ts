/**
 * OS-process children: real `node` processes spawned with execa, readiness as one byte on fd 3.
 * Every spawned pid is checked dead after each test.
 */
import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { MaculaError } from '../../lib/errors/index.js';
import { Supervisor, processChild, ipcChannel, type ProcessChildOptions, type SpawnedProcess, type SupervisorEvent } from '../../lib/supervisor/index.js';
import { until } from './helpers.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/child.mjs', import.meta.url));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Ready = the child wrote its byte on fd 3. */
function readyByte(proc: SpawnedProcess): Promise<void> {
  return new Promise((resolve) => ipcChannel(proc).once('data', () => resolve()));
}

describe('processChild (OS processes)', function () {
  this.timeout(10_000);
  let sup: Supervisor | undefined;
  let pids: number[] = [];
  let events: SupervisorEvent[] = [];

  function spec(mode: string, extra: Partial<ProcessChildOptions> = {}): ProcessChildOptions {
    return {
      id: 'proc',
      file: FIXTURE,
      args: [mode],
      readyTimeoutMs: 3000,
      ready: readyByte,
      onSpawn: (p) => {
        if (p.pid !== undefined) pids.push(p.pid);
      },
      ...extra,
    };
  }

  function supervise(opts: ProcessChildOptions, intensity = 3): Supervisor {
    sup = new Supervisor({ name: 'root', flags: { strategy: 'one_for_one', intensity }, children: [processChild(opts)], onEvent: (e) => events.push(e) });
    return sup;
  }

  beforeEach(() => {
    pids = [];
    events = [];
  });

  afterEach(async () => {
    await sup?.stop();
    sup = undefined;
    for (const pid of pids) expect(alive(pid), `pid ${pid} still alive`).to.equal(false);
  });

  it('starts a process, waits for its ready byte and stops it with SIGTERM (reason shutdown)', async () => {
    const s = supervise(spec('ready'));
    await s.start();
    const [row] = s.whichChildren();
    expect(row?.pid).to.be.a('number');
    expect(alive(row?.pid as number)).to.equal(true);
    expect(events.find((e) => e.kind === 'child_started')?.pid).to.equal(row?.pid);
    await s.stop();
    expect(alive(row?.pid as number)).to.equal(false);
    expect(events.find((e) => e.kind === 'child_stopped')?.reason).to.equal('shutdown');
  });

  it('no ready within readyTimeoutMs is a failed start: the process is killed and start rejects', async () => {
    const s = supervise(spec('silent', { readyTimeoutMs: 300 }));
    const t0 = Date.now();
    const err = await s.start().then(() => undefined, (e: unknown) => e);
    expect(Date.now() - t0).to.be.within(280, 2000);
    expect(err).to.be.instanceOf(MaculaError);
    expect((err as MaculaError).code).to.equal('start_failed');
    expect(((err as MaculaError).cause as MaculaError).code).to.equal('start_timeout');
    expect(pids).to.have.length(1);
    expect(alive(pids[0] as number)).to.equal(false);
  });

  it('an exit before ready is a failed start naming the exit code', async () => {
    const s = supervise(spec('exit3'));
    const err = await s.start().then(() => undefined, (e: unknown) => e);
    expect((err as MaculaError).code).to.equal('start_failed');
    expect((err as MaculaError).message).to.contain('exit_code: 3');
  });

  it('a SIGKILLed process is restarted with a new pid (reason signal: SIGKILL)', async () => {
    const s = supervise(spec('ready'));
    await s.start();
    const first = s.whichChildren()[0]?.pid as number;
    process.kill(first, 'SIGKILL');
    await until(() => events.filter((e) => e.kind === 'child_started').length === 2, 5000, 'restart');
    const second = s.whichChildren()[0]?.pid as number;
    expect(second).to.be.a('number').and.not.equal(first);
    expect(alive(second)).to.equal(true);
    expect(events.find((e) => e.kind === 'child_exited')?.reason).to.equal('signal: SIGKILL');
    expect(s.whichChildren()[0]?.restarts).to.equal(1);
  });

  it('stop escalates SIGTERM to SIGKILL after shutdown ms when the process ignores SIGTERM', async () => {
    const s = supervise(spec('stubborn', { shutdown: 300 }));
    await s.start();
    const pid = s.whichChildren()[0]?.pid as number;
    const t0 = Date.now();
    await s.stop();
    expect(Date.now() - t0).to.be.within(290, 2000);
    expect(alive(pid)).to.equal(false);
    expect(events.find((e) => e.kind === 'child_stopped')?.reason).to.equal('killed');
  });

  it('uses an injected politeStop instead of SIGTERM', async () => {
    let asked = 0;
    const s = supervise(
      spec('ready', {
        politeStop: (p) => {
          asked++;
          p.kill('SIGTERM');
        },
      }),
    );
    await s.start();
    await s.stop();
    expect(asked).to.equal(1);
    expect(events.find((e) => e.kind === 'child_stopped')?.reason).to.equal('shutdown');
  });
});
