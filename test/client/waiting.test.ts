/**
 * Issue 14 against an in-process gateway: while the client reconnects, call/publish/subscribe/
 * advertise wait for the new session (bounded by their own timeout, by maxWaiting and by
 * sendQueueBytes) and then proceed in order; they fail with `timeout` when the deadline passes
 * first and with `not_connected` when the client gives up or is closed. The gateway is restarted
 * the way an operator would: stop it, start a new one on the same port.
 */
import { expect } from 'chai';
import type { Message } from '../../lib/client/index.js';
import { MaculaError } from '../../lib/errors/index.js';
import { cleanup, client, failure, once, sleep, startBroker, until } from './helpers.js';

const ECHO = 'com.macula.diagnostics.echo';

describe('client: operations wait for the session while it reconnects (issue 14)', function () {
  this.timeout(30_000);
  afterEach(cleanup);

  it('calls, publishes, subscribes and advertises issued while reconnecting wait, then proceed in order on the new session', async () => {
    const b1 = await startBroker();
    const port = b1.port;
    const c = await client(b1);
    const got: number[] = [];
    await c.subscribe('order.x', (m: Message) => void got.push(m.json<number>()));
    await b1.stop();
    await until(() => c.state === 'reconnecting', 5000, 'client noticed');
    const calls = Array.from({ length: 100 }, (_, i) => c.call<number>(ECHO, i, { timeout: 10_000 }));
    const publishes = Array.from({ length: 20 }, (_, i) => c.publish('order.x', i, { ack: i % 2 === 1, timeoutMs: 10_000 }));
    const subscribed = c.subscribe('late.topic');
    const advertised = c.advertise('demo.late', () => 'served after the reconnect');
    expect(c.waitingOperations).to.equal(100 + 20 + 2);
    await sleep(300);
    const b2 = await startBroker({ port });
    expect(await Promise.all(calls)).to.deep.equal(Array.from({ length: 100 }, (_, i) => i));
    await Promise.all(publishes);
    const sub = await subscribed;
    await advertised;
    expect(c.waitingOperations).to.equal(0);
    // The restore's subscribe went out before the waiting publishes: all 20 arrive, in order.
    await until(() => got.length === 20, 5000, 'the waiting publishes reached the restored subscription');
    expect(got).to.deep.equal(Array.from({ length: 20 }, (_, i) => i));
    const other = await client(b2, {}, 1);
    expect(await other.call('demo.late')).to.equal('served after the reconnect');
    await other.publish('late.topic', 'hi', { ack: true });
    expect((await sub.next()).value.json()).to.equal('hi');
  });

  it('a waiting operation fails with timeout when its own deadline passes before the session is back', async () => {
    const b = await startBroker();
    const c = await client(b, { connectTimeoutMs: 200, requestTimeoutMs: 300, reconnect: { initialDelayMs: 10_000, maxDelayMs: 10_000 } });
    await b.stop();
    await until(() => c.state === 'reconnecting', 5000, 'client noticed');
    const t0 = Date.now();
    const errors = await Promise.all([
      failure(c.call(ECHO, 1, { timeout: 300 })),
      failure(c.publish('a.b', 1, { timeoutMs: 300 })),
      failure(c.publish('a.b', 1, { ack: true, timeoutMs: 300 })),
      failure(c.subscribe('a.b')),
      failure(c.advertise('demo.x', () => 1)),
    ]);
    expect(errors.map((e) => e.code)).to.deep.equal(['timeout', 'timeout', 'timeout', 'timeout', 'timeout']);
    expect(Date.now() - t0).to.be.within(250, 2500);
    expect(c.waitingOperations).to.equal(0);
    expect(c.advertisements, 'a timed-out advertise registers nothing').to.deep.equal([]);
  });

  it('waiting operations fail with not_connected when the client gives up reconnecting', async () => {
    const b = await startBroker();
    const c = await client(b, { connectTimeoutMs: 100, reconnect: { initialDelayMs: 20, maxDelayMs: 40, maxAttempts: 3 } });
    c.on('error', () => undefined);
    await b.stop();
    await until(() => c.state === 'reconnecting', 5000, 'client noticed');
    const waiting = failure(c.call(ECHO, 1, { timeout: 20_000 }));
    const t0 = Date.now();
    const err = await waiting;
    expect(err.code).to.equal('not_connected');
    expect(err.message).to.contain('gave up');
    expect(Date.now() - t0).to.be.below(5000);
    expect(c.state).to.equal('closed');
    expect((await failure(c.call(ECHO, 1))).code, 'a closed client refuses at once').to.equal('connection_closed');
  });

  it('waiting operations fail with not_connected when the client is closed', async () => {
    const b = await startBroker();
    const c = await client(b, { reconnect: { initialDelayMs: 10_000, maxDelayMs: 10_000 }, connectTimeoutMs: 200 });
    await b.stop();
    await until(() => c.state === 'reconnecting', 5000, 'client noticed');
    const waiting = [failure(c.call(ECHO, 1, { timeout: 20_000 })), failure(c.subscribe('a.b')), failure(c.publish('a.b', 1))];
    await c.close();
    for (const err of await Promise.all(waiting)) expect(err.code).to.equal('not_connected');
  });

  it('the count of waiting operations is bounded by maxWaiting: beyond it too_many_waiting at once, the others complete', async () => {
    const b1 = await startBroker();
    const port = b1.port;
    const c = await client(b1, { maxWaiting: 50 });
    await b1.stop();
    await until(() => c.state === 'reconnecting', 5000, 'client noticed');
    const t0 = Date.now();
    const results = Array.from({ length: 80 }, (_, i) => c.call<number>(ECHO, i, { timeout: 10_000 }).then((v) => v, (e: MaculaError) => e));
    expect(c.waitingOperations).to.equal(50);
    const refused = (await Promise.race([Promise.all(results.slice(50)), sleep(1000).then(() => [])])) as MaculaError[];
    expect(refused, 'the 30 beyond the bound fail at once').to.have.length(30);
    for (const e of refused) expect(e).to.be.instanceOf(MaculaError).with.property('code', 'too_many_waiting');
    expect(refused[0]!.retryable).to.equal(true);
    expect(Date.now() - t0).to.be.below(1000);
    await startBroker({ port });
    expect(await Promise.all(results.slice(0, 50))).to.deep.equal(Array.from({ length: 50 }, (_, i) => i));
  });

  it('the payload bytes held by waiting operations are bounded by sendQueueBytes', async () => {
    const b1 = await startBroker();
    const port = b1.port;
    const c = await client(b1, { sendQueueBytes: 100_000 });
    await b1.stop();
    await until(() => c.state === 'reconnecting', 5000, 'client noticed');
    const chunk = new Uint8Array(40_000);
    const first = c.publish('big.x', chunk, { ack: true });
    const second = c.publish('big.x', chunk, { ack: true });
    const third = await failure(c.publish('big.x', chunk, { ack: true }));
    expect(third.code).to.equal('too_many_waiting');
    expect(third.details).to.include({ setting: 'sendQueueBytes' });
    await startBroker({ port });
    await Promise.all([first, second]);
  });

  it('with reconnect: false nothing waits: the lost connection closes the client and operations fail with connection_closed', async () => {
    const b = await startBroker();
    const c = await client(b, { reconnect: false });
    const closed = once(c, 'closed');
    await b.stop();
    await closed;
    expect((await failure(c.call(ECHO, 1))).code).to.equal('connection_closed');
    expect(c.waitingOperations).to.equal(0);
  });
});
