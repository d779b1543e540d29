/** advertise({ refreshMs }): the advertiser chooses the re-advertise interval (the peer's advertisement_manager uses upstream's max(10 s, TTL − 60 s)). */
import { expect } from 'chai';
import { cleanup, client, failure, sleep, startBroker } from './helpers.js';

describe('client: advertisement refresh interval', function () {
  this.timeout(10_000);
  afterEach(cleanup);

  it('re-advertises every refreshMs instead of the default (TTL/2 for short TTLs)', async () => {
    let advertises = 0;
    const broker = await startBroker({ observer: { frameIn: (k) => void (k === 'advertise' && advertises++) } });
    const c = await client(broker);
    await c.advertise('t.refresh', () => 1, { ttl: 5000, refreshMs: 100 });
    await sleep(550);
    // the first advertise plus ~5 refreshes; the default would have sent none yet (2.5 s)
    expect(advertises).to.be.within(3, 8);
    expect(await c.call('t.refresh')).to.equal(1);
  });

  it('refuses a refreshMs that is not a positive number (invalid_config)', async () => {
    const broker = await startBroker();
    const c = await client(broker);
    expect((await failure(c.advertise('t.bad', () => 1, { refreshMs: 0 }))).code).to.equal('invalid_config');
  });
});
