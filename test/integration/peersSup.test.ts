/**
 * Issue 8 item 5: a restart of macula_peers_sup brings its children back. macula_peers_sup is
 * killed in root with the fault command (OTP exit(Pid, kill)); its restarted incarnation is
 * converged to the node's desired peers — the configured `--peers` and `--service` instances
 * plus what `scale` set since — under new peer numbers, and /ready (root's isUp → the gateway's
 * readiness) answers 503 until every one of them is back. A peer its restart type leaves down
 * (`temporary`) is not brought back by a later restart.
 */
import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import type { ChildDescription } from '../../lib/supervisor/index.js';
import { killAllAndCheckOrphans, row, sleep, startNode, type Status, type TestNode } from '../helpers/cluster.js';
import { closeClients, eventually, FAST_ENV, nodeClient } from './messagingHelpers.js';

const PID_SERVICE = fileURLToPath(new URL('./fixtures/pid-service.mjs', import.meta.url));
const PEERS = 'macula_peers_sup';
/** Generous bound for a restarted macula_peers_sup to have its peers back on a loaded 2-core machine. */
const BACK_WITHIN_MS = 30_000;

/** peer id → service ('' = bare) of the peers under macula_peers_sup, from status. */
async function peerServices(node: TestNode): Promise<Map<string, string>> {
  const res = await node.control({ status: {} });
  const services = res.status?.services ?? {};
  const s = await node.status();
  return new Map((row(s.tree, PEERS).children ?? []).map((p) => [p.id, services[p.id] ?? '']));
}

function countBy(m: Map<string, string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const service of m.values()) out[service] = (out[service] ?? 0) + 1;
  return out;
}

function allRunning(rows: readonly ChildDescription[]): boolean {
  return rows.every((r) => r.state === 'running' && allRunning(r.children ?? []));
}

/** `200×3, 503×40` for a list of status codes. */
function runs(codes: readonly number[]): string {
  const out: Array<[number, number]> = [];
  for (const c of codes) {
    const last = out.at(-1);
    if (last && last[0] === c) last[1]++;
    else out.push([c, 1]);
  }
  return out.map(([c, n]) => `${c}×${n}`).join(', ');
}

/**
 * Kill macula_peers_sup while polling /ready; resolve at the first 200 after a 503 (with the
 * codes seen), and take status at that very moment: it is what a load balancer trusting /ready
 * would get.
 */
async function killPeersSupWatchingReady(node: TestNode): Promise<{ codes: number[]; atReady: Status }> {
  const s = await node.waitReady();
  const url = `http://${s.health}/ready`;
  const codes: number[] = [];
  codes.push((await fetch(url)).status);
  const deadline = Date.now() + BACK_WITHIN_MS;
  const res = await node.cli(['fault', PEERS]);
  expect(res.exitCode, res.stderr).to.equal(0);
  for (;;) {
    if (Date.now() > deadline) throw new Error(`/ready not 200 again within ${BACK_WITHIN_MS} ms (codes seen: ${runs(codes)})`);
    let code = 0;
    try {
      code = (await fetch(url)).status;
    } catch {
      // the health port answers throughout; a refused connection counts as not ready
    }
    codes.push(code);
    if (code === 200 && codes.includes(503)) return { codes, atReady: await node.status() };
    await sleep(10);
  }
}

describe('macula_peers_sup restarted: its peers come back (--peers 1, --service pid ×2)', function () {
  this.timeout(90_000);
  let node: TestNode;

  before(async () => {
    node = await startNode({ args: ['--peers', '1', '--service', `pid=${PID_SERVICE}`, '--instances', '2'], env: FAST_ENV, readyTimeoutMs: 30_000 });
  });
  afterEach(closeClients);
  after(async () => {
    const orphans = await killAllAndCheckOrphans();
    expect(orphans, 'processes that outlived root').to.deep.equal([]);
  });

  it('the configured service instances and --peers come back under new numbers, and /ready is 503 until they are running', async () => {
    const before = await peerServices(node);
    expect(countBy(before)).to.deep.equal({ '': 1, pid: 2 });
    const { codes, atReady } = await killPeersSupWatchingReady(node);
    expect(codes[0], 'ready before the kill').to.equal(200);
    const peers = row(atReady.tree, PEERS).children ?? [];
    expect(allRunning(peers), 'every peer running when /ready said 200 again').to.equal(true);
    const after = await peerServices(node);
    expect(countBy(after)).to.deep.equal({ '': 1, pid: 2 });
    for (const id of after.keys()) expect(before.has(id), `${id} is a new peer`).to.equal(false);
    // and the services answer from the new processes
    const fresh = new Set([...after].filter(([, svc]) => svc === 'pid').map(([id]) => row(atReady.tree, `${PEERS}/${id}`).pid));
    const c = await nodeClient(node);
    await eventually(async () => {
      const pids = await Promise.all(Array.from({ length: 20 }, () => c.call<{ pid: number }>('test.pid', undefined, { timeout: 2000 }).then((r) => r.pid)));
      expect(new Set(pids)).to.deep.equal(fresh);
    }, 10_000, 'test.pid answered by both new instances');
  });

  it('what scale set since `up` is the desired state a later restart converges to (scale up, then down)', async () => {
    const up = await node.cli(['scale', 'pid=3']);
    expect(up.exitCode, up.stderr).to.equal(0);
    let back = await killPeersSupWatchingReady(node);
    expect(countBy(await peerServices(node))).to.deep.equal({ '': 1, pid: 3 });
    expect(allRunning(row(back.atReady.tree, PEERS).children ?? [])).to.equal(true);

    const down = await node.cli(['scale', 'pid=1']);
    expect(down.exitCode, down.stderr).to.equal(0);
    const bare = await node.cli(['scale', 'peers=0']);
    expect(bare.exitCode, bare.stderr).to.equal(0);
    back = await killPeersSupWatchingReady(node);
    expect(countBy(await peerServices(node))).to.deep.equal({ pid: 1 });
    expect(back.codes).to.include(503);
  });
});

describe('macula_peers_sup restarted with --peer-restart temporary (--peers 2)', function () {
  this.timeout(60_000);
  let node: TestNode;

  before(async () => {
    node = await startNode({ args: ['--peers', '2', '--peer-restart', 'temporary'] });
  });
  after(async () => {
    const orphans = await killAllAndCheckOrphans();
    expect(orphans, 'processes that outlived root').to.deep.equal([]);
  });

  it('a temporary peer that died stays down: the restarted supervisor brings back only the one still wanted', async () => {
    const s = await node.waitReady();
    const victim = row(s.tree, `${PEERS}/peer1`).pid!;
    process.kill(victim, 'SIGKILL');
    await node.waitFor((x) => x.ready && (row(x.tree, PEERS).children ?? []).length === 1, 10_000, 'peer1 gone for good');
    await killPeersSupWatchingReady(node);
    const after = await peerServices(node);
    expect(countBy(after)).to.deep.equal({ '': 1 });
    expect([...after.keys()]).to.not.include.members(['peer1', 'peer2']);
  });
});
