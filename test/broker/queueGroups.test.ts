/**
 * Queue groups on one node (issue 9 item 8; NATS queue subscribers): `subscribe(pattern, queue)`
 * makes the subscription a member of a group; of each group a message matches exactly one member
 * gets it (round robin), plain subscriptions are unchanged. Real broker, real QUIC clients.
 */
import { expect } from 'chai';
import { decodeJson, fromWireError } from '../../lib/protocol/index.js';
import { useBroker } from './fixture.js';
import { crashAndWait, sleep, waitFor, type RawClient } from './helpers.js';

/** The `n` values a client received on subscription `sub` (payloads are {n}). */
const got = (c: RawClient, sub: number): number[] =>
  c.received('event').filter((f) => f.event!.subscriptionId === sub).map((f) => (decodeJson(f.event!.payload!) as { n: number }).n);

/** Everything `c` sent before this was handled by the gateway (frames of one client are handled in order). */
const synced = (c: RawClient): Promise<void> => c.publishAcked('sync.nobody.listens', 0);

describe('broker: queue groups (issue 9 item 8)', function () {
  this.timeout(30_000);
  const h = useBroker();

  it('each message goes to exactly one member of the group, round robin; plain subscriptions still get every message', async () => {
    const { connect } = await h.start();
    const members = await Promise.all([connect(), connect(), connect()]);
    const ids = await Promise.all(members.map((m) => m.subscribe('jobs.*', 'workers')));
    const plain = await connect();
    const plainId = await plain.subscribe('jobs.*');
    const pub = await connect();
    for (let n = 0; n < 30; n++) await pub.publishAcked('jobs.resize', { n });
    await waitFor(() => got(plain, plainId).length === 30, 5000, 'the plain subscriber to get all 30');
    await waitFor(() => members.reduce((s, m, i) => s + got(m, ids[i]!).length, 0) === 30, 5000, '30 deliveries to the group');
    const shares = members.map((m, i) => got(m, ids[i]!));
    // round robin: 10 each, and every message exactly once in the group
    expect(shares.map((s) => s.length)).to.deep.equal([10, 10, 10]);
    expect(shares.flat().sort((a, b) => a - b)).to.deep.equal([...Array(30).keys()]);
    expect(got(plain, plainId)).to.deep.equal([...Array(30).keys()]);
  });

  it('a group is its name: members with different matching patterns share it; two groups each get the message once', async () => {
    const { connect } = await h.start();
    const c = await connect();
    const exact = await c.subscribe('orders.created', 'billing');
    const wild = await c.subscribe('orders.*', 'billing');
    const audit = await c.subscribe('**', 'audit');
    const pub = await connect();
    for (let n = 0; n < 10; n++) await pub.publishAcked('orders.created', { n });
    await waitFor(() => c.received('event').length === 20, 5000, '20 events (10 per group)');
    await sleep(50);
    expect(got(c, exact).length + got(c, wild).length).to.equal(10);
    expect([...got(c, exact), ...got(c, wild)].sort((a, b) => a - b)).to.deep.equal([...Array(10).keys()]);
    expect(got(c, audit)).to.deep.equal([...Array(10).keys()]);
    // a topic only one member's pattern matches goes to that member
    await pub.publishAcked('orders.paid', { n: 99 });
    await waitFor(() => got(c, wild).includes(99), 5000, 'orders.paid at the orders.* member');
    expect(got(c, exact)).to.not.include(99);
  });

  it('a member leaving mid-stream (unsubscribe, then disconnect): the rest of the stream goes to the remaining members, none twice, none lost', async () => {
    const { broker, connect } = await h.start();
    const members = await Promise.all([connect(), connect(), connect()]);
    const ids = await Promise.all(members.map((m) => m.subscribe('stream.**', 'g')));
    const pub = await connect();
    const all = (): number[] => members.flatMap((m, i) => got(m, ids[i]!));
    for (let n = 0; n < 30; n++) await pub.publishAcked('stream.x', { n });
    await waitFor(() => all().length === 30, 5000, 'the first 30');
    // member 0 leaves by unsubscribing
    members[0]!.send({ unsubscribe: { subscriptionId: ids[0] } });
    await synced(members[0]!);
    const first = got(members[0]!, ids[0]!).length;
    for (let n = 30; n < 60; n++) await pub.publishAcked('stream.x', { n });
    await waitFor(() => all().length === 60, 5000, 'the next 30');
    expect(got(members[0]!, ids[0]!).length, 'nothing after the unsubscribe').to.equal(first);
    // member 1 leaves by disconnecting
    const clients = broker.counts().clients;
    await members[1]!.close();
    await waitFor(() => broker.counts().clients === clients - 1, 5000, 'the gateway to drop member 1');
    const second = got(members[1]!, ids[1]!).length;
    for (let n = 60; n < 90; n++) await pub.publishAcked('stream.x', { n });
    await waitFor(() => got(members[2]!, ids[2]!).filter((n) => n >= 60).length === 30, 5000, 'member 2 to get all of the last 30');
    expect(got(members[1]!, ids[1]!).length).to.equal(second);
    expect(all().sort((a, b) => a - b)).to.deep.equal([...Array(90).keys()]);
  });

  it('queue groups survive a pub/sub restart (the sessions own the records, with their group)', async () => {
    const { broker, connect } = await h.start();
    const members = await Promise.all([connect(), connect()]);
    const ids = await Promise.all(members.map((m) => m.subscribe('r.t', 'g')));
    await crashAndWait(broker, 'pubsub');
    const pub = await connect();
    for (let n = 0; n < 10; n++) await pub.publishAcked('r.t', { n });
    await waitFor(() => members.reduce((s, m, i) => s + got(m, ids[i]!).length, 0) === 10, 5000, '10 deliveries');
    await sleep(50);
    expect(members.flatMap((m, i) => got(m, ids[i]!)).sort((a, b) => a - b)).to.deep.equal([...Array(10).keys()]);
  });

  it('a bad queue group name is invalid_topic naming the group; nothing is subscribed', async () => {
    const { broker, connect } = await h.start();
    const c = await connect();
    for (const queue of ['has space', 'wild.*', 'a..b']) {
      const correlationId = c.nextCorrelation();
      c.send({ subscribe: { correlationId, pattern: 'x.y', queue } });
      const f = await c.answer('subscribed', correlationId);
      expect(f.error, queue).to.not.equal(undefined);
      const err = fromWireError(f.error!);
      expect(err.code).to.equal('invalid_topic');
      expect(err.message).to.contain('queue group');
    }
    expect(broker.counts().subscriptions).to.equal(0);
  });
});
