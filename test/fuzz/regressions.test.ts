/**
 * Regression tests for what fuzzing the boundaries found, one per defect, each in the smallest
 * form the fuzzer's counterexample shrank to.
 *
 * 1. A frame the gateway forwards (an Event, an Invocation, a Result or a provider's error) is a
 *    little larger than the frame it was made from (subscription/invocation id, publisher, caller).
 *    A legal frame near the 1 MiB limit made one over it, and the transport's refusal to write it
 *    disconnected the RECIPIENT (`frame_too_large`): a publisher could cut off every subscriber, a
 *    caller its provider, a provider its caller. Now the producer's request is refused with
 *    `frame_too_large` and the recipient is untouched.
 * 2. A provider's InvocationError carrying code 1 (`internal`) reached the caller as `internal`,
 *    the code that names the gateway's own unexpected failure (unknown codes already became
 *    `handler_error`). A provider's failure is now `handler_error` unless it names another code.
 * 3. IpcChannel: a handler's reply that could not be written (the peer does not read:
 *    `slow_consumer` past MAX_QUEUED_BYTES) was thrown inside a promise callback nobody caught —
 *    an unhandled rejection, which ends a child process (exit 70). So a sibling that sent
 *    requests without reading the replies could kill the process it talked to. The failed reply
 *    is now reported to onError and the channel goes on.
 * 4. IpcChannel: an envelope handed to `onForward` whose forwarding threw (root's hub forwarding
 *    to a process that does not read: `slow_consumer`) threw out of the socket's 'data' listener,
 *    an uncaught exception: root has no handler for it, so root — the node — died. The failure
 *    is now reported to onError and answered to the sender; the channel goes on.
 * 5. lib/ipc FrameDecoder (the fd-3 pipe, sibling sockets, the control socket) concatenated all
 *    it held on every chunk: reassembling a frame cost O(size²) — a 4 MiB frame read in 64 KiB
 *    chunks copied ~130 MB (66 ms of the receiver's event loop). It now copies once, when the
 *    frame is complete.
 * 6. Root's control socket queued every answer of a client that sends requests and does not read
 *    them, without bound: 1.6 MB of `status` requests queued 184 MB of answers in root. A control
 *    connection whose unsent answers pass MAX_CONTROL_QUEUED_BYTES is now closed.
 * 7. Root's control socket: an answer larger than a frame (a `scale` of a 4 MiB name, quoted in
 *    its `usage` error) made encodeFrame throw inside the async answer: never answered, and an
 *    unhandled rejection — which ends root. Such an answer is now `frame_too_large` (same seq).
 * 8. Since RPC across nodes, an Invocation names its caller by node id (64 characters), but the
 *    size check of (1) still counted the 16-character session id: a call up to ~48 bytes under
 *    the limit passed it, and its Invocation, over the limit, disconnected the PROVIDER. The check
 *    now counts the node id (and the route a link to another node adds), and a provider's session
 *    refuses an Invocation over its frame limit as `frame_too_large` (the attempt fails) rather
 *    than being closed by its transport.
 */
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ControlServer } from '../../lib/cluster/ControlServer.js';
import { controlRequest } from '../../lib/cluster/ControlClient.js';
import { MAX_CONTROL_QUEUED_BYTES } from '../../lib/cluster/constants.js';
import { FrameDecoder as IpcFrameDecoder } from '../../lib/ipc/index.js';
import { macula as control } from '../../lib/gen/control.js';
import { silentLogger } from '../../lib/log/index.js';
import { FrameDecoder, IpcChannel, MAX_FRAME_BYTES, encodeFrame as encodeIpcFrame, MAX_QUEUED_BYTES } from '../../lib/ipc/index.js';
import { macula } from '../../lib/gen/ipc.js';
import { MaculaError } from '../../lib/errors/index.js';
import { socketPair } from '../helpers/socketPair.js';
import { DEFAULT_MAX_FRAME_BYTES } from '../../lib/transport/index.js';
import { encodeFrame as encodeQuicFrame, fromWireError, wire } from '../../lib/protocol/index.js';
import { useBroker } from '../broker/fixture.js';
import { sleep } from '../broker/helpers.js';
import { frameOfSize } from './lib/quicModel.js';

const LIMIT = DEFAULT_MAX_FRAME_BYTES;

describe('fuzz regressions', function () {
  this.timeout(20_000);
  const h = useBroker();

  describe('a forwarded frame that would exceed the frame limit fails its producer, not its recipient', () => {
    it('a publish at the limit is refused to the publisher (frame_too_large); the subscriber stays connected and gets the next event', async () => {
      const { connect } = await h.start();
      const subscriber = await connect();
      await subscriber.subscribe('fuzz.big');
      const publisher = await connect();
      publisher.sendBytes(frameOfSize({ publish: { topic: 'fuzz.big', qos: 1, correlationId: 7, payload: new Uint8Array(0) } }, LIMIT));
      const answer = await publisher.answer('published', 7);
      expect(answer.error, 'the publisher hears why').to.not.equal(null);
      expect(fromWireError(answer.error!).code).to.equal('frame_too_large');
      await sleep(50);
      expect(subscriber.isClosed, 'the subscriber was not disconnected').to.equal(false);
      expect(subscriber.received('event')).to.have.length(0);
      await publisher.publishAcked('fuzz.big', 'small');
      expect((await subscriber.next('event')).event!.topic).to.equal('fuzz.big');
    });

    it('a call whose invocation would exceed the limit is refused to the caller; the provider stays connected and serves the next call', async () => {
      const { connect } = await h.start();
      const provider = await connect();
      await provider.advertise('fuzz.svc');
      provider.serve((args) => args);
      const caller = await connect();
      caller.sendBytes(frameOfSize({ call: { correlationId: 9, procedure: 'fuzz.svc', args: new Uint8Array(0) } }, LIMIT));
      const answer = await caller.answer('result', 9);
      expect(fromWireError(answer.error!).code).to.equal('frame_too_large');
      expect(provider.isClosed).to.equal(false);
      expect(Buffer.from(await caller.call('fuzz.svc', 'ok')).toString()).to.equal('"ok"');
      await provider.close();
    });

    it('a result too large for the caller reaches it as frame_too_large (the caller stays connected); the provider stays connected', async () => {
      const { connect } = await h.start();
      const provider = await connect();
      await provider.advertise('fuzz.svc');
      const caller = await connect();
      // a 5-byte correlation id against a 1-byte invocation id: the Result is 4 bytes larger than the Yield
      const correlationId = 0xffff_fff0;
      caller.send({ call: { correlationId, procedure: 'fuzz.svc' } });
      const inv = (await provider.next('invocation')).invocation!;
      expect(inv.invocationId).to.be.below(128);
      provider.sendBytes(frameOfSize({ yield: { invocationId: inv.invocationId, payload: new Uint8Array(0) } }, LIMIT));
      const answer = await caller.answer('result', correlationId);
      expect(fromWireError(answer.error!).code).to.equal('frame_too_large');
      await sleep(50);
      expect(caller.isClosed).to.equal(false);
      expect(provider.isClosed).to.equal(false);
    });

    it('a provider error too large to forward reaches the caller as frame_too_large, and nobody is disconnected', async () => {
      const { connect } = await h.start();
      const provider = await connect();
      await provider.advertise('fuzz.svc');
      const caller = await connect();
      const pending = caller.call('fuzz.svc', 'x').catch((e: unknown) => e);
      const inv = (await provider.next('invocation')).invocation!;
      provider.sendBytes(frameOfSize({ invocationError: { invocationId: inv.invocationId, message: '' } }, LIMIT));
      expect(((await pending) as { code?: string }).code).to.equal('frame_too_large');
      await sleep(50);
      expect(caller.isClosed).to.equal(false);
      expect(provider.isClosed).to.equal(false);
    });

    it('a call whose invocation is over the limit only by the caller named by its node id is refused to the caller; the provider stays connected and serves the next call', async () => {
      const { connect, ep } = await h.start();
      const provider = await connect();
      await provider.advertise('fuzz.svc');
      provider.serve((args) => args);
      const caller = await connect();
      // the invocation names the caller by its 64-char node id; the size check counted the 16-char session id
      expect(ep.nodeId).to.have.length(64);
      const call = frameOfSize({ call: { correlationId: 16_384, procedure: 'fuzz.svc', args: new Uint8Array(0) } }, LIMIT - 49);
      const args = wire.Frame.decode(call).call!.args!;
      const invocation = encodeQuicFrame({ invocation: { invocationId: 1, procedure: 'fuzz.svc', args, deadlineMs: 1, caller: ep.nodeId } });
      expect(invocation.length, 'the smallest invocation of this call is over the limit').to.be.above(LIMIT);
      caller.sendBytes(call);
      const answer = await caller.answer('result', 16_384);
      expect(answer.error, 'the caller hears why').to.not.equal(null);
      expect(fromWireError(answer.error!).code).to.equal('frame_too_large');
      await sleep(50);
      expect(provider.isClosed, 'the provider was not disconnected').to.equal(false);
      expect(caller.isClosed).to.equal(false);
      expect(Buffer.from(await caller.call('fuzz.svc', 'ok')).toString()).to.equal('"ok"');
      await provider.close();
    });
  });

  it('a provider error claiming `internal` reaches the caller as handler_error (its message kept)', async () => {
    const { connect } = await h.start();
    const provider = await connect();
    await provider.advertise('fuzz.svc');
    const caller = await connect();
    const pending = caller.call('fuzz.svc', 'x').catch((e: unknown) => e);
    const inv = (await provider.next('invocation')).invocation!;
    provider.send({ invocationError: { invocationId: inv.invocationId, message: 'it broke', code: 1 } });
    const err = (await pending) as { code?: string; message?: string };
    expect(err.code).to.equal('handler_error');
    expect(err.message).to.equal('it broke');
  });

  describe('IpcChannel', () => {
    let cleanup: (() => void) | undefined;
    const rejections: unknown[] = [];
    const onRejection = (e: unknown): void => void rejections.push(e);
    beforeEach(() => process.on('unhandledRejection', onRejection));
    afterEach(() => {
      process.off('unhandledRejection', onRejection);
      rejections.length = 0;
      cleanup?.();
    });

    it('a reply the peer does not read is refused (slow_consumer, to onError), never an unhandled rejection; the channel answers again once the peer reads', async () => {
      const p = await socketPair();
      cleanup = p.cleanup;
      const errors: MaculaError[] = [];
      const child = new IpcChannel(p.b, { name: 'gateway', onError: (e) => errors.push(e) });
      child.handle('ping', (env) => ({ pong: { payload: env.ping!.payload } }));
      p.a.pause();
      const big = 'x'.repeat(1024 * 1024);
      const requests = Math.ceil((2 * MAX_QUEUED_BYTES) / big.length);
      for (let seq = 1; seq <= requests; seq++) {
        p.a.write(encodeIpcFrame(macula.ipc.Envelope.encode({ from: 'root', to: 'gateway', seq, ping: { payload: big } }).finish()));
      }
      await new Promise((r) => setTimeout(r, 500));
      expect(rejections.map((e) => (e as Error).message)).to.deep.equal([]);
      expect(errors.length).to.be.above(0);
      expect(errors.every((e) => e.code === 'slow_consumer')).to.equal(true);
      expect(child.closed).to.equal(false);
      // the peer reads again: it gets the replies that were queued, and a new request is answered
      const root = new IpcChannel(p.a, { name: 'root' });
      p.a.resume();
      while (p.b.writableLength > 0) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, 20));
      expect((await root.request('gateway', { ping: { payload: 'after' } }, 5000)).pong!.payload).to.equal('after');
    });

    it('an envelope whose forwarding fails (the target does not read) is answered to its sender, never thrown out of the socket listener', async () => {
      const fromChild = await socketPair();
      const toTarget = await socketPair();
      cleanup = () => {
        fromChild.cleanup();
        toTarget.cleanup();
      };
      const uncaught: unknown[] = [];
      const onUncaught = (e: unknown): void => void uncaught.push(e);
      const mochaHandlers = process.listeners('uncaughtException');
      process.removeAllListeners('uncaughtException');
      process.on('uncaughtException', onUncaught);
      try {
        const hubErrors: MaculaError[] = [];
        // root's channel to the target process, whose end never reads
        const target = new IpcChannel(toTarget.a, { name: 'root' });
        toTarget.b.pause();
        // root's channel to the sending child: what is not for root is forwarded, as IpcHub does
        new IpcChannel(fromChild.b, { name: 'root', onError: (e) => hubErrors.push(e), onForward: (env) => target.forward(env) });
        const child = new IpcChannel(fromChild.a, { name: 'peer:1' });
        const big = 'x'.repeat(1024 * 1024);
        for (let i = 0; i < Math.ceil((1.5 * MAX_QUEUED_BYTES) / big.length); i++) {
          child.send('peer:2', { ping: { payload: big } });
          await new Promise((r) => setTimeout(r, 2));
        }
        const answer = await child.request('peer:2', { ping: { payload: 'one more' } }, 2000).then(
          () => 'answered',
          (e: MaculaError) => e.code,
        );
        expect(uncaught.map((e) => (e as Error).message)).to.deep.equal([]);
        expect(answer, 'the sender hears why').to.equal('slow_consumer');
        expect(hubErrors.some((e) => e.code === 'slow_consumer')).to.equal(true);
        expect(child.closed).to.equal(false);
      } finally {
        process.off('uncaughtException', onUncaught);
        for (const h of mochaHandlers) process.on('uncaughtException', h);
      }
    });
  });

  describe('lib/ipc FrameDecoder', () => {
    it('reassembles a frame from many chunks with one copy, not one per chunk (linear, not quadratic)', () => {
      const payload = Buffer.alloc(MAX_FRAME_BYTES, 7);
      const wire = encodeIpcFrame(payload);
      const decoder = new FrameDecoder();
      const concat = Buffer.concat;
      let copied = 0;
      Buffer.concat = ((list: readonly Uint8Array[], total?: number) => {
        copied += total ?? list.reduce((n, b) => n + b.length, 0);
        return concat(list, total);
      }) as typeof Buffer.concat;
      const frames: Buffer[] = [];
      try {
        for (let off = 0; off < wire.length; off += 64 * 1024) frames.push(...decoder.push(wire.subarray(off, off + 64 * 1024)).frames);
      } finally {
        Buffer.concat = concat;
      }
      expect(frames).to.have.length(1);
      expect(Buffer.compare(frames[0]!, payload)).to.equal(0);
      expect(copied, 'bytes copied to reassemble it').to.be.at.most(2 * wire.length);
      expect(decoder.pendingBytes).to.equal(0);
    });

    it('still finds a length over the limit that arrives after a partial frame, and frames split at every byte', () => {
      const decoder = new FrameDecoder(100);
      const ok = encodeIpcFrame(Buffer.from('x'.repeat(60)), 100);
      const out: Buffer[] = [];
      for (let i = 0; i < ok.length; i++) out.push(...decoder.push(ok.subarray(i, i + 1)).frames);
      expect(out.map((f) => f.length)).to.deep.equal([60]);
      expect(decoder.push(Buffer.from([0, 0])).error).to.equal(undefined);
      const bad = decoder.push(Buffer.from([0, 101, 1, 2]));
      expect(bad.error?.code).to.equal('frame_too_large');
      expect(decoder.pendingBytes).to.equal(0);
    });
  });

  describe('the control socket', () => {
    it('closes a connection whose unsent answers pass MAX_CONTROL_QUEUED_BYTES (it sends requests and never reads); other clients are served', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'macula-ctl-flood-'));
      const tree = { id: 'macula_root', type: 'supervisor', state: 'running', children: Array.from({ length: 20 }, (_, i) => ({ id: `child_${i}`, type: 'worker', state: 'running', pid: 1000 + i })) };
      const server = new ControlServer(join(dir, 'control.sock'), { status: () => ({ status: { nodeId: 'n'.repeat(64), tree } }) }, silentLogger());
      await server.start();
      try {
        const s = connect(server.path);
        await new Promise((r) => s.once('connect', r));
        s.pause();
        const closed = new Promise<void>((resolve) => s.once('close', () => resolve()));
        s.on('error', () => undefined);
        const one = encodeIpcFrame(control.control.Request.encode({ seq: 1, status: {} }).finish());
        const answerBytes = 1000; // a status answer of this tree is about this size, or more
        const batch = Buffer.concat(Array.from({ length: Math.ceil((2 * MAX_CONTROL_QUEUED_BYTES) / answerBytes / 10) }, () => one));
        for (let i = 0; i < 10 && !s.destroyed; i++) {
          s.write(batch);
          await new Promise((r) => setTimeout(r, 10));
        }
        await Promise.race([closed, new Promise((_, reject) => setTimeout(() => reject(new Error('the flooding connection was never closed')), 5000))]);
        const queued = [...((server as unknown as { sockets: Set<import('node:net').Socket> }).sockets)].reduce((n, x) => n + x.writableLength, 0);
        expect(queued).to.be.at.most(MAX_CONTROL_QUEUED_BYTES * 2);
        expect((await controlRequest(server.path, { status: {} })).status!.nodeId).to.equal('n'.repeat(64));
      } finally {
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('answers a request whose answer would not fit in a frame with frame_too_large (same seq), never an unhandled rejection; it keeps serving', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'macula-ctl-big-'));
      const rejections: unknown[] = [];
      const onRejection = (e: unknown): void => void rejections.push(e);
      process.on('unhandledRejection', onRejection);
      const server = new ControlServer(
        join(dir, 'control.sock'),
        {
          scale: (req) => {
            throw new MaculaError('usage', `cannot scale ${JSON.stringify(req.scale?.what ?? '')}: expected peers=N`);
          },
          status: () => ({ status: { nodeId: 'ok' } }),
        },
        silentLogger(),
      );
      await server.start();
      try {
        const s = connect(server.path);
        await new Promise((r) => s.once('connect', r));
        const answer = new Promise<control.control.Response>((resolve) => {
          const d = new IpcFrameDecoder(64 * 1024 * 1024);
          s.on('data', (chunk: Buffer) => {
            const f = d.push(chunk).frames[0];
            if (f) resolve(control.control.Response.decode(f));
          });
        });
        s.write(encodeIpcFrame(frameOfControlSize(MAX_FRAME_BYTES - 16, 77)));
        const r = await answer;
        s.destroy();
        expect(r.seq).to.equal(77);
        expect(r.error?.codeName).to.equal('frame_too_large');
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(rejections.map((e) => (e as Error).message)).to.deep.equal([]);
        expect((await controlRequest(server.path, { status: {} })).status!.nodeId).to.equal('ok');
      } finally {
        process.off('unhandledRejection', onRejection);
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});

/** A control Request (scale of a long name) encoding to about `bytes` bytes. */
function frameOfControlSize(bytes: number, seq: number): Uint8Array {
  return control.control.Request.encode({ seq, scale: { what: 'w'.repeat(bytes), count: 1 } }).finish();
}
