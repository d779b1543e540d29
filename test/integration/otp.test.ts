/**
 * OTP fidelity at the level of the whole node (issue 7 item 5): the restart type of peers is the
 * operator's (`peer_restart`), and killing a supervisor that runs inside root (macula_peers_sup,
 * OTP exit(Sup, kill)) tells the story an OTP tree would: its own stop first, its restart at
 * once, its children's stops as they go.
 */
import { expect } from 'chai';
import { isAlive, killAllAndCheckOrphans, row, sleep, startNode, type TestNode } from '../helpers/cluster.js';

describe('OTP fidelity of the node (peer_restart, killing an in-root supervisor)', function () {
  this.timeout(40_000);
  let node: TestNode | undefined;
  afterEach(async () => {
    node = undefined;
    const orphans = await killAllAndCheckOrphans();
    expect(orphans, 'processes that outlived root').to.deep.equal([]);
  });

  it('peer_restart temporary: a peer that dies is not restarted (upstream\'s connection peers); permanent ones are', async () => {
    node = await startNode({ args: ['--peers', '2', '--peer-restart', 'temporary'] });
    const s = await node.waitReady();
    const pid = row(s.tree, 'macula_peers_sup/peer1').pid!;
    process.kill(pid, 'SIGKILL');
    const after = await node.waitFor((x) => !(x.tree.children ?? []).find((c) => c.id === 'macula_peers_sup')!.children!.some((p) => p.id === 'peer1'), 10_000, 'peer1 removed');
    expect(row(after.tree, 'macula_peers_sup').children!.map((p) => p.id)).to.deep.equal(['peer2']);
    await sleep(300);
    const events = node.events();
    expect(events.find((e) => e.kind === 'child_exited' && e.child === 'peer1')).to.deep.include({ supervisor: 'macula_root/macula_peers_sup' });
    expect(events.filter((e) => e.kind === 'child_restarting' && e.child === 'peer1')).to.deep.equal([]);
    expect(isAlive(pid)).to.equal(false);
  });

  it('killing macula_peers_sup: its own stop is reported first, root restarts it at once, its children\'s stops follow (reason killed)', async () => {
    node = await startNode({ args: ['--peers', '2'] });
    const before = await node.waitReady();
    const pids = ['peer1', 'peer2'].map((p) => row(before.tree, `macula_peers_sup/${p}`).pid!);
    const mark = node.events().length;
    await node.control({ fault: { target: 'macula_peers_sup' } });
    await node.waitFor((x) => x.ready && row(x.tree, 'macula_peers_sup').restarts === 1, 10_000, 'macula_peers_sup restarted');
    for (const pid of pids) while (isAlive(pid)) await sleep(10);
    await sleep(200);
    const story = node.events().slice(mark).map((e) => `${e.supervisor ?? ''} ${e.kind} ${e.child ?? ''} ${e.reason ?? ''}`.trim());
    const own = story.indexOf('macula_root/macula_peers_sup supervisor_stopped  killed');
    const exited = story.indexOf('macula_root child_exited macula_peers_sup killed');
    const restarting = story.indexOf('macula_root child_restarting macula_peers_sup killed');
    const started = story.indexOf('macula_root child_started macula_peers_sup');
    expect([own, exited, restarting, started].every((i) => i >= 0), story.join('\n')).to.equal(true);
    expect(own).to.be.below(exited);
    expect(exited).to.be.below(restarting);
    expect(restarting).to.be.below(started);
    const childStops = story.filter((l) => /^macula_root\/macula_peers_sup child_stopped peer[12] killed$/.test(l));
    expect(childStops).to.have.length(2);
    for (const l of childStops) expect(story.indexOf(l)).to.be.above(own);
  });
});
