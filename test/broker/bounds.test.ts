import { expect } from 'chai';
import { isMaculaError, type MaculaError } from '../../lib/errors/index.js';
import { useBroker } from './fixture.js';
import { waitFor } from './helpers.js';

const code = (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'ok',
    (e: unknown) => (isMaculaError(e) ? (e as MaculaError).code : String(e)),
  );

describe('broker: gateway-wide table bounds', function () {
  this.timeout(20_000);
  const h = useBroker();

  it('maxSubscriptions bounds a realm\'s index over all clients (too_many_subscriptions); leaving frees places', async () => {
    const { connect, broker } = await h.start({ maxSubscriptions: 3 });
    const a = await connect();
    const b = await connect();
    await a.subscribe('a.1');
    await a.subscribe('a.2');
    await b.subscribe('b.1');
    expect(await code(b.subscribe('b.2'))).to.equal('too_many_subscriptions');
    expect(broker.clients!.subscriptionCount).to.equal(3);
    await a.close();
    await waitFor(() => broker.pubsub!.subscriptionCount === 1);
    expect(await code(b.subscribe('b.2'))).to.equal('ok');
  });

  it('maxProcedures and maxProvidersPerProcedure bound the registry (too_many_procedures / too_many_providers)', async () => {
    // the 3 built-in diagnostics procedures count too
    const { connect } = await h.start({ maxProcedures: 4, maxProvidersPerProcedure: 1 });
    const a = await connect();
    const b = await connect();
    expect(await code(a.advertise('p.one'))).to.equal('ok');
    expect(await code(a.advertise('p.two'))).to.equal('too_many_procedures');
    expect(await code(b.advertise('p.one'))).to.equal('too_many_providers');
  });

  it('maxPendingCalls bounds calls in flight over all clients (too_many_pending_calls)', async () => {
    const { connect, broker } = await h.start({ maxPendingCalls: 2 });
    const p = await connect();
    await p.advertise('svc.hold');
    const a = await connect();
    const b = await connect();
    a.send({ call: { correlationId: a.nextCorrelation(), procedure: 'svc.hold' } });
    b.send({ call: { correlationId: b.nextCorrelation(), procedure: 'svc.hold' } });
    await waitFor(() => broker.rpc!.pendingCount === 2);
    expect(await code(b.call('svc.hold', null))).to.equal('too_many_pending_calls');
    expect(broker.clients!.pendingCallCount).to.equal(2);
  });
});
