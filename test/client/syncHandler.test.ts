import { expect } from 'chai';
import { cleanup, client, startBroker } from './helpers.js';

describe('client: synchronous handlers', function () {
  this.timeout(20_000);
  afterEach(cleanup);

  it('a burst queued behind maxConcurrentInvocations 1 is answered in full by a handler returning plain values', async () => {
    const b = await startBroker();
    const provider = await client(b, { maxConcurrentInvocations: 1 });
    const caller = await client(b, {}, 1);
    let depth = 0;
    let maxDepth = 0;
    await provider.advertise('demo.sq', (n: number) => {
      maxDepth = Math.max(maxDepth, ++depth);
      depth--;
      return n * n;
    });
    const results = await Promise.all(Array.from({ length: 2000 }, (_, i) => caller.call<number>('demo.sq', i)));
    expect(results).to.deep.equal(Array.from({ length: 2000 }, (_, i) => i * i));
    expect(maxDepth).to.equal(1);
  });

  it('a handler returning a promise still answers with its resolved value', async () => {
    const b = await startBroker();
    const provider = await client(b);
    const caller = await client(b, {}, 1);
    await provider.advertise('demo.later', async (s: string) => `${s}!`);
    expect(await caller.call('demo.later', 'hi')).to.equal('hi!');
  });
});
