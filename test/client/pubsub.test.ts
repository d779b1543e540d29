import { expect } from 'chai';
import { MaculaError } from '../../lib/errors/index.js';
import type { Message } from '../../lib/client/index.js';
import type { FrameCase } from '../../lib/protocol/index.js';
import { cleanup, client, failure, gatewayInfo, sleep, startBroker, until } from './helpers.js';

describe('client: pub/sub against a real broker', function () {
  this.timeout(20_000);
  afterEach(cleanup);

  it('delivers a JSON message to an async-iterator subscription', async () => {
    const b = await startBroker();
    const c = await client(b);
    const sub = await c.subscribe('demo.greetings');
    await c.publish('demo.greetings', { hello: 'world', n: 1 });
    const { value } = await sub.next();
    expect(value.topic).to.equal('demo.greetings');
    expect(value.json()).to.deep.equal({ hello: 'world', n: 1 });
    expect(value.data).to.be.instanceOf(Uint8Array);
  });

  it('delivers to a callback subscription, between two clients', async () => {
    const b = await startBroker();
    const [pub, subr] = [await client(b), await client(b, {}, 1)];
    const got: unknown[] = [];
    await subr.subscribe('demo.cb', (m) => void got.push(m.json()));
    for (let i = 0; i < 5; i++) await pub.publish('demo.cb', i, { ack: true });
    await until(() => got.length === 5, 3000, 'five messages');
    expect(got).to.deep.equal([0, 1, 2, 3, 4]);
  });

  it('matches * as exactly one segment and ** as zero or more', async () => {
    const b = await startBroker();
    const c = await client(b);
    const one: string[] = [];
    const many: string[] = [];
    await c.subscribe('sensors.*.temp', (m) => void one.push(m.topic));
    await c.subscribe('sensors.**', (m) => void many.push(m.topic));
    for (const t of ['sensors.a.temp', 'sensors.a.b.temp', 'sensors', 'sensors.x', 'other.a.temp']) await c.publish(t, null, { ack: true });
    await until(() => many.length === 4, 3000, 'four ** matches');
    await sleep(50);
    expect(one).to.deep.equal(['sensors.a.temp']);
    expect(many).to.deep.equal(['sensors.a.temp', 'sensors.a.b.temp', 'sensors', 'sensors.x']);
  });

  it('carries raw bytes untouched when data is a Uint8Array', async () => {
    const b = await startBroker();
    const c = await client(b);
    const sub = await c.subscribe('bin.data');
    const bytes = new Uint8Array([0, 255, 1, 2, 254]);
    await c.publish('bin.data', bytes);
    const { value } = await sub.next();
    expect([...value.data]).to.deep.equal([...bytes]);
    expect(() => value.json()).to.throw(MaculaError).with.property('code', 'invalid_args');
  });

  it('unsubscribe stops delivery (both forms) and ends the iterator', async () => {
    const b = await startBroker();
    const c = await client(b);
    const got: Message[] = [];
    const s1 = await c.subscribe('u.t', (m) => void got.push(m));
    const s2 = await c.subscribe('u.t');
    await c.publish('u.t', 1, { ack: true });
    await until(() => got.length === 1);
    await s1.unsubscribe();
    await c.unsubscribe(s2);
    await c.unsubscribe(s2); // idempotent
    expect((await s2.next()).value.json()).to.equal(1); // buffered before the unsubscribe
    expect((await s2.next()).done).to.equal(true);
    await c.publish('u.t', 2, { ack: true });
    await sleep(100);
    expect(got).to.have.length(1);
    await until(async () => (await gatewayInfo(b)).subscriptions === 0, 2000, 'gateway dropped both subscriptions');
  });

  it('throws invalid_topic locally for a bad topic or pattern, sending nothing', async () => {
    const seen: FrameCase[] = [];
    const b = await startBroker({ observer: { frameIn: (k) => void (k !== 'malformed' && seen.push(k)) } });
    const c = await client(b);
    expect(seen).to.include('connect'); // the observer sees our frames
    const before = seen.length;
    for (const bad of ['a..b', '', 'a.*', 'a.b*', 'x'.repeat(300)]) {
      const err = await c.publish(bad, 1).catch((e) => e);
      expect(err, bad).to.be.instanceOf(MaculaError).with.property('code', 'invalid_topic');
    }
    for (const bad of ['a..b', 'a.#', 'a.***', '.a']) {
      const err = await c.subscribe(bad).catch((e) => e);
      expect(err, bad).to.be.instanceOf(MaculaError).with.property('code', 'invalid_topic');
    }
    await sleep(50);
    expect(seen.slice(before).filter((k) => k === 'publish' || k === 'subscribe')).to.deep.equal([]);
  });

  it('a subscription drops the oldest messages beyond its buffer and counts them', async () => {
    const b = await startBroker();
    const c = await client(b);
    const sub = await c.subscribe('flood.x', { buffer: 5 });
    for (let i = 0; i < 20; i++) await c.publish('flood.x', i, { ack: true });
    await until(() => sub.dropped + sub.pending === 20, 3000, 'all 20 arrived');
    expect(sub.pending).to.equal(5);
    expect(sub.dropped).to.equal(15);
    const got: number[] = [];
    for (let i = 0; i < 5; i++) got.push((await sub.next()).value.json());
    expect(got).to.deep.equal([15, 16, 17, 18, 19]);
  });

  it('subscriptions per client are bounded by maxSubscriptions (too_many_subscriptions)', async () => {
    const b = await startBroker();
    const c = await client(b, { maxSubscriptions: 2 });
    const s1 = await c.subscribe('a.one');
    await c.subscribe('a.two');
    expect((await failure(c.subscribe('a.three'))).code).to.equal('too_many_subscriptions');
    await s1.unsubscribe();
    await c.subscribe('a.three');
  });

  it('a publish with ack resolves once the gateway confirmed it', async () => {
    const b = await startBroker();
    const c = await client(b);
    await c.publish('nobody.listens', { x: 1 }, { ack: true });
    const err = await c.publish('bad topic', 1, { ack: true }).catch((e) => e);
    expect(err.code).to.equal('invalid_topic');
  });

  it('refuses a value JSON cannot hold with invalid_args', async () => {
    const b = await startBroker();
    const c = await client(b);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(await c.publish('a.b', cyclic).catch((e) => e.code)).to.equal('invalid_args');
    expect(await c.publish('a.b', 10n).catch((e) => e.code)).to.equal('invalid_args');
  });
});
