/**
 * Backpressure across a node link (issue 12 items 4 and 6), end to end as on one node
 * (backpressure.test.ts): a subscriber on node B congested by events published on node A holds
 * the link they came on (B stops reading it, QUIC flow control fills A's queue for it), and A's
 * link above its pressure mark holds the publishing session; each hold is bounded (the subscriber
 * by slowConsumerMs, the link by LINK_SLOW_CONSUMER_MS), and what is cut is cut as slow_consumer.
 * Before this, A's link queue overflowed (9 MiB) under a 1→4 fan-out on B, the link was closed as
 * slow_consumer and re-made, and everything published meanwhile was lost (bench:mesh).
 * In-process brokers over real QUIC node links (meshPubsubHelpers), raw clients; small queues
 * make the pressure marks reachable in a test.
 */
import { expect } from 'chai';
import type { ClientSession } from '../../lib/broker/ClientSession.js';
import type { NodeLink } from '../../lib/broker/NodeLink.js';
import { decodeFrame, encodeFrame, wire } from '../../lib/protocol/index.js';
import { nodeIdFromCertPem, type Identity } from '../../lib/identity/index.js';
import { cellOf } from '../../lib/pubsub/index.js';
import { identity, RawClient, waitFor } from './helpers.js';
import { meshed, sees, useMesh, type MeshNode } from './meshPubsubHelpers.js';

const KB = 1024;
/** Each gateway's queue per client and per link: pressure marks of 256 KiB. */
const QUEUE_BYTES = 1024 * KB;

/** Payload: sequence number (4 bytes), padding. */
function payload(seq: number, bytes: number): Uint8Array {
  const b = Buffer.alloc(bytes);
  b.writeUInt32BE(seq, 0);
  return b;
}

/** Counts a subscriber's events and checks they arrive once each, in order. */
function track(sub: RawClient): { got: () => number; errors: string[] } {
  const errors: string[] = [];
  let next = 0;
  sub.stream.on('frame', (bytes: Buffer) => {
    const f = decodeFrame(bytes);
    if (!f.event) return;
    const seq = Buffer.from(f.event.payload!).readUInt32BE(0);
    if (seq !== next && errors.length < 10) errors.push(`got ${seq}, expected ${next}`);
    next = seq + 1;
  });
  return { got: () => next, errors };
}

/** Publish `n` events (qos 0) as fast as the publisher's stream takes them. */
async function flood(c: RawClient, topic: string, n: number, bytes: number): Promise<void> {
  for (let seq = 0; seq < n; seq++) {
    const frame = encodeFrame({ publish: { topic, payload: payload(seq, bytes), qos: 0 } });
    if (!c.stream.write(frame)) await new Promise((r) => c.stream.once('drain', r));
  }
}

/** An identity in `cell` of 1 cell bit. */
function inCell(cell: number): Identity {
  for (;;) {
    const id = identity();
    if (cellOf(nodeIdFromCertPem(id.certPem), 1) === cell) return id;
  }
}

/** The paused subscriber reads again: once the flood is in, it has every event, once and in order, and was not cut off. */
async function resumeAndReceiveAll(sub: RawClient, seen: ReturnType<typeof track>, flooding: Promise<void>, total: number): Promise<void> {
  sub.stream.resume();
  await flooding;
  await waitFor(() => seen.got() >= total || sub.isClosed, 60_000, `subscriber got ${seen.got()}/${total}`);
  expect(sub.isClosed, 'the subscriber is not cut off').to.equal(false);
  expect(seen.got()).to.equal(total);
  expect(seen.errors, 'each event once, in order').to.deep.equal([]);
}

const sessions = (n: MeshNode): ClientSession[] => [...n.broker.clients!.values()];
const linkTo = (at: MeshNode, to: MeshNode): NodeLink => at.broker.mesh!.get(to.nodeId) as NodeLink;

describe('broker: backpressure across a node link (a congested subscriber on another node holds the publisher)', function () {
  this.timeout(120_000);
  const mesh = useMesh();

  it('a subscriber on B that pauses (shorter than slowConsumerMs) holds the link, the link holds the publisher on A; then it gets every event once, in order; no link closed, nobody cut', async () => {
    const opts = { clientQueueBytes: QUEUE_BYTES, slowConsumerMs: 30_000 };
    const [a, b] = [await mesh.start(opts), await mesh.start(opts)];
    await meshed([a, b]);
    const sub = await b.connect();
    await sub.subscribe('far.t');
    await sees(a, b, ['far.t']);
    const seen = track(sub);
    const pub = await a.connect();
    const [atA, atB] = [linkTo(a, b), linkTo(b, a)];
    sub.stream.pause(); // its QUIC window fills, then B's queue for it passes the pressure mark
    const total = 60_000; // ~9 MB: more than the subscriber's window, B's queue, the link's window and A's queue together
    const flooding = flood(pub, 'far.t', total, 128);
    await waitFor(() => atB.held && sessions(a).some((s) => s.held), 60_000, 'B holding its link from A, and A holding the publisher');
    expect(atA.holding, 'publishers A\'s link holds').to.equal(1);
    // the queues stay bounded while the subscriber does not read
    expect(atA.stream.bufferedBytes, 'A\'s queue for the link').to.be.at.most(QUEUE_BYTES);
    expect(sessions(b)[0]!.stream.bufferedBytes, 'B\'s queue for the subscriber').to.be.at.most(QUEUE_BYTES);
    await resumeAndReceiveAll(sub, seen, flooding, total);
    expect([atA.closed, atB.closed], 'the link is not closed').to.deep.equal([false, false]);
    expect([linkTo(a, b), linkTo(b, a)], 'nor re-made').to.deep.equal([atA, atB]);
    expect(b.broker.pubsub!.meshStats.eventsReceived, 'one routed event per publish').to.equal(total);
    await waitFor(() => !atB.held && atA.holding === 0 && sessions(a).every((s) => !s.held) && sessions(b).every((s) => s.holding === 0), 5000, 'holds released');
  });

  it('across cells: a paused subscriber on S holds the link from R, the relay of its cell; R holds the link from A, and A the publisher; then every event once, in order', async () => {
    const cellsOpts = { clientQueueBytes: QUEUE_BYTES, slowConsumerMs: 30_000, meshPubSub: { cellBits: 1, membershipIntervalMs: 200 } };
    const [idA, idR, idS] = [inCell(0), inCell(1), inCell(1)];
    const [a, r] = [await mesh.start(cellsOpts, idA), await mesh.start(cellsOpts, idR)];
    // A's link into cell 1 is R (the only node there yet), so what A publishes for S goes through R
    await waitFor(() => a.broker.pubsub!.interest.designated('macula.default').get(1) === r.nodeId, 10_000, 'A holding cell 1 through R');
    const s = await mesh.start(cellsOpts, idS);
    const sub = await s.connect();
    await sub.subscribe('far.t');
    await waitFor(() => a.broker.pubsub!.remoteInterest('macula.default')!.match('far.t').length === 1 && r.broker.pubsub!.remoteInterest('macula.default')!.entriesOfNode(s.nodeId).length === 1, 10_000, 'S\'s subscription known at R and, as cell 1\'s, at A');
    expect(a.broker.pubsub!.interest.designated('macula.default').get(1)).to.equal(r.nodeId);
    const seen = track(sub);
    const pub = await a.connect();
    const [rFromA, sFromR] = [linkTo(r, a), linkTo(s, r)];
    sub.stream.pause();
    const total = 60_000;
    const flooding = flood(pub, 'far.t', total, 128);
    await waitFor(() => sFromR.held && rFromA.held && sessions(a).some((x) => x.held), 60_000, 'S holding its link from R, R its link from A, and A the publisher');
    await resumeAndReceiveAll(sub, seen, flooding, total);
    expect([rFromA.closed, sFromR.closed], 'no link closed').to.deep.equal([false, false]);
    expect(r.broker.pubsub!.meshStats.eventsRelayed, 'R relayed each event once').to.equal(total);
    await waitFor(() => !sFromR.held && !rFromA.held && sessions(a).every((x) => !x.held), 5000, 'holds released');
  });

  it('a subscriber on B that stops reading is cut after slowConsumerMs and releases the link and the publisher; the other subscribers on B and A get everything', async () => {
    const opts = { clientQueueBytes: QUEUE_BYTES, slowConsumerMs: 300 };
    const [a, b] = [await mesh.start(opts), await mesh.start(opts)];
    await meshed([a, b]);
    const stuck = await b.connect();
    await stuck.subscribe('far.t');
    const other = await b.connect();
    await other.subscribe('far.t');
    const near = await a.connect();
    await near.subscribe('far.t');
    await sees(a, b, ['far.t']);
    const [seenOther, seenNear] = [track(other), track(near)];
    const pub = await a.connect();
    const [atA, atB] = [linkTo(a, b), linkTo(b, a)];
    stuck.stream.pause();
    const total = 60_000;
    const t0 = Date.now();
    let heldLink = false;
    const watch = setInterval(() => (heldLink ||= atB.held), 5);
    const flooding = flood(pub, 'far.t', total, 128);
    const why = await stuck.closed;
    clearInterval(watch);
    expect(why?.code).to.equal('slow_consumer');
    expect(why?.message).to.contain('did not drain its queue');
    expect(Date.now() - t0, 'not before slowConsumerMs').to.be.at.least(300);
    expect(heldLink, 'the stuck subscriber held the link meanwhile').to.equal(true);
    await flooding; // the publisher is read again: its writes drain
    await waitFor(() => (seenOther.got() >= total && seenNear.got() >= total) || other.isClosed || near.isClosed, 60_000, `other ${seenOther.got()}, near ${seenNear.got()} of ${total}`);
    expect([other.isClosed, near.isClosed, pub.isClosed]).to.deep.equal([false, false, false]);
    expect([seenOther.got(), seenNear.got()]).to.deep.equal([total, total]);
    expect([...seenOther.errors, ...seenNear.errors]).to.deep.equal([]);
    expect([atA.closed, atB.closed, linkTo(a, b) === atA], 'the link goes on').to.deep.equal([false, false, true]);
    await waitFor(() => !atB.held && atA.holding === 0 && sessions(a).every((s) => !s.held), 5000, 'holds released');
  });

  it('a node that stops reading its link holds the publisher at most LINK_SLOW_CONSUMER_MS, then its link is cut as slow_consumer and the publisher goes on', async () => {
    const opts = { clientQueueBytes: 256 * KB, slowConsumerMs: 300 };
    const [a, b] = [await mesh.start(opts), await mesh.start(opts)];
    await meshed([a, b]);
    const far = await b.connect();
    await far.subscribe('bulk.**');
    await sees(a, b, ['bulk.**']);
    const seenFar = track(far);
    const ep = await mesh.ep();
    const raw = await RawClient.connect(ep, a.broker.url, 'macula.default', { role: wire.ConnectionRole.NODE_LINK, nodeId: ep.nodeId });
    raw.send({ interestSnapshot: { seq: 1, begin: true, end: true, entries: [{ pattern: 'bulk.**' }] } });
    await waitFor(() => a.broker.pubsub!.remoteInterest('macula.default')!.nodeCount === 2, 5000, 'the stalled node\'s interest');
    raw.stream.pause();
    const pub = await a.connect();
    const total = 20_000; // 20 MB: far past the stalled node's windows and A's queue
    const t0 = Date.now();
    const flooding = flood(pub, 'bulk.x', total, 1024);
    await waitFor(() => sessions(a).some((s) => s.held) || raw.isClosed, 30_000, 'the publisher held by the stalled link');
    const why = await raw.closed;
    expect(why?.code).to.equal('slow_consumer');
    expect(why?.message, 'cut by the drain deadline, not by an overflow').to.contain('did not drain its link');
    expect(Date.now() - t0, 'held LINK_SLOW_CONSUMER_MS first').to.be.at.least(2_500);
    await flooding;
    // the node that reads got everything, in order, over a link that was never cut
    await waitFor(() => seenFar.got() >= total || far.isClosed, 60_000, `far got ${seenFar.got()}/${total}`);
    expect([seenFar.got(), far.isClosed, linkTo(a, b).closed]).to.deep.equal([total, false, false]);
    expect(seenFar.errors).to.deep.equal([]);
  });
});
