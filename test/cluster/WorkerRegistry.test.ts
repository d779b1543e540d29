import { expect } from 'chai';
import { WorkerRegistry, INJECTED_CRASH_REASON } from '../../lib/cluster/WorkerRegistry.js';
import { isMaculaError } from '../../lib/errors/index.js';
import { BaseWorker, Supervisor, type SupervisorEvent } from '../../lib/supervisor/index.js';

class Tracked extends BaseWorker {
  static stops = 0;
  override async stop(): Promise<void> {
    Tracked.stops++;
  }
}

describe('WorkerRegistry (fault injection)', () => {
  it('crashes a running worker by path: it releases its resources, then exits with crash: injected and is restarted', async () => {
    const registry = new WorkerRegistry();
    const events: SupervisorEvent[] = [];
    const sup = new Supervisor({
      name: 'macula_root/x',
      flags: { strategy: 'one_for_one', intensity: 3, periodMs: 1000 },
      children: [registry.child('a', () => new Tracked()), registry.child('b', () => new Tracked())],
      onEvent: (e) => events.push(e),
    });
    await sup.start();
    expect(registry.paths()).to.deep.equal(['macula_root/x/a', 'macula_root/x/b']);
    Tracked.stops = 0;
    await registry.crash('macula_root/x/b');
    expect(Tracked.stops).to.equal(1);
    const restarted = () => events.filter((e) => e.kind === 'child_started' && e.child === 'b').length === 2;
    while (!restarted()) await new Promise((r) => setTimeout(r, 5));
    expect(events.find((e) => e.kind === 'child_exited')).to.deep.include({ child: 'b', reason: INJECTED_CRASH_REASON });
    expect(registry.paths()).to.have.members(['macula_root/x/a', 'macula_root/x/b']);
    await sup.stop();
    expect(registry.paths()).to.deep.equal([]);
  });

  it('refuses an unknown path with no_such_process listing the live workers', async () => {
    const registry = new WorkerRegistry();
    const err = await registry.crash('nope').catch((e: unknown) => e);
    expect(isMaculaError(err, 'no_such_process')).to.equal(true);
  });
});
