/**
 * Bounds at scale, measured in this test process (gateway and clients share one heap, so each
 * figure is an upper bound of the gateway's share). Printed so a regression shows its size.
 */
import { expect } from 'chai';
import v8 from 'node:v8';
import vm from 'node:vm';
import { useBroker } from './fixture.js';
import { RawClient, waitFor } from './helpers.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

async function heapUsed(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setImmediate(r));
  }
  return process.memoryUsage().heapUsed;
}

const MB = 1024 * 1024;

/** Send `patterns` as subscribes without waiting, then wait for every answer. */
async function subscribeAll(c: RawClient, patterns: string[]): Promise<void> {
  let answered = 0;
  let failed = 0;
  c.stream.on('frame', () => undefined);
  for (const pattern of patterns) c.send({ subscribe: { correlationId: c.nextCorrelation(), pattern } });
  while (answered + failed < patterns.length) {
    const f = await c.next((x) => x.subscribed != null || x.error != null, 20_000);
    if (f.error) failed++;
    else answered++;
  }
  expect(failed).to.equal(0);
}

describe('broker: bounds at scale (memory)', function () {
  this.timeout(120_000);
  const h = useBroker();

  it('10,000 idle subscriptions (10 clients × 1,000 patterns) cost < 16 MB of heap, freed when the clients leave', async () => {
    const { connect, broker } = await h.start();
    const clients = await Promise.all(Array.from({ length: 10 }, () => connect()));
    const before = await heapUsed();
    await Promise.all(clients.map((c, i) => subscribeAll(c, Array.from({ length: 1000 }, (_, k) => `tenant${i}.device${k}.${k % 3 === 0 ? '*' : 'temp'}.**`))));
    expect(broker.pubsub!.subscriptionCount).to.equal(10_000);
    expect(broker.clients!.subscriptionCount).to.equal(10_000);
    const grown = (await heapUsed()) - before;
    console.log(`      10,000 subscriptions: heap +${(grown / MB).toFixed(1)} MB (${Math.round(grown / 10_000)} B each)`);
    expect(grown).to.be.below(16 * MB);
    await Promise.all(clients.map((c) => c.close()));
    await waitFor(() => broker.clients!.size === 0, 10_000);
    expect(broker.pubsub!.subscriptionCount).to.equal(0);
    const after = (await heapUsed()) - before;
    expect(after, 'freed').to.be.below(4 * MB);
  });

  it('1,000 connected clients stay admitted and cost < 32 MB of heap and < 256 MB RSS (both ends of each QUIC connection); all freed on leave', async () => {
    const { broker, ep } = await h.start();
    const before = await heapUsed();
    const rssBefore = process.memoryUsage().rss;
    const t0 = Date.now();
    const clients: RawClient[] = [];
    for (let batch = 0; batch < 20; batch++) {
      clients.push(...(await Promise.all(Array.from({ length: 50 }, () => RawClient.connect(ep, broker.url)))));
    }
    const connectMs = Date.now() - t0;
    expect(broker.clients!.size).to.equal(1000);
    const grown = (await heapUsed()) - before;
    const rssGrown = process.memoryUsage().rss - rssBefore;
    console.log(`      1,000 clients: connected in ${connectMs} ms, heap +${(grown / MB).toFixed(1)} MB, rss +${(rssGrown / MB).toFixed(0)} MB (both ends of each connection, native quiche included)`);
    expect(grown).to.be.below(32 * MB);
    expect(rssGrown).to.be.below(256 * MB);
    // every one of them is live: a sample answers pings
    for (const c of clients.filter((_, i) => i % 100 === 0)) {
      c.send({ ping: { seq: 1 } });
      await c.next('pong');
    }
    await Promise.all(clients.map((c) => c.close()));
    await waitFor(() => broker.clients!.size === 0, 20_000);
    expect(broker.coordinator!.connectionCount).to.equal(0);
  });
});
