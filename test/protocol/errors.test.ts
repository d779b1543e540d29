import { expect } from 'chai';
import { MaculaError } from '../../lib/errors/index.js';
import { decodeFrame, decodeJson, encodeFrame, encodeJson, fromWireError, toWireError } from '../../lib/protocol/index.js';

describe('wire errors', () => {
  it('carry a MaculaError across the wire as the same code, message and details', () => {
    const err = new MaculaError('invalid_topic', 'bad segment 1', { details: { index: 1, segment: 'a b' } });
    const w = decodeFrame(encodeFrame({ error: toWireError(err, 42) })).error!;
    expect(w.correlationId).to.equal(42);
    expect(w.code).to.equal(err.wireCode);
    const back = fromWireError(w);
    expect(back).to.be.instanceOf(MaculaError);
    expect(back.code).to.equal('invalid_topic');
    expect(back.message).to.equal('bad segment 1');
    expect(back.details).to.deep.equal({ index: 1, segment: 'a b' });
  });

  it('turn a foreign exception into internal, and an unknown numeric code into internal', () => {
    expect(fromWireError(toWireError(new TypeError('x'))).code).to.equal('internal');
    expect(fromWireError({ code: 99_999, message: 'from the future' }).code).to.equal('internal');
  });

  it('fall back to the string code when the numeric one is absent, and ignore broken details JSON', () => {
    const e = fromWireError({ codeName: 'no_providers', message: 'm', detailsJson: '{not json' });
    expect(e.code).to.equal('no_providers');
    expect(e.details).to.deep.equal({});
    expect(fromWireError({ code: 99_999, codeName: 'timeout', message: 'm' }).code).to.equal('timeout');
  });
});

describe('JSON payloads', () => {
  it('round-trip values', () => {
    expect(decodeJson(encodeJson({ a: [1, 'x', null] }))).to.deep.equal({ a: [1, 'x', null] });
    expect(decodeJson(new Uint8Array(0))).to.equal(undefined);
  });

  it('raise invalid_args for values JSON cannot hold and for bytes that are not JSON', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => encodeJson(cyclic)).to.throw(MaculaError).with.property('code', 'invalid_args');
    expect(() => encodeJson(10n)).to.throw(MaculaError).with.property('code', 'invalid_args');
    expect(() => encodeJson(undefined)).to.throw(MaculaError).with.property('code', 'invalid_args');
    expect(() => decodeJson(new TextEncoder().encode('{oops'))).to.throw(MaculaError).with.property('code', 'invalid_args');
    expect(() => decodeJson(new Uint8Array([0xff, 0xfe]))).to.throw(MaculaError).with.property('code', 'invalid_args');
  });
});
