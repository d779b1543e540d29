import { expect } from 'chai';
import { FrameDecoder, encodeFrame, FRAME_HEADER_BYTES } from '../../lib/ipc/index.js';
import { isMaculaError } from '../../lib/errors/index.js';

describe('FrameDecoder', () => {
  const payloads = [Buffer.from('hello'), Buffer.alloc(0), Buffer.alloc(70_000, 7), Buffer.from([0, 1, 2, 255])];

  it('round-trips frames written one per chunk', () => {
    const decoder = new FrameDecoder();
    for (const p of payloads) {
      const { frames, error } = decoder.push(encodeFrame(p));
      expect(error).to.equal(undefined);
      expect(frames).to.have.length(1);
      expect(Buffer.compare(frames[0]!, p)).to.equal(0);
    }
  });

  it('reassembles a frame split byte by byte', () => {
    const decoder = new FrameDecoder();
    const wire = encodeFrame(Buffer.from('split across many chunks'));
    const out: Buffer[] = [];
    for (let i = 0; i < wire.length; i++) out.push(...decoder.push(wire.subarray(i, i + 1)).frames);
    expect(out.map((f) => f.toString())).to.deep.equal(['split across many chunks']);
    expect(decoder.pendingBytes).to.equal(0);
  });

  it('splits coalesced frames and keeps a trailing partial frame for later', () => {
    const decoder = new FrameDecoder();
    const wire = Buffer.concat(payloads.map((p) => encodeFrame(p)));
    const cut = wire.length - 3;
    const first = decoder.push(wire.subarray(0, cut)).frames;
    expect(first).to.have.length(payloads.length - 1);
    expect(decoder.pendingBytes).to.equal(FRAME_HEADER_BYTES + payloads.at(-1)!.length - 3);
    const rest = decoder.push(wire.subarray(cut)).frames;
    expect([...first, ...rest].map((f) => f.toString('hex'))).to.deep.equal(payloads.map((p) => p.toString('hex')));
  });

  it('refuses to encode a frame above the maximum size', () => {
    expect(() => encodeFrame(Buffer.alloc(17), 16)).to.throw().that.satisfies((e: unknown) => isMaculaError(e, 'frame_too_large'));
    expect(encodeFrame(Buffer.alloc(16), 16)).to.have.length(16 + FRAME_HEADER_BYTES);
  });

  it('reports a length prefix above the maximum as frame_too_large and decodes the next chunk', () => {
    const decoder = new FrameDecoder(1024);
    const { frames, error } = decoder.push(Buffer.from('this is not a frame at all'));
    expect(frames).to.have.length(0);
    expect(isMaculaError(error, 'frame_too_large')).to.equal(true);
    expect(decoder.pendingBytes).to.equal(0);
    const next = decoder.push(encodeFrame(Buffer.from('ok'), 1024));
    expect(next.error).to.equal(undefined);
    expect(next.frames.map((f) => f.toString())).to.deep.equal(['ok']);
  });
});
