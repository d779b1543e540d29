import { expect } from 'chai';
import { IpcChannel, encodeFrame, type IpcChannelOptions } from '../../lib/ipc/index.js';
import { MaculaError, isMaculaError } from '../../lib/errors/index.js';
import { macula } from '../../lib/gen/ipc.js';
import { socketPair } from '../helpers/socketPair.js';

describe('IpcChannel', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  async function pair(a: Partial<IpcChannelOptions> = {}, b: Partial<IpcChannelOptions> = {}) {
    const p = await socketPair();
    cleanup = p.cleanup;
    const errorsA: MaculaError[] = [];
    const errorsB: MaculaError[] = [];
    const root = new IpcChannel(p.a, { name: 'root', onError: (e) => errorsA.push(e), ...a });
    const child = new IpcChannel(p.b, { name: 'gateway', onError: (e) => errorsB.push(e), ...b });
    child.handle('ping', (env) => ({ pong: { payload: `pong:${env.ping!.payload}`, pid: process.pid } }));
    return { root, child, errorsA, errorsB, rawA: p.a };
  }

  it('answers a request through the dispatch table, correlated by seq', async () => {
    const { root } = await pair();
    const replies = await Promise.all(['a', 'b', 'c'].map((x) => root.request('gateway', { ping: { payload: x } })));
    expect(replies.map((r) => r.pong!.payload)).to.deep.equal(['pong:a', 'pong:b', 'pong:c']);
    expect(replies.every((r) => r.from === 'gateway' && r.body === 'pong')).to.equal(true);
    expect(root.pendingCount).to.equal(0);
  });

  it('rebuilds a handler error on the requester as a MaculaError with the same code', async () => {
    const { root, child } = await pair();
    child.handle('fault', () => {
      throw new MaculaError('no_such_process', 'no worker at x/y');
    });
    const err = await root.request('gateway', { fault: { path: 'x/y' } }).catch((e: unknown) => e);
    expect(isMaculaError(err, 'no_such_process')).to.equal(true);
    expect((err as Error).message).to.equal('no worker at x/y');
  });

  it('reports a malformed frame as a typed error and keeps serving the channel', async () => {
    const { root, errorsB, rawA } = await pair();
    rawA.write(encodeFrame(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01])));
    const reply = await root.request('gateway', { ping: { payload: 'after' } });
    expect(reply.pong!.payload).to.equal('pong:after');
    expect(errorsB.map((e) => e.code)).to.deep.equal(['malformed_frame']);
  });

  it('a framing error (garbage where a length prefix belongs) is reported and closes the channel: a byte stream cannot be resynchronised', async () => {
    let closedWith: string | undefined;
    const { root, errorsB } = await pair({}, { onClose: (r) => (closedWith = r) });
    // a valid frame and the garbage in one write: the frame is served, then the stream is given up
    const ok = macula.ipc.Envelope.encode({ from: 'root', to: 'gateway', seq: 77, ping: { payload: 'before' } }).finish();
    root.writeRaw(Buffer.concat([encodeFrame(ok), Buffer.from('GARBAGE! this is definitely not a length-prefixed frame')]));
    const err = await root.request('gateway', { ping: { payload: 'after' } }).catch((e: unknown) => e);
    expect(isMaculaError(err, 'process_unavailable')).to.equal(true);
    expect(errorsB.map((e) => e.code)).to.deep.equal(['frame_too_large']);
    expect(closedWith).to.match(/^framing error: frame length \d+ exceeds/);
  });

  it('answers an unknown body type with unknown_message_type and keeps working', async () => {
    const { root, errorsB, rawA } = await pair();
    // a body with a field number this build does not know (99) decodes as an empty body
    const unknown = macula.ipc.Envelope.encode({ from: 'root', to: 'gateway', seq: 4242 }).finish();
    const withField99 = Buffer.concat([Buffer.from(unknown), Buffer.from([0x9a, 0x06, 0x00])]);
    rawA.write(encodeFrame(withField99));
    const err = await root.request('gateway', { describeRequest: {} }).catch((e: unknown) => e);
    expect(isMaculaError(err, 'unknown_message_type')).to.equal(true);
    expect(errorsB.map((e) => e.code)).to.deep.equal(['unknown_message_type', 'unknown_message_type']);
    expect((await root.request('gateway', { ping: { payload: 'x' } })).pong!.payload).to.equal('pong:x');
  });

  it('fails a request with timeout when no reply arrives in time', async () => {
    const { root, child } = await pair({ requestTimeoutMs: 50 });
    child.handle('describeRequest', () => new Promise(() => {}));
    const started = Date.now();
    const err = await root.request('gateway', { describeRequest: {} }).catch((e: unknown) => e);
    expect(isMaculaError(err, 'timeout')).to.equal(true);
    expect(Date.now() - started).to.be.within(40, 500);
    expect(root.pendingCount).to.equal(0);
  });

  it('bounds the pending table: one request over the limit fails with too_many_pending_calls', async () => {
    const { root, child } = await pair({ maxPending: 2, requestTimeoutMs: 2000 });
    const release: Array<() => void> = [];
    child.handle('describeRequest', () => new Promise((resolve) => release.push(() => resolve({ ok: {} }))));
    const first = [root.request('gateway', { describeRequest: {} }), root.request('gateway', { describeRequest: {} })];
    const over = await root.request('gateway', { describeRequest: {} }).catch((e: unknown) => e);
    expect(isMaculaError(over, 'too_many_pending_calls')).to.equal(true);
    while (release.length < 2) await new Promise((r) => setTimeout(r, 5));
    release.forEach((r) => r());
    await Promise.all(first);
    expect(root.pendingCount).to.equal(0);
    expect((await root.request('gateway', { ping: { payload: 'slot free' } })).pong!.payload).to.equal('pong:slot free');
  });

  it('fails pending requests with process_unavailable when the other end goes away', async () => {
    const { root, child } = await pair();
    child.handle('describeRequest', () => new Promise(() => {}));
    const pending = root.request('gateway', { describeRequest: {} });
    child.close('test');
    const err = await pending.catch((e: unknown) => e);
    expect(isMaculaError(err, 'process_unavailable')).to.equal(true);
    const after = await root.request('gateway', { ping: {} }).catch((e: unknown) => e);
    expect(isMaculaError(after, 'process_unavailable')).to.equal(true);
  });

  it('hands envelopes addressed to another process to onForward', async () => {
    const forwarded: string[] = [];
    const { child } = await pair({ onForward: (env) => forwarded.push(`${env.from}->${env.to}:${env.body}`) });
    child.send('peer:1', { ping: { payload: 'via hub' } });
    await new Promise((r) => setTimeout(r, 30));
    expect(forwarded).to.deep.equal(['gateway->peer:1:ping']);
  });
});
