import { expect } from 'chai';
import { Broker, BROKER_COMPONENTS } from '../../lib/broker/index.js';
import { identity } from './helpers.js';

describe('broker: lifecycle (start in seed order, roll back in reverse, idempotent)', function () {
  this.timeout(20_000);
  const tls = identity();

  it('start and stop are idempotent and share one promise while running', async () => {
    const b = new Broker({ tls, port: 0 });
    await Promise.all([b.start(), b.start()]);
    expect(b.ready).to.equal(true);
    const s1 = b.stop();
    const s2 = b.stop();
    expect(s1).to.equal(s2);
    await s1;
    await b.stop();
    expect(BROKER_COMPONENTS.map((n) => b.component(n).state)).to.deep.equal(BROKER_COMPONENTS.map(() => 'stopped'));
    expect(b.ready).to.equal(false);
  });

  it('a failed start (port taken) rejects and stops what it started, in reverse; the broker can start later', async () => {
    const first = new Broker({ tls, port: 0 });
    await first.start();
    const port = Number(new URL(first.url.replace('quic:', 'http:')).port);
    const second = new Broker({ tls, port });
    const stops: string[] = [];
    for (const n of BROKER_COMPONENTS) {
      const c = second.component(n);
      const orig = c.stop.bind(c);
      c.stop = () => (stops.push(n), orig());
    }
    const err = await second.start().then(() => undefined, (e: { code?: string }) => e);
    expect(err).to.not.equal(undefined);
    expect(stops).to.deep.equal(['diagnostics']);
    expect(BROKER_COMPONENTS.map((n) => second.component(n).state)).to.deep.equal(BROKER_COMPONENTS.map(() => 'stopped'));
    await first.stop();
    await second.start();
    expect(second.ready).to.equal(true);
    await second.stop();
  });

  it('a stopped component can be started again (a supervisor restart reuses it)', async () => {
    const b = new Broker({ tls, port: 0 });
    await b.start();
    for (let i = 0; i < 3; i++) await b.restartFrom('clients');
    expect(b.ready).to.equal(true);
    await b.stop();
  });
});
