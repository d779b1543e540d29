/**
 * A chaos-run client: one OS process (compiled, `node dist/bench/chaos/client.js`) holding one
 * SDK client with default reconnect policy. It publishes numbered messages (acknowledged), holds
 * subscriptions that check every delivery for duplicates, runs call loops over the node's
 * procedures, and reports every operation's outcome and duration (ClientReport lines on stdout).
 * A watchdog reports any operation still open UNSETTLED past its deadline. It exits when its
 * stdin closes (the run is gone) or on SIGTERM, after a last report.
 */
import { connect, type MaculaClient } from '../../lib/client/index.js';
import { MaculaError } from '../../lib/errors/index.js';
import { generateIdentity } from '../../lib/identity/index.js';
import { CLIENT_CONFIG_ENV, now, type ClientConfig, type ClientReport, type Numbered, type Op, type SubState } from './protocol.js';

const cfg = JSON.parse(process.env[CLIENT_CONFIG_ENV] ?? '{}') as ClientConfig;
/** SDK grace past a call's deadline (lib/client CALL_TIMEOUT_GRACE_MS); the watchdog adds the margin on top. */
const SDK_GRACE_MS = 250;
const CONNECT_RETRY_MS = 100;
/** RSA key size of the client's ephemeral identity (small: clients restart often). */
const KEY_BITS = 1024;

function send(r: ClientReport): void {
  process.stdout.write(`${JSON.stringify(r)}\n`);
}

let stopping = false;
const ops: Op[] = [];
/** Operations in flight: id → [what, start, deadline ms]. */
const open = new Map<number, [string, number, number]>();
let nextOp = 0;

async function timed(what: string, deadlineMs: number, fn: () => Promise<unknown>): Promise<boolean> {
  const id = ++nextOp;
  const start = now();
  open.set(id, [what, start, deadlineMs]);
  try {
    await fn();
    ops.push([what, start, now() - start, '']);
    return true;
  } catch (err) {
    ops.push([what, start, now() - start, err instanceof MaculaError ? err.code : String((err as Error)?.message ?? err)]);
    return false;
  } finally {
    open.delete(id);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Deliveries of one subscription, per publisher: the seqs seen (a window) to recognise a repeat. */
class Checker {
  received = 0;
  lastAt = 0;
  missing = 0;
  private readonly seen = new Map<string, { max: number; window: Set<number> }>();
  constructor(readonly pattern: string) {}

  deliver(m: Numbered): void {
    this.received++;
    this.lastAt = now();
    let s = this.seen.get(m.p);
    if (s === undefined) this.seen.set(m.p, (s = { max: m.s - 1, window: new Set() }));
    if (s.window.has(m.s) || m.s <= s.max - cfg.dedupWindow) {
      send({ t: 'dup', at: now(), pattern: this.pattern, publisher: m.p, seq: m.s });
      return;
    }
    s.window.add(m.s);
    if (m.s > s.max + 1) this.missing += m.s - s.max - 1;
    if (m.s > s.max) s.max = m.s;
    if (s.window.size > cfg.dedupWindow) for (const x of s.window) if (x <= s.max - cfg.dedupWindow) s.window.delete(x);
  }

  state(): SubState {
    return [this.pattern, this.received, this.lastAt, this.missing];
  }
}

async function connectRetrying(): Promise<MaculaClient> {
  const identity = generateIdentity({ keyBits: KEY_BITS });
  for (;;) {
    try {
      return await connect(cfg.url, { identity, expectedNodeId: cfg.nodeId, name: `chaos-client-${cfg.slot}` });
    } catch (err) {
      // the gateway may be restarting right now (this client was started during a fault)
      if (err instanceof MaculaError && !err.retryable) throw err;
      await sleep(CONNECT_RETRY_MS);
    }
  }
}

async function subscribeRetrying(client: MaculaClient, checker: Checker): Promise<void> {
  for (;;) {
    try {
      const sub = await client.subscribe(checker.pattern, (m) => checker.deliver(m.json<Numbered>()));
      void watchEnd(client, sub, checker);
      return;
    } catch {
      if (stopping) return;
      await sleep(CONNECT_RETRY_MS);
    }
  }
}

/** The SDK ending a subscription by itself is reported, and the subscription taken again. */
async function watchEnd(client: MaculaClient, sub: { closed: boolean }, checker: Checker): Promise<void> {
  while (!sub.closed && !stopping) await sleep(cfg.reportIntervalMs);
  if (stopping) return;
  send({ t: 'sdk', at: now(), code: 'subscription_ended', message: `the SDK ended subscription ${checker.pattern}` });
  await subscribeRetrying(client, checker);
}

async function callLoop(client: MaculaClient, first: number): Promise<void> {
  for (let i = first; !stopping; i++) {
    const procedure = cfg.procedures[i % cfg.procedures.length]!;
    await timed(procedure, cfg.callTimeoutMs, () => client.call(procedure, { slot: cfg.slot, i }, { timeout: cfg.callTimeoutMs }));
    await sleep(cfg.callIntervalMs);
  }
}

async function main(): Promise<void> {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.on('error', () => process.exit(0));
  process.stdin.resume();
  const client = await connectRetrying();
  client.on('error', (e) => send({ t: 'sdk', at: now(), code: e.code, message: e.message }));
  client.on('disconnected', (e) => send({ t: 'conn', at: now(), event: 'disconnected', detail: e ? `${e.code}: ${e.message}` : '' }));
  client.on('reconnecting', (i) => send({ t: 'conn', at: now(), event: 'reconnecting', detail: `attempt ${i.attempt} in ${i.delayMs} ms${i.error ? ` after ${i.error.code}` : ''}` }));
  client.on('connected', (i) => send({ t: 'conn', at: now(), event: 'connected', detail: i.reconnected ? 'reconnected' : 'first' }));
  const checkers = cfg.patterns.map((p) => new Checker(p));
  for (const c of checkers) await subscribeRetrying(client, c);

  const report = (): void => send({ t: 'report', at: now(), ops: ops.splice(0), subs: checkers.map((c) => c.state()) });
  const reported = new Set<number>();
  const watchdog = setInterval(() => {
    const t = now();
    for (const [id, [what, start, deadline]] of open) {
      if (!reported.has(id) && t - start > deadline + SDK_GRACE_MS + cfg.unsettledMarginMs) {
        reported.add(id);
        send({ t: 'unsettled', at: t, what, start, ageMs: t - start });
      }
    }
    for (const id of reported) if (!open.has(id)) reported.delete(id);
    report();
  }, cfg.reportIntervalMs);

  let seq = 0;
  const publisher = setInterval(() => {
    if (stopping) return;
    const m: Numbered = { p: cfg.tag, s: ++seq };
    void timed('publish', cfg.callTimeoutMs, () => client.publish(cfg.topic, m, { ack: true, timeoutMs: cfg.callTimeoutMs }));
  }, cfg.publishIntervalMs);
  const loops = Array.from({ length: cfg.callLoops }, (_, i) => callLoop(client, i));
  send({ t: 'ready', pid: process.pid, at: now() });

  process.once('SIGTERM', () => {
    stopping = true;
    clearInterval(publisher);
    void Promise.race([Promise.all(loops), sleep(cfg.callTimeoutMs + SDK_GRACE_MS + 500)]).then(async () => {
      clearInterval(watchdog);
      report();
      send({ t: 'bye', at: now() });
      await Promise.race([client.close(), sleep(1000)]);
      process.exit(0);
    });
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`chaos client ${cfg.slot} failed: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
