/**
 * The pub/sub frames of a node link as the wire sees them (PROTOCOL §4, "Pub/sub across the
 * mesh"): a raw QUIC endpoint opens a node link to a real broker and speaks interest_snapshot,
 * interest_delta, interest_resync and routed_event itself, in order and out of order, within
 * the bounds and past them, and stops reading to be a slow node.
 */
import { expect } from 'chai';
import { decodeJson, encodeJson, fromWireError, wire, type Frame, type FrameInit } from '../../lib/protocol/index.js';
import type { QuicEndpoint } from '../../lib/transport/index.js';
import { RawClient, sleep, waitFor } from './helpers.js';
import { meshed, sees, useMesh, type MeshNode } from './meshPubsubHelpers.js';

/** A fake node: its own endpoint (node id) and a node link to `to`. */
async function rawLink(ep: QuicEndpoint, to: MeshNode): Promise<RawClient> {
  return RawClient.connect(ep, to.broker.url, 'macula.default', { role: wire.ConnectionRole.NODE_LINK, nodeId: ep.nodeId });
}

const entries = (to: MeshNode, nodeId: string): string[] =>
  (to.broker.pubsub!.remoteInterest('macula.default')!.entriesOfNode(nodeId)).map((e) => (e.queue === '' ? e.pattern : `${e.pattern}|${e.queue}`));

const snapshot = (seq: number, patterns: string[], more: Partial<NonNullable<FrameInit['interestSnapshot']>> = {}): FrameInit => ({
  interestSnapshot: { seq, begin: true, end: true, entries: patterns.map((pattern) => ({ pattern })), ...more },
});
const delta = (seq: number, ops: Array<{ pattern: string; queue?: string; remove?: boolean }>): FrameInit => ({ interestDelta: { seq, ops } });
const errorOf = (f: Frame) => fromWireError(f.error!);

describe('broker: node-link pub/sub frames (interest sequence, bounds, routed events, slow nodes)', function () {
  this.timeout(60_000);
  const mesh = useMesh();

  it('a new link gets the node\'s whole interest at once (seq 1, begin and end), then one delta per entry change with the next sequence number', async () => {
    const a = await mesh.start();
    const c = await a.connect();
    await c.subscribe('pre.existing');
    await c.subscribe('pre.existing');
    const ep = await mesh.ep();
    const link = await rawLink(ep, a);
    const s = (await link.next('interestSnapshot')).interestSnapshot!;
    expect([s.seq, s.begin, s.end]).to.deep.equal([1, true, true]);
    expect(s.entries!.map((e) => [e.pattern, e.queue ?? ''])).to.deep.equal([['pre.existing', '']]);
    const q = await c.subscribe('new.one', 'g');
    const d1 = (await link.next('interestDelta')).interestDelta!;
    expect(d1.seq).to.equal(2);
    expect(d1.ops!.map((o) => [o.pattern, o.queue, o.remove === true])).to.deep.equal([['new.one', 'g', false]]);
    c.send({ unsubscribe: { subscriptionId: q } });
    const d2 = (await link.next('interestDelta')).interestDelta!;
    expect(d2.seq).to.equal(3);
    expect(d2.ops!.map((o) => [o.pattern, o.queue, o.remove === true])).to.deep.equal([['new.one', 'g', true]]);
    // asked for a resync, it sends a fresh snapshot with the next number
    link.send({ interestResync: { expectedSeq: 4, gotSeq: 9 } });
    const again = (await link.next('interestSnapshot')).interestSnapshot!;
    expect([again.seq, again.begin, again.end]).to.deep.equal([4, true, true]);
    expect(again.entries!.map((e) => e.pattern)).to.deep.equal(['pre.existing']);
  });

  it('a link that owes a snapshot (none came, or a resync went unanswered) asks for one again after snapshotWaitMs, until one is applied', async () => {
    const WAIT_MS = 300;
    const a = await mesh.start({ meshPubSub: { snapshotWaitMs: WAIT_MS } });
    const c = await a.connect();
    await c.subscribe('owed.x');
    const ep = await mesh.ep();
    const link = await rawLink(ep, a);
    const t0 = Date.now();
    // we never send our snapshot: the node asks for it, and asks again
    const r1 = (await link.next('interestResync', 5_000)).interestResync!;
    expect([r1.expectedSeq ?? 0, r1.gotSeq ?? 0]).to.deep.equal([0, 0]);
    expect(Date.now() - t0, 'not before the wait').to.be.at.least(WAIT_MS - 50);
    const r2 = (await link.next('interestResync', 5_000)).interestResync!;
    expect([r2.expectedSeq ?? 0, r2.gotSeq ?? 0], 'asked again').to.deep.equal([0, 0]);
    // a snapshot applied: no more asking, and the entries are held
    link.send(snapshot(1, ['owed.y']));
    await waitFor(() => entries(a, ep.nodeId).includes('owed.y'), 5000, 'the snapshot applied');
    const asked = link.received('interestResync').length;
    await sleep(WAIT_MS * 3);
    expect(link.received('interestResync').length, 'asked again after the snapshot').to.equal(asked);
    // and the node's own interest went the other way at link up
    expect(link.received('interestSnapshot')[0]!.interestSnapshot!.entries!.map((e) => e.pattern)).to.deep.equal(['owed.x']);
  });

  it('interest is applied in sequence only: a delta before any snapshot or after a gap is answered interest_resync and ignored until the new snapshot, which replaces everything', async () => {
    const a = await mesh.start();
    const ep = await mesh.ep();
    const link = await rawLink(ep, a);
    link.send(delta(1, [{ pattern: 'early.x' }]));
    const r1 = (await link.next('interestResync')).interestResync!;
    expect([r1.expectedSeq ?? 0, r1.gotSeq]).to.deep.equal([0, 1]);
    link.send(snapshot(2, ['a.one', 'a.two']));
    await waitFor(() => entries(a, ep.nodeId).length === 2, 5000, 'the snapshot applied');
    link.send(delta(3, [{ pattern: 'a.three' }, { pattern: 'a.one', remove: true }]));
    await waitFor(() => entries(a, ep.nodeId).includes('a.three'), 5000, 'the delta applied');
    expect(entries(a, ep.nodeId)).to.deep.equal(['a.three', 'a.two']);
    // a gap: seq 5 where 4 was due
    link.send(delta(5, [{ pattern: 'after.gap' }]));
    const r2 = (await link.next('interestResync')).interestResync!;
    expect([r2.expectedSeq, r2.gotSeq]).to.deep.equal([4, 5]);
    link.send(delta(6, [{ pattern: 'ignored.too' }]));
    await sleep(100);
    // what was held stays until the snapshot (a stale entry costs a copy the other node drops; a missing one loses messages)
    expect(entries(a, ep.nodeId)).to.deep.equal(['a.three', 'a.two']);
    expect(link.received('interestResync')).to.have.length(0);
    link.send({ interestSnapshot: { seq: 7, begin: true, end: false, entries: [{ pattern: 'b.one' }] } });
    link.send({ interestSnapshot: { seq: 8, begin: false, end: true, entries: [{ pattern: 'b.two', queue: 'q' }] } });
    await waitFor(() => entries(a, ep.nodeId).includes('b.two|q'), 5000, 'the chunked snapshot applied');
    expect(entries(a, ep.nodeId)).to.deep.equal(['b.one', 'b.two|q']);
    expect(a.broker.pubsub!.meshStats.resyncsAsked).to.equal(2);
  });

  it('bad entries get typed errors and change nothing; past the per-node bound entries are refused with too_many_subscriptions', async () => {
    const a = await mesh.start({ meshPubSub: { maxRemoteInterestPerNode: 3 } });
    const ep = await mesh.ep();
    const link = await rawLink(ep, a);
    link.send({ interestSnapshot: { seq: 1, begin: true, end: true, entries: [{ pattern: 'ok.one' }, { pattern: 'bad..pattern' }, { pattern: 'ok.two', queue: 'not a name' }] } });
    const bad = errorOf(await link.next('error'));
    expect(bad.code).to.equal('invalid_topic');
    expect(bad.message).to.contain('bad..pattern');
    await waitFor(() => entries(a, ep.nodeId).length === 1, 5000, 'the good entry held');
    link.send(delta(2, [{ pattern: 'ok.two' }, { pattern: 'ok.three' }, { pattern: 'ok.four' }, { pattern: 'ok.five' }]));
    const over = errorOf(await link.next('error'));
    expect(over.code).to.equal('too_many_subscriptions');
    expect(over.details).to.include({ limit: 3, scope: 'remote_node', refused: 2 });
    expect(entries(a, ep.nodeId)).to.deep.equal(['ok.one', 'ok.three', 'ok.two']);
    expect(a.broker.pubsub!.meshStats.refused).to.equal(2);
    // the link is not broken by it: removing one makes room
    link.send(delta(3, [{ pattern: 'ok.one', remove: true }, { pattern: 'ok.five' }]));
    await waitFor(() => entries(a, ep.nodeId).includes('ok.five'), 5000, 'room made');
  });

  it('a routed event is delivered to local subscriptions only (plain ones, one member of each named queue group) and never forwarded; a bad one gets invalid_topic', async () => {
    const [a, b] = [await mesh.start(), await mesh.start()];
    await meshed([a, b]);
    const local = await a.connect();
    const plain = await local.subscribe('routed.*');
    const g1 = await local.subscribe('routed.*', 'g');
    const g2 = await local.subscribe('routed.x', 'g');
    const other = await local.subscribe('routed.*', 'not-named');
    const far = await b.connect();
    const farId = await far.subscribe('routed.**');
    await sees(a, b, ['routed.**']);
    const ep = await mesh.ep();
    const link = await rawLink(ep, a);
    for (let n = 0; n < 4; n++) link.send({ routedEvent: { topic: 'routed.x', payload: encodeJson({ n }), publisher: ep.nodeId, queues: ['g'] } });
    link.send({ routedEvent: { topic: 'routed.*', payload: encodeJson({ n: 9 }) } });
    const err = errorOf(await link.next('error'));
    expect(err.code).to.equal('invalid_topic');
    await waitFor(() => local.received('event').length === 8, 5000, '4 plain + 4 group events');
    await sleep(200);
    const subs = local.received('event').map((f) => f.event!.subscriptionId);
    expect(subs.filter((s) => s === plain)).to.have.length(4);
    expect(subs.filter((s) => s === g1 || s === g2)).to.have.length(4);
    expect(subs.filter((s) => s === other), 'a group the origin did not name').to.have.length(0);
    expect(local.received('event')[0]!.event!.publisher).to.equal(ep.nodeId);
    expect(far.received('event').filter((f) => f.event!.subscriptionId === farId), 'not forwarded to b').to.have.length(0);
    expect(a.broker.pubsub!.meshStats.eventsSent).to.equal(0);
    expect(decodeJson(local.received('event')[0]!.event!.payload!)).to.deep.equal({ n: 0 });
  });

  it('a node that stops reading its link is cut off like a slow consumer (slow_consumer); the publisher and the other nodes go on', async () => {
    const opts = { clientQueueBytes: 64 * 1024, maxFrameBytes: 64 * 1024 };
    const [a, b] = [await mesh.start(opts), await mesh.start(opts)];
    await meshed([a, b]);
    const far = await b.connect();
    const farId = await far.subscribe('bulk.**');
    await sees(a, b, ['bulk.**']);
    const ep = await mesh.ep();
    const link = await rawLink(ep, a);
    link.send(snapshot(1, ['bulk.**']));
    await waitFor(() => entries(a, ep.nodeId).length === 1, 5000, 'the slow node\'s interest');
    link.stream.pause();
    const pub = await a.connect();
    const payload = 'x'.repeat(8 * 1024);
    let n = 0;
    while (!link.isClosed && n < 2_000) await pub.publishAcked('bulk.data', { n: n++, payload });
    const why = await link.closed;
    expect(why?.code).to.equal('slow_consumer');
    expect(n).to.be.below(2_000);
    await waitFor(() => entries(a, ep.nodeId).length === 0, 5000, 'its interest dropped with its link');
    // everything published reached the node that reads, and publishing goes on
    for (let i = 0; i < 5; i++) await pub.publishAcked('bulk.data', { n: n++, payload: '' });
    await waitFor(() => far.received('event').filter((f) => f.event!.subscriptionId === farId).length === n, 10_000, `all ${n} at b`);
  });
});
