/**
 * Issue 12 item 5, the property: over the in-process simulation (lib/broker/sim: the real
 * PubSubRouter and interest exchange of every node, real sessions, in-memory links with seeded
 * delays), random nodes, subscriptions with wildcards anywhere (some in queue groups),
 * unsubscribes, node restarts (same id, clients re-subscribing before or after the links come
 * back), redundant links between two nodes that close again (crossed dials) and publishes from
 * any node, with or without the mesh settling first:
 *
 * - always: a subscription gets only messages its pattern matches, each at most once; a queue
 *   group gets each message at most once in the whole mesh; a node receives at most one network
 *   copy of a message;
 * - once the mesh has settled: what each subscription receives equals what one node given all
 *   the subscriptions would deliver (every matching plain subscription once; of each matching
 *   queue group exactly one member, on the publisher's node when it has one), and exactly the
 *   nodes that deliver it received a copy.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { PubSubSim, type SimClient } from '../../lib/broker/sim/index.js';
import { matchesPattern } from '../../lib/pubsub/index.js';

// a small alphabet and short names, so that generated topics often hit generated patterns
const literal = fc.constantFrom('a', 'b');
const topicArb = fc.array(literal, { minLength: 1, maxLength: 3 }).map((s) => s.join('.'));
const patternArb = fc.array(fc.oneof(literal, fc.constant('*'), fc.constant('**')), { minLength: 1, maxLength: 3 }).map((s) => s.join('.'));
const CLIENTS_PER_NODE = 2;
const PROPERTY_RUNS = 300;
const PROPERTY_SEED = 12_052;

type Cmd =
  | { k: 'sub'; node: number; client: number; pattern: string; queue: string | undefined }
  | { k: 'unsub'; node: number; client: number; pick: number }
  | { k: 'restart'; node: number; clientsFirst: boolean }
  | { k: 'pub'; node: number; topic: string; settled: boolean }
  | { k: 'settle' };

const cmdArb: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ k: fc.constant('sub' as const), node: fc.nat(), client: fc.nat(), pattern: patternArb, queue: fc.option(fc.constantFrom('q1', 'q2'), { nil: undefined }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('unsub' as const), node: fc.nat(), client: fc.nat(), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('restart' as const), node: fc.nat(), clientsFirst: fc.boolean() }) },
  { weight: 5, arbitrary: fc.record({ k: fc.constant('pub' as const), node: fc.nat(), topic: topicArb, settled: fc.constantFrom(true, true, false) }) },
  { weight: 1, arbitrary: fc.constant({ k: 'settle' as const }) },
);

/** A subscription anywhere in the mesh, as the model knows it. */
interface ModelSub {
  node: number;
  client: number;
  key: number;
  pattern: string;
  queue: string | undefined;
}

const subId = (node: number, client: number, key: number): string => `${node}/${client}/${key}`;
const idBytes = (id: number): Uint8Array => Uint8Array.from([id >>> 24, (id >>> 16) & 255, (id >>> 8) & 255, id & 255]);
const idOf = (b: Uint8Array): number => ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;

/** What one run exercised, so the property can show it was not vacuous. */
interface RunStats {
  remoteDeliveries: number;
  queueDeliveries: number;
  restarts: number;
}

async function run(seed: number, nodes: number, jitterMs: number, redundantLinks: number, cmds: Cmd[]): Promise<RunStats> {
  const stats: RunStats = { remoteDeliveries: 0, queueDeliveries: 0, restarts: 0 };
  const sim = new PubSubSim({ seed, nodes, jitterMs, redundantLinks });
  await sim.start();
  try {
    const clients: SimClient[][] = Array.from({ length: nodes }, (_, i) => Array.from({ length: CLIENTS_PER_NODE }, () => sim.client(i)));
    /** Every subscription ever made (deliveries may name one that left since). */
    const ever = new Map<string, ModelSub>();
    const messages = new Map<number, { topic: string; origin: number; settled: boolean; live: ModelSub[] }>();
    let nextId = 1;
    const live = (): ModelSub[] => clients.flatMap((cs, node) => cs.flatMap((c, client) => [...c.subscriptions].map(([key, s]) => ({ node, client, key, pattern: s.pattern, queue: s.queue }))));

    for (const cmd of cmds) {
      if (cmd.k === 'sub') {
        const node = cmd.node % nodes;
        const client = cmd.client % CLIENTS_PER_NODE;
        const key = clients[node]![client]!.subscribe(cmd.pattern, cmd.queue);
        ever.set(subId(node, client, key), { node, client, key, pattern: cmd.pattern, queue: cmd.queue });
      } else if (cmd.k === 'unsub') {
        const c = clients[cmd.node % nodes]![cmd.client % CLIENTS_PER_NODE]!;
        const keys = [...c.subscriptions.keys()];
        if (keys.length > 0) c.unsubscribe(keys[cmd.pick % keys.length]!);
      } else if (cmd.k === 'restart') {
        await sim.restart(cmd.node % nodes, { clientsFirst: cmd.clientsFirst });
        stats.restarts++;
      } else if (cmd.k === 'settle') {
        await sim.settle();
      } else {
        const origin = cmd.node % nodes;
        if (cmd.settled) await sim.settle();
        const id = nextId++;
        messages.set(id, { topic: cmd.topic, origin, settled: cmd.settled, live: cmd.settled ? live() : [] });
        clients[origin]![0]!.publish(cmd.topic, idBytes(id));
        if (cmd.settled) await sim.settle();
      }
    }
    await sim.settle();

    // deliveries and network copies per message
    const byMessage = new Map<number, ModelSub[]>();
    for (const d of sim.deliveries) {
      const sub = ever.get(subId(d.node, d.client, d.key))!;
      const id = idOf(d.payload);
      expect(d.topic).to.equal(messages.get(id)!.topic);
      let list = byMessage.get(id);
      if (list === undefined) byMessage.set(id, (list = []));
      list.push(sub);
    }
    const copies = new Map<number, number[]>();
    for (const a of sim.arrivals) {
      if (a.frame.routedEvent == null) continue;
      const id = idOf(a.frame.routedEvent.payload!);
      let list = copies.get(id);
      if (list === undefined) copies.set(id, (list = []));
      list.push(a.to);
    }

    for (const [id, m] of messages) {
      const got = byMessage.get(id) ?? [];
      const what = `message ${id} (${m.topic} from node ${m.origin}${m.settled ? ', settled' : ''})`;
      // always: only matching subscriptions, each at most once, a queue group at most once, one copy per node
      stats.remoteDeliveries += got.filter((s) => s.node !== m.origin).length;
      stats.queueDeliveries += got.filter((s) => s.queue !== undefined).length;
      for (const s of got) expect(matchesPattern(s.pattern, m.topic), `${what} reached ${s.pattern}`).to.equal(true);
      const ids = got.map((s) => subId(s.node, s.client, s.key));
      expect(new Set(ids).size, `${what}: a subscription got it twice`).to.equal(ids.length);
      for (const q of ['q1', 'q2']) expect(got.filter((s) => s.queue === q).length, `${what}: group ${q}`).to.be.at.most(1);
      const to = copies.get(id) ?? [];
      expect(new Set(to).size, `${what}: a node got two copies`).to.equal(to.length);
      expect(to, `${what}: a copy to its own node`).to.not.include(m.origin);
      if (!m.settled) continue;
      // settled: exactly what one node with every subscription delivers
      const matching = m.live.filter((s) => matchesPattern(s.pattern, m.topic));
      const want = matching.filter((s) => s.queue === undefined).map((s) => subId(s.node, s.client, s.key)).sort();
      expect(got.filter((s) => s.queue === undefined).map((s) => subId(s.node, s.client, s.key)).sort(), `${what}: plain subscriptions`).to.deep.equal(want);
      for (const q of ['q1', 'q2']) {
        const members = matching.filter((s) => s.queue === q);
        const took = got.filter((s) => s.queue === q);
        expect(took.length, `${what}: group ${q} has ${members.length} matching members`).to.equal(members.length > 0 ? 1 : 0);
        if (members.some((s) => s.node === m.origin)) expect(took[0]!.node, `${what}: group ${q} has a member on the publisher's node`).to.equal(m.origin);
      }
      const delivering = [...new Set(got.map((s) => s.node).filter((n) => n !== m.origin))].sort();
      expect([...to].sort(), `${what}: copies went to exactly the nodes that deliver it`).to.deep.equal(delivering);
    }
    return stats;
  } finally {
    await sim.stop();
  }
}

describe('pub/sub across the mesh, property (simulation: real routers, in-memory links)', function () {
  this.timeout(120_000);

  it('every subscription receives what one node with all the subscriptions would deliver; at most one network copy per node', async () => {
    const total: RunStats = { remoteDeliveries: 0, queueDeliveries: 0, restarts: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom(0, 0.5),
        fc.array(cmdArb, { minLength: 1, maxLength: 60, size: 'medium' }),
        async (seed, nodes, jitter, redundant, cmds) => {
          const s = await run(seed, nodes, jitter, redundant, cmds);
          total.remoteDeliveries += s.remoteDeliveries;
          total.queueDeliveries += s.queueDeliveries;
          total.restarts += s.restarts;
        },
      ),
      // seeded and bounded: CI replays exactly these runs (a failure prints its own seed and path)
      { numRuns: PROPERTY_RUNS, seed: PROPERTY_SEED, endOnFailure: true },
    );
    if (process.env.PS_DEBUG) console.log(total);
    // not vacuous: the runs crossed nodes, used queue groups and restarted nodes
    expect(total.remoteDeliveries, 'deliveries on another node than the publisher').to.be.greaterThan(1_000);
    expect(total.queueDeliveries, 'queue-group deliveries').to.be.greaterThan(1_000);
    expect(total.restarts, 'restarts').to.be.greaterThan(200);
  });

  it('a restarted node relearns every other node\'s interest and is relearned (both directions), whoever comes back first', async () => {
    for (const clientsFirst of [false, true]) {
      await run(7, 3, 3, 0.5, [
        { k: 'sub', node: 0, client: 0, pattern: 'x.**', queue: undefined },
        { k: 'sub', node: 1, client: 0, pattern: '*.y', queue: 'q1' },
        { k: 'sub', node: 2, client: 1, pattern: 'x.y', queue: 'q1' },
        { k: 'restart', node: 1, clientsFirst },
        { k: 'pub', node: 1, topic: 'x.y', settled: true },
        { k: 'pub', node: 0, topic: 'x.y', settled: true },
        { k: 'restart', node: 0, clientsFirst },
        { k: 'pub', node: 2, topic: 'x.y', settled: true },
        { k: 'pub', node: 0, topic: 'z.y', settled: true },
      ]);
    }
  });
});
