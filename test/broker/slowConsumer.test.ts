import { expect } from 'chai';
import { decodeFrame, decodeJson, encodeFrame, encodeJson } from '../../lib/protocol/index.js';
import { useBroker } from './fixture.js';
import { waitFor } from './helpers.js';

describe('broker: slow consumers (bounded per-client queue)', function () {
  this.timeout(60_000);
  const h = useBroker();

  it('a subscriber that stops reading is disconnected with slow_consumer; a fast subscriber gets everything and the publisher is held at most slowConsumerMs (backpressure), then goes on', async () => {
    const queueBytes = 1024 * 1024;
    const { connect, broker } = await h.start({ clientQueueBytes: queueBytes, slowConsumerMs: 300 });
    const slow = await connect();
    const fast = await connect();
    const pub = await connect();
    await slow.subscribe('feed.**');
    await fast.subscribe('feed.**');
    let fastCount = 0;
    const seen = new Set<number>();
    fast.stream.on('frame', (b: Buffer) => {
      const f = decodeFrame(b);
      if (!f.event) return;
      fastCount++;
      const v = decodeJson<{ seq?: number } | string>(f.event.payload!);
      if (typeof v === 'object' && v.seq !== undefined) seen.add(v.seq);
    });
    slow.stream.pause(); // stops reading: its QUIC window closes, then the gateway's queue fills

    const blob = 'x'.repeat(8 * 1024);
    let seq = 0;
    let published = 0;
    let worstAckMs = 0;
    const publishBatch = async (n: number): Promise<void> => {
      for (let i = 0; i < n; i++) pub.send({ publish: { topic: 'feed.a', payload: encodeJson({ seq: seq++, blob }), qos: 0 } });
      published += n;
      const t0 = Date.now();
      await pub.publishAcked('feed.a', 'tick'); // qos 1: proves the gateway handled everything before it
      published++;
      worstAckMs = Math.max(worstAckMs, Date.now() - t0);
    };
    // publish until the slow subscriber is cut off (its window ~2 MiB + the gateway queue)
    while (!slow.isClosed && published < 5000) await publishBatch(10);
    await slow.closed;
    expect(slow.closeError?.code).to.equal('slow_consumer');
    await waitFor(() => broker.clients!.size === 2, 5000, 'slow client removed');
    // keep publishing after the cut: nothing stalls
    for (let i = 0; i < 10; i++) await publishBatch(10);
    await waitFor(() => fastCount >= published, 10_000, `fast subscriber got ${fastCount}/${published}`);
    expect(fastCount).to.equal(published);
    expect(seen.size, 'every qos 0 message, each once').to.equal(seq);
    expect(worstAckMs, 'publisher ack latency').to.be.below(2000);
    expect(fast.isClosed).to.equal(false);
    expect(pub.isClosed).to.equal(false);
    expect(broker.pubsub!.subscriptionCount).to.equal(1);
  });

  it('a prompt subscriber survives a publisher blasting 30,000 small events with the default queue (8 MiB)', async () => {
    const { connect, broker } = await h.start();
    const sub = await connect();
    const pub = await connect();
    await sub.subscribe('blast.t');
    let got = 0;
    sub.stream.on('frame', () => got++);
    const frame = encodeFrame({ publish: { topic: 'blast.t', payload: new Uint8Array(16), qos: 0 } });
    const n = 30_000;
    for (let i = 0; i < n; i++) if (!pub.stream.write(frame)) await new Promise((r) => pub.stream.once('drain', r));
    await waitFor(() => got >= n || sub.isClosed, 30_000, `subscriber got ${got}/${n}`);
    expect(sub.closeError?.code).to.equal(undefined);
    expect(got).to.equal(n);
    expect(broker.clients!.size).to.equal(2);
  });
});
