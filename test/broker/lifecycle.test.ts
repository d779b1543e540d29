/**
 * The broker's one lifecycle is its supervision tree's: start in seed order, a failed start stops
 * what it started in reverse, stop in reverse, idempotent with one shared promise, and each worker
 * incarnation builds its component afresh.
 */
import { expect } from 'chai';
import { Broker } from '../../lib/broker/index.js';
import type { SupervisorEvent } from '../../lib/supervisor/index.js';
import { crashAndWait, identity } from './helpers.js';

describe('broker: lifecycle (the tree\'s: seed order, rollback in reverse, idempotent)', function () {
  this.timeout(20_000);
  const tls = identity();

  it('start and stop are idempotent and share one promise', async () => {
    const b = new Broker({ tls, port: 0 });
    const p1 = b.start();
    expect(b.start()).to.equal(p1);
    await p1;
    expect(b.ready).to.equal(true);
    const s1 = b.stop();
    expect(b.stop()).to.equal(s1);
    await s1;
    expect(b.ready).to.equal(false);
    expect([b.diagnostics, b.listener, b.coordinator, b.clients, b.pubsub, b.rpc, b.mesh]).to.deep.equal([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('a failed start (port taken) rejects and stops what it started, in reverse; a new broker starts on the freed port', async () => {
    const first = new Broker({ tls, port: 0 });
    await first.start();
    const events: SupervisorEvent[] = [];
    const second = new Broker({ tls, port: first.port, onEvent: (e) => events.push(e) });
    const err = await second.start().then(() => undefined, (e: { code?: string }) => e);
    expect(err?.code).to.equal('start_failed');
    expect(events.map((e) => `${e.kind}${e.child ? ` ${e.child}` : ''}`)).to.deep.equal([
      'child_started macula_gateway_diagnostics',
      'child_start_failed macula_gateway_quic_server',
      'child_stopped macula_gateway_diagnostics',
      'supervisor_stopped',
    ]);
    const port = first.port;
    await first.stop();
    const third = new Broker({ tls, port });
    await third.start();
    expect(third.ready).to.equal(true);
    await third.stop();
  });

  it('every incarnation of a worker is a fresh component (three crashes, three new client tables)', async () => {
    const b = new Broker({ tls, port: 0 });
    await b.start();
    const seen = new Set([b.clients]);
    for (let i = 0; i < 3; i++) {
      await crashAndWait(b, 'clients');
      seen.add(b.clients);
    }
    expect(seen.size).to.equal(4);
    expect(b.ready).to.equal(true);
    await b.stop();
  });
});
