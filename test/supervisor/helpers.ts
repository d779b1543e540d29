/**
 * Test helpers: real in-process workers that record every start and stop into one log, so a
 * test can assert the exact sequence the supervisor produced.
 */
import { BaseWorker, workerChild, type ChildSpec, type RestartType, type Shutdown, type SupervisorEvent, type WorkerContext } from '../../lib/supervisor/index.js';

export interface TestChildOptions {
  restart?: RestartType;
  shutdown?: Shutdown;
  /** ms the worker's stop() takes; 'never' = stop never resolves */
  stopMs?: number | 'never';
  /** decide per incarnation (1-based) whether start() throws */
  failStart?: (incarnation: number) => boolean;
  /** ms start() takes */
  startMs?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class Recorder {
  readonly log: string[] = [];
  readonly events: SupervisorEvent[] = [];
  private readonly live = new Map<string, TestWorker>();
  private readonly incarnations = new Map<string, number>();

  readonly onEvent = (e: SupervisorEvent): void => {
    this.events.push(e);
  };

  child(id: string, opts: TestChildOptions = {}): ChildSpec {
    return workerChild(id, () => new TestWorker(this, id, opts), { restart: opts.restart, shutdown: opts.shutdown });
  }

  /** Make the live incarnation of `id` die with `reason`. */
  crash(id: string, reason = 'crash: boom'): void {
    const w = this.live.get(id);
    if (!w) throw new Error(`no live worker ${id}`);
    this.live.delete(id);
    w.die(reason);
  }

  /** Event kinds (with child) of this recorder, e.g. `child_started:a`. */
  kinds(): string[] {
    return this.events.map((e) => (e.child ? `${e.kind}:${e.child}` : e.kind));
  }

  nextIncarnation(id: string): number {
    const n = (this.incarnations.get(id) ?? 0) + 1;
    this.incarnations.set(id, n);
    return n;
  }

  setLive(id: string, w: TestWorker | undefined): void {
    if (w) this.live.set(id, w);
    else this.live.delete(id);
  }

  clearLog(): void {
    this.log.length = 0;
    this.events.length = 0;
  }
}

export class TestWorker extends BaseWorker {
  constructor(
    private readonly rec: Recorder,
    private readonly name: string,
    private readonly opts: TestChildOptions,
  ) {
    super();
  }

  override async start(ctx: WorkerContext): Promise<void> {
    await super.start(ctx);
    const n = this.rec.nextIncarnation(this.name);
    if (this.opts.startMs) await sleep(this.opts.startMs);
    if (this.opts.failStart?.(n)) {
      this.rec.log.push(`fail ${ctx.id}`);
      throw new Error(`${ctx.id} refuses to start`);
    }
    this.rec.log.push(`start ${ctx.id}`);
    this.rec.setLive(ctx.id, this);
  }

  override async stop(): Promise<void> {
    const id = this.ctx?.id ?? this.name;
    this.rec.log.push(`stop ${id}`);
    this.rec.setLive(id, undefined);
    if (this.opts.stopMs === 'never') return new Promise<void>(() => undefined);
    if (this.opts.stopMs) await sleep(this.opts.stopMs);
  }

  die(reason: string): void {
    this.ctx?.exit(reason);
  }
}

/** Poll until `cond` holds (real timers). */
export async function until(cond: () => boolean, timeoutMs = 2000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

export { sleep };

/** Wait until the log has as many entries as `expected`, give stragglers a moment, then return it. */
export async function settledLog(rec: Recorder, length: number, timeoutMs = 2000): Promise<string[]> {
  await until(() => rec.log.length >= length, timeoutMs, `${length} log entries, have ${JSON.stringify(rec.log)}`);
  await sleep(30);
  return [...rec.log];
}
