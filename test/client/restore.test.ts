/**
 * Issue 8 item 4: the restore after a reconnect is safe. It is paced through a window of
 * requests (never more than maxPendingRequests, never an unhandled rejection), retries retryable
 * failures (`process_unavailable`, `timeout`) on the same session with backoff instead of dropping
 * the item or reconnecting, drops only what the gateway refuses for good (reported), and resets
 * the reconnect backoff only once it completed. Verified at the gateway: events reach every
 * restored subscription, every restored procedure answers, its diagnostics count them.
 */
import { expect } from 'chai';
import type { MaculaClient, Subscription } from '../../lib/client/index.js';
import { MaculaError } from '../../lib/errors/index.js';
import { cleanup, client, once, sleep, startBroker, until } from './helpers.js';
import { ScriptedGateway, type ScriptedSession } from './scriptedGateway.js';

const INFO = 'com.macula.diagnostics.info';

/** Fail the test on any unhandled rejection while it runs. */
function watchUnhandled(): { rejections: unknown[]; stop(): void } {
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown): void => void rejections.push(reason);
  process.on('unhandledRejection', onRejection);
  return { rejections, stop: () => process.off('unhandledRejection', onRejection) };
}

/** Subscribe/advertise in chunks, as an application would (each chunk within maxPendingRequests). */
async function inChunks<T>(n: number, size: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i += size) out.push(...(await Promise.all(Array.from({ length: Math.min(size, n - i) }, (_, j) => make(i + j)))));
  return out;
}

describe('client: the restore after a reconnect (issue 8 item 4)', function () {
  this.timeout(180_000);
  let unhandled: ReturnType<typeof watchUnhandled>;
  const gateways: ScriptedGateway[] = [];
  beforeEach(() => (unhandled = watchUnhandled()));
  afterEach(async () => {
    unhandled.stop();
    await cleanup();
    await Promise.all(gateways.splice(0).map((g) => g.stop()));
  });

  it('a client with 20,000 subscriptions and 2,000 advertisements survives three gateway restarts with everything restored', async () => {
    const SUBS = 20_000;
    const ADS = 2_000;
    // The gateway's per-client bounds (lib/broker/constants.ts: 10,000 subscriptions, 1,000
    // registrations) are below what this client holds: raised through Broker options.
    const gatewayOptions = { maxSubscriptionsPerClient: SUBS, maxRegistrationsPerClient: ADS };
    let b = await startBroker(gatewayOptions);
    const port = b.port;
    const c = await client(b, { maxSubscriptions: SUBS, maxAdvertisements: ADS });
    const errors: MaculaError[] = [];
    c.on('error', (e) => errors.push(e));
    const hits = new Uint32Array(SUBS);
    const subs: Subscription[] = await inChunks(SUBS, 1000, (i) => c.subscribe(`r.s${i}`, () => void hits[i]!++));
    await inChunks(ADS, 1000, (i) => c.advertise(`r.p${i}`, () => i));
    let maxPending = 0;
    const sampler = setInterval(() => (maxPending = Math.max(maxPending, c.pendingRequests)), 1);

    const verify = async (round: number): Promise<void> => {
      const v = await client(b, {}, 1);
      const info = await v.call<{ subscriptions: number; registrations: number }>(INFO);
      expect(info.subscriptions, `round ${round}: subscriptions at the gateway`).to.equal(SUBS);
      expect(info.registrations, `round ${round}: registrations at the gateway`).to.equal(ADS);
      for (let i = 0; i < SUBS; i++) await v.publish(`r.s${i}`, round);
      await until(() => hits.every((h) => h === round), 30_000, `round ${round}: every subscription got its event`);
      const answers = await inChunks(ADS, 500, (i) => v.call<number>(`r.p${i}`));
      expect(answers.every((a, i) => a === i), `round ${round}: every procedure answers`).to.equal(true);
      await v.close();
    };

    await verify(1);
    for (let restart = 1; restart <= 3; restart++) {
      const restored = once<{ reconnected: boolean }>(c, 'connected', 60_000);
      await b.stop();
      b = await startBroker({ ...gatewayOptions, port });
      if (restart === 2) {
        // Restart again while the restore is under way: watched every event-loop turn, it is
        // caught mid-way (22,000 items take ~90 windows of answers, each its own I/O turn).
        const deadline = Date.now() + 20_000;
        while (!(c.connected && c.restoring > 0 && c.restoring < SUBS + ADS) && Date.now() < deadline) await new Promise((r) => setImmediate(r));
        expect(c.restoring, 'restore caught under way').to.be.within(1, SUBS + ADS - 1);
        await b.stop();
        b = await startBroker({ ...gatewayOptions, port });
      }
      expect((await restored).reconnected).to.equal(true);
      await until(() => c.restoring === 0 && c.connected, 60_000, 'restore finished');
      await verify(restart + 1);
    }
    clearInterval(sampler);
    expect(subs.every((s) => !s.closed), 'no subscription was dropped').to.equal(true);
    expect(c.advertisements).to.have.length(ADS);
    expect(errors, 'nothing was reported lost').to.deep.equal([]);
    expect(maxPending, 'the restore stays within maxPendingRequests').to.be.at.most(10_000);
    expect(unhandled.rejections).to.deep.equal([]);
  });

  it('is paced through a window: more subscriptions and advertisements than maxPendingRequests restore without a rejection', async () => {
    const b1 = await startBroker();
    const port = b1.port;
    const c = await client(b1, { maxPendingRequests: 32 });
    for (let i = 0; i < 500; i += 25) await Promise.all(Array.from({ length: 25 }, (_, j) => c.subscribe(`w.s${i + j}`)));
    for (let i = 0; i < 100; i += 25) await Promise.all(Array.from({ length: 25 }, (_, j) => c.advertise(`w.p${i + j}`, () => 1)));
    let maxPending = 0;
    const sampler = setInterval(() => (maxPending = Math.max(maxPending, c.pendingRequests)), 1);
    const restored = once(c, 'connected', 20_000);
    await b1.stop();
    const b2 = await startBroker({ port });
    await restored;
    clearInterval(sampler);
    const v = await client(b2, {}, 1);
    const info = await v.call<{ subscriptions: number; registrations: number }>(INFO);
    expect(info).to.include({ subscriptions: 500, registrations: 100 });
    expect(maxPending).to.be.at.most(32);
    expect(unhandled.rejections).to.deep.equal([]);
  });

  /** A client of a scripted gateway whose first session accepts everything; `later` answers the following ones. */
  async function scripted(later: (frame: Parameters<ScriptedSession['accept']>[0], s: ScriptedSession) => void, options = {}) {
    const g = await ScriptedGateway.start((frame, s) => (s.index === 0 ? s.accept(frame) : later(frame, s)));
    gateways.push(g);
    const c: MaculaClient = await client(g, { restore: { retryInitialDelayMs: 20, retryMaxDelayMs: 100 }, ...options });
    return { g, c };
  }

  it('a retryable refusal (process_unavailable: the gateway restarting) is retried on the same session, not dropped', async () => {
    const refused = new Set<string>();
    const { g, c } = await scripted((frame, s) => {
      const key = frame.subscribe?.pattern ?? frame.advertise?.procedure ?? undefined;
      const cid = frame.subscribe?.correlationId ?? frame.advertise?.correlationId;
      if (key !== undefined && cid != null && !refused.has(key)) {
        refused.add(key);
        return s.fail(cid, 'process_unavailable', 'pub/sub is restarting; retry');
      }
      s.accept(frame);
    });
    const subs = await Promise.all(['a.one', 'a.two', 'a.three'].map((p) => c.subscribe(p)));
    await c.advertise('a.proc', () => 1);
    const errors: MaculaError[] = [];
    c.on('error', (e) => errors.push(e));
    const restored = once(c, 'connected', 10_000);
    await g.sessions[0]!.close('internal', 'test drops the session');
    await restored;
    expect(g.sessions, 'no reconnect beyond the one after the drop').to.have.length(2);
    expect(refused.size).to.equal(4);
    expect(g.count('subscribe')).to.equal(3 + 3 * 2);
    expect(g.count('advertise')).to.equal(1 + 2);
    expect(subs.every((s) => !s.closed && s.remoteId !== 0)).to.equal(true);
    expect(c.advertisements).to.deep.equal(['a.proc']);
    expect(errors).to.deep.equal([]);
  });

  it('a restore request that times out is retried on the same session instead of reconnecting', async () => {
    let ignored = false;
    const { g, c } = await scripted(
      (frame, s) => {
        if (frame.subscribe != null && !ignored) {
          ignored = true; // never answered: the client's timer must fire
          return;
        }
        s.accept(frame);
      },
      { requestTimeoutMs: 200 },
    );
    const sub = await c.subscribe('t.one');
    const restored = once(c, 'connected', 10_000);
    await g.sessions[0]!.close('internal');
    await restored;
    expect(g.sessions).to.have.length(2);
    expect(g.count('subscribe')).to.equal(3);
    expect(sub.closed).to.equal(false);
    expect(sub.remoteId).to.not.equal(0);
  });

  it('a refusal for good (not retryable) drops that subscription alone and reports it', async () => {
    const { g, c } = await scripted((frame, s) => {
      if (frame.subscribe?.pattern === 'x.refused') return s.fail(frame.subscribe.correlationId ?? 0, 'too_many_subscriptions', 'per-client bound');
      s.accept(frame);
    });
    const kept = await c.subscribe('x.kept');
    const refused = await c.subscribe('x.refused');
    const errors: MaculaError[] = [];
    c.on('error', (e) => errors.push(e));
    const restored = once(c, 'connected', 10_000);
    await g.sessions[0]!.close('internal');
    await restored;
    expect(kept.closed).to.equal(false);
    expect(refused.closed).to.equal(true);
    expect(c.subscriptions).to.deep.equal([kept]);
    expect(errors.map((e) => e.code)).to.deep.equal(['too_many_subscriptions']);
    expect(errors[0]!.message).to.contain('x.refused');
    const err = await refused.next().catch((e) => e);
    expect(err).to.be.instanceOf(MaculaError).with.property('code', 'too_many_subscriptions');
  });

  it('the reconnect backoff is reset only by a completed restore: a gateway that drops every session mid-restore is retried ever more slowly', async () => {
    const delays: number[] = [];
    const { g, c } = await scripted(
      (frame, s) => {
        // Never answer the restore; drop the session shortly after it started, saying it restarts.
        if (frame.subscribe != null) setTimeout(() => void s.close('shutdown'), 20);
      },
      { reconnect: { initialDelayMs: 200, maxDelayMs: 5000 } },
    );
    await c.subscribe('b.one');
    // The delay of the first attempt after each loss (later ones of the same loss are hedges).
    let lost = false;
    c.on('disconnected', () => (lost = true));
    c.on('reconnecting', (i) => {
      if (lost) delays.push(i.delayMs);
      lost = false;
    });
    await g.sessions[0]!.close('shutdown');
    await until(() => delays.length >= 5, 15_000, 'five losses');
    expect(delays[0], 'the first loss (restore complete, Goodbye shutdown) is retried at once').to.equal(0);
    // Then backoff(0), backoff(1), …: [d/2, d] with d = 200·2ⁿ, none immediate again. A handshake
    // slower than the next delay (a loaded machine) starts the next parallel attempt first, which
    // keeps its backoff step: so a loss may start one step further on, never one step back.
    for (let n = 1; n < 5; n++) expect(delays[n], `attempt ${n + 1} (all: ${delays.join(', ')})`).to.be.within((200 * 2 ** (n - 1)) / 2, 200 * 2 ** n);
    await sleep(10);
  });
});
