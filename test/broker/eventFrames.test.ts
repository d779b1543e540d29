import { expect } from 'chai';
import { EventFrames } from '../../lib/broker/EventFrames.js';
import { decodeFrame, encodeFrame } from '../../lib/protocol/index.js';

describe('broker: EventFrames (an event encoded once per publish)', () => {
  const ids = [1, 2, 127, 128, 16_383, 16_384, 2 ** 21 - 1, 2 ** 21, 2 ** 28 - 1, 2 ** 28, 0xffff_ffff];
  const cases: Array<[string, Uint8Array, string]> = [
    ['sensors.kitchen.temp', new Uint8Array([1, 2, 3]), 'ab'.repeat(32)],
    ['t', new Uint8Array(0), ''],
    ['bench.s.999.x', new Uint8Array(300).fill(7), 'session-1'],
    ['a.b', new Uint8Array(20_000).fill(1), 'p'],
  ];

  it('gives for every subscription id exactly the bytes encodeFrame({ event }) gives', () => {
    for (const [topic, payload, publisher] of cases) {
      const frames = new EventFrames(topic, payload, publisher);
      for (const subscriptionId of ids) {
        const want = encodeFrame({ event: { subscriptionId, topic, payload, publisher } });
        expect(Buffer.from(frames.forSubscription(subscriptionId)).equals(Buffer.from(want)), `${topic} id ${subscriptionId}`).to.equal(true);
      }
    }
  });

  it('decodes back to the event with its subscription id', () => {
    const f = decodeFrame(new EventFrames('x.y', new Uint8Array([9]), 'pub').forSubscription(300));
    expect(f.body).to.equal('event');
    expect(f.event!.subscriptionId).to.equal(300);
    expect(f.event!.topic).to.equal('x.y');
    expect(Array.from(f.event!.payload!)).to.deep.equal([9]);
    expect(f.event!.publisher).to.equal('pub');
  });
});
