/**
 * The generated fast codec (lib/gen/macula.fast.js, scripts/fast-codec.mjs) that lib/protocol's
 * encodeFrame/decodeFrame use for the message frames: byte for byte what protobufjs writes, and
 * the same values protobufjs reads, on generated frames of every fast case — and protobufjs's own
 * behaviour wherever the fast code steps aside (routes, non-ASCII text, unknown fields, garbage).
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { FAST_CASES } from '../../lib/gen/macula.fast.js';
import { FIELDS } from '../../lib/gen/macula.fields.js';
import { MaculaError } from '../../lib/errors/index.js';
import { decodeFrame, encodeFrame, wire, type Frame, type FrameCase, type FrameInit } from '../../lib/protocol/index.js';

const FRAME = FIELDS['macula.wire.Frame']!;
const messageOf = (kind: string): Record<string, { type: string }> => FIELDS[`macula.wire.${FRAME[kind]!.type}`] ?? FIELDS[FRAME[kind]!.type]!;

const uint32 = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 127 }), fc.integer({ min: 0, max: 0xffff_ffff }));
const asciiText = fc.string({ minLength: 0, maxLength: 80 });
const anyText = fc.oneof(asciiText, fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }));
const bytes = fc.oneof(fc.constant(new Uint8Array(0)), fc.uint8Array({ maxLength: 300 }));

/** A body of `kind` with each field absent, null, or a value of its type. */
function bodyOf(kind: string, text: fc.Arbitrary<string>): fc.Arbitrary<Record<string, unknown>> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, f] of Object.entries(messageOf(kind))) {
    const value = f.type === 'uint32' ? uint32 : f.type === 'string' ? text : bytes;
    fields[name] = fc.oneof({ weight: 6, arbitrary: value }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(null) });
  }
  return fc.record(fields).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));
}

const fastFrame = (text: fc.Arbitrary<string>): fc.Arbitrary<FrameInit> =>
  fc.constantFrom(...FAST_CASES).chain((kind) => bodyOf(kind, text).map((body) => ({ [kind]: body }) as FrameInit));

/** Every field of the frame's body as plain values (bytes as arrays), whoever decoded it. */
function normal(f: Frame): { body: string | undefined; fields: Record<string, unknown> } {
  const kind = f.body as FrameCase | undefined;
  if (kind === undefined) return { body: undefined, fields: {} };
  const b = f[kind] as unknown as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const name of Object.keys(messageOf(kind))) {
    const v = b[name];
    fields[name] = v instanceof Uint8Array ? Array.from(v) : v;
  }
  return { body: kind, fields };
}

function outcome(fn: () => Frame): { ok: true; value: ReturnType<typeof normal> } | { ok: false; code: string } {
  try {
    return { ok: true, value: normal(fn()) };
  } catch (err) {
    return { ok: false, code: (err as MaculaError).code };
  }
}

const protobufjs = (b: Uint8Array): Frame => {
  try {
    return wire.Frame.decode(b);
  } catch (cause) {
    throw new MaculaError('malformed_frame', 'malformed', { cause });
  }
};

describe('protocol: the fast codec of message frames', () => {
  it('covers the message paths and leaves the rest to protobufjs', () => {
    expect(FAST_CASES).to.include.members(['publish', 'event', 'call', 'result', 'invocation', 'yield', 'error', 'ping']);
    // a repeated field, a map, an enum: protobufjs only
    expect(FAST_CASES).to.not.include.members(['connect', 'connected', 'advertise']);
  });

  it('encodes every fast frame byte for byte as protobufjs does, ASCII or not', () => {
    fc.assert(
      fc.property(fastFrame(anyText), (frame) => {
        expect(Buffer.from(encodeFrame(frame)).toString('hex')).to.equal(Buffer.from(wire.Frame.encode(frame).finish()).toString('hex'));
      }),
      { numRuns: 3000 },
    );
  });

  it('decodes every fast frame to the values protobufjs reads', () => {
    fc.assert(
      fc.property(fastFrame(anyText), (frame) => {
        const b = Buffer.from(wire.Frame.encode(frame).finish());
        expect(normal(decodeFrame(b))).to.deep.equal(normal(wire.Frame.decode(b)));
      }),
      { numRuns: 3000 },
    );
  });

  it('steps aside for a route, unknown fields and invalid UTF-8, reading what protobufjs reads', () => {
    const payload = Uint8Array.from([1, 2, 3]);
    const routed: FrameInit = { route: { originNodeId: 'g1', hopCount: 2 }, publish: { topic: 'a.b', payload } };
    expect(Buffer.from(encodeFrame(routed)).equals(Buffer.from(wire.Frame.encode(routed).finish()))).to.equal(true);
    const back = decodeFrame(Buffer.from(encodeFrame(routed)));
    expect(back.route?.hopCount).to.equal(2);
    expect(Array.from(back.publish!.payload!)).to.deep.equal([1, 2, 3]);
    // publish { topic: "a.b", field 9 (unknown varint) = 5 }: protobufjs skips the unknown field
    const unknown = Buffer.from([0xa2, 0x01, 0x07, 0x0a, 0x03, 0x61, 0x2e, 0x62, 0x48, 0x05]);
    expect(normal(decodeFrame(unknown))).to.deep.equal(normal(wire.Frame.decode(unknown)));
    expect(decodeFrame(unknown).publish!.topic).to.equal('a.b');
    // publish { topic: <0xff 0xfe> }: not UTF-8
    const invalid = Buffer.from([0xa2, 0x01, 0x04, 0x0a, 0x02, 0xff, 0xfe]);
    expect(outcome(() => decodeFrame(invalid))).to.deep.equal(outcome(() => protobufjs(invalid)));
  });

  it('answers arbitrary bytes as protobufjs does: the same frame, or malformed_frame', () => {
    const sample = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      // a valid fast frame, cut short or with a byte changed
      fc.tuple(fastFrame(asciiText), fc.nat(), fc.nat(255)).map(([f, i, v]) => {
        const b = Uint8Array.from(wire.Frame.encode(f).finish());
        if (b.length === 0) return b;
        if (i % 2 === 0) return b.subarray(0, i % b.length);
        b[i % b.length] = v;
        return b;
      }),
    );
    fc.assert(
      fc.property(sample, (b) => {
        expect(outcome(() => decodeFrame(Buffer.from(b)))).to.deep.equal(outcome(() => protobufjs(Buffer.from(b))));
      }),
      { numRuns: 5000 },
    );
  });
});
