/**
 * Restart strategies and escalation, named after OTP's supervisor_SUITE cases. Each asserts the
 * exact sequence of starts and stops the supervisor produced.
 */
import { expect } from 'chai';
import { Supervisor, MAX_RESTART_INTENSITY_REASON, type Strategy } from '../../lib/supervisor/index.js';
import { Recorder, settledLog, sleep } from './helpers.js';

function abc(rec: Recorder, strategy: Strategy, intensity = 5, periodMs = 500): Supervisor {
  return new Supervisor({
    name: 'root',
    flags: { strategy, intensity, periodMs },
    children: [rec.child('a'), rec.child('b'), rec.child('c')],
    onEvent: rec.onEvent,
  });
}

describe('Supervisor strategies (OTP supervisor_SUITE)', () => {
  let sup: Supervisor | undefined;
  afterEach(async () => {
    await sup?.stop();
    sup = undefined;
  });

  it('one_for_one: restarts only the crashed child', async () => {
    const rec = new Recorder();
    sup = abc(rec, 'one_for_one');
    await sup.start();
    rec.crash('b');
    expect(await settledLog(rec, 4)).to.deep.equal(['start a', 'start b', 'start c', 'start b']);
    expect(sup.whichChildren().map((c) => [c.id, c.state, c.restarts])).to.deep.equal([
      ['a', 'running', 0],
      ['b', 'running', 1],
      ['c', 'running', 0],
    ]);
  });

  it('one_for_one_escalation: too many restarts stop every child in reverse and exit the supervisor', async () => {
    const rec = new Recorder();
    sup = abc(rec, 'one_for_one', 1, 500);
    await sup.start();
    rec.crash('a');
    await settledLog(rec, 4);
    rec.crash('a');
    const log = await settledLog(rec, 6);
    expect(log).to.deep.equal(['start a', 'start b', 'start c', 'start a', 'stop c', 'stop b']);
    expect(await sup.exited).to.equal(MAX_RESTART_INTENSITY_REASON);
    const max = rec.events.find((e) => e.kind === 'max_restart_intensity');
    expect(max?.child).to.equal('a');
    expect(rec.events.at(-1)?.kind).to.equal('supervisor_stopped');
    expect(rec.events.at(-1)?.reason).to.equal(MAX_RESTART_INTENSITY_REASON);
  });

  it('one_for_one: restarts spread over more than the period do not escalate', async () => {
    const rec = new Recorder();
    sup = abc(rec, 'one_for_one', 1, 200);
    await sup.start();
    rec.crash('a');
    await settledLog(rec, 4);
    await sleep(250);
    rec.crash('a');
    expect(await settledLog(rec, 5)).to.deep.equal(['start a', 'start b', 'start c', 'start a', 'start a']);
    expect(sup.whichChildren().every((c) => c.state === 'running')).to.equal(true);
  });

  it('rest_for_one: restarts the crashed child and every later sibling, later ones stopped last-started-first', async () => {
    const rec = new Recorder();
    const children = [rec.child('a'), rec.child('b'), rec.child('c'), rec.child('d')];
    sup = new Supervisor({ name: 'root', flags: { strategy: 'rest_for_one', intensity: 5 }, children, onEvent: rec.onEvent });
    await sup.start();
    rec.crash('b');
    expect(await settledLog(rec, 9)).to.deep.equal([
      'start a', 'start b', 'start c', 'start d',
      'stop d', 'stop c',
      'start b', 'start c', 'start d',
    ]);
  });

  it('rest_for_one_escalation: the second crash within the period stops all in reverse and exits', async () => {
    const rec = new Recorder();
    sup = abc(rec, 'rest_for_one', 1, 500);
    await sup.start();
    rec.crash('a');
    await settledLog(rec, 8);
    rec.crash('a');
    expect(await settledLog(rec, 10)).to.deep.equal([
      'start a', 'start b', 'start c',
      'stop c', 'stop b', 'start a', 'start b', 'start c',
      'stop c', 'stop b',
    ]);
    expect(await sup.exited).to.equal(MAX_RESTART_INTENSITY_REASON);
  });

  it('rest_for_one_other_child_fails_restart: a later child that fails to restart is retried until it runs', async () => {
    const rec = new Recorder();
    const children = [rec.child('a'), rec.child('b', { failStart: (n) => n === 2 })];
    sup = new Supervisor({ name: 'root', flags: { strategy: 'rest_for_one', intensity: 3, periodMs: 2000 }, children, onEvent: rec.onEvent });
    await sup.start();
    rec.crash('a');
    expect(await settledLog(rec, 6)).to.deep.equal(['start a', 'start b', 'stop b', 'start a', 'fail b', 'start b']);
    expect(rec.kinds()).to.include('child_restart_failed:b');
    expect(sup.whichChildren().map((c) => [c.id, c.state])).to.deep.equal([
      ['a', 'running'],
      ['b', 'running'],
    ]);
  });

  it('one_for_all: one crash restarts every child, stopping the survivors in reverse first', async () => {
    const rec = new Recorder();
    sup = abc(rec, 'one_for_all');
    await sup.start();
    rec.crash('b');
    expect(await settledLog(rec, 8)).to.deep.equal([
      'start a', 'start b', 'start c',
      'stop c', 'stop a',
      'start a', 'start b', 'start c',
    ]);
    expect(rec.log).to.have.length(8);
  });

  it('event order: a rest_for_one restart reports exit, restarting, stops and starts in the order acted', async () => {
    const rec = new Recorder();
    sup = abc(rec, 'rest_for_one');
    await sup.start();
    rec.clearLog();
    rec.crash('b', 'crash: oops');
    await settledLog(rec, 3);
    expect(rec.kinds()).to.deep.equal([
      'child_exited:b',
      'child_restarting:b',
      'child_stopped:c',
      'child_started:b',
      'child_started:c',
    ]);
    expect(rec.events[0]?.reason).to.equal('crash: oops');
    expect(rec.events[1]?.restarts).to.equal(1);
    expect(rec.events[2]?.reason).to.equal('shutdown');
    expect(rec.events.every((e) => e.supervisor === 'root')).to.equal(true);
    const ts = rec.events.map((e) => e.ts);
    expect([...ts].sort((x, y) => x - y)).to.deep.equal(ts);
  });
});
