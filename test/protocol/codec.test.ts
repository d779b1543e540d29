import { expect } from 'chai';
import { MaculaError, isMaculaError } from '../../lib/errors/index.js';
import { decodeFrame, encodeFrame, frameCase, FRAME_CASES, type FrameInit } from '../../lib/protocol/index.js';

function roundTrip(frame: FrameInit) {
  return decodeFrame(encodeFrame(frame));
}

function expectCode(fn: () => unknown, code: string): MaculaError {
  try {
    fn();
  } catch (err) {
    expect(isMaculaError(err), String(err)).to.equal(true);
    expect((err as MaculaError).code).to.equal(code);
    return err as MaculaError;
  }
  throw new Error(`expected MaculaError(${code})`);
}

describe('protocol codec', () => {
  it('round-trips a connect handshake with every field', () => {
    const f = roundTrip({
      connect: { protocolVersion: 1, realm: 'io.example', nodeId: 'ab'.repeat(32), clientName: 'svc', capabilities: ['pubsub', 'rpc'], minProtocolVersion: 1 },
    });
    expect(frameCase(f)).to.equal('connect');
    expect(f.connect).to.deep.include({ protocolVersion: 1, realm: 'io.example', clientName: 'svc' });
    expect(f.connect!.capabilities).to.deep.equal(['pubsub', 'rpc']);
  });

  it('round-trips publish, event and call payload bytes unchanged', () => {
    const payload = new Uint8Array([0, 1, 2, 255, 128]);
    expect(Array.from(roundTrip({ publish: { topic: 'a.b', payload, qos: 1, correlationId: 9 } }).publish!.payload!)).to.deep.equal(Array.from(payload));
    const ev = roundTrip({ event: { subscriptionId: 3, topic: 'a.b', payload, publisher: 'n1' } }).event!;
    expect(ev.subscriptionId).to.equal(3);
    expect(Array.from(ev.payload!)).to.deep.equal(Array.from(payload));
    const call = roundTrip({ call: { correlationId: 0xffff_ffff, procedure: 'p.q', args: payload, timeoutMs: 100 } }).call!;
    expect(call.correlationId).to.equal(0xffff_ffff);
    expect(call.timeoutMs).to.equal(100);
  });

  it('round-trips advertise metadata maps and the mesh route envelope', () => {
    const f = roundTrip({
      route: { originNodeId: 'g1', destinationNodeId: 'g2', hopCount: 3, maxHops: 10, realm: 'r' },
      advertise: { correlationId: 1, procedure: 'x.y', ttlMs: 300_000, metadata: { zone: 'eu', v: '2' } },
    });
    expect(f.advertise!.metadata).to.deep.equal({ zone: 'eu', v: '2' });
    expect(f.route).to.deep.include({ hopCount: 3, maxHops: 10, realm: 'r' });
  });

  it('round-trips every message type, keeping its case', () => {
    const samples: FrameInit[] = [
      { connect: { protocolVersion: 1 } }, { connected: { nodeId: 'g', sessionId: 's', protocolVersion: 1, realms: ['r'], heartbeatMs: 30000 } },
      { error: { correlationId: 2, code: 5, message: 'm', detailsJson: '{}' } }, { ping: { seq: 1 } }, { pong: { seq: 1 } },
      { goodbye: { reason: 'bye' } }, { publish: { topic: 't' } }, { published: { correlationId: 1 } },
      { subscribe: { correlationId: 1, pattern: 'a.**' } }, { subscribed: { correlationId: 1, subscriptionId: 7 } },
      { unsubscribe: { subscriptionId: 7 } }, { event: { subscriptionId: 7, topic: 't' } },
      { call: { correlationId: 1, procedure: 'p' } }, { result: { correlationId: 1 } },
      { advertise: { correlationId: 1, procedure: 'p' } }, { advertised: { correlationId: 1 } },
      { unadvertise: { procedure: 'p' } }, { invocation: { invocationId: 1, procedure: 'p', deadlineMs: 5000 } },
      { yield: { invocationId: 1 } }, { invocationError: { invocationId: 1, message: 'boom' } },
      { dht: { type: 'ping', requestId: 1, sender: { nodeId: 'a'.repeat(64), endpoint: 'quic://127.0.0.1:1' } } },
      { reach: { snapshot: true, entries: [{ nodeId: 'b'.repeat(64), hops: 2 }] } },
    ];
    expect(samples.map((s) => frameCase(s))).to.deep.equal([...FRAME_CASES]);
    for (const s of samples) expect(frameCase(roundTrip(s))).to.equal(frameCase(s));
  });

  it('refuses to encode a frame with no body or with two bodies', () => {
    expectCode(() => encodeFrame({}), 'malformed_frame');
    expectCode(() => encodeFrame({ ping: { seq: 1 }, pong: { seq: 1 } }), 'malformed_frame');
  });

  it('turns garbage bytes into malformed_frame, never another exception', () => {
    const garbage = [[0xff, 0xff, 0xff], [0x0a, 0x10, 1], [0x07], [0x52, 0x02, 0xff, 0xff], [0x82, 0x01, 0x05, 0x01]];
    for (const g of garbage) {
      const err = expectCode(() => decodeFrame(new Uint8Array(g)), 'malformed_frame');
      expect(err.details.length).to.equal(g.length);
    }
  });

  it('decodes a frame from a newer protocol (unknown body field) as a frame with no body', () => {
    // field 99, varint 1: a body this build does not know
    const f = decodeFrame(new Uint8Array([0x98, 0x06, 0x01]));
    expect(frameCase(f)).to.equal(undefined);
  });
});

describe('protocol codec under fuzzing', () => {
  it('random bytes either decode to a Frame or raise malformed_frame, nothing else', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          const f = decodeFrame(bytes);
          expect(frameCase(f) === undefined || FRAME_CASES.includes(frameCase(f)!)).to.equal(true);
        } catch (err) {
          expect(isMaculaError(err, 'malformed_frame'), String(err)).to.equal(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('truncating a valid frame anywhere gives malformed_frame or a shorter valid frame, never a crash', () => {
    const full = encodeFrame({ call: { correlationId: 77, procedure: 'svc.echo', args: new Uint8Array(40).fill(7), timeoutMs: 500 } });
    for (let n = 0; n < full.length; n++) {
      try {
        decodeFrame(full.subarray(0, n));
      } catch (err) {
        expect(isMaculaError(err, 'malformed_frame')).to.equal(true);
      }
    }
  });
});
