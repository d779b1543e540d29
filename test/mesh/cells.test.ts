/**
 * Pub/sub across cells on real nodes (`pubsub_cell_bits` 1, lib/pubsub/cells.ts): four nodes on
 * loopback, each its own tree of OS processes, two in each cell (their certificates are made
 * before the nodes start, drawn until the cells are even, and given as cert_path / key_path).
 * They join one DHT through the first; each node's pub/sub membership finds its cell under its
 * cell's key and one node of the other cell under that cell's key. Shared by the cases, killed in
 * after() with an orphan check.
 */
import { expect } from 'chai';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MaculaClient, Message } from '../../lib/client/index.js';
import { generateIdentity, nodeIdFromCertPem } from '../../lib/identity/index.js';
import { cellOf } from '../../lib/pubsub/index.js';
import { CLI as MACULA } from '../cli/helpers.js';
import { killAllAndCheckOrphans, sleep, startNode, type TestNode } from '../helpers/cluster.js';
import { closeClients, nodeClient, quicUrl } from '../integration/messagingHelpers.js';
import { MESH_ENV, until } from './meshEnv.js';

const BITS = 1;
const ENV: Record<string, string> = { ...MESH_ENV, MACULA_PUBSUB_CELL_BITS: String(BITS) };
const CONVERGE_MS = 25_000;
const QUIET_MS = 500;

interface Cells {
  bits: number;
  cell: number;
  cells: number;
  designated: Array<{ realm: string; cell: number; nodeId: string }>;
}

/** Certificates for [cell 0, cell 0, cell 1, cell 1], written to a temp dir. */
function evenCerts(): Array<{ cert: string; key: string; nodeId: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'macula-cells-'));
  const byCell: Array<Array<{ cert: string; key: string; nodeId: string }>> = [[], []];
  let n = 0;
  while (byCell[0]!.length < 2 || byCell[1]!.length < 2) {
    const id = generateIdentity({ keyBits: 1024 });
    const nodeId = nodeIdFromCertPem(id.certPem);
    const into = byCell[cellOf(nodeId, BITS)]!;
    if (into.length >= 2) continue;
    const cert = join(dir, `n${n}.crt`);
    const key = join(dir, `n${n++}.key`);
    writeFileSync(cert, id.certPem);
    writeFileSync(key, id.keyPem, { mode: 0o600 });
    into.push({ cert, key, nodeId });
  }
  return [...byCell[0]!, ...byCell[1]!];
}


describe('pub/sub across cells on four real nodes (pubsub_cell_bits 1)', function () {
  this.timeout(60_000);
  const nodes: TestNode[] = [];
  const clients: MaculaClient[] = [];
  let certs: Array<{ cert: string; key: string; nodeId: string }> = [];

  const cellsOf = async (n: TestNode): Promise<Cells> => (JSON.parse((await n.control({ mesh: {} })).mesh!.json!) as { cells: Cells }).cells;

  before(async function () {
    this.timeout(90_000);
    if (!existsSync(MACULA)) throw new Error(`${MACULA} is missing: run npm run build`);
    certs = evenCerts();
    const env = (i: number) => ({ ...ENV, MACULA_CERT_PATH: certs[i]!.cert, MACULA_KEY_PATH: certs[i]!.key });
    const seed = await startNode({ env: env(0) });
    nodes.push(seed);
    const seedUrl = `quic://127.0.0.1:${(await quicUrl(seed)).split(':').pop()}`;
    nodes.push(...await Promise.all([1, 2, 3].map((i) => startNode({ env: { ...env(i), MACULA_BOOTSTRAP_URL: seedUrl }, readyTimeoutMs: 30_000 }))));
    for (const n of nodes) clients.push(await nodeClient(n));
  });
  after(async () => {
    await closeClients();
    expect(await killAllAndCheckOrphans(), 'processes that outlived their root').to.deep.equal([]);
  });

  it('each node is in the cell its id names and holds interest through one node of the other cell; `macula-cluster mesh` says so', async () => {
    await until('every node to hold a link into the other cell', CONVERGE_MS, async () => (await Promise.all(nodes.map(cellsOf))).every((c) => c.designated.length === 1));
    for (const [i, n] of nodes.entries()) {
      const c = await cellsOf(n);
      const mine = i < 2 ? 0 : 1;
      expect(c.bits).to.equal(BITS);
      expect(c.cell, `node ${i}`).to.equal(mine);
      expect(c.designated.map((d) => d.cell)).to.deep.equal([1 - mine]);
      // the node held for the other cell is one of that cell's two
      expect((i < 2 ? [certs[2]!, certs[3]!] : [certs[0]!, certs[1]!]).map((x) => x.nodeId)).to.include(c.designated[0]!.nodeId);
    }
    const text = await nodes[0]!.cli(['mesh']);
    expect(text.exitCode, text.stderr).to.equal(0);
    expect(text.stdout).to.include('pub/sub cells (pubsub_cell_bits 1): this node is in cell 0 of 2; interest held from 1 other cell:');
  });

  it('every node reaches every node, exact and wildcard patterns, each message once', async () => {
    const got = nodes.map(() => [[], []] as [string[], string[]]);
    const subs = [];
    for (const [i, c] of clients.entries()) {
      subs.push(await c.subscribe(`ce.n${i}`, (m: Message) => void got[i]![0].push(String((m.json() as { from: number }).from))));
      subs.push(await c.subscribe('cw.**', (m: Message) => void got[i]![1].push(`${m.topic}/${(m.json() as { from: number }).from}`)));
    }
    // probes: subscribed after the case's subscriptions, so once one gets through, so did they
    const probed = new Map<string, boolean>();
    const probes = [];
    for (const [i, c] of clients.entries()) probes.push(await c.subscribe(`cp.n${i}`, (m: Message) => void probed.set(`${(m.json() as { from: number }).from}>${i}`, true)));
    const pairs = nodes.flatMap((_, i) => nodes.map((__, j) => [j, i] as const).filter(([j]) => j !== i));
    await until('probes between every pair of nodes', CONVERGE_MS, () => pairs.every(([j, i]) => probed.has(`${j}>${i}`)), async () => {
      for (const [j, i] of pairs) if (!probed.has(`${j}>${i}`)) await clients[j]!.publish(`cp.n${i}`, { from: j });
    });
    for (const p of probes) await p.unsubscribe();
    for (const [j, c] of clients.entries()) for (let i = 0; i < nodes.length; i++) {
      await c.publish(`ce.n${i}`, { from: j }, { ack: true });
      await c.publish(`cw.n${i}`, { from: j }, { ack: true });
    }
    await until('every delivery', 15_000, () => got.every(([e, w]) => e.length >= 4 && w.length >= 16));
    await sleep(QUIET_MS);
    for (const [i, [exact, wild]] of got.entries()) {
      expect(exact.sort(), `ce.n${i}: once from each node`).to.deep.equal(['0', '1', '2', '3']);
      const want = [0, 1, 2, 3].flatMap((t) => [0, 1, 2, 3].map((f) => `cw.n${t}/${f}`)).sort();
      expect(wild.sort(), `cw.** on node ${i}: every message once`).to.deep.equal(want);
    }
    for (const s of subs) await s.unsubscribe();
  });
});
