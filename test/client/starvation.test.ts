/**
 * Issue 14 item 2: no SDK operation settles in a way that lets the application's own retry loop
 * starve the event loop. An `await` loop of rejections that settle in a microtask never yields
 * to timers or I/O (so the SDK's reconnect never runs); every failure without I/O therefore
 * reaches the caller a macrotask later. Each case runs the loop users write,
 * `for (;;) { try { await op() } catch {} }`, and checks that a 20 ms timer still fires.
 */
import { expect } from 'chai';
import { cleanup, client, sleep, startBroker, until } from './helpers.js';

/** The users' tight retry loop, until a 20 ms timer fires (or 3 s pass: then it starved). */
async function tightLoop(op: () => Promise<unknown>): Promise<{ fired: boolean; ms: number; codes: string[]; iterations: number }> {
  let fired = false;
  const t0 = Date.now();
  setTimeout(() => (fired = true), 20);
  const codes = new Set<string>();
  let iterations = 0;
  while (!fired && Date.now() - t0 < 3000) {
    try {
      await op();
    } catch (err) {
      codes.add((err as { code?: string }).code ?? String(err));
    }
    iterations++;
  }
  return { fired, ms: Date.now() - t0, codes: [...codes], iterations };
}

async function expectNoStarvation(op: () => Promise<unknown>, code: string): Promise<void> {
  const r = await tightLoop(op);
  expect(r.codes).to.deep.equal([code]);
  expect(r.fired, `the timer fired during ${r.iterations} failing iterations`).to.equal(true);
  expect(r.ms).to.be.below(1000);
}

describe('client: a tight retry loop never starves the event loop (issue 14)', function () {
  this.timeout(30_000);
  afterEach(cleanup);

  it('operations on a closed client (connection_closed)', async () => {
    const b = await startBroker();
    const c = await client(b);
    await c.close();
    await expectNoStarvation(() => c.call('a.b'), 'connection_closed');
    await expectNoStarvation(() => c.publish('a.b', 1), 'connection_closed');
    await expectNoStarvation(() => c.subscribe('a.b'), 'connection_closed');
    await expectNoStarvation(() => c.advertise('a.b', () => 1), 'connection_closed');
  });

  it('invalid input (invalid_procedure, invalid_topic, invalid_args, invalid_config)', async () => {
    const b = await startBroker();
    const c = await client(b);
    await expectNoStarvation(() => c.call('bad..name'), 'invalid_procedure');
    await expectNoStarvation(() => c.publish('a..b', 1), 'invalid_topic');
    await expectNoStarvation(() => c.subscribe('a.#'), 'invalid_topic');
    await expectNoStarvation(() => c.call('a.b', 10n), 'invalid_args');
    await expectNoStarvation(() => c.call('a.b', 1, { timeout: -5 }), 'invalid_config');
    await expectNoStarvation(() => c.unadvertise('bad..name'), 'invalid_procedure');
  });

  it('full tables (too_many_pending_calls, too_many_subscriptions)', async () => {
    const b = await startBroker();
    const provider = await client(b, {}, 1);
    await provider.advertise('demo.hang', () => new Promise(() => undefined));
    const c = await client(b, { maxPendingRequests: 1, maxSubscriptions: 1 });
    const hanging = c.call('demo.hang', {}, { timeout: 20_000 }).catch(() => undefined);
    await until(() => c.pendingRequests === 1, 3000, 'the hanging call is pending');
    await expectNoStarvation(() => c.call('demo.hang'), 'too_many_pending_calls');
    await provider.close(); // the gateway answers the hanging call: the slot frees up
    await hanging;
    await c.subscribe('a.one');
    await expectNoStarvation(() => c.subscribe('a.two'), 'too_many_subscriptions');
  });

  it('too_many_waiting while the client reconnects', async () => {
    const b = await startBroker();
    const c = await client(b, { maxWaiting: 1, reconnect: { initialDelayMs: 10_000, maxDelayMs: 10_000 }, connectTimeoutMs: 200 });
    await b.stop();
    await until(() => c.state === 'reconnecting', 3000, 'reconnecting');
    const waiting = c.call('a.b', 1, { timeout: 20_000 }).catch(() => undefined);
    await expectNoStarvation(() => c.call('a.b', 1), 'too_many_waiting');
    await c.close();
    await waiting;
  });

  it('the retry loop across a gateway restart: the reconnect runs, and calls succeed again with no change to the loop', async () => {
    const b1 = await startBroker();
    const port = b1.port;
    const c = await client(b1, { reconnect: {} }); // the SDK's default backoff
    let stop = false;
    let ok = 0;
    let lastOkAt = 0;
    const failures = new Map<string, number>();
    // The wall-clock cap only matters if the loop starves (then nothing else, not even mocha's
    // timeout, can run): it turns a hang into a failure.
    const cap = Date.now() + 10_000;
    const loop = (async () => {
      while (!stop && Date.now() < cap) {
        try {
          await c.call('com.macula.diagnostics.echo', 1);
          ok++;
          lastOkAt = Date.now();
        } catch (err) {
          const code = (err as { code: string }).code;
          failures.set(code, (failures.get(code) ?? 0) + 1);
        }
      }
    })();
    await until(() => ok > 10, 3000, 'calls flowing');
    await b1.stop();
    await sleep(200); // a timer: it runs although the loop keeps calling
    expect(Date.now(), 'the loop starved the event loop').to.be.below(cap);
    await startBroker({ port });
    const restartedAt = Date.now();
    await until(() => lastOkAt > restartedAt, 5000, 'calls succeed again');
    stop = true;
    await loop;
    // Only the calls in flight at the moment of the loss failed; the rest waited for the session.
    expect([...failures.keys()].filter((k) => k !== 'connection_closed' && k !== 'shutdown')).to.deep.equal([]);
    expect([...failures.values()].reduce((a, n) => a + n, 0)).to.be.at.most(2);
  });
});
