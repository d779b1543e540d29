/**
 * Issue 12 item 2 / issue 9 item 8 on real nodes: five nodes on loopback (each its own tree of OS
 * processes) join one mesh through one bootstrap node; pub/sub crosses them (MeshMembership links
 * every member of the realm, interest is exchanged on each link, a publish goes once to each node
 * with matching interest). SDK clients over real QUIC, one per node. The five nodes are shared by
 * the cases, started in before() and killed in after() with an orphan check.
 *
 * Waiting: interest on a link is applied in order, so once a probe subscribed *after* a case's
 * subscriptions is reached from a node, that node has the case's subscriptions too; the cases
 * wait for their probes (published again until they arrive), then publish once and assert
 * exact counts.
 */
import { expect } from 'chai';
import { existsSync } from 'node:fs';
import type { MaculaClient, Message, Subscription } from '../../lib/client/index.js';
import { CLI as MACULA } from '../cli/helpers.js';
import { isAlive, killAllAndCheckOrphans, sleep, startNode, type TestNode } from '../helpers/cluster.js';
import { closeClients, nodeClient, quicUrl } from '../integration/messagingHelpers.js';
import { MESH_ENV, until } from './meshEnv.js';

const NODES = 5;
/** How long a probe may take to get through (interest crossing a fresh mesh on 2 busy cores). */
const CONVERGE_MS = 25_000;
/** After the expected deliveries arrived: time for a duplicate (or a stray) to show up. */
const QUIET_MS = 500;

interface Got {
  topic: string;
  from: number;
}

const record = (into: Got[]) => (m: Message) => void into.push({ topic: m.topic, from: (m.json() as { from: number }).from });


describe('pub/sub across five real nodes (issue 12 item 2, queue groups issue 9 item 8)', function () {
  this.timeout(60_000);
  const nodes: TestNode[] = [];
  const clients: MaculaClient[] = [];
  let seedUrl = '';

  /**
   * Subscribe `probe.<tag>.n<i>` on each of `at` (after the case's own subscriptions) and publish
   * to them from each of `from` until every pair got through: the case's interest is in place.
   */
  async function converge(tag: string, at: number[], from: number[]): Promise<void> {
    const got = new Map<number, Set<number>>(at.map((i) => [i, new Set()]));
    const subs: Subscription[] = [];
    for (const i of at) subs.push(await clients[i]!.subscribe(`probe.${tag}.n${i}`, (m) => void got.get(i)!.add((m.json() as { from: number }).from)));
    const done = () => at.every((i) => from.every((j) => got.get(i)!.has(j)));
    await until(`${tag}: probes from ${from.join(',')} to ${at.join(',')}`, CONVERGE_MS, done, async () => {
      for (const i of at) for (const j of from) if (!got.get(i)!.has(j)) await clients[j]!.publish(`probe.${tag}.n${i}`, { from: j });
    });
    for (const s of subs) await s.unsubscribe();
  }

  before(async function () {
    this.timeout(90_000);
    if (!existsSync(MACULA)) throw new Error(`${MACULA} is missing: run npm run build`);
    const seed = await startNode({ env: MESH_ENV });
    nodes.push(seed);
    seedUrl = `quic://127.0.0.1:${(await quicUrl(seed)).split(':').pop()}`;
    const rest = await Promise.all(Array.from({ length: NODES - 1 }, () => startNode({ env: { ...MESH_ENV, MACULA_BOOTSTRAP_URL: seedUrl }, readyTimeoutMs: 30_000 })));
    nodes.push(...rest);
    for (const n of nodes) clients.push(await nodeClient(n));
  });
  after(async () => {
    await closeClients();
    expect(await killAllAndCheckOrphans(), 'processes that outlived their root').to.deep.equal([]);
  });

  it('every node reaches every node: exact, `*` and `**` (leading and in the middle) patterns, each message once', async () => {
    // node i: four patterns that match only topics naming n<i>, and none of each other's topics
    const patterns = (i: number) => [`pe.n${i}`, `ps.*.n${i}`, `**.pa.n${i}`, `pm.**.n${i}`];
    const topics = (i: number) => [`pe.n${i}`, `ps.x.n${i}`, `q.r.pa.n${i}`, `pm.a.b.n${i}`];
    const got = nodes.map(() => patterns(0).map(() => [] as Got[]));
    const subs: Subscription[] = [];
    for (const [i, c] of clients.entries()) for (const [k, p] of patterns(i).entries()) subs.push(await c.subscribe(p, record(got[i]![k]!)));
    const all = nodes.map((_, i) => i);
    await converge('all', all, all);

    for (const [j, c] of clients.entries()) for (const i of all) for (const t of topics(i)) await c.publish(t, { from: j }, { ack: true });
    const expected = NODES * NODES * 4;
    const count = () => got.flat().reduce((n, g) => n + g.length, 0);
    await until(`${expected} deliveries`, 15_000, () => count() >= expected);
    await sleep(QUIET_MS);
    // one assertion loop: subscription k of node i got its topic once from each of the five nodes
    for (const i of all) {
      for (const [k, t] of topics(i).entries()) {
        const g = got[i]![k]!;
        expect(g.map((x) => x.topic), `node ${i} pattern ${patterns(i)[k]}`).to.deep.equal(all.map(() => t));
        expect(g.map((x) => x.from).sort(), `node ${i} pattern ${patterns(i)[k]}: one from each node`).to.deep.equal(all);
      }
    }
    expect(count(), 'nothing else, nothing twice').to.equal(expected);
    for (const s of subs) await s.unsubscribe();
  });

  it('a queue group with members on three nodes: each member gets a share, every message exactly one member; a member on the publisher\'s node takes all', async () => {
    const members = [1, 2, 3];
    const got = new Map<number, number[]>(members.map((i) => [i, []]));
    const plain: number[] = [];
    const subs: Subscription[] = [];
    for (const i of members) subs.push(await clients[i]!.subscribe('pq.work', (m) => void got.get(i)!.push((m.json() as { n: number }).n), { queue: 'workers' }));
    subs.push(await clients[4]!.subscribe('pq.*', (m) => void plain.push((m.json() as { n: number }).n)));
    await converge('queue', [...members, 4], [0, 1]);

    const MESSAGES = 60;
    for (let n = 0; n < MESSAGES; n++) await clients[0]!.publish('pq.work', { n }, { ack: true });
    const taken = () => [...got.values()].reduce((s, g) => s + g.length, 0);
    await until(`${MESSAGES} messages taken by the group`, 15_000, () => taken() >= MESSAGES && plain.length >= MESSAGES);
    await sleep(QUIET_MS);
    const all = [...got.values()].flat().sort((a, b) => a - b);
    expect(all, 'every message exactly one member').to.deep.equal(Array.from({ length: MESSAGES }, (_, n) => n));
    // the publisher's node has no member: nodes with members take turns (20 each for 3 nodes)
    for (const i of members) expect(got.get(i)!.length, `member on node ${i}`).to.be.at.least(MESSAGES / members.length / 2);
    expect(plain.sort((a, b) => a - b), 'a plain subscription beside the group gets every message').to.deep.equal(all);

    // published on node 1, which has a member: that member takes them all, locally
    for (const g of got.values()) g.length = 0;
    for (let n = 0; n < 10; n++) await clients[1]!.publish('pq.work', { n }, { ack: true });
    await until('10 more taken', 10_000, () => taken() >= 10);
    await sleep(QUIET_MS);
    expect(got.get(1), 'the local member').to.have.length(10);
    expect(got.get(2)!.length + got.get(3)!.length, 'no remote member').to.equal(0);
    for (const s of subs) await s.unsubscribe();
  });

  it('a node restarted with the same id (same data dir, SIGKILL) gets its subscriptions back in both directions', async () => {
    const R = 3;
    const old = nodes[R]!;
    const before = await old.status();
    const port = (await quicUrl(old)).split(':').pop()!;
    const pids: number[] = [];
    const walk = (d: { pid?: number; children?: unknown[] }): void => {
      if (d.pid) pids.push(d.pid);
      for (const c of (d.children ?? []) as Array<{ pid?: number; children?: unknown[] }>) walk(c);
    };
    walk(before.tree);
    // subscriptions made before the restart: on the node that restarts (its client restores them
    // on reconnect) and on another node (the restarted node must learn it afresh)
    const onR: Got[] = [];
    const onOther: Got[] = [];
    const sR = await clients[R]!.subscribe('pr.to.restarted.*', record(onR));
    const sO = await clients[0]!.subscribe('pr.from.restarted.*', record(onOther));
    await converge('restart-before', [R, 0], [0, R]);

    process.kill(old.pid, 'SIGKILL');
    await old.exited;
    await until('the old incarnation\'s processes to exit', 10_000, () => pids.every((p) => !isAlive(p)));
    const fresh = await startNode({ dir: old.dir, env: { ...MESH_ENV, MACULA_BOOTSTRAP_URL: seedUrl, MACULA_QUIC_PORT: port }, readyTimeoutMs: 30_000 });
    nodes[R] = fresh;
    expect((await fresh.status()).nodeId, 'same id').to.equal(before.nodeId);

    // both directions through the fresh node: its restored subscription is reached from every
    // other node, and its publishes reach node 0's subscription it never saw being made
    const others = [0, 1, 2, 4];
    const seenR = new Set<number>();
    const links = async (): Promise<string> => {
      const ids = await Promise.all(nodes.map(async (n) => (await n.status()).nodeId.slice(0, 8)));
      type L = { nodeId: string; via?: string; initiator?: string; connectedAtMs?: number };
      const held = await Promise.all(nodes.map(async (n) => ((JSON.parse((await n.control({ mesh: {} })).mesh!.json!) as { links: L[] }).links ?? []).map((l) => `${l.nodeId.slice(0, 8)}:${l.via ? `via ${l.via.slice(0, 8)}` : l.initiator}@${(l.connectedAtMs ?? 0) % 100_000}`)));
      return `nodes ${JSON.stringify(ids)}, links ${JSON.stringify(held)}, client on R connected: ${clients[R]!.connected}`;
    };
    await until(async () => `every other node to reach the restarted node's restored subscription (reached from ${JSON.stringify([...seenR])}; ${await links()})`, CONVERGE_MS, () => others.every((j) => seenR.has(j)), async () => {
      for (const g of onR.splice(0)) seenR.add(g.from);
      for (const j of others) if (!seenR.has(j)) await clients[j]!.publish(`pr.to.restarted.x`, { from: j });
    });
    await until('the restarted node to reach node 0', CONVERGE_MS, () => onOther.length > 0, async () => {
      await clients[R]!.publish('pr.from.restarted.x', { from: R }).catch(() => undefined);
    });
    // settled: one publish each way, exactly one delivery each
    onR.length = 0;
    onOther.length = 0;
    await clients[1]!.publish('pr.to.restarted.y', { from: 1 }, { ack: true });
    await clients[R]!.publish('pr.from.restarted.y', { from: R }, { ack: true });
    await until('one delivery each way', 10_000, () => onR.some((g) => g.topic.endsWith('.y')) && onOther.some((g) => g.topic.endsWith('.y')));
    await sleep(QUIET_MS);
    expect(onR.filter((g) => g.topic === 'pr.to.restarted.y')).to.deep.equal([{ topic: 'pr.to.restarted.y', from: 1 }]);
    expect(onOther.filter((g) => g.topic === 'pr.from.restarted.y')).to.deep.equal([{ topic: 'pr.from.restarted.y', from: R }]);
    await sR.unsubscribe();
    await sO.unsubscribe();
    if (process.env.PS_DEBUG) console.log('owed snapshots:', nodes.map((n) => (n.stderr.match(/owed its pub\/sub interest snapshot/g) ?? []).length));
  });

  it('a node of another realm on the same machine receives nothing, and what it publishes reaches no one here', async () => {
    const other = await startNode({ env: { ...MESH_ENV, MACULA_REALM: 'test.other', MACULA_BOOTSTRAP_URL: seedUrl }, readyTimeoutMs: 30_000 });
    const stranger = await nodeClient(other, { realm: 'test.other' });
    const strayed: Got[] = [];
    await stranger.subscribe('px.**', record(strayed));
    const here: Got[] = [];
    const subs = await Promise.all(clients.map((c) => c.subscribe('px.**', record(here))));
    const all = nodes.map((_, i) => i);
    await converge('realm', all, all);
    // the other realm's node has had several membership rounds to (wrongly) find this realm
    await sleep(1_500);
    for (const [j, c] of clients.entries()) await c.publish(`px.from.n${j}`, { from: j }, { ack: true });
    await stranger.publish('px.from.stranger', { from: 99 }, { ack: true });
    await until('the realm\'s own deliveries', 10_000, () => here.length >= NODES * NODES);
    await sleep(1_000);
    expect(here.filter((g) => g.from === 99), 'the other realm\'s publish here').to.deep.equal([]);
    expect(here, 'each node\'s publish at each node once').to.have.length(NODES * NODES);
    expect(strayed, 'this realm\'s publishes in the other realm').to.deep.equal([{ topic: 'px.from.stranger', from: 99 }]);
    for (const s of subs) await s.unsubscribe();
  });
});
