/**
 * Start, rollback, nesting and the live tree: supervisor:init_children/2 (reverse rollback on a
 * failed start), nested supervisors escalating to their parent, which_children/count_children.
 */
import { expect } from 'chai';
import { MaculaError } from '../../lib/errors/index.js';
import { Supervisor, supervisorChild, workerChild, BaseWorker, MAX_RESTART_INTENSITY_REASON } from '../../lib/supervisor/index.js';
import { Recorder, settledLog, until } from './helpers.js';

describe('Supervisor lifecycle', () => {
  let sup: Supervisor | undefined;
  afterEach(async () => {
    await sup?.stop();
    sup = undefined;
  });

  it('starts children in list order, each ready before the next', async () => {
    const rec = new Recorder();
    sup = new Supervisor({ name: 'root', flags: { strategy: 'one_for_one' }, children: [rec.child('a', { startMs: 30 }), rec.child('b'), rec.child('c', { startMs: 10 })], onEvent: rec.onEvent });
    await sup.start();
    expect(rec.log).to.deep.equal(['start a', 'start b', 'start c']);
    expect(rec.kinds()).to.deep.equal(['child_started:a', 'child_started:b', 'child_started:c', 'supervisor_started']);
  });

  it('start() is idempotent: a second call shares the first start', async () => {
    const rec = new Recorder();
    sup = new Supervisor({ name: 'root', flags: { strategy: 'one_for_one' }, children: [rec.child('a')] });
    const p1 = sup.start();
    expect(sup.start()).to.equal(p1);
    await p1;
    expect(rec.log).to.deep.equal(['start a']);
  });

  it('a failed start stops the children already started, in reverse, and rejects with start_failed naming the child', async () => {
    const rec = new Recorder();
    sup = new Supervisor({
      name: 'root',
      flags: { strategy: 'one_for_one' },
      children: [rec.child('a'), rec.child('b'), rec.child('c', { failStart: () => true }), rec.child('d')],
      onEvent: rec.onEvent,
    });
    const err = await sup.start().then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(MaculaError);
    expect((err as MaculaError).code).to.equal('start_failed');
    expect((err as MaculaError).details.child).to.equal('c');
    expect((err as MaculaError).message).to.contain('c refuses to start');
    expect(rec.log).to.deep.equal(['start a', 'start b', 'fail c', 'stop b', 'stop a']);
    expect(rec.kinds()).to.deep.equal([
      'child_started:a', 'child_started:b', 'child_start_failed:c', 'child_stopped:b', 'child_stopped:a', 'supervisor_stopped',
    ]);
    expect(await sup.exited).to.equal('failed_to_start_child: c');
  });

  it('a worker that throws synchronously in start is a failed start', async () => {
    class Broken extends BaseWorker {
      override start(): Promise<void> {
        throw new Error('sync boom');
      }
    }
    sup = new Supervisor({ name: 'root', flags: { strategy: 'one_for_one' }, children: [workerChild('x', () => new Broken())] });
    const err = await sup.start().then(() => undefined, (e: unknown) => e);
    expect((err as MaculaError).code).to.equal('start_failed');
  });

  it('rejects duplicate child ids with invalid_config', () => {
    const rec = new Recorder();
    expect(() => new Supervisor({ name: 'root', flags: { strategy: 'one_for_one' }, children: [rec.child('a'), rec.child('a')] }))
      .to.throw(MaculaError).with.property('code', 'invalid_config');
  });

  it('nested supervisor escalation: a child supervisor that gives up is restarted by its parent', async () => {
    const rec = new Recorder();
    sup = new Supervisor({
      name: 'root',
      flags: { strategy: 'one_for_one', intensity: 5 },
      children: [
        rec.child('r'),
        supervisorChild('inner', { strategy: 'one_for_one', intensity: 1, periodMs: 500 }, () => [rec.child('w1'), rec.child('w2')]),
      ],
      onEvent: rec.onEvent,
    });
    await sup.start();
    rec.crash('w1');
    await settledLog(rec, 4);
    rec.crash('w1');
    expect(await settledLog(rec, 7)).to.deep.equal([
      'start r', 'start w1', 'start w2',
      'start w1',
      'stop w2',
      'start w1', 'start w2',
    ]);
    const inner = rec.events.filter((e) => e.supervisor === 'root/inner').map((e) => (e.child ? `${e.kind}:${e.child}` : e.kind));
    expect(inner).to.deep.equal([
      'child_started:w1', 'child_started:w2', 'supervisor_started',
      'child_exited:w1', 'child_restarting:w1', 'child_started:w1',
      'child_exited:w1', 'max_restart_intensity:w1', 'child_stopped:w2', 'supervisor_stopped',
      'child_started:w1', 'child_started:w2', 'supervisor_started',
    ]);
    const exit = rec.events.find((e) => e.supervisor === 'root' && e.kind === 'child_exited');
    expect(exit?.child).to.equal('inner');
    expect(exit?.reason).to.equal(MAX_RESTART_INTENSITY_REASON);
    expect(rec.events.find((e) => e.kind === 'max_restart_intensity')?.supervisor).to.equal('root/inner');
    const root = sup.whichChildren();
    expect(root.map((c) => [c.id, c.restarts])).to.deep.equal([
      ['r', 0],
      ['inner', 1],
    ]);
  });

  it('whichChildren describes the live tree, nested supervisors with strategy and children', async () => {
    const rec = new Recorder();
    const before = Date.now();
    sup = new Supervisor({
      name: 'macula_root',
      flags: { strategy: 'one_for_one' },
      children: [
        rec.child('macula_routing_server'),
        supervisorChild('macula_gateway_system', { strategy: 'rest_for_one' }, () => [rec.child('macula_gateway_health')]),
      ],
    });
    await sup.start();
    const rows = sup.whichChildren();
    expect(rows).to.have.length(2);
    expect(rows[0]).to.include({ id: 'macula_routing_server', type: 'worker', state: 'running', restarts: 0 });
    expect(rows[0]?.startedAt).to.be.at.least(before);
    expect(rows[1]).to.include({ id: 'macula_gateway_system', type: 'supervisor', state: 'running', strategy: 'rest_for_one' });
    expect(rows[1]?.children?.map((c) => [c.id, c.state])).to.deep.equal([['macula_gateway_health', 'running']]);
    expect(sup.countChildren()).to.deep.equal({ specs: 2, active: 2, supervisors: 1, workers: 1 });
  });

  it('static children can be added, terminated and deleted at run time', async () => {
    const rec = new Recorder();
    sup = new Supervisor({ name: 'root', flags: { strategy: 'one_for_one' }, children: [rec.child('a')], onEvent: rec.onEvent });
    await sup.start();
    await sup.addChild(rec.child('b'));
    await sup.terminateChild('b');
    expect(sup.whichChildren().map((c) => [c.id, c.state])).to.deep.equal([
      ['a', 'running'],
      ['b', 'stopped'],
    ]);
    await sup.deleteChild('b');
    expect(sup.whichChildren().map((c) => c.id)).to.deep.equal(['a']);
    expect(rec.log).to.deep.equal(['start a', 'start b', 'stop b']);
    const err = await sup.terminateChild('zzz').then(() => undefined, (e: unknown) => e);
    expect((err as MaculaError).code).to.equal('no_such_process');
  });

  it('a throwing event listener does not break supervision', async () => {
    const rec = new Recorder();
    sup = new Supervisor({
      name: 'root',
      flags: { strategy: 'one_for_one' },
      children: [rec.child('a')],
      onEvent: () => {
        throw new Error('listener bug');
      },
    });
    await sup.start();
    rec.crash('a');
    await until(() => rec.log.length === 2);
    expect(rec.log).to.deep.equal(['start a', 'start a']);
  });
});

describe('workerChild', () => {
  it('a worker that exits during a start that never resolves is a failed start at once', async () => {
    class DiesInInit extends BaseWorker {
      override start(ctx: Parameters<BaseWorker['start']>[0]): Promise<void> {
        setTimeout(() => ctx.exit('crash: init'), 10);
        return new Promise<void>(() => undefined);
      }
    }
    const sup = new Supervisor({ name: 'root', flags: { strategy: 'one_for_one' }, children: [workerChild('x', () => new DiesInInit())] });
    const err = await sup.start().then(() => undefined, (e: unknown) => e);
    expect((err as MaculaError).code).to.equal('start_failed');
    expect((err as MaculaError).message).to.contain('crash: init');
  });
});
