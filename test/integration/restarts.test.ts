/**
 * Issue 2 / seed "Fault Tolerance Examples": which workers and OS processes restart, and which
 * keep their identity and pid, for each of the seed's four scenarios and for SIGKILL of every
 * OS child. One node (--peers 1) serves the file: each test compares snapshots taken before and
 * after its own fault, and root's intensity (10 in 5 s) is far from reached.
 */
import { expect } from 'chai';
import { changed, isAlive, killAllAndCheckOrphans, row, sleep, snapshot, startNode, type Status, type TestNode } from '../helpers/cluster.js';

const GW = 'macula_gateway_system';
const WS = `${GW}/macula_gateway_workers_sup`;
const BS = 'macula_bootstrap_system';
const P1 = 'macula_peers_sup/peer1';

describe('restarts (one node, --peers 1, MACULA_TEST_FAULTS=1)', function () {
  this.timeout(30_000);
  let node: TestNode;

  before(async () => {
    node = await startNode({ args: ['--peers', '1'] });
  });
  after(async () => {
    const orphans = await killAllAndCheckOrphans();
    expect(orphans, 'processes that outlived root').to.deep.equal([]);
  });

  /** Inject a fault, wait until `path` restarted and the tree is up again, return before/after. */
  async function crash(fault: () => Promise<unknown>, path: string): Promise<{ before: Status; after: Status; diff: string[] }> {
    const before = await node.waitReady();
    const restarts = row(before.tree, path).restarts;
    await fault();
    const after = await node.waitFor((s) => s.ready && row(s.tree, path).restarts === restarts + 1, 10_000, `${path} restarted`);
    return { before, after, diff: changed(snapshot(before.tree), snapshot(after.tree)) };
  }

  const pidOf = (s: Status, path: string): number => row(s.tree, path).pid!;

  it('scenario 1: a gateway pubsub crash restarts pubsub, rpc and mesh; clients, quic_server and gateway keep running', async () => {
    const target = `${WS}/macula_gateway_pubsub`;
    const { before, after, diff } = await crash(async () => {
      const res = await node.cli(['fault', target]);
      expect(res.exitCode, res.stderr).to.equal(0);
    }, target);
    expect(diff).to.deep.equal([`${WS}/macula_gateway_mesh`, `${WS}/macula_gateway_pubsub`, `${WS}/macula_gateway_rpc`]);
    expect(row(after.tree, target).restarts).to.equal(1);
    expect(pidOf(after, GW)).to.equal(pidOf(before, GW));
    expect(row(after.tree, GW).restarts).to.equal(row(before.tree, GW).restarts);
  });

  for (const how of ['throw', 'reject'] as const) {
    it(`scenario 1, the bug ${how === 'throw' ? 'thrown in a message the worker handles' : 'a promise the worker leaves rejected'}: the same restart, the error as the exit reason`, async () => {
      const target = `${WS}/macula_gateway_pubsub`;
      const mark = node.events().length;
      const { diff } = await crash(() => node.control({ fault: { target, how } }), target);
      expect(diff).to.deep.equal([`${WS}/macula_gateway_mesh`, `${WS}/macula_gateway_pubsub`, `${WS}/macula_gateway_rpc`]);
      const exit = node.events().slice(mark).find((e) => e.kind === 'child_exited');
      expect(exit).to.deep.include({ supervisor: `macula_root/${WS}`, child: 'macula_gateway_pubsub', reason: 'crash: injected fault', proc: 'gateway' });
    });
  }

  it('a bug that escapes every worker kills its OS process: root restarts it and reports the crash as its exit reason, after the stop of every logical process it held', async () => {
    const mark = node.events().length;
    const { before, after } = await crash(() => node.control({ fault: { target: 'gateway' } }), GW);
    expect(pidOf(after, GW)).to.not.equal(pidOf(before, GW));
    const events = node.events().slice(mark);
    const exit = events.find((e) => e.kind === 'child_exited' && e.child === GW)!;
    expect(exit).to.deep.include({ supervisor: 'macula_root', reason: 'crash: injected fault' });
    const orphaned = events.slice(0, events.indexOf(exit)).filter((e) => e.kind === 'child_stopped' && e.proc === 'gateway');
    expect(orphaned.every((e) => e.reason === 'killed')).to.equal(true);
    // latest started first (earlier tests restarted some of them, so the order is theirs)
    expect(orphaned.map((e) => e.child)).to.have.members([
      'macula_gateway_mesh', 'macula_gateway_rpc', 'macula_gateway_pubsub', 'macula_gateway_clients',
      'macula_gateway_workers_sup', 'macula_gateway', 'macula_gateway_quic_server', 'macula_gateway_diagnostics', 'macula_gateway_health',
    ]);
  });

  it('status never shows a wrong pid: a restarting OS child has none (never root\'s), a running one its own', async () => {
    const s = await node.waitReady();
    const oldPid = pidOf(s, BS);
    const rootPid = s.pid;
    process.kill(oldPid, 'SIGKILL');
    const seenPids: Array<number | undefined> = [];
    const deadline = Date.now() + 10_000;
    for (;;) {
      const x = await node.status();
      const r = row(x.tree, BS);
      seenPids.push(r.pid);
      if (x.ready && r.pid !== undefined && r.pid !== oldPid) break;
      if (Date.now() > deadline) throw new Error('bootstrap did not come back');
    }
    expect(seenPids).to.not.include(rootPid);
    for (const r of ['macula_bootstrap_system/macula_bootstrap_server']) expect(row((await node.status()).tree, r).pid).to.not.equal(rootPid);
  });

  it('scenario 2: a quic_server crash restarts quic_server, gateway and workers_sup with all its workers; health and diagnostics keep running', async () => {
    const target = `${GW}/macula_gateway_quic_server`;
    const { before, after, diff } = await crash(() => node.control({ fault: { target } }), target);
    expect(diff).to.deep.equal(
      [
        `${GW}/macula_gateway`,
        `${GW}/macula_gateway_quic_server`,
        WS,
        `${WS}/macula_gateway_clients`,
        `${WS}/macula_gateway_mesh`,
        `${WS}/macula_gateway_pubsub`,
        `${WS}/macula_gateway_rpc`,
      ].sort(),
    );
    expect(pidOf(after, GW)).to.equal(pidOf(before, GW));
    expect(row(after.tree, `${GW}/macula_gateway_health`).startedAt).to.equal(row(before.tree, `${GW}/macula_gateway_health`).startedAt);
  });

  it('scenario 3: killing the bootstrap OS process restarts only bootstrap, with a new pid; routing and gateway keep their pids', async () => {
    const { before, after, diff } = await crash(async () => {
      const s = await node.status();
      process.kill(pidOf(s, BS), 'SIGKILL');
    }, BS);
    expect(diff).to.deep.equal([BS, `${BS}/macula_bootstrap_health`, `${BS}/macula_bootstrap_registry`, `${BS}/macula_bootstrap_server`]);
    expect(pidOf(after, BS)).to.not.equal(pidOf(before, BS));
    expect(isAlive(pidOf(before, BS))).to.equal(false);
    for (const p of ['macula_routing_server', GW, P1]) expect(pidOf(after, p), p).to.equal(pidOf(before, p));
  });

  it("scenario 4: peer1's rpc handler crash restarts rpc_handler and advertisement_manager; connection, pubsub_handler and the peer1 process keep running", async () => {
    const target = `${P1}/macula_rpc_handler`;
    const { before, after, diff } = await crash(() => node.control({ fault: { target: 'peer1/macula_rpc_handler' } }), target);
    expect(diff).to.deep.equal([`${P1}/macula_advertisement_manager`, `${P1}/macula_rpc_handler`]);
    expect(pidOf(after, P1)).to.equal(pidOf(before, P1));
    expect(row(after.tree, P1).restarts).to.equal(row(before.tree, P1).restarts);
  });

  for (const path of ['macula_routing_server', BS, GW, P1]) {
    it(`SIGKILL of the ${path.split('/').pop()} OS process restarts it with a new pid and nothing else`, async () => {
      const { before, after, diff } = await crash(async () => {
        process.kill(pidOf(await node.status(), path), 'SIGKILL');
      }, path);
      expect(pidOf(after, path)).to.not.equal(pidOf(before, path));
      expect(diff.every((p) => p === path || p.startsWith(`${path}/`)), diff.join(', ')).to.equal(true);
      const others = ['macula_routing_server', BS, GW, P1].filter((p) => p !== path);
      for (const p of others) expect(pidOf(after, p), p).to.equal(pidOf(before, p));
    });
  }

  it('keeps the health address across a gateway restart and answers /ready 503 while a child restarts', async () => {
    const s = await node.waitReady();
    const url = `http://${s.health}/ready`;
    const codes: number[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        try {
          codes.push((await fetch(url)).status);
        } catch {
          codes.push(0);
        }
      }
    })();
    await sleep(50);
    process.kill(pidOf(s, BS), 'SIGKILL');
    await node.waitFor((x) => x.ready && pidOf(x, BS) !== pidOf(s, BS), 10_000, 'bootstrap back');
    await sleep(100);
    polling = false;
    await poller;
    expect(codes[0]).to.equal(200);
    expect(codes).to.include(503);
    expect(codes.at(-1)).to.equal(200);
    expect((await node.status()).health).to.equal(s.health);
  });

  it('routes IPC between processes through root, fails fast with process_unavailable while the target is down, and reaches its next incarnation', async () => {
    const s = await node.waitReady();
    const peerPid = pidOf(s, P1);
    const direct = await node.control({ ping: { target: 'peer:1' } });
    expect(direct.ping!.pid).to.equal(peerPid);
    const relayed = await node.control({ ping: { target: 'peer:1', via: 'gateway' } });
    expect(relayed.ping!.pid).to.equal(peerPid);

    process.kill(peerPid, 'SIGKILL');
    while (isAlive(peerPid)) await sleep(5);
    await sleep(20);
    for (const via of ['', 'gateway']) {
      const t0 = Date.now();
      const err = (await node.control({ ping: { target: 'peer:1', via } }).catch((e: unknown) => e)) as { code?: string };
      expect(err.code, `via ${via || 'root'}`).to.equal('process_unavailable');
      expect(Date.now() - t0).to.be.lessThan(500);
    }

    const back = await node.waitFor((x) => x.ready && pidOf(x, P1) !== peerPid, 10_000, 'peer1 back');
    const again = await node.control({ ping: { target: 'peer:1', via: 'gateway' } });
    expect(again.ping!.pid).to.equal(pidOf(back, P1));
  });

  it('garbage written into a child pipe is a framing error: it is logged as frame_too_large, that pipe closes (its stream cannot be trusted), root restarts that process and no other', async () => {
    const s = await node.waitReady();
    const err = (await node.control({ ping: { target: 'gateway', garbageFirst: true } }).catch((e: unknown) => e)) as { code?: string };
    expect(err.code).to.equal('process_unavailable');
    const after = await node.waitFor((x) => x.ready && pidOf(x, GW) !== pidOf(s, GW), 10_000, 'gateway restarted');
    expect(node.stderr).to.match(/"code":"frame_too_large"/);
    for (const p of ['macula_routing_server', BS, P1]) expect(pidOf(after, p), p).to.equal(pidOf(s, p));
  });

  it('answers a fault for a worker that does not exist with a clear error, changing nothing', async () => {
    const res = await node.cli(['fault', `${GW}/no_such_worker`]);
    expect(res.exitCode).to.equal(1);
    expect(res.stderr).to.contain('no running worker');
  });
});
