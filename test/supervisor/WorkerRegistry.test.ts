import { expect } from 'chai';
import { isMaculaError } from '../../lib/errors/index.js';
import { BaseWorker, INJECTED_CRASH_REASON, Supervisor, WorkerRegistry, type SupervisorEvent } from '../../lib/supervisor/index.js';
import { until } from './helpers.js';

class Tracked extends BaseWorker {
  static stops = 0;
  override async stop(): Promise<void> {
    Tracked.stops++;
  }
}

describe('WorkerRegistry (fault injection)', () => {
  it('makes a running worker throw inside its own code: it releases its resources, exits with crash: injected fault and is restarted', async () => {
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
    registry.crash('macula_root/x/b');
    await until(() => events.filter((e) => e.kind === 'child_started' && e.child === 'b').length === 2);
    // a worker without kill() releases through stop() when it crashes (OTP terminate/2)
    expect(Tracked.stops).to.equal(1);
    expect(events.find((e) => e.kind === 'child_exited')).to.deep.include({ child: 'b', reason: INJECTED_CRASH_REASON });
    expect(registry.paths()).to.have.members(['macula_root/x/a', 'macula_root/x/b']);
    await sup.stop();
    expect(registry.paths()).to.deep.equal([]);
  });

  it('refuses an unknown path with no_such_process listing the live workers', () => {
    const registry = new WorkerRegistry();
    let err: unknown;
    try {
      registry.crash('nope');
    } catch (e) {
      err = e;
    }
    expect(isMaculaError(err, 'no_such_process')).to.equal(true);
  });
});
