/**
 * Where OTP's exact behaviour is easy to get subtly wrong, asserted as sequences: how a supervisor
 * that reaches its restart intensity exits (supervisor:add_restart/1 → {shutdown, State}), the
 * intensity window (OTP 25 add_restart/3 on a monotonic clock), a killed child supervisor
 * (exit(Sup, kill)), and the default shutdowns (workers 5000 ms, supervisors infinity).
 */
import { expect } from 'chai';
import {
  DEFAULT_SUPERVISOR_SHUTDOWN, DEFAULT_WORKER_SHUTDOWN_MS, MAX_RESTART_INTENSITY_REPORT, RestartIntensity, Supervisor, supervisorChild, workerChild, BaseWorker,
  type RestartType,
} from '../../lib/supervisor/index.js';
import { Recorder, settledLog, until } from './helpers.js';

function nested(rec: Recorder, innerRestart: RestartType): Supervisor {
  return new Supervisor({
    name: 'root',
    flags: { strategy: 'one_for_one', intensity: 5, periodMs: 5000 },
    children: [supervisorChild('inner', { strategy: 'one_for_one', intensity: 1, periodMs: 5000 }, () => [rec.child('w')], { restart: innerRestart })],
    onEvent: rec.onEvent,
  });
}

describe('Supervisor OTP fidelity (supervisor_SUITE)', () => {
  let sup: Supervisor | undefined;
  afterEach(async () => {
    await sup?.stop();
    sup = undefined;
  });

  it('transient_escalation: a transient child supervisor that reaches its restart intensity exits with shutdown and is not restarted', async () => {
    const rec = new Recorder();
    sup = nested(rec, 'transient');
    await sup.start();
    rec.crash('w');
    await settledLog(rec, 2);
    rec.crash('w');
    await until(() => rec.events.some((e) => e.supervisor === 'root' && e.kind === 'child_exited'));
    const report = rec.events.find((e) => e.kind === 'max_restart_intensity')!;
    expect(report).to.deep.include({ supervisor: 'root/inner', child: 'w' });
    const innerStop = rec.events.find((e) => e.supervisor === 'root/inner' && e.kind === 'supervisor_stopped')!;
    expect(innerStop.reason).to.equal('shutdown');
    // the report comes before the exit, which the parent sees as a normal `shutdown`
    expect(rec.events.indexOf(report)).to.be.below(rec.events.indexOf(innerStop));
    const exit = rec.events.find((e) => e.supervisor === 'root' && e.kind === 'child_exited')!;
    expect(exit).to.deep.include({ child: 'inner', reason: 'shutdown' });
    await new Promise((r) => setTimeout(r, 50));
    expect(rec.log).to.deep.equal(['start w', 'start w']);
    expect(rec.events.filter((e) => e.supervisor === 'root' && e.kind === 'child_restarting')).to.deep.equal([]);
    expect(sup.whichChildren().map((c) => [c.id, c.state])).to.deep.equal([['inner', 'stopped']]);
    expect(MAX_RESTART_INTENSITY_REPORT).to.equal('reached_max_restart_intensity');
  });

  it('permanent_escalation: a permanent child supervisor that reaches its restart intensity is restarted by its parent', async () => {
    const rec = new Recorder();
    sup = nested(rec, 'permanent');
    await sup.start();
    rec.crash('w');
    await settledLog(rec, 2);
    rec.crash('w');
    expect(await settledLog(rec, 3)).to.deep.equal(['start w', 'start w', 'start w']);
    expect(rec.events.find((e) => e.supervisor === 'root' && e.kind === 'child_restarting')).to.deep.include({ child: 'inner', reason: 'shutdown' });
    expect(sup.whichChildren().map((c) => [c.id, c.state, c.restarts])).to.deep.equal([['inner', 'running', 1]]);
  });

  it('kill of a child supervisor (exit(Sup, kill)): its own stop is reported first, the parent restarts it at once, its children\'s stops follow', async () => {
    const rec = new Recorder();
    let innerSup: Supervisor | undefined;
    sup = new Supervisor({
      name: 'root',
      flags: { strategy: 'one_for_one', intensity: 5, periodMs: 5000 },
      children: [supervisorChild('inner', { strategy: 'one_for_one' }, () => [rec.child('a'), rec.child('b')], { onStarted: (s) => (innerSup = s) })],
      onEvent: rec.onEvent,
    });
    await sup.start();
    const first = innerSup!;
    rec.clearLog();
    first.kill();
    await until(() => innerSup !== first && rec.events.filter((e) => e.kind === 'child_stopped').length === 2);
    await first.settled;
    const story = rec.events.map((e) => `${e.supervisor} ${e.kind}${e.child ? ` ${e.child}` : ''}${e.reason ? ` (${e.reason})` : ''}`);
    expect(story.slice(0, 3)).to.deep.equal(['root/inner supervisor_stopped (killed)', 'root child_exited inner (killed)', 'root child_restarting inner (killed)']);
    expect(story.filter((l) => l.includes('child_stopped'))).to.have.members(['root/inner child_stopped a (killed)', 'root/inner child_stopped b (killed)']);
    await until(() => sup!.whichChildren()[0]!.state === 'running');
    expect(sup.whichChildren()[0]!.children!.map((c) => c.state)).to.deep.equal(['running', 'running']);
  });

  it('default shutdowns: a worker gets 5000 ms (OTP), a supervisor infinity', () => {
    class W extends BaseWorker {}
    expect(workerChild('w', () => new W()).shutdown).to.equal(DEFAULT_WORKER_SHUTDOWN_MS);
    expect(DEFAULT_WORKER_SHUTDOWN_MS).to.equal(5000);
    expect(supervisorChild('s', { strategy: 'one_for_one' }, () => []).shutdown).to.equal(DEFAULT_SUPERVISOR_SHUTDOWN);
    expect(DEFAULT_SUPERVISOR_SHUTDOWN).to.equal('infinity');
  });
});

describe('RestartIntensity (OTP 25 supervisor:add_restart/3)', () => {
  it('counts restarts not older than the period, the boundary included, on the monotonic clock it is given', () => {
    let now = 1_000;
    const r = new RestartIntensity(2, 100, () => now);
    expect(r.add()).to.equal(true); // [1000]
    now = 1_050;
    expect(r.add()).to.equal(true); // [1050, 1000]
    now = 1_100; // 1000 >= 1100 - 100: still inside (inclusive)
    expect(r.add()).to.equal(false);
  });

  it('forgets restarts older than the period (takewhile from the newest)', () => {
    let now = 0;
    const r = new RestartIntensity(2, 100, () => now);
    r.add();
    now = 60;
    r.add();
    now = 161; // 0 and 60 are both older than 161 - 100 = 61
    expect(r.add()).to.equal(true);
    expect(r.count).to.equal(1);
  });

  it('holds at most intensity + 1 timestamps however many restarts it sees', () => {
    let now = 0;
    const r = new RestartIntensity(3, 1_000_000, () => now);
    for (let i = 0; i < 1000; i++, now++) r.add();
    expect(r.count).to.equal(4);
  });

  it('uses performance.now by default, never the wall clock', () => {
    const r = new RestartIntensity(1, 10_000);
    const realNow = Date.now;
    Date.now = () => 0; // a wall-clock step backwards changes nothing
    try {
      expect(r.add()).to.equal(true);
      expect(r.add()).to.equal(false);
    } finally {
      Date.now = realNow;
    }
  });
});
