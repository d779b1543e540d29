/**
 * Stopping (OTP supervisor_SUITE: sup_stop_timeout, sup_stop_brutal_kill, sup_stop_infinity)
 * and the restart loop a stop must be able to break into (hanging_restart_loop).
 */
import { expect } from 'chai';
import { Supervisor, MAX_RESTART_INTENSITY_REASON } from '../../lib/supervisor/index.js';
import { Recorder, settledLog, sleep, until } from './helpers.js';

describe('Supervisor shutdown (OTP supervisor_SUITE)', () => {
  it('stops children in reverse start order, each with reason shutdown', async () => {
    const rec = new Recorder();
    const sup = new Supervisor({ name: 'root', flags: { strategy: 'one_for_one' }, children: [rec.child('a'), rec.child('b'), rec.child('c')], onEvent: rec.onEvent });
    await sup.start();
    await sup.stop();
    expect(rec.log).to.deep.equal(['start a', 'start b', 'start c', 'stop c', 'stop b', 'stop a']);
    const stopped = rec.events.filter((e) => e.kind === 'child_stopped');
    expect(stopped.map((e) => [e.child, e.reason])).to.deep.equal([
      ['c', 'shutdown'],
      ['b', 'shutdown'],
      ['a', 'shutdown'],
    ]);
    expect(await sup.exited).to.equal('shutdown');
  });

  it('stop() is idempotent: every call returns the same promise', async () => {
    const rec = new Recorder();
    const sup = new Supervisor({ name: 'root', flags: { strategy: 'one_for_one' }, children: [rec.child('a')] });
    await sup.start();
    const p1 = sup.stop();
    const p2 = sup.stop();
    expect(p1).to.equal(p2);
    await p1;
    expect(rec.log).to.deep.equal(['start a', 'stop a']);
  });

  it('sup_stop_timeout: a child that does not stop within shutdown ms is killed', async () => {
    const rec = new Recorder();
    const sup = new Supervisor({
      name: 'root',
      flags: { strategy: 'one_for_one' },
      children: [rec.child('a'), rec.child('hang', { stopMs: 'never', shutdown: 150 })],
      onEvent: rec.onEvent,
    });
    await sup.start();
    const t0 = Date.now();
    await sup.stop();
    const took = Date.now() - t0;
    expect(took).to.be.within(140, 400);
    expect(rec.log).to.deep.equal(['start a', 'start hang', 'stop hang', 'stop a']);
    const hang = rec.events.find((e) => e.kind === 'child_stopped' && e.child === 'hang');
    expect(hang?.reason).to.equal('killed');
  });

  it('sup_stop_brutal_kill: a brutal_kill child is killed at once, never asked to stop', async () => {
    const rec = new Recorder();
    const sup = new Supervisor({
      name: 'root',
      flags: { strategy: 'one_for_one' },
      children: [rec.child('a'), rec.child('b', { shutdown: 'brutal_kill', stopMs: 'never' })],
      onEvent: rec.onEvent,
    });
    await sup.start();
    const t0 = Date.now();
    await sup.stop();
    expect(Date.now() - t0).to.be.below(1000);
    expect(rec.log).to.deep.equal(['start a', 'start b', 'stop a']);
    expect(rec.events.find((e) => e.kind === 'child_stopped' && e.child === 'b')?.reason).to.equal('killed');
  });

  it('sup_stop_infinity: an infinity child is waited for however long its stop takes', async () => {
    const rec = new Recorder();
    const sup = new Supervisor({
      name: 'root',
      flags: { strategy: 'one_for_one' },
      children: [rec.child('slow', { shutdown: 'infinity', stopMs: 300 })],
      onEvent: rec.onEvent,
    });
    await sup.start();
    const t0 = Date.now();
    await sup.stop();
    expect(Date.now() - t0).to.be.at.least(290);
    expect(rec.events.find((e) => e.kind === 'child_stopped')?.reason).to.equal('shutdown');
  });

  it('does not treat the exits of children it is stopping as crashes', async () => {
    const rec = new Recorder();
    const sup = new Supervisor({ name: 'root', flags: { strategy: 'one_for_all', intensity: 0 }, children: [rec.child('a'), rec.child('b')], onEvent: rec.onEvent });
    await sup.start();
    await sup.stop();
    expect(rec.kinds().filter((k) => k.startsWith('child_exited') || k.startsWith('child_restarting') || k === 'max_restart_intensity')).to.deep.equal([]);
    expect(await sup.exited).to.equal('shutdown');
  });

  it('hanging_restart_loop: a child that keeps failing to restart is retried until intensity is reached', async () => {
    const rec = new Recorder();
    const sup = new Supervisor({
      name: 'root',
      flags: { strategy: 'one_for_one', intensity: 3, periodMs: 2000 },
      children: [rec.child('other'), rec.child('w', { failStart: (n) => n > 1 })],
      onEvent: rec.onEvent,
    });
    await sup.start();
    rec.crash('w');
    expect(await sup.exited).to.equal(MAX_RESTART_INTENSITY_REASON);
    expect(rec.log).to.deep.equal(['start other', 'start w', 'fail w', 'fail w', 'fail w', 'stop other']);
    expect(rec.kinds().filter((k) => k === 'child_restart_failed:w')).to.have.length(3);
    expect(rec.kinds().slice(-3)).to.deep.equal(['max_restart_intensity:w', 'child_stopped:other', 'supervisor_stopped']);
  });

  it('hanging_restart_loop: a stop request gets in between the retries of a failing restart', async () => {
    const rec = new Recorder();
    const sup = new Supervisor({
      name: 'root',
      flags: { strategy: 'one_for_one', intensity: 1000, periodMs: 10_000 },
      children: [rec.child('w', { failStart: (n) => n > 1, startMs: 10 })],
      onEvent: rec.onEvent,
    });
    await sup.start();
    rec.crash('w');
    await until(() => rec.log.filter((l) => l === 'fail w').length >= 2);
    await sup.stop();
    expect(await sup.exited).to.equal('shutdown');
    const fails = rec.log.length;
    await sleep(60);
    expect(rec.log.length).to.equal(fails);
  });

  it('kill() stops every child brutally even while an infinity stop hangs', async () => {
    const rec = new Recorder();
    const sup = new Supervisor({
      name: 'root',
      flags: { strategy: 'one_for_one' },
      children: [rec.child('a'), rec.child('hang', { shutdown: 'infinity', stopMs: 'never' })],
      onEvent: rec.onEvent,
    });
    await sup.start();
    const stopping = sup.stop();
    await settledLog(rec, 3);
    sup.kill();
    expect(await sup.exited).to.equal('killed');
    await stopping;
    expect(rec.log).to.deep.equal(['start a', 'start hang', 'stop hang']);
  });
});

describe('Supervisor restart loop without delay', () => {
  it('hanging_restart_loop: a stop request gets in even when the restart fails at once', async () => {
    const rec = new Recorder();
    const sup = new Supervisor({
      name: 'root',
      flags: { strategy: 'one_for_one', intensity: 1_000_000, periodMs: 10_000 },
      children: [rec.child('w', { failStart: (n) => n > 1 })],
    });
    await sup.start();
    rec.crash('w');
    await sleep(20);
    await sup.stop();
    expect(await sup.exited).to.equal('shutdown');
    expect(rec.log.filter((l) => l === 'fail w').length).to.be.above(1);
  });
});
