import { expect } from 'chai';
import fc from 'fast-check';
import { FrameDecoder } from '../../lib/transport/FrameDecoder.js';

function encode(frames: Uint8Array[]): Buffer {
  return Buffer.concat(
    frames.flatMap((f) => {
      const h = Buffer.alloc(4);
      h.writeUInt32BE(f.length, 0);
      return [h, Buffer.from(f)];
    }),
  );
}

describe('transport: FrameDecoder (4-byte big-endian length prefix)', () => {
  it('a handler that stops the decoder (a paused stream) gets the rest, in order, from drainRest() — the same frames as without stopping', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 20 }), fc.array(fc.nat(400), { maxLength: 30 }), fc.array(fc.boolean(), { maxLength: 40 }), (frames, cuts, stops) => {
        const wire = encode(frames);
        const d = new FrameDecoder(1000);
        const out: Buffer[] = [];
        let k = 0;
        // stop after some frames (as a pause() from the 'frame' handler does), then drain what is held
        const emit = (f: Buffer): boolean => (out.push(Buffer.from(f)), !(stops[k++ % Math.max(1, stops.length)] ?? false));
        const drain = (): void => {
          for (let guard = 0; d.hasRest; guard++) {
            expect(guard).to.be.below(1000);
            expect(d.drainRest(emit)).to.equal(null);
          }
        };
        let pos = 0;
        for (const c of [...cuts, wire.length]) {
          const end = Math.min(wire.length, pos + c);
          drain();
          // scratch copy: the transport reuses its read buffer, so held bytes must not point into it
          const chunk = Buffer.from(wire.subarray(pos, end));
          expect(d.push(chunk, emit)).to.equal(null);
          chunk.fill(0xee);
          pos = end;
        }
        drain();
        expect(out.map((b) => b.toString('hex'))).to.deep.equal(frames.map((f) => Buffer.from(f).toString('hex')));
        expect(d.midFrame).to.equal(false);
      }),
    );
  });

  it('decodes any frames split at any points into the same frames', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 20 }), fc.array(fc.nat(400), { maxLength: 30 }), (frames, cuts) => {
        const wire = encode(frames);
        const d = new FrameDecoder(1000);
        const out: Buffer[] = [];
        let pos = 0;
        for (const c of [...cuts, wire.length]) {
          const end = Math.min(wire.length, pos + c);
          expect(d.push(wire.subarray(pos, end), (f) => (out.push(f), true))).to.equal(null);
          pos = end;
        }
        expect(d.push(wire.subarray(pos), (f) => (out.push(f), true))).to.equal(null);
        expect(out.map((b) => Buffer.from(b).toString('hex'))).to.deep.equal(frames.map((f) => Buffer.from(f).toString('hex')));
        expect(d.midFrame).to.equal(false);
      }),
    );
  });

  it('reassembles frames larger than its preallocation limit from many chunks', () => {
    const big = Buffer.alloc(700 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = i % 251;
    const wire = encode([big, Buffer.from('tail')]);
    const d = new FrameDecoder(1 << 20);
    const out: Buffer[] = [];
    for (let pos = 0; pos < wire.length; pos += 1350) d.push(wire.subarray(pos, pos + 1350), (f) => (out.push(f), true));
    expect(out.length).to.equal(2);
    expect(out[0]!.equals(big)).to.equal(true);
    expect(out[1]!.toString()).to.equal('tail');
  });

  it('reports frame_too_large for a length above the maximum, before buffering anything', () => {
    const d = new FrameDecoder(10);
    expect(d.push(Buffer.from([0, 0, 0, 11, 1]), () => true)).to.equal('frame_too_large');
    expect(new FrameDecoder(10).push(Buffer.from([0xff, 0xff, 0xff, 0xff]), () => true)).to.equal('frame_too_large');
  });

  it('is mid-frame after a partial header or body (the stream must not end there)', () => {
    const d = new FrameDecoder(100);
    d.push(Buffer.from([0, 0]), () => true);
    expect(d.midFrame).to.equal(true);
    d.push(Buffer.from([0, 5, 1, 2]), () => true);
    expect(d.midFrame).to.equal(true);
  });

  it('hands out copies: reusing the input buffer does not change delivered frames', () => {
    const d = new FrameDecoder(100);
    const buf = encode([Buffer.from('abc')]);
    let got: Buffer | undefined;
    d.push(buf, (f) => ((got = f), true));
    buf.fill(0);
    expect(got!.toString()).to.equal('abc');
  });
});
