/**
 * MeshRoutes (issue 12 item 3): the distance vector over node links, driven as MeshPool drives it
 * (link ups and downs, reach frames delivered in order per link) across a whole simulated graph.
 * After the exchanges settle, every node's route to every other must be a shortest path (BFS over
 * the links), through a neighbour one hop closer; after links are cut, the routes settle again
 * to the new shortest paths, and nothing is left to nodes that became unreachable.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { MeshRoutes, type ReachEntry } from '../../lib/broker/MeshRoutes.js';

/** A graph of MeshRoutes with in-order per-link queues, flushed like MeshPool's timer. */
class Net {
  readonly nodes = new Map<string, MeshRoutes>();
  readonly edges = new Set<string>();
  readonly queue: Array<{ from: string; to: string; entries: ReachEntry[]; snapshot: boolean }> = [];
  frames = 0;

  constructor(ids: string[], horizon?: number) {
    for (const id of ids) this.nodes.set(id, new MeshRoutes(id, { horizon }));
  }

  static key(a: string, b: string): string {
    return a < b ? `${a}|${b}` : `${b}|${a}`;
  }

  link(a: string, b: string): void {
    if (this.edges.has(Net.key(a, b))) return;
    this.edges.add(Net.key(a, b));
    for (const [x, y] of [[a, b], [b, a]] as const) {
      this.nodes.get(x)!.neighborUp(y);
      this.queue.push({ from: x, to: y, entries: this.nodes.get(x)!.pending(y, true), snapshot: true });
    }
  }

  cut(a: string, b: string): void {
    if (!this.edges.delete(Net.key(a, b))) return;
    // frames in flight on that link are lost with it
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const q = this.queue[i]!;
      if (Net.key(q.from, q.to) === Net.key(a, b)) this.queue.splice(i, 1);
    }
    this.nodes.get(a)!.neighborDown(b);
    this.nodes.get(b)!.neighborDown(a);
  }

  /** Deliver everything queued, and every change it causes, until quiet (bounded); returns the rounds. */
  settle(maxRounds = 200): number {
    for (let round = 0; round < maxRounds; round++) {
      while (this.queue.length > 0) {
        const q = this.queue.shift()!;
        if (!this.edges.has(Net.key(q.from, q.to))) continue;
        this.frames++;
        this.nodes.get(q.to)!.apply(q.from, q.entries, q.snapshot);
      }
      let sent = 0;
      for (const [id, r] of this.nodes) {
        for (const n of r.neighbors) {
          const entries = r.pending(n);
          if (entries.length > 0) {
            this.queue.push({ from: id, to: n, entries, snapshot: false });
            sent++;
          }
        }
      }
      if (sent === 0) return round + 1;
    }
    throw new Error('routes did not settle');
  }

  /** Shortest hop counts from `src` over the current links. */
  bfs(src: string): Map<string, number> {
    const dist = new Map([[src, 0]]);
    const todo = [src];
    while (todo.length > 0) {
      const x = todo.shift()!;
      for (const e of this.edges) {
        const [a, b] = e.split('|') as [string, string];
        const y = a === x ? b : b === x ? a : undefined;
        if (y !== undefined && !dist.has(y)) {
          dist.set(y, dist.get(x)! + 1);
          todo.push(y);
        }
      }
    }
    return dist;
  }

  /** Every node's routes equal the shortest paths (within the horizon), each through a neighbour one closer. */
  check(): void {
    for (const [id, r] of this.nodes) {
      const dist = this.bfs(id);
      const want = new Map([...dist].filter(([d, h]) => d !== id && h < r.horizon));
      const got = new Map(r.routes().map((x) => [x.nodeId, x]));
      expect([...got.keys()].sort(), `destinations of ${id}`).to.deep.equal([...want.keys()].sort());
      for (const [d, h] of want) {
        const route = got.get(d)!;
        expect(route.hops, `${id} → ${d}`).to.equal(h);
        expect(this.edges.has(Net.key(id, route.via)), `${id} → ${d} via a neighbour`).to.equal(true);
        expect(route.via === d ? 0 : this.bfs(route.via).get(d), `${id} → ${d}: ${route.via} is one closer`).to.equal(h - 1);
      }
    }
  }
}

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `n${String(i).padStart(2, '0')}`);

describe('MeshRoutes: the distance vector over node links', () => {
  it('a line A – B – C – D: A reaches D through B in 3 hops; cutting C – D withdraws D everywhere', () => {
    const net = new Net(['a', 'b', 'c', 'd']);
    net.link('a', 'b');
    net.link('b', 'c');
    net.link('c', 'd');
    net.settle();
    expect(net.nodes.get('a')!.route('d')).to.deep.equal({ nodeId: 'd', via: 'b', hops: 3 });
    expect(net.nodes.get('d')!.route('a')).to.deep.equal({ nodeId: 'a', via: 'c', hops: 3 });
    net.check();
    net.cut('c', 'd');
    net.settle();
    expect(net.nodes.get('a')!.route('d')).to.equal(undefined);
    expect(net.nodes.get('b')!.route('d')).to.equal(undefined);
    expect(net.nodes.get('d')!.routes()).to.deep.equal([]);
    net.check();
  });

  it('a direct link wins over any route; equal routes go through the lower node id', () => {
    const net = new Net(['a', 'b', 'c', 'd']);
    net.link('a', 'b');
    net.link('a', 'c');
    net.link('b', 'd');
    net.link('c', 'd');
    net.settle();
    expect(net.nodes.get('a')!.route('d')).to.deep.equal({ nodeId: 'd', via: 'b', hops: 2 });
    net.link('a', 'd');
    net.settle();
    expect(net.nodes.get('a')!.route('d')).to.deep.equal({ nodeId: 'd', via: 'd', hops: 1 });
    net.cut('a', 'd');
    net.cut('a', 'b');
    net.settle();
    expect(net.nodes.get('a')!.route('d')).to.deep.equal({ nodeId: 'd', via: 'c', hops: 2 });
  });

  it('split horizon: a node never offers a neighbour a route through that neighbour', () => {
    const net = new Net(['a', 'b', 'c']);
    net.link('a', 'b');
    net.link('b', 'c');
    net.settle();
    const b = net.nodes.get('b')!;
    expect(b.pending('a', true).map((e) => e.nodeId)).to.deep.equal(['c']);
    expect(b.pending('c', true).map((e) => e.nodeId)).to.deep.equal(['a']);
    // a's route to c is through b: a tells b nothing about c
    expect(net.nodes.get('a')!.pending('b', true)).to.deep.equal([]);
  });

  it('a cut ring tail is withdrawn within the horizon: counting to infinity stops at ROUTE_HORIZON', () => {
    // a ring of 4 with a tail: when the tail goes, the ring bounces its stale route around (split
    // horizon cures two-node loops only) until the hop count reaches the horizon. Frames that
    // follow such a transient loop die by max_hops and the relays' seen-cache (MeshRelay).
    const net = new Net(['a', 'b', 'c', 'd', 't']);
    for (const [x, y] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a'], ['a', 't']] as const) net.link(x, y);
    net.settle();
    net.check();
    net.cut('a', 't');
    const rounds = net.settle();
    net.check();
    const horizon = net.nodes.get('a')!.horizon;
    expect(rounds, 'exchange rounds to withdraw the tail').to.be.at.most(horizon + 1);
    for (const id of ['a', 'b', 'c', 'd']) expect(net.nodes.get(id)!.route('t'), id).to.equal(undefined);
  });

  it('a route longer than the horizon does not exist', () => {
    const net = new Net(ids(6), 4);
    for (let i = 0; i < 5; i++) net.link(`n0${i}`, `n0${i + 1}`);
    net.settle();
    const r = net.nodes.get('n00')!;
    expect(r.route('n03')?.hops).to.equal(3);
    expect(r.route('n04')).to.equal(undefined);
    net.check();
  });

  it('bounded: entries past the per-neighbour bound are refused and counted, the nearest kept', () => {
    const r = new MeshRoutes('self', { maxPerNeighbor: 3 });
    r.neighborUp('n');
    const refused = r.apply('n', [5, 1, 4, 2, 3].map((h) => ({ nodeId: `d${h}`, hops: h })), true);
    expect(refused).to.equal(2);
    expect(r.refused).to.equal(2);
    expect(r.entries).to.equal(3);
    expect(r.routes().map((x) => x.nodeId)).to.deep.equal(['n', 'd1', 'd2', 'd3']);
    // a withdrawal frees room; a snapshot replaces everything
    r.apply('n', [{ nodeId: 'd1', hops: 0 }, { nodeId: 'd5', hops: 5 }], false);
    expect(r.routes().map((x) => x.nodeId)).to.deep.equal(['n', 'd2', 'd3', 'd5']);
    r.apply('n', [{ nodeId: 'x', hops: 1 }], true);
    expect(r.entries).to.equal(1);
    r.neighborDown('n');
    expect(r.entries).to.equal(0);
    expect(r.routes()).to.deep.equal([]);
  });

  it('ignores entries naming itself, the sender, or bad hop counts', () => {
    const r = new MeshRoutes('self');
    r.neighborUp('n');
    r.apply('n', [{ nodeId: 'self', hops: 1 }, { nodeId: 'n', hops: 1 }, { nodeId: '', hops: 1 }, { nodeId: 'far', hops: 99 }, { nodeId: 'ok', hops: 2 }], true);
    expect(r.routes().map((x) => `${x.nodeId}:${x.hops}`)).to.deep.equal(['n:1', 'ok:3']);
    // from a node that is not a neighbour: nothing
    expect(r.apply('stranger', [{ nodeId: 'z', hops: 1 }], true)).to.equal(0);
    expect(r.route('z')).to.equal(undefined);
  });

  it('property: on random graphs, after random links and cuts settle, every route is a shortest path', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 10 }),
        (n, links, cuts) => {
          const names = ids(n);
          const net = new Net(names);
          for (const [x, y] of links) if (x % n !== y % n) net.link(names[x % n]!, names[y % n]!);
          net.settle();
          net.check();
          for (const [x, y] of cuts) net.cut(names[x % n]!, names[y % n]!);
          net.settle();
          net.check();
        },
      ),
      { numRuns: 300 },
    );
  });
});
