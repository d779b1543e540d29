import { expect } from 'chai';
import { MaculaError } from '../../lib/errors/index.js';
import { Dispatcher, decodeFrame, encodeFrame } from '../../lib/protocol/index.js';

describe('Dispatcher', () => {
  it('runs the handler registered for the frame body, with the body and the context', () => {
    const d = new Dispatcher<{ seen: string[] }, number>()
      .on('ping', (body, ctx) => { ctx.seen.push(`ping ${body.seq}`); return 1; })
      .on('publish', (body, ctx) => { ctx.seen.push(`publish ${body.topic}`); return 2; });
    const ctx = { seen: [] as string[] };
    expect(d.dispatch(decodeFrame(encodeFrame({ ping: { seq: 4 } })), ctx)).to.equal(1);
    expect(d.dispatch(decodeFrame(encodeFrame({ publish: { topic: 'a.b' } })), ctx)).to.equal(2);
    expect(ctx.seen).to.deep.equal(['ping 4', 'publish a.b']);
    expect(d.cases).to.have.members(['ping', 'publish']);
  });

  it('answers a type without a handler with unknown_message_type naming the type', () => {
    const d = new Dispatcher().on('ping', () => undefined);
    const f = decodeFrame(encodeFrame({ call: { correlationId: 1, procedure: 'p' } }));
    expect(() => d.dispatch(f, undefined)).to.throw(MaculaError).with.property('code', 'unknown_message_type');
    try { d.dispatch(f, undefined); } catch (e) { expect((e as MaculaError).details.type).to.equal('call'); }
  });

  it('answers an empty frame and a frame from a newer protocol with unknown_message_type', () => {
    const d = new Dispatcher().on('ping', () => undefined);
    for (const bytes of [new Uint8Array(0), new Uint8Array([0x98, 0x06, 0x01])]) {
      expect(() => d.dispatch(decodeFrame(bytes), undefined)).to.throw(MaculaError).with.property('code', 'unknown_message_type');
    }
  });
});
