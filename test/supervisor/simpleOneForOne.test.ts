/**
 * simple_one_for_one (OTP supervisor_SUITE: simple_one_for_one, simple_one_for_one_shutdown):
 * dynamic instances of one template, each restarted by itself, all stopped under one timer.
 */
import { expect } from 'chai';
import { MaculaError } from '../../lib/errors/index.js';
import { Supervisor, workerChild, BaseWorker, type WorkerContext } from '../../lib/supervisor/index.js';
import { Recorder, settledLog } from './helpers.js';

describe('Supervisor simple_one_for_one (OTP supervisor_SUITE)', () => {
  let sup: Supervisor | undefined;
  afterEach(async () => {
    await sup?.stop();
    sup = undefined;
  });

  it('simple_one_for_one: starts numbered instances, restarts only the dead one, terminates on request', async () => {
    const rec = new Recorder();
    sup = new Supervisor({ name: 'peers', flags: { strategy: 'simple_one_for_one', intensity: 5 }, children: [rec.child('peer')], onEvent: rec.onEvent });
    await sup.start();
    expect(sup.whichChildren()).to.deep.equal([]);
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await sup.startChild()).id);
    expect(ids).to.deep.equal(['peer1', 'peer2', 'peer3']);
    const named = await sup.startChild(undefined, { id: 'peer_x' });
    expect(named.id).to.equal('peer_x');
    rec.crash('peer2');
    await settledLog(rec, 5);
    await sup.terminateChild('peer1');
    expect(rec.log).to.deep.equal(['start peer1', 'start peer2', 'start peer3', 'start peer_x', 'start peer2', 'stop peer1']);
    expect(sup.whichChildren().map((c) => [c.id, c.restarts])).to.deep.equal([
      ['peer2', 1],
      ['peer3', 0],
      ['peer_x', 0],
    ]);
    expect(sup.countChildren()).to.deep.equal({ specs: 3, active: 3, supervisors: 0, workers: 3 });
  });

  it('simple_one_for_one: passes startChild extra to each incarnation, restarts included', async () => {
    const seen: unknown[] = [];
    let lastCtx: WorkerContext | undefined;
    class Echo extends BaseWorker {
      constructor(readonly arg: unknown) {
        super();
      }
      override async start(ctx: WorkerContext): Promise<void> {
        seen.push(this.arg);
        lastCtx = ctx;
      }
    }
    sup = new Supervisor({
      name: 'root/peers',
      flags: { strategy: 'simple_one_for_one', intensity: 5 },
      children: [workerChild('conn', (extra) => new Echo(extra))],
    });
    await sup.start();
    await sup.startChild({ peer: 'n1' });
    expect(lastCtx?.id).to.equal('conn1');
    expect(lastCtx?.path).to.equal('root/peers/conn1');
    lastCtx?.exit('crash: x');
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).to.deep.equal([{ peer: 'n1' }, { peer: 'n1' }]);
  });

  it('simple_one_for_one: a transient instance that exits normally is removed', async () => {
    const rec = new Recorder();
    sup = new Supervisor({ name: 'peers', flags: { strategy: 'simple_one_for_one' }, children: [rec.child('p', { restart: 'transient' })] });
    await sup.start();
    await sup.startChild();
    rec.crash('p1', 'normal');
    await settledLog(rec, 1);
    expect(sup.whichChildren()).to.deep.equal([]);
  });

  it('simple_one_for_one: a failed startChild rejects with start_failed and leaves no row', async () => {
    const rec = new Recorder();
    sup = new Supervisor({ name: 'peers', flags: { strategy: 'simple_one_for_one' }, children: [rec.child('p', { failStart: () => true })], onEvent: rec.onEvent });
    await sup.start();
    const err = await sup.startChild().then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(MaculaError);
    expect((err as MaculaError).code).to.equal('start_failed');
    expect((err as MaculaError).details.child).to.equal('p1');
    expect(sup.whichChildren()).to.deep.equal([]);
    expect(rec.kinds()).to.include('child_start_failed:p1');
  });

  it('simple_one_for_one_shutdown: N children taking 100 ms each stop in about 100 ms total', async () => {
    const rec = new Recorder();
    sup = new Supervisor({ name: 'peers', flags: { strategy: 'simple_one_for_one' }, children: [rec.child('p', { stopMs: 100 })], onEvent: rec.onEvent });
    await sup.start();
    for (let i = 0; i < 8; i++) await sup.startChild();
    const t0 = Date.now();
    await sup.stop();
    const took = Date.now() - t0;
    expect(took).to.be.within(95, 400); // serial would be 800
    expect(rec.log.filter((l) => l.startsWith('stop'))).to.have.length(8);
    expect(rec.events.filter((e) => e.kind === 'child_stopped' && e.reason === 'shutdown')).to.have.length(8);
  });

  it('simple_one_for_one_shutdown: one shared timer kills every child still alive after shutdown ms', async () => {
    const rec = new Recorder();
    sup = new Supervisor({
      name: 'peers',
      flags: { strategy: 'simple_one_for_one' },
      children: [rec.child('p', { stopMs: 'never', shutdown: 150 })],
      onEvent: rec.onEvent,
    });
    await sup.start();
    for (let i = 0; i < 6; i++) await sup.startChild();
    const t0 = Date.now();
    await sup.stop();
    expect(Date.now() - t0).to.be.within(140, 350);
    expect(rec.events.filter((e) => e.kind === 'child_stopped' && e.reason === 'killed')).to.have.length(6);
  });
});

describe('Supervisor bounds', () => {
  it('rejects startChild beyond maxChildren with too_many_children, and accepts again after a child leaves', async () => {
    const rec = new Recorder();
    const sup = new Supervisor({ name: 'peers', flags: { strategy: 'simple_one_for_one' }, children: [rec.child('p')], maxChildren: 2 });
    await sup.start();
    await sup.startChild();
    await sup.startChild();
    const err = await sup.startChild().then(() => undefined, (e: unknown) => e);
    expect((err as MaculaError).code).to.equal('too_many_children');
    expect(sup.countChildren().active).to.equal(2);
    await sup.terminateChild('p1');
    expect((await sup.startChild()).id).to.equal('p3');
    await sup.stop();
  });
});
