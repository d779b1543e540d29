/** macula_advertisement_manager's refresh interval: upstream max(10 s, TTL − 60 s) (REFERENCE §2). */
import { expect } from 'chai';
import { ADVERTISE_TTL_MS, MIN_READVERTISE_INTERVAL_MS, readvertiseIntervalMs } from '../../lib/peer/index.js';

describe('peer: re-advertise interval', () => {
  it('the default TTL of 300 s is refreshed every 240 s', () => {
    expect(ADVERTISE_TTL_MS).to.equal(300_000);
    expect(readvertiseIntervalMs(ADVERTISE_TTL_MS, MIN_READVERTISE_INTERVAL_MS)).to.equal(240_000);
  });

  it('never more often than the minimum (10 s by default)', () => {
    expect(readvertiseIntervalMs(30_000, MIN_READVERTISE_INTERVAL_MS)).to.equal(10_000);
    expect(readvertiseIntervalMs(3_000, 500)).to.equal(500);
  });
});
