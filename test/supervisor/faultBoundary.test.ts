/**
 * Workers as fault domains (lib/supervisor/FaultBoundary): a bug in a worker's own code — a
 * message it is handed, a listener, a timer, a promise — is that worker's crash, with the error as
 * its exit reason, and its supervisor applies the strategy; answers (MaculaErrors) are not bugs;
 * a dying worker releases what it holds before its exit is reported.
 */
import { expect } from 'chai';
import dgram from 'node:dgram';
import { EventEmitter } from 'node:events';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MaculaError } from '../../lib/errors/index.js';
import { BaseWorker, FaultBoundary, Supervisor, workerChild, type SupervisorEvent, type WorkerContext } from '../../lib/supervisor/index.js';
import { until } from './helpers.js';

/** A worker that listens on a shared emitter through its guard and can be handed messages. */
class Listener extends BaseWorker {
  static live: Listener | undefined;
  kills = 0;
  constructor(private readonly bus: EventEmitter) {
    super();
  }
  override async start(ctx: WorkerContext): Promise<void> {
    await super.start(ctx);
    this.bus.on('msg', ctx.guard((m: string) => this.onMsg(m)));
    Listener.live = this;
  }
  onMsg(m: string): void {
    if (m === 'bug') throw new TypeError('cannot read properties of undefined');
  }
  /** Handed a request by another worker. */
  handle(m: string): string {
    if (m === 'bad input') throw new MaculaError('invalid_topic', 'bad input');
    if (m === 'bug') throw new RangeError('index out of range');
    return `ok ${m}`;
  }
  override async stop(): Promise<void> {
    this.bus.removeAllListeners('msg');
  }
  kill(): void {
    this.kills++;
    this.bus.removeAllListeners('msg');
  }
}

describe('workers as fault domains (FaultBoundary)', () => {
  let sup: Supervisor | undefined;
  let events: SupervisorEvent[] = [];
  const bus = new EventEmitter();
  afterEach(async () => {
    await sup?.stop();
    sup = undefined;
    events = [];
    bus.removeAllListeners();
  });

  async function start(): Promise<void> {
    sup = new Supervisor({
      name: 'root',
      flags: { strategy: 'one_for_one', intensity: 5, periodMs: 5000 },
      children: [workerChild('listener', () => new Listener(bus))],
      onEvent: (e) => events.push(e),
    });
    await sup.start();
  }
  const exits = () => events.filter((e) => e.kind === 'child_exited').map((e) => e.reason);

  it('a guarded listener that throws crashes its worker with the error as the exit reason, and the supervisor restarts it', async () => {
    await start();
    const first = Listener.live!;
    bus.emit('msg', 'bug'); // the emitter's caller is not unwound
    await until(() => Listener.live !== first && sup!.whichChildren()[0]!.state === 'running');
    expect(exits()).to.deep.equal(['crash: cannot read properties of undefined']);
    expect(first.kills).to.equal(1);
    expect(bus.listenerCount('msg')).to.equal(1);
  });

  it('a guarded async callback whose promise rejects is a crash too', async () => {
    await start();
    const w = Listener.live!;
    const boundary = (w as unknown as { ctx: WorkerContext }).ctx.boundary;
    setTimeout(boundary.guard(async () => {
      await null;
      throw new Error('async bug');
    }), 1);
    await until(() => exits().length === 1 && Listener.live !== w);
    expect(exits()).to.deep.equal(['crash: async bug']);
  });

  it('run(): an answer (MaculaError) reaches the caller unchanged and the worker lives; a bug crashes it and the caller gets process_unavailable', async () => {
    await start();
    const w = Listener.live!;
    const boundary = (w as unknown as { ctx: WorkerContext }).ctx.boundary;
    expect(boundary.run(() => w.handle('x'))).to.equal('ok x');
    const answer = (() => {
      try {
        boundary.run(() => w.handle('bad input'));
      } catch (e) {
        return e as MaculaError;
      }
    })();
    expect(answer?.code).to.equal('invalid_topic');
    expect(boundary.alive).to.equal(true);
    const bug = (() => {
      try {
        boundary.run(() => w.handle('bug'));
      } catch (e) {
        return e as MaculaError;
      }
    })();
    expect(bug).to.be.instanceOf(MaculaError);
    expect(bug?.code).to.equal('process_unavailable');
    expect(bug?.message).to.contain('index out of range');
    expect(boundary.alive).to.equal(false);
    await until(() => Listener.live !== w);
    expect(exits()).to.deep.equal(['crash: index out of range']);
    // the dead incarnation answers nothing more
    expect(() => boundary.run(() => w.handle('x'))).to.throw(MaculaError, /restarting/);
  });

  it('run() of an async function: a rejection that is a bug crashes the worker, the caller sees process_unavailable', async () => {
    await start();
    const w = Listener.live!;
    const boundary = (w as unknown as { ctx: WorkerContext }).ctx.boundary;
    const err = await boundary.run(async () => {
      await null;
      throw new Error('late bug');
    }).then(() => undefined, (e: MaculaError) => e);
    expect(err?.code).to.equal('process_unavailable');
    await until(() => exits().length === 1);
    expect(exits()[0]).to.equal('crash: late bug');
  });

  it('a crashed worker that holds a UDP port releases it before its exit is reported, so its restart binds the same port', async () => {
    let port = 0;
    const bound: number[] = [];
    class Socket extends BaseWorker {
      sock?: dgram.Socket;
      override async start(ctx: WorkerContext): Promise<void> {
        await super.start(ctx);
        const sock = (this.sock = dgram.createSocket('udp4'));
        await new Promise<void>((resolve, reject) => {
          sock.once('error', reject);
          sock.bind(port, '127.0.0.1', () => resolve());
        });
        port = sock.address().port;
        bound.push(port);
        sock.on('message', ctx.guard(() => {
          throw new Error('datagram handler bug');
        }));
      }
      kill(): Promise<void> {
        return new Promise((resolve) => this.sock!.close(() => resolve()));
      }
    }
    sup = new Supervisor({ name: 'root', flags: { strategy: 'one_for_one', intensity: 5, periodMs: 5000 }, children: [workerChild('udp', () => new Socket())], onEvent: (e) => events.push(e) });
    await sup.start();
    const client = dgram.createSocket('udp4');
    client.send('x', port, '127.0.0.1');
    await until(() => bound.length === 2);
    client.close();
    expect(bound[1]).to.equal(bound[0]);
    expect(exits()).to.deep.equal(['crash: datagram handler bug']);
    expect(events.some((e) => e.kind === 'child_restart_failed')).to.equal(false);
  });

  it('a brutal kill runs the worker\'s kill() and never its stop() (OTP exit(Pid, kill) runs no callback)', async () => {
    let stops = 0;
    let kills = 0;
    class W extends BaseWorker {
      override async stop(): Promise<void> {
        stops++;
      }
      kill(): void {
        kills++;
      }
    }
    sup = new Supervisor({ name: 'root', flags: { strategy: 'one_for_one' }, children: [workerChild('w', () => new W(), { shutdown: 'brutal_kill' })] });
    await sup.start();
    await sup.stop();
    sup = undefined;
    expect([stops, kills]).to.deep.equal([0, 1]);
  });

  it('the process-wide handlers route a throw in an unguarded timer or a floating rejection to the worker whose code scheduled it; an error no worker owns kills the process', async () => {
    const fixture = fileURLToPath(new URL('./fixtures/processFaults.ts', import.meta.url));
    const out = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', fixture], { timeout: 20_000 }, (err, stdout) => {
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout });
      });
    });
    const lines = out.stdout.trim().split('\n');
    expect(lines).to.deep.equal([
      'exited timer: crash: timer bug',
      'exited floating: crash: floating rejection',
      'alive timer floating',
      'escaped: outside every worker',
    ]);
    expect(out.code).to.equal(70);
  });
});

describe('FaultBoundary outside a supervisor', () => {
  it('guard() makes callbacks of a dead boundary no-ops; crash() counts once', () => {
    const crashes: unknown[] = [];
    const b = new FaultBoundary('x', (e) => crashes.push(e));
    let calls = 0;
    const f = b.guard(() => {
      calls++;
      throw new Error('first');
    });
    f();
    f();
    b.crash(new Error('second'));
    expect(calls).to.equal(1);
    expect(crashes.map((e) => (e as Error).message)).to.deep.equal(['first']);
    expect(FaultBoundary.current()).to.equal(undefined);
    expect(b.within(() => FaultBoundary.current())).to.equal(b);
  });
});
