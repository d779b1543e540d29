/**
 * Backpressure of pub/sub, end to end (issue 13 item 5): many publishers flooding one subscriber
 * that reads as fast as it can must be slowed (the gateway stops reading them, QUIC flow control
 * closes their windows), not have the subscriber cut off as a slow consumer. Before this, 64
 * publishers into one subscriber filled its queue faster than QUIC let it out: it was cut and
 * ~99 % of the messages were lost (bench/lib/messaging/scale.ts, 64 × 1, 128 B).
 * In-process broker and clients over real QUIC on 127.0.0.1; small queues make the pressure
 * mark reachable in a test.
 */
import { expect } from 'chai';
import { decodeFrame, encodeFrame } from '../../lib/protocol/index.js';
import type { ClientSession } from '../../lib/broker/ClientSession.js';
import { useBroker } from './fixture.js';
import { waitFor, type RawClient } from './helpers.js';

const KB = 1024;
/**
 * The gateway's queue per client here: its pressure mark (a quarter) plus what one pass still
 * delivers after a publisher is paused (the rest of the chunk read from its stream, at most the
 * 64 KiB read buffer, and the pass's 64 KiB read budget) stays well under it. Without
 * backpressure 16 publishers overflow it within the first milliseconds of the flood.
 */
const QUEUE_BYTES = 1024 * KB;

/** Payload: publisher index (1 byte), sequence number (4 bytes), padding. */
function payload(pub: number, seq: number, bytes: number): Uint8Array {
  const b = Buffer.alloc(bytes);
  b[0] = pub;
  b.writeUInt32BE(seq, 1);
  return b;
}

/** Counts the events of each publisher and checks they arrive once each, in order. */
function track(sub: RawClient, publishers: number): { got: () => number; errors: string[] } {
  const next = new Array<number>(publishers).fill(0);
  const errors: string[] = [];
  let got = 0;
  sub.stream.on('frame', (bytes: Buffer) => {
    const f = decodeFrame(bytes);
    if (!f.event) return;
    const p = Buffer.from(f.event.payload!);
    const pub = p[0]!;
    const seq = p.readUInt32BE(1);
    if (seq !== next[pub]) errors.push(`publisher ${pub}: got ${seq}, expected ${next[pub]}`);
    next[pub] = seq + 1;
    got++;
  });
  return { got: () => got, errors };
}

/** Publish `n` events as fast as the publisher's stream takes them (waiting for 'drain' when full). */
async function flood(c: RawClient, index: number, n: number, bytes: number): Promise<void> {
  for (let seq = 0; seq < n; seq++) {
    const frame = encodeFrame({ publish: { topic: 'flood.t', payload: payload(index, seq, bytes), qos: 0 } });
    if (!c.stream.write(frame)) await new Promise((r) => c.stream.once('drain', r));
  }
}

function sessions(h: { broker: { clients?: { values(): IterableIterator<ClientSession> } } }): ClientSession[] {
  return [...h.broker.clients!.values()];
}

describe('broker: backpressure from a congested subscriber to its publishers', function () {
  this.timeout(90_000);
  const h = useBroker();

  it('16 publishers flooding one prompt subscriber: it stays connected and gets every event once, in order per publisher', async () => {
    const harness = await h.start({ clientQueueBytes: QUEUE_BYTES });
    const sub = await harness.connect();
    await sub.subscribe('flood.t');
    const seen = track(sub, 16);
    const pubs: RawClient[] = [];
    for (let i = 0; i < 16; i++) pubs.push(await harness.connect());
    const perPublisher = 5_000;
    await Promise.all(pubs.map((p, i) => flood(p, i, perPublisher, 128)));
    const total = 16 * perPublisher;
    await waitFor(() => seen.got() >= total || sub.isClosed, 60_000, `subscriber got ${seen.got()}/${total}`);
    expect(String(sub.closeError?.message), 'the subscriber is not cut off').to.equal('undefined');
    expect(sub.isClosed).to.equal(false);
    expect(seen.got()).to.equal(total);
    expect(seen.errors, 'each event once, in order per publisher').to.deep.equal([]);
    expect(pubs.every((p) => !p.isClosed)).to.equal(true);
    // nothing left held once the flood is over
    await waitFor(() => sessions(harness).every((s) => !s.held && s.holding === 0), 5000, 'holds released');
  });

  it('a subscriber that pauses shorter than slowConsumerMs holds its publishers (they are not read) and then gets everything', async () => {
    const harness = await h.start({ clientQueueBytes: QUEUE_BYTES, slowConsumerMs: 30_000 });
    const sub = await harness.connect();
    await sub.subscribe('flood.t');
    const seen = track(sub, 4);
    const pubs: RawClient[] = [];
    for (let i = 0; i < 4; i++) pubs.push(await harness.connect());
    sub.stream.pause(); // its QUIC window fills, then the gateway's queue for it passes the pressure mark
    const perPublisher = 12_000; // 4 × 12,000 × ~150 B ≈ 7 MB: more than the subscriber's window + the queue
    const flooding = Promise.all(pubs.map((p, i) => flood(p, i, perPublisher, 128)));
    await waitFor(() => sessions(harness).some((s) => s.held), 30_000, 'a publisher held back');
    const subSession = sessions(harness).find((s) => s.sessionId === sub.sessionId)!;
    expect(subSession.holding).to.be.greaterThan(0);
    // the queue stays bounded (under queueBytes) while the subscriber does not read
    expect(subSession.stream.bufferedBytes).to.be.at.most(QUEUE_BYTES);
    sub.stream.resume();
    await flooding;
    const total = 4 * perPublisher;
    await waitFor(() => seen.got() >= total || sub.isClosed, 60_000, `subscriber got ${seen.got()}/${total}`);
    expect(sub.isClosed, 'the subscriber is not cut off').to.equal(false);
    expect(seen.got()).to.equal(total);
    expect(seen.errors).to.deep.equal([]);
    await waitFor(() => sessions(harness).every((s) => !s.held && s.holding === 0), 5000, 'holds released');
  });

  it('a subscriber that stops reading is cut off after slowConsumerMs and its publisher is read again', async () => {
    const harness = await h.start({ clientQueueBytes: QUEUE_BYTES, slowConsumerMs: 300 });
    const sub = await harness.connect();
    await sub.subscribe('flood.t');
    const pub = await harness.connect();
    sub.stream.pause();
    const flooding = flood(pub, 0, 40_000, 128);
    await sub.closed;
    expect(sub.closeError?.code).to.equal('slow_consumer');
    await flooding; // the publisher's stream is read again: its writes drain
    await waitFor(() => harness.broker.clients!.size === 1, 5000, 'slow client removed');
    await pub.publishAcked('flood.t', 'after');
    expect(sessions(harness).every((s) => !s.held && s.holding === 0)).to.equal(true);
    expect(pub.isClosed).to.equal(false);
  });
});
