import { expect } from 'chai';
import { decodeJson, encodeJson, fromWireError } from '../../lib/protocol/index.js';
import { useBroker } from './fixture.js';
import { crashAndWait, sleep, terminateWorker, waitFor, type RawClient } from './helpers.js';

const events = (c: RawClient): Array<{ sub: number; topic: string; payload: unknown }> =>
  c.received('event').map((f) => ({ sub: f.event!.subscriptionId!, topic: f.event!.topic!, payload: decodeJson(f.event!.payload!) }));

describe('broker: pub/sub (macula_gateway_pubsub)', function () {
  this.timeout(30_000);
  const h = useBroker();

  it('delivers a publish to an exact subscription with topic, payload and publisher', async () => {
    const { connect, ep } = await h.start();
    const sub = await connect();
    const pub = await connect();
    const id = await sub.subscribe('sensors.kitchen.temp');
    await pub.publishAcked('sensors.kitchen.temp', { c: 21 });
    const f = await sub.next('event');
    expect(f.event!.subscriptionId).to.equal(id);
    expect(f.event!.topic).to.equal('sensors.kitchen.temp');
    expect(decodeJson(f.event!.payload!)).to.deep.equal({ c: 21 });
    // the publisher's node id (the certificate of its connection)
    expect(f.event!.publisher).to.equal(ep.nodeId);
  });

  it('* matches exactly one segment; ** matches zero or more, anywhere', async () => {
    const { connect } = await h.start();
    const sub = await connect();
    const pub = await connect();
    const one = await sub.subscribe('a.*.c');
    const any = await sub.subscribe('a.**');
    const mid = await sub.subscribe('**.alerts.**');
    for (const t of ['a.b.c', 'a', 'a.b', 'a.b.b.c', 'x.alerts', 'alerts', 'q.alerts.z.z']) await pub.publishAcked(t, t);
    await sleep(100);
    const got = events(sub).map((e) => `${e.sub}:${e.topic}`).sort();
    const want = [
      `${one}:a.b.c`,
      `${any}:a`, `${any}:a.b`, `${any}:a.b.c`, `${any}:a.b.b.c`,
      `${mid}:x.alerts`, `${mid}:alerts`, `${mid}:q.alerts.z.z`,
    ].sort();
    expect(got).to.deep.equal(want);
  });

  it('each matching subscription gets the event exactly once (two subscriptions → two events; ** paths → one)', async () => {
    const { connect } = await h.start();
    const sub = await connect();
    const pub = await connect();
    const s1 = await sub.subscribe('x.y');
    const s2 = await sub.subscribe('x.*');
    const s3 = await sub.subscribe('**.**.y.**'); // reachable along several ** paths
    await pub.publishAcked('x.y', 1);
    await sleep(100);
    expect(events(sub).map((e) => e.sub).sort()).to.deep.equal([s1, s2, s3].sort());
  });

  it('a publisher subscribed to its own topic receives its own message', async () => {
    const { connect } = await h.start();
    const c = await connect();
    await c.subscribe('self.t');
    await c.publishAcked('self.t', 'me');
    expect(decodeJson((await c.next('event')).event!.payload!)).to.equal('me');
  });

  it('invalid pattern → invalid_topic naming the bad segment and its index (correlation id kept)', async () => {
    const { connect, broker } = await h.start();
    const c = await connect();
    for (const [pattern, segment, index] of [['a.b*.c', 'b*', 1], ['a..b', '', 1], ['a.#', '#', 1], ['x.***', '***', 1]] as const) {
      const correlationId = c.nextCorrelation();
      c.send({ subscribe: { correlationId, pattern } });
      const f = await c.answer('subscribed', correlationId);
      const err = fromWireError(f.error!);
      expect(err.code, pattern).to.equal('invalid_topic');
      expect(err.details, pattern).to.deep.include({ segment, index });
    }
    expect(broker.pubsub!.subscriptionCount).to.equal(0);
  });

  it('publish with a wildcard → invalid_topic (qos 1: answering its correlation id); nothing delivered', async () => {
    const { connect } = await h.start();
    const sub = await connect();
    await sub.subscribe('**');
    const pub = await connect();
    const correlationId = pub.nextCorrelation();
    pub.send({ publish: { topic: 'a.*', payload: encodeJson(1), qos: 1, correlationId } });
    const f = await pub.answer('published', correlationId);
    const err = fromWireError(f.error!);
    expect(err.code).to.equal('invalid_topic');
    expect(err.details).to.deep.include({ segment: '*', index: 1 });
    await sleep(100);
    expect(sub.received('event')).to.have.length(0);
  });

  it('qos 0 publish gets no published answer', async () => {
    const { connect } = await h.start();
    const sub = await connect();
    await sub.subscribe('q0');
    const pub = await connect();
    pub.send({ publish: { topic: 'q0', payload: encodeJson(1), qos: 0, correlationId: 77 } });
    await sub.next('event');
    await sleep(100);
    expect(pub.received('published')).to.have.length(0);
  });

  it('unsubscribe stops delivery; unknown ids are ignored (idempotent)', async () => {
    const { connect, broker } = await h.start();
    const sub = await connect();
    const pub = await connect();
    const id = await sub.subscribe('u.t');
    await pub.publishAcked('u.t', 1);
    await sub.next('event');
    sub.send({ unsubscribe: { subscriptionId: id } });
    sub.send({ unsubscribe: { subscriptionId: id } });
    sub.send({ unsubscribe: { subscriptionId: 12345 } });
    await waitFor(() => broker.pubsub!.subscriptionCount === 0);
    await pub.publishAcked('u.t', 2);
    await sleep(100);
    expect(sub.received('event')).to.have.length(0);
    expect(sub.received('error')).to.have.length(0);
  });

  it('nothing crosses realms: a subscriber in realm A never sees realm B\'s publish', async () => {
    const { connect } = await h.start({ realms: ['org.a', 'org.b'] });
    const subA = await connect('org.a');
    const subB = await connect('org.b');
    const pubB = await connect('org.b');
    await subA.subscribe('**');
    await subB.subscribe('**');
    await pubB.publishAcked('shared.topic', 'b-only');
    await subB.next('event');
    await sleep(150);
    expect(subA.received('event')).to.have.length(0);
  });

  it('too_many_subscriptions beyond the per-client bound; other clients unaffected', async () => {
    const { connect, broker } = await h.start({ maxSubscriptionsPerClient: 3 });
    const c = await connect();
    for (let i = 0; i < 3; i++) await c.subscribe(`t.${i}`);
    const err = await c.subscribe('t.4').then(() => undefined, (e: Error) => e);
    expect((err as { code?: string })?.code).to.equal('too_many_subscriptions');
    const other = await connect();
    await other.subscribe('t.x');
    expect(broker.pubsub!.subscriptionCount).to.equal(4);
    // unsubscribing frees a place
    c.send({ unsubscribe: { subscriptionId: 1 } });
    await waitFor(() => broker.pubsub!.subscriptionCount === 3);
    await c.subscribe('t.5');
  });

  it('a client leaving removes all its subscriptions (counts return to 0)', async () => {
    const { connect, broker } = await h.start();
    const c = await connect();
    for (let i = 0; i < 20; i++) await c.subscribe(`leave.${i}.**`);
    expect(broker.pubsub!.subscriptionCount).to.equal(20);
    expect(broker.clients!.subscriptionCount).to.equal(20);
    await c.close();
    await waitFor(() => broker.clients!.size === 0);
    expect(broker.pubsub!.subscriptionCount).to.equal(0);
    expect(broker.clients!.subscriptionCount).to.equal(0);
  });

  it('pubsub crash (rest_for_one: pubsub + rpc + mesh) rebuilds from the ClientTable: subscribers keep getting events without resubscribing', async () => {
    const { connect, broker } = await h.start();
    const sub = await connect();
    const pub = await connect();
    const id = await sub.subscribe('r.*');
    await crashAndWait(broker, 'pubsub');
    expect(broker.pubsub!.subscriptionCount).to.equal(1);
    await pub.publishAcked('r.x', 'after');
    const f = await sub.next('event');
    expect(f.event!.subscriptionId).to.equal(id);
    expect(sub.isClosed).to.equal(false);
    // new subscription ids never collide with the old ones
    expect(await sub.subscribe('r.y')).to.not.equal(id);
  });

  it('while pubsub is stopped, requests get process_unavailable and the session stays up', async () => {
    const { connect, broker } = await h.start();
    const c = await connect();
    const restart = await terminateWorker(broker, 'pubsub');
    const err = await c.subscribe('z').then(() => undefined, (e: Error) => e);
    expect((err as { code?: string })?.code).to.equal('process_unavailable');
    await restart();
    await c.subscribe('z');
  });
});
