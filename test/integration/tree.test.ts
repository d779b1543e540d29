/**
 * Issue 2: `macula-cluster up` runs the seed's tree as separate OS processes; status, scale,
 * the control socket and the health endpoints, read from one shared node where the tests only
 * read (each scale/peer test restores what it changed).
 */
import { expect } from 'chai';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { killAllAndCheckOrphans, isAlive, row, startNode, type TestNode } from '../helpers/cluster.js';

const BASE = [
  'macula_routing_server',
  'macula_bootstrap_system',
  'macula_bootstrap_system/macula_bootstrap_server',
  'macula_bootstrap_system/macula_bootstrap_registry',
  'macula_bootstrap_system/macula_bootstrap_health',
  'macula_gateway_system',
  'macula_gateway_system/macula_gateway_health',
  'macula_gateway_system/macula_gateway_diagnostics',
  'macula_gateway_system/macula_gateway_quic_server',
  'macula_gateway_system/macula_gateway',
  'macula_gateway_system/macula_gateway_workers_sup',
  'macula_gateway_system/macula_gateway_workers_sup/macula_gateway_clients',
  'macula_gateway_system/macula_gateway_workers_sup/macula_gateway_pubsub',
  'macula_gateway_system/macula_gateway_workers_sup/macula_gateway_rpc',
  'macula_gateway_system/macula_gateway_workers_sup/macula_gateway_mesh',
  'macula_peers_sup',
];
const PEER_WORKERS = ['macula_connection', 'macula_pubsub_handler', 'macula_rpc_handler', 'macula_advertisement_manager'];

describe('cluster tree (one node, --peers 2)', function () {
  this.timeout(30_000);
  let node: TestNode;

  before(async () => {
    node = await startNode({ args: ['--peers', '2', '--realm', 'io.macula.tree-test'] });
  });
  after(async () => {
    const orphans = await killAllAndCheckOrphans();
    expect(orphans, 'processes that outlived root').to.deep.equal([]);
  });

  it('runs all 17 base logical processes of the seed, each with a pid and running', async () => {
    const { tree } = await node.status();
    expect(tree.id).to.equal('macula_root');
    expect(tree.strategy).to.equal('one_for_one');
    expect(tree.pid).to.equal(node.pid);
    for (const path of BASE) {
      const r = row(tree, path);
      expect(r.pid, path).to.be.a('number');
      expect(r.state, path).to.equal('running');
    }
    expect(1 + BASE.length).to.equal(17);
  });

  it('runs root, routing, bootstrap and gateway as distinct OS processes, and peers_sup inside root', async () => {
    const { tree } = await node.status();
    const pids = ['macula_routing_server', 'macula_bootstrap_system', 'macula_gateway_system'].map((p) => row(tree, p).pid!);
    expect(new Set([node.pid, ...pids]).size).to.equal(4);
    pids.forEach((pid) => expect(isAlive(pid)).to.equal(true));
    expect(row(tree, 'macula_peers_sup').pid).to.equal(node.pid);
    expect(row(tree, 'macula_gateway_system/macula_gateway_workers_sup/macula_gateway_pubsub').pid).to.equal(row(tree, 'macula_gateway_system').pid);
  });

  it('runs every OS process as compiled JS from dist/apps/<name>/main.js with plain node', async () => {
    const { tree } = await node.status();
    const entries: Array<[string, string]> = [
      ['macula_routing_server', 'routing'],
      ['macula_bootstrap_system', 'bootstrap'],
      ['macula_gateway_system', 'gateway'],
      ['macula_peers_sup/peer1', 'peer'],
    ];
    for (const [path, app] of entries) {
      const argv = readFileSync(`/proc/${row(tree, path).pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      expect(argv.slice(1), path).to.deep.equal([join(process.cwd(), 'dist', 'apps', app, 'main.js')]);
    }
  });

  it('gives every supervisor the seed strategy', async () => {
    const { tree } = await node.status();
    expect(row(tree, 'macula_bootstrap_system').strategy).to.equal('one_for_one');
    expect(row(tree, 'macula_gateway_system').strategy).to.equal('rest_for_one');
    expect(row(tree, 'macula_gateway_system/macula_gateway_workers_sup').strategy).to.equal('rest_for_one');
    expect(row(tree, 'macula_peers_sup').strategy).to.equal('simple_one_for_one');
    expect(row(tree, 'macula_peers_sup/peer1').strategy).to.equal('rest_for_one');
  });

  it('starts --peers 2 as peer1 and peer2, each its own OS process with the 4 peer workers', async () => {
    const { tree } = await node.status();
    const peers = row(tree, 'macula_peers_sup').children!;
    expect(peers.map((p) => p.id)).to.deep.equal(['peer1', 'peer2']);
    for (const p of peers) {
      expect(p.children!.map((c) => c.id)).to.deep.equal(PEER_WORKERS);
      expect(p.children!.every((c) => c.pid === p.pid && c.state === 'running')).to.equal(true);
    }
    expect(peers[0]!.pid).to.not.equal(peers[1]!.pid);
  });

  it('scale peers=N starts new peers with fresh numbers and scale down stops them and their processes', async () => {
    const up = await node.cli(['scale', 'peers=3']);
    expect(up.exitCode, up.stderr).to.equal(0);
    expect(up.stdout).to.contain('started peer3');
    let s = await node.waitReady();
    const peer3 = row(s.tree, 'macula_peers_sup/peer3');
    expect(peer3.children!.map((c) => c.id)).to.deep.equal(PEER_WORKERS);
    const down = await node.cli(['scale', 'peers=1']);
    expect(down.exitCode, down.stderr).to.equal(0);
    expect(down.stdout).to.contain('stopped peer3, peer2');
    s = await node.status();
    expect(row(s.tree, 'macula_peers_sup').children!.map((p) => p.id)).to.deep.equal(['peer1']);
    expect(isAlive(peer3.pid!)).to.equal(false);
    const again = await node.cli(['scale', 'peers=2']);
    expect(again.stdout).to.contain('started peer4');
    await node.waitReady();
  });

  it('status --json prints the live tree as one JSON object', async () => {
    const res = await node.cli(['status', '--json']);
    expect(res.exitCode, res.stderr).to.equal(0);
    const s = JSON.parse(res.stdout) as { nodeId: string; ready: boolean; tree: { id: string; memory: number; children: Array<{ id: string; memory?: number }> } };
    expect(s.nodeId).to.match(/^[0-9a-f]{64}$/);
    expect(s.tree.id).to.equal('macula_root');
    expect(s.tree.memory).to.be.greaterThan(1024 * 1024);
    expect(s.tree.children.find((c) => c.id === 'macula_gateway_system')!.memory).to.be.greaterThan(1024 * 1024);
  });

  it('status prints a pm2-style table: name, strategy, pid, state, restarts, uptime, memory', async () => {
    const res = await node.cli(['status']);
    expect(res.exitCode, res.stderr).to.equal(0);
    expect(res.stdout).to.match(/name\s+strategy\s+pid\s+state\s+restarts\s+uptime\s+memory/);
    expect(res.stdout).to.match(/macula_gateway_pubsub\s+worker\s+\d+\s+running\s+0\s+\d+s/);
    expect(res.stdout).to.match(/peer1\s+rest_for_one\s+\d+\s+running/);
  });

  it('refuses a second `up` on the same runtime dir and a scale beyond the bound, leaving the node as it was', async () => {
    const before = await node.status();
    const second = await node.cli(['up', '--config', join(node.dir, 'config.json')]);
    expect(second.exitCode).to.equal(1);
    expect(second.stderr).to.contain(`a node is already running with control socket ${node.socket}`);
    const tooMany = await node.cli(['scale', 'peers=5000']);
    expect(tooMany.exitCode).to.equal(64);
    expect(tooMany.stderr).to.contain('peers must be an integer 0–1000');
    const after = await node.status();
    expect(after.pid).to.equal(before.pid);
    expect(row(after.tree, 'macula_peers_sup').children!.map((p) => p.id)).to.deep.equal(row(before.tree, 'macula_peers_sup').children!.map((p) => p.id));
  });

  it('creates the control socket with mode 0600', () => {
    expect(statSync(node.socket).mode & 0o777).to.equal(0o600);
  });

  it('serves /live, /ready (200 when up), /health JSON and 404 from the gateway health worker', async () => {
    const { health, nodeId } = await node.status();
    expect(health).to.match(/^127\.0\.0\.1:\d+$/);
    const base = `http://${health}`;
    expect((await fetch(`${base}/live`)).status).to.equal(200);
    expect((await fetch(`${base}/ready`)).status).to.equal(200);
    const h = await fetch(`${base}/health`);
    expect(h.status).to.equal(200);
    const body = (await h.json()) as Record<string, unknown>;
    // the realm flag reached the gateway process through the config root passes to its children
    expect(body).to.include({ ready: true, node_id: nodeId, realm: 'io.macula.tree-test' });
    expect(body.status).to.be.a('string');
    expect(body.uptime).to.be.a('number');
    expect((await fetch(`${base}/nope`)).status).to.equal(404);
  });

  it('prints the banner once the tree is up', () => {
    expect(node.stdout).to.contain('macula_gateway_workers_sup');
    expect(node.stdout).to.match(/Node ID\s+[0-9a-f]{64}/);
  });
});
