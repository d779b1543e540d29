/**
 * LocalInterest (refcounted entries: only 0 → 1 and 1 → 0 are news) and RemoteInterest (other
 * nodes' patterns in a trie, one route per node, per-link sequence checks, bounds). Pure: no
 * sockets, no timers.
 */
import { expect } from 'chai';
import { LocalInterest, RemoteInterest, nextSeq, type InterestEntry } from '../../lib/pubsub/index.js';

class Peer {
  closed = false;
  constructor(readonly nodeId: string) {}
}

const plain = (...patterns: string[]): InterestEntry[] => patterns.map((pattern) => ({ pattern, queue: '' }));
const snap = (seq: number, entries: InterestEntry[], begin = true, end = true) => ({ seq, begin, end, entries });
const routes = (r: RemoteInterest<Peer>, topic: string) => r.match(topic).map((x) => ({ node: x.nodeId, plain: x.plain, queues: [...(x.queues ?? [])].sort() }));

describe('pubsub: LocalInterest (refcounted interest entries)', () => {
  it('reports only an entry\'s first subscription and its last one leaving; queue entries are their own', () => {
    const l = new LocalInterest();
    expect(l.add('a.*')).to.equal(true);
    expect(l.add('a.*')).to.equal(false);
    expect(l.add('a.*', 'g')).to.equal(true);
    expect(l.count('a.*')).to.equal(2);
    expect(l.remove('a.*')).to.equal(false);
    expect(l.remove('a.*')).to.equal(true);
    expect(l.remove('a.*')).to.equal(false);
    expect([...l.entries()]).to.deep.equal([{ pattern: 'a.*', queue: 'g' }]);
    expect(l.size).to.equal(1);
  });
});

describe('pubsub: RemoteInterest (other nodes\' interest)', () => {
  it('matches remote patterns with * and ** anywhere, one route per node however many of its entries match', () => {
    const r = new RemoteInterest<Peer>();
    const [a, b] = [new Peer('A'), new Peer('B')];
    r.attach(a);
    r.attach(b);
    expect(r.snapshot(a, snap(1, plain('x.*.z', '**.z', 'x.y.z', '**')))).to.deep.equal({ kind: 'ok' });
    r.snapshot(b, snap(1, [{ pattern: 'x.**', queue: 'g' }, { pattern: '*.y.*', queue: 'g' }, { pattern: 'x.y.*', queue: 'h' }]));
    expect(routes(r, 'x.y.z')).to.deep.equal([
      { node: 'A', plain: true, queues: [] },
      { node: 'B', plain: false, queues: ['g', 'h'] },
    ]);
    expect(routes(r, 'q')).to.deep.equal([{ node: 'A', plain: true, queues: [] }]);
    expect(r.size).to.equal(7);
  });

  it('two links to one node (crossed dials, a restart racing its old link) still make one route, on the newest live link', () => {
    const r = new RemoteInterest<Peer>();
    const [old, fresh] = [new Peer('A'), new Peer('A')];
    r.attach(old);
    r.snapshot(old, snap(1, plain('t.*')));
    r.attach(fresh);
    r.snapshot(fresh, snap(1, plain('t.x')));
    const m = r.match('t.x');
    expect(m).to.have.length(1);
    expect(m[0]!.peer).to.equal(fresh);
    fresh.closed = true;
    expect(r.match('t.x')[0]!.peer).to.equal(old);
    r.detach(old);
    r.detach(fresh);
    expect(r.match('t.x')).to.deep.equal([]);
    expect([r.size, r.nodeCount]).to.deep.equal([0, 0]);
  });

  it('applies frames in sequence only: a delta first, or a gap, asks for a resync and keeps what it held until the new snapshot replaces it', () => {
    const r = new RemoteInterest<Peer>();
    const a = new Peer('A');
    r.attach(a);
    expect(r.delta(a, { seq: 1, ops: [{ pattern: 'x', queue: '', remove: false }] })).to.deep.equal({ kind: 'resync', expected: 0, got: 1 });
    expect(r.delta(a, { seq: 2, ops: [] })).to.deep.equal({ kind: 'ignored' });
    r.snapshot(a, snap(3, plain('one', 'two')));
    expect(r.delta(a, { seq: 4, ops: [{ pattern: 'two', queue: '', remove: true }, { pattern: 'three', queue: '', remove: false }, { pattern: 'two', queue: '', remove: false }] }).kind).to.equal('ok');
    expect(r.entriesOf(a).map((e) => e.pattern).sort()).to.deep.equal(['one', 'three', 'two']);
    expect(r.delta(a, { seq: 6, ops: [] })).to.deep.equal({ kind: 'resync', expected: 5, got: 6 });
    // a chunk that is not a begin is ignored while the resync is pending
    expect(r.snapshot(a, snap(7, plain('zzz'), false, true))).to.deep.equal({ kind: 'ignored' });
    expect(r.entriesOf(a)).to.have.length(3);
    r.snapshot(a, snap(8, plain('new.a'), true, false));
    expect(r.entriesOf(a), 'replaced only at the end chunk').to.have.length(3);
    expect(r.delta(a, { seq: 9, ops: [] }).kind, 'a delta inside a snapshot').to.equal('resync');
    r.snapshot(a, snap(10, plain('new.a'), true, false));
    r.snapshot(a, snap(11, plain('new.b'), false, true));
    expect(r.entriesOf(a).map((e) => e.pattern).sort()).to.deep.equal(['new.a', 'new.b']);
    expect(r.size).to.equal(2);
  });

  it('bounds: entries per link and per realm are refused past their limits, and reported', () => {
    const r = new RemoteInterest<Peer>({ maxPerNode: 2, maxTotal: 3 });
    const [a, b] = [new Peer('A'), new Peer('B')];
    r.attach(a);
    r.attach(b);
    expect(r.snapshot(a, snap(1, plain('a1', 'a2', 'a3')))).to.deep.equal({ kind: 'ok', refusal: { refused: 1, limit: 2, scope: 'remote_node' } });
    expect(r.snapshot(b, snap(1, plain('b1', 'b2')))).to.deep.equal({ kind: 'ok', refusal: { refused: 1, limit: 3, scope: 'remote_realm' } });
    expect(r.size).to.equal(3);
    const removed = r.delta(a, { seq: 2, ops: [{ pattern: 'a1', queue: '', remove: true }] });
    expect(removed.kind).to.equal('ok');
    expect(r.delta(b, { seq: 2, ops: [{ pattern: 'b2', queue: '', remove: false }] })).to.deep.equal({ kind: 'ok' });
    expect(r.size).to.equal(3);
  });

  it('a peer may have its own bound (a link from another cell: its cell\'s entries), and every entry taken or dropped is told to onChange', () => {
    const changes: string[] = [];
    const [a, b] = [new Peer('A'), new Peer('B')];
    const r = new RemoteInterest<Peer>({ maxPerNode: 1, maxTotal: 10, limitOf: (p) => (p === b ? 4 : 1), onChange: (p, e, added) => void changes.push(`${p.nodeId}${added ? '+' : '-'}${e.pattern}`) });
    r.attach(a);
    r.attach(b);
    expect(r.snapshot(a, snap(1, plain('a1', 'a2')))).to.deep.equal({ kind: 'ok', refusal: { refused: 1, limit: 1, scope: 'remote_node' } });
    expect(r.snapshot(b, snap(1, plain('b1', 'b2', 'b3', 'b4', 'b5')))).to.deep.equal({ kind: 'ok', refusal: { refused: 1, limit: 4, scope: 'remote_node' } });
    expect(r.size).to.equal(5);
    // a snapshot replacing the last, a delta's removal, a detach: each dropped entry is told
    r.snapshot(b, snap(2, plain('b1', 'b2', 'b6')));
    r.delta(b, { seq: 3, ops: [{ pattern: 'b1', queue: '', remove: true }] });
    r.detach(a);
    expect(changes).to.deep.equal(['A+a1', 'B+b1', 'B+b2', 'B+b3', 'B+b4', 'B-b3', 'B-b4', 'B+b6', 'B-b1', 'A-a1']);
  });

  it('bad patterns and queue names are reported, the rest applied', () => {
    const r = new RemoteInterest<Peer>();
    const a = new Peer('A');
    r.attach(a);
    const out = r.snapshot(a, snap(1, [{ pattern: 'ok', queue: '' }, { pattern: 'a..b', queue: '' }, { pattern: 'x', queue: 'bad name' }]));
    expect(out.kind).to.equal('ok');
    expect(out.kind === 'ok' && out.invalid?.code).to.equal('invalid_topic');
    expect(r.entriesOf(a)).to.deep.equal([{ pattern: 'ok', queue: '' }]);
  });

  it('sequence numbers wrap past 2^32 - 1 to 1, never 0', () => {
    expect(nextSeq(0xffff_fffe)).to.equal(0xffff_ffff);
    expect(nextSeq(0xffff_ffff)).to.equal(1);
  });
});
