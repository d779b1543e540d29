/**
 * Restart types (OTP supervisor_SUITE: permanent_normal, transient_normal, transient_abnormal,
 * temporary_normal, temporary_abnormal, temporary_bystander).
 */
import { expect } from 'chai';
import { Supervisor, type RestartType, type Strategy } from '../../lib/supervisor/index.js';
import { Recorder, settledLog } from './helpers.js';

describe('Supervisor restart types (OTP supervisor_SUITE)', () => {
  let sup: Supervisor | undefined;
  afterEach(async () => {
    await sup?.stop();
    sup = undefined;
  });

  async function one(rec: Recorder, restart: RestartType, strategy: Strategy = 'one_for_one'): Promise<Supervisor> {
    sup = new Supervisor({
      name: 'root',
      flags: { strategy, intensity: 5 },
      children: [rec.child('w', { restart }), rec.child('other')],
      onEvent: rec.onEvent,
    });
    await sup.start();
    return sup;
  }

  it('permanent_normal: a permanent child is restarted even after a normal exit', async () => {
    const rec = new Recorder();
    const s = await one(rec, 'permanent');
    rec.crash('w', 'normal');
    expect(await settledLog(rec, 3)).to.deep.equal(['start w', 'start other', 'start w']);
    expect(s.whichChildren()[0]?.state).to.equal('running');
  });

  it('transient_normal: a transient child is not restarted after normal or shutdown and keeps its spec', async () => {
    const rec = new Recorder();
    const s = await one(rec, 'transient');
    rec.crash('w', 'normal');
    expect(await settledLog(rec, 2)).to.deep.equal(['start w', 'start other']);
    expect(s.whichChildren().map((c) => [c.id, c.state])).to.deep.equal([
      ['w', 'stopped'],
      ['other', 'running'],
    ]);
    expect(rec.kinds()).to.not.include('child_restarting:w');
    expect(s.countChildren()).to.deep.equal({ specs: 2, active: 1, supervisors: 0, workers: 2 });
  });

  it('transient_normal: shutdown counts as a normal reason', async () => {
    const rec = new Recorder();
    await one(rec, 'transient');
    rec.crash('w', 'shutdown');
    expect(await settledLog(rec, 2)).to.deep.equal(['start w', 'start other']);
  });

  it('transient_abnormal: a transient child is restarted after an abnormal exit', async () => {
    const rec = new Recorder();
    await one(rec, 'transient');
    rec.crash('w', 'crash: bad');
    expect(await settledLog(rec, 3)).to.deep.equal(['start w', 'start other', 'start w']);
  });

  it('temporary_normal: a temporary child is never restarted and is removed', async () => {
    const rec = new Recorder();
    const s = await one(rec, 'temporary');
    rec.crash('w', 'normal');
    expect(await settledLog(rec, 2)).to.deep.equal(['start w', 'start other']);
    expect(s.whichChildren().map((c) => c.id)).to.deep.equal(['other']);
  });

  it('temporary_abnormal: a temporary child is not restarted after a crash either', async () => {
    const rec = new Recorder();
    const s = await one(rec, 'temporary');
    rec.crash('w', 'crash: bad');
    expect(await settledLog(rec, 2)).to.deep.equal(['start w', 'start other']);
    expect(s.whichChildren().map((c) => c.id)).to.deep.equal(['other']);
  });

  it("temporary_bystander: a temporary child stopped by a sibling's restart is not restarted but removed", async () => {
    const rec = new Recorder();
    sup = new Supervisor({
      name: 'root',
      flags: { strategy: 'one_for_all', intensity: 5 },
      children: [rec.child('a'), rec.child('t', { restart: 'temporary' }), rec.child('b')],
      onEvent: rec.onEvent,
    });
    await sup.start();
    rec.crash('a');
    expect(await settledLog(rec, 7)).to.deep.equal([
      'start a', 'start t', 'start b',
      'stop b', 'stop t',
      'start a', 'start b',
    ]);
    expect(sup.whichChildren().map((c) => c.id)).to.deep.equal(['a', 'b']);
  });

  it('rest_for_one restarts a stopped transient sibling after the crashed child (OTP restarts the whole set)', async () => {
    const rec = new Recorder();
    sup = new Supervisor({
      name: 'root',
      flags: { strategy: 'rest_for_one', intensity: 5 },
      children: [rec.child('a'), rec.child('t', { restart: 'transient' })],
      onEvent: rec.onEvent,
    });
    await sup.start();
    rec.crash('t', 'normal');
    await settledLog(rec, 2);
    rec.crash('a');
    expect(await settledLog(rec, 4)).to.deep.equal(['start a', 'start t', 'start a', 'start t']);
  });
});
