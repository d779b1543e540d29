/**
 * Issue 2: how a node ends. SIGTERM/SIGINT stop the tree in reverse start order and exit 0;
 * root SIGKILLed leaves no child behind for more than 1 s; more than 10 crashes of one child in
 * 5 s make root stop everything and exit non-zero naming the child; events (and --json,
 * --follow) show what the supervisors did, in order.
 */
import { expect } from 'chai';
import { execa } from 'execa';
import type { ClusterEvent } from '../../lib/cluster/EventLog.js';
import { readFileSync, rmSync } from 'node:fs';
import { CLI, isAlive, killAllAndCheckOrphans, nodeEnv, row, sleep, startNode, type Status, type TestNode } from '../helpers/cluster.js';

function osPids(s: Status): number[] {
  const peers = row(s.tree, 'macula_peers_sup').children ?? [];
  return [row(s.tree, 'macula_routing_server').pid!, row(s.tree, 'macula_bootstrap_system').pid!, row(s.tree, 'macula_gateway_system').pid!, ...peers.map((p) => p.pid!)];
}

/** The order root's own supervisor stopped its children. */
function rootStops(events: ClusterEvent[]): string[] {
  return events.filter((e) => e.kind === 'child_stopped' && e.supervisor === 'macula_root').map((e) => e.child!);
}

async function waitGone(pids: number[], ms: number): Promise<number[]> {
  const deadline = Date.now() + ms;
  let alive = pids.filter(isAlive);
  while (alive.length > 0 && Date.now() < deadline) {
    await sleep(10);
    alive = alive.filter(isAlive);
  }
  return alive;
}

describe('node lifecycle', function () {
  this.timeout(30_000);
  let node: TestNode;

  afterEach(async () => {
    const orphans = await killAllAndCheckOrphans();
    expect(orphans, 'processes that outlived root').to.deep.equal([]);
  });

  it('SIGTERM to root stops the tree in reverse start order and exits 0', async () => {
    node = await startNode({ args: ['--peers', '1'] });
    const pids = osPids(await node.status());
    node.proc.kill('SIGTERM');
    const exit = await node.exited;
    expect(exit.code, node.stderr.slice(-2000)).to.equal(0);
    expect(rootStops(node.events())).to.deep.equal(['macula_peers_sup', 'macula_gateway_system', 'macula_bootstrap_system', 'macula_routing_server']);
    const gatewayStops = node.events().filter((e) => e.kind === 'child_stopped' && e.supervisor === 'macula_root/macula_gateway_system').map((e) => e.child);
    expect(gatewayStops).to.deep.equal(['macula_gateway_workers_sup', 'macula_gateway', 'macula_gateway_quic_server', 'macula_gateway_diagnostics', 'macula_gateway_health']);
    expect(node.events().at(-1)!.kind).to.equal('node_stopped');
    // each OS child's own reports precede root's report of that child's exit
    const events = node.events();
    for (const [sup, child, parent] of [
      ['macula_root/macula_gateway_system', 'macula_gateway_system', 'macula_root'],
      ['macula_root/macula_bootstrap_system', 'macula_bootstrap_system', 'macula_root'],
      ['macula_root/macula_peers_sup/peer1', 'peer1', 'macula_root/macula_peers_sup'],
    ]) {
      const own = events.findIndex((e) => e.kind === 'supervisor_stopped' && e.supervisor === sup);
      const byParent = events.findIndex((e) => e.kind === 'child_stopped' && e.supervisor === parent && e.child === child);
      expect(own, sup).to.be.greaterThan(-1);
      expect(own, sup).to.be.lessThan(byParent);
    }
    expect(await waitGone(pids, 100)).to.deep.equal([]);
  });

  it('SIGINT to the whole process group (a terminal ^C) stops the tree once, in order, and exits 0', async () => {
    node = await startNode({ args: ['--peers', '1'] });
    const pids = osPids(await node.status());
    process.kill(-node.pid, 'SIGINT');
    const exit = await node.exited;
    expect(exit.code, node.stderr.slice(-2000)).to.equal(0);
    expect(rootStops(node.events())).to.deep.equal(['macula_peers_sup', 'macula_gateway_system', 'macula_bootstrap_system', 'macula_routing_server']);
    expect(node.events().filter((e) => e.kind === 'child_exited'), 'children must ignore SIGINT').to.deep.equal([]);
    const reasons = node.events().filter((e) => e.kind === 'child_stopped' && e.supervisor === 'macula_root').map((e) => e.reason);
    expect(reasons.every((r) => r === 'shutdown'), reasons.join(', ')).to.equal(true);
    expect(await waitGone(pids, 100)).to.deep.equal([]);
  });

  it('root SIGKILLed: every child exits within 1 s', async () => {
    node = await startNode({ args: ['--peers', '2'] });
    const pids = osPids(await node.status());
    expect(pids).to.have.length(5);
    node.proc.kill('SIGKILL');
    await node.exited;
    const t0 = Date.now();
    expect(await waitGone(pids, 1000)).to.deep.equal([]);
    expect(Date.now() - t0).to.be.lessThan(1000);
  });

  it('a child that does not report Ready within its start timeout is a failed start: root stops and exits 1', async () => {
    const { dir, env } = nodeEnv();
    const res = await execa(process.execPath, [CLI, 'up', '--config', `${dir}/config.json`], {
      env: { ...env, MACULA_READY_TIMEOUT_MS: '1' },
      reject: false,
      timeout: 15_000,
    });
    expect(res.exitCode).to.equal(1);
    expect(res.stderr).to.match(/macula_root failed to start: .*macula_routing_server.*no ready within 1 ms/);
    const events = readFileSync(`${dir}/data/run/events.jsonl`, 'utf8');
    rmSync(dir, { recursive: true, force: true });
    expect(events).to.match(/"kind":"child_start_failed","child":"macula_routing_server"/);
  });

  it('a node started without MACULA_TEST_FAULTS refuses fault injection; down stops it and waits until it is gone', async () => {
    node = await startNode({ faults: false });
    const before = await node.status();
    const refused = await node.cli(['fault', 'routing'], { MACULA_TEST_FAULTS: '1' });
    expect(refused.exitCode).to.equal(1);
    expect(refused.stderr).to.contain('does not handle control request fault');
    expect(row((await node.status()).tree, 'macula_routing_server').pid).to.equal(row(before.tree, 'macula_routing_server').pid);
    const res = await node.cli(['down']);
    expect(res.exitCode, res.stderr).to.equal(0);
    expect(res.stdout).to.contain('stopped');
    expect(node.exit ?? (await node.exited)).to.deep.include({ code: 0 });
    const after = await node.cli(['status']);
    expect(after.exitCode).to.equal(69);
    expect(after.stderr).to.contain('no node running at');

    // same data dir again: the identity (and so the node id) is stable across restarts
    const again = await startNode({ dir: node.dir });
    expect((await again.status()).nodeId).to.equal(before.nodeId);
  });

  async function crashUntilRootExits(target: string): Promise<number> {
    let crashes = 0;
    while (!node.exit && crashes < 30) {
      try {
        await node.control({ fault: { target } }, 2000);
        crashes++;
      } catch {
        await sleep(2);
      }
    }
    if (node.exit) await node.exited;
    return crashes;
  }

  it('more than 10 crashes of one child within 5 s: root stops everything in reverse order and exits non-zero naming the child', async () => {
    // macula_peers_sup restarts inside root, so 11 crashes fit in 5 s however loaded the machine is
    node = await startNode({ args: ['--peers', '1'] });
    const pids = osPids(await node.status());
    // a restarted macula_peers_sup gets its peers back (issue 8 item 5) and peer numbers are never reused
    await node.control({ fault: { target: 'macula_peers_sup' } });
    await node.waitFor((s) => s.ready, 5000, 'peers_sup back');
    const scaled = await node.control({ scale: { what: 'peers', count: 1 } });
    expect(scaled.scale?.started ?? [], 'peer2 is back already').to.deep.equal([]);
    const s = await node.waitReady();
    expect(row(s.tree, 'macula_peers_sup').children!.map((p) => p.id)).to.deep.equal(['peer2']);
    expect(await waitGone(pids.slice(3), 500), 'peer1 went down with its supervisor').to.deep.equal([]);
    const crashes = 1 + (await crashUntilRootExits('macula_peers_sup'));
    expect(node.exit!.code).to.equal(1);
    expect(crashes).to.equal(11);
    expect(node.stderr).to.match(/macula_root gave up: reached_max_restart_intensity.*last by macula_peers_sup/);
    const events = node.events();
    const escalation = events.find((e) => e.kind === 'max_restart_intensity');
    expect(escalation).to.deep.include({ supervisor: 'macula_root', child: 'macula_peers_sup' });
    expect(events.filter((e) => e.kind === 'child_restarting' && e.supervisor === 'macula_root')).to.have.length(10);
    expect(rootStops(events.slice(events.indexOf(escalation!)))).to.deep.equal(['macula_gateway_system', 'macula_bootstrap_system', 'macula_routing_server']);
    expect(events.at(-1)).to.deep.include({ kind: 'node_gave_up', child: 'macula_peers_sup' });
    expect(await waitGone([...pids, row(s.tree, 'macula_peers_sup/peer2').pid!], 500)).to.deep.equal([]);
  });

  it('an OS child crashing over and over makes root give up the same way, naming it', async function () {
    this.timeout(45_000);
    node = await startNode();
    const crashes = await crashUntilRootExits('routing');
    // 11 OS restarts must fit in 5 s: on a machine too loaded for that, there is nothing to assert
    if (!node.exit) this.skip();
    expect(node.exit!.code).to.equal(1);
    expect(crashes).to.be.within(11, 30);
    expect(node.stderr).to.match(/macula_root gave up: reached_max_restart_intensity.*last by macula_routing_server/);
    expect(node.events().find((e) => e.kind === 'max_restart_intensity')).to.deep.include({ child: 'macula_routing_server' });
  });

  it('events shows every start, exit, restart and stop in the order the supervisors acted (human, --json, --follow)', async () => {
    node = await startNode();
    const follower = execa(process.execPath, [CLI, 'events', '--follow', '--json'], { env: node.env, reject: false });
    let followed = '';
    follower.stdout?.on('data', (d: Buffer) => (followed += d.toString()));
    await sleep(300);
    await node.control({ fault: { target: 'macula_gateway_system/macula_gateway_workers_sup/macula_gateway_pubsub' } });
    await node.waitFor((s) => s.ready && row(s.tree, 'macula_gateway_system/macula_gateway_workers_sup/macula_gateway_pubsub').restarts === 1);

    const json = await node.cli(['events', '--json']);
    expect(json.exitCode, json.stderr).to.equal(0);
    const lines = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as ClusterEvent);
    expect(lines).to.deep.equal(node.events());
    const ws = 'macula_root/macula_gateway_system/macula_gateway_workers_sup';
    const seq = lines.filter((e) => e.supervisor === ws && e.ts >= lines.find((x) => x.kind === 'child_exited')!.ts).map((e) => `${e.kind} ${e.child}`);
    expect(seq).to.deep.equal([
      'child_exited macula_gateway_pubsub',
      'child_restarting macula_gateway_pubsub',
      'child_stopped macula_gateway_mesh',
      'child_stopped macula_gateway_rpc',
      'child_started macula_gateway_pubsub',
      'child_started macula_gateway_rpc',
      'child_started macula_gateway_mesh',
    ]);
    const firstStarts = lines.filter((e) => e.kind === 'child_started' && e.supervisor === 'macula_root').map((e) => e.child);
    expect(firstStarts).to.deep.equal(['macula_routing_server', 'macula_bootstrap_system', 'macula_gateway_system', 'macula_peers_sup']);
    expect(lines.find((e) => e.kind === 'child_exited')).to.deep.include({ reason: 'crash: injected fault', proc: 'gateway' });

    const human = await node.cli(['events']);
    expect(human.stdout).to.match(/child_restarting\s+macula_root\/macula_gateway_system\/macula_gateway_workers_sup child=macula_gateway_pubsub reason="crash: injected fault" restarts=1/);

    await sleep(300);
    follower.kill('SIGINT');
    const f = await follower;
    expect(f.exitCode).to.equal(0);
    expect(followed).to.contain('"kind":"child_restarting"');
    expect(followed.trim().split('\n').length).to.equal(lines.length);
  });
});
