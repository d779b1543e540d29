/**
 * PeerReconciler (issue 8 item 5) against a real in-process Supervisor (simple_one_for_one, as
 * macula_peers_sup is): each incarnation is converged to the one desired-state record, scale and
 * reconcile share one queue, a failed scale does not stay in the record, a superseded reconcile
 * gives way to its successor, and a peer that exits for good lowers its count.
 */
import { expect } from 'chai';
import { MaculaError } from '../../lib/errors/index.js';
import { BARE_PEERS, PeerReconciler } from '../../lib/cluster/PeerReconciler.js';
import { Supervisor, workerChild } from '../../lib/supervisor/index.js';
import { BaseWorker } from '../../lib/supervisor/workerChild.js';

class Harness {
  sup?: Supervisor;
  counter = 0;
  readonly services = new Map<string, string>();
  readonly failures: MaculaError[] = [];
  changes = 0;
  /** ms each peer takes to start */
  startMs = 5;
  /** service names whose next start fails */
  readonly failing = new Set<string>();
  readonly reconciler: PeerReconciler;

  constructor(initial: Array<[string, number]>) {
    this.reconciler = new PeerReconciler(
      {
        sup: () => this.sup,
        startPeer: async (sup, service) => {
          const id = `peer${++this.counter}`;
          if (service !== BARE_PEERS) this.services.set(id, service);
          return (await sup.startChild(service, { id })).id;
        },
        keyOf: (id) => this.services.get(id) ?? BARE_PEERS,
        forget: (id) => void this.services.delete(id),
        changed: () => void this.changes++,
        failed: (_sup, error) => void this.failures.push(error),
      },
      initial,
    );
  }

  /** A fresh macula_peers_sup incarnation (the previous one killed), as root's onStarted sees it. */
  async incarnation(): Promise<Supervisor> {
    this.sup?.kill();
    const harness = this;
    const sup = new Supervisor({
      name: 'macula_root/macula_peers_sup',
      flags: { strategy: 'simple_one_for_one', intensity: 10, periodMs: 60_000 },
      children: [
        workerChild('peer', (service) => {
          return new (class extends BaseWorker {
            override async start(): Promise<void> {
              await new Promise((r) => setTimeout(r, harness.startMs));
              if (harness.failing.delete(String(service))) throw new MaculaError('start_failed', `${String(service)} will not start`);
            }
          })();
        }, { shutdown: 100 }),
      ],
    });
    await sup.start();
    this.sup = sup;
    this.services.clear();
    this.reconciler.started(sup);
    return sup;
  }

  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const c of this.sup?.whichChildren() ?? []) {
      const key = this.services.get(c.id) ?? BARE_PEERS;
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  }
}

async function until(cond: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('PeerReconciler: macula_peers_sup converged to the desired peers', () => {
  let h: Harness;
  afterEach(async () => {
    await h.sup?.stop();
  });

  it('every incarnation is converged to the record with new ids; settled only once it has every peer', async () => {
    h = new Harness([[BARE_PEERS, 1], ['echo', 2]]);
    await h.incarnation();
    expect(h.reconciler.settled).to.equal(false);
    await h.reconciler.whenFirstSettled();
    expect(h.reconciler.settled).to.equal(true);
    expect(h.counts()).to.deep.equal({ '': 1, echo: 2 });
    expect(h.sup!.whichChildren().map((c) => c.id)).to.deep.equal(['peer1', 'peer2', 'peer3']);

    await h.incarnation();
    expect(h.reconciler.settled, 'a new incarnation is not settled').to.equal(false);
    await until(() => h.reconciler.settled);
    expect(h.counts()).to.deep.equal({ '': 1, echo: 2 });
    expect(h.sup!.whichChildren().map((c) => c.id)).to.deep.equal(['peer4', 'peer5', 'peer6']);
  });

  it('scale updates the record; a scale sent during a reconcile waits for it and never overshoots', async () => {
    h = new Harness([['echo', 3]]);
    h.startMs = 30;
    await h.incarnation();
    // arrives while the first reconcile is still starting peers
    const scaled = await h.reconciler.scale('echo', 1);
    expect(scaled.started).to.deep.equal([]);
    expect(scaled.stopped).to.have.length(2);
    expect(h.counts()).to.deep.equal({ echo: 1 });
    expect(h.reconciler.desired.get('echo')).to.equal(1);
    await h.incarnation();
    await until(() => h.reconciler.settled);
    expect(h.counts()).to.deep.equal({ echo: 1 });
  });

  it('a scale that fails leaves the record at what actually runs, so no later restart retries it', async () => {
    h = new Harness([['echo', 1]]);
    await h.incarnation();
    await h.reconciler.whenFirstSettled();
    h.failing.add('echo');
    const err = (await h.reconciler.scale('echo', 3).catch((e: unknown) => e)) as MaculaError;
    expect(err).to.be.instanceOf(MaculaError);
    expect(h.reconciler.desired.get('echo')).to.equal(1);
    await h.incarnation();
    await until(() => h.reconciler.settled);
    expect(h.counts()).to.deep.equal({ echo: 1 });
    expect(h.failures).to.deep.equal([]);
  });

  it('a reconcile superseded by a newer incarnation gives way without a failure; the newer one converges', async () => {
    h = new Harness([['echo', 3]]);
    h.startMs = 40;
    await h.incarnation();
    await h.reconciler.whenFirstSettled();
    await h.incarnation();
    await new Promise((r) => setTimeout(r, 50));
    await h.incarnation(); // the second incarnation is killed in the middle of its reconcile
    await until(() => h.reconciler.settled);
    expect(h.counts()).to.deep.equal({ echo: 3 });
    expect(h.failures).to.deep.equal([]);
  });

  it('a restarted incarnation that cannot start its peers is reported failed; the first one rejects whenFirstSettled', async () => {
    h = new Harness([['echo', 1]]);
    h.failing.add('echo');
    await h.incarnation();
    const first = (await h.reconciler.whenFirstSettled().catch((e: unknown) => e)) as MaculaError;
    expect(first).to.be.instanceOf(MaculaError);
    expect(h.failures).to.deep.equal([]);
    await h.incarnation();
    await until(() => h.reconciler.settled);
    h.failing.add('echo');
    const sup = await h.incarnation();
    await until(() => h.failures.length === 1);
    expect(h.failures[0]!.message).to.contain('echo will not start');
    expect(h.reconciler.settled).to.equal(false);
    expect(h.sup).to.equal(sup);
  });

  it('a peer that exits for good lowers its count: a later incarnation does not bring it back', async () => {
    h = new Harness([[BARE_PEERS, 2]]);
    await h.incarnation();
    await h.reconciler.whenFirstSettled();
    h.reconciler.exitedForGood('peer1');
    expect(h.reconciler.desired.get(BARE_PEERS)).to.equal(1);
    await h.incarnation();
    await until(() => h.reconciler.settled);
    expect(h.counts()).to.deep.equal({ '': 1 });
  });
});
