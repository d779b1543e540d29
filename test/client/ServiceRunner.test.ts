import { expect } from 'chai';
import { defineService, runService } from '../../lib/client/index.js';
import echoService from '../../examples/echo-service.js';
import counterService, { type CounterSnapshot } from '../../examples/counter-service.js';
import * as echoModule from '../../examples/echo-service.js';
import { cleanup, client, failure, startBroker, until } from './helpers.js';

describe('client: service modules run with runService', function () {
  this.timeout(20_000);
  afterEach(cleanup);

  it('the echo example serves demo.echo and demo.uppercase, and echoes over pub/sub', async () => {
    const b = await startBroker();
    const [host, user] = [await client(b), await client(b, {}, 1)];
    const stop = await runService(host, echoService);
    expect(await user.call('demo.echo', { hi: [1, 2] })).to.deep.equal({ hi: [1, 2] });
    expect(await user.call('demo.uppercase', 'hello')).to.equal('HELLO');
    expect(await user.call('demo.uppercase', { text: 'abc', n: 1 })).to.deep.equal({ text: 'ABC', n: 1 });
    const err = await failure(user.call('demo.uppercase', 42));
    expect(err.code).to.equal('invalid_args');
    const replies = await user.subscribe('demo.echo.replies');
    await user.publish('demo.echo.requests', { ping: 1 }, { ack: true });
    expect((await replies.next()).value.json()).to.deep.equal({ ping: 1 });
    await stop();
    expect((await failure(user.call('demo.echo', 1))).code).to.equal('no_providers');
    expect(host.subscriptions).to.have.length(0);
  });

  it('accepts a module namespace (its default export), as a peer process imports it', async () => {
    const b = await startBroker();
    const c = await client(b);
    const stop = await runService(c, echoModule);
    expect(await c.call('demo.echo', 'x')).to.equal('x');
    await stop();
    await stop(); // idempotent
  });

  it('the counter example counts events and serves the count; each run starts from zero', async () => {
    const b = await startBroker();
    const [host, user] = [await client(b), await client(b, {}, 1)];
    const stop = await runService(host, counterService);
    for (const t of ['demo.events.click', 'demo.events.click', 'demo.events.page.view']) await user.publish(t, {}, { ack: true });
    await until(async () => (await user.call<CounterSnapshot>('demo.counter.get')).total === 3, 3000, 'three counted');
    expect(await user.call('demo.counter.get')).to.deep.equal({ total: 3, byTopic: { 'demo.events.click': 2, 'demo.events.page.view': 1 } });
    const resets = await user.subscribe('demo.counter.was_reset');
    expect(await user.call('demo.counter.reset')).to.deep.equal({ previous: 3 });
    expect((await resets.next()).value.json()).to.deep.equal({ previous: 3 });
    await stop();
    const stop2 = await runService(host, counterService);
    expect(await user.call('demo.counter.get')).to.deep.equal({ total: 0, byTopic: {} });
    await stop2();
  });

  it('a service that fails to start undoes what it advertised and subscribed', async () => {
    const b = await startBroker();
    const c = await client(b);
    await c.advertise('svc.taken', () => 'first');
    const bad = defineService({
      procedures: { 'svc.free': () => 1, 'svc.taken': () => 2 },
      subscriptions: { 'svc.events': () => undefined },
    });
    const err = await failure(runService(c, bad));
    expect(err.code).to.equal('already_registered');
    expect(c.advertisements).to.deep.equal(['svc.taken']);
    expect(c.subscriptions).to.have.length(0);
    expect((await failure(c.call('svc.free'))).code).to.equal('no_providers');
  });

  it('handlers get a context with the client, publish and call', async () => {
    const b = await startBroker();
    const c = await client(b);
    await runService(c, echoService);
    const stop = await runService(
      c,
      defineService({
        name: 'relay',
        procedures: { 'relay.upper': (args: string, ctx) => ctx.call('demo.uppercase', `${ctx.name}:${args}:${ctx.invocation.procedure}`) },
      }),
    );
    expect(await c.call('relay.upper', 'x')).to.equal('RELAY:X:RELAY.UPPER');
    await stop();
  });
});
