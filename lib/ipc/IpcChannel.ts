/**
 * One end of an IPC pipe: protobuf Envelopes in length-delimited frames (FrameDecoder), a
 * dispatch table keyed by the body's oneof case, and request/response correlated by seq with a
 * bounded pending table and per-request timeouts.
 *
 * Bad input never kills the receiver's process: an undecodable or unknown envelope is reported
 * to `onError` as a typed MaculaError (`malformed_frame`, `unknown_message_type`) and the channel
 * keeps working (the frame boundaries are intact). A framing error (a length prefix above the
 * limit, `frame_too_large`) means the byte stream itself cannot be trusted any more: it is
 * reported and the channel closes (no resynchronising is claimed). An envelope addressed to
 * another process goes to `onForward` (root uses this to act as the hub). A reply or a forward
 * that cannot be written (the other end does not read: `slow_consumer`) is reported to
 * `onError` (a failed forward is answered to its sender), never thrown out of a listener.
 *
 * Backpressure: a request written while the stream holds more than `highWaterBytes` unsent waits
 * for 'drain' first (within its timeout, counted in the bounded pending table); a fire-and-forget
 * send() beyond `maxQueuedBytes` is refused with `slow_consumer` instead of queueing without end.
 */
import type { Duplex } from 'node:stream';
import { MaculaError } from '../errors/index.js';
import { macula } from '../gen/ipc.js';
import { HIGH_WATER_BYTES, MAX_FRAME_BYTES, MAX_PENDING_REQUESTS, MAX_QUEUED_BYTES, MAX_SEQ, REQUEST_TIMEOUT_MS } from './constants.js';
import { FrameDecoder, encodeFrame } from './FrameDecoder.js';
import type { BodyCase, Envelope, IpcBody, IpcHandler } from './types.js';
import { errorFromWire, errorToWire } from './wireError.js';

export interface IpcChannelOptions {
  /** This end's process name (`root`, `gateway`, `peer:1`, …): the `from` of what it sends. */
  name: string;
  /** @default MAX_FRAME_BYTES (4 MiB) */
  maxFrameBytes?: number;
  /** @default REQUEST_TIMEOUT_MS (5000) */
  requestTimeoutMs?: number;
  /** @default MAX_PENDING_REQUESTS (1024) */
  maxPending?: number;
  /** Typed errors about bad input or a failed handler. The channel keeps working. */
  onError?: (err: MaculaError) => void;
  /** Envelopes addressed to a name other than ours (and not empty). Default: answer no_such_process. */
  onForward?: (envelope: Envelope) => void;
  /** The stream ended or failed: the other side is gone. Called once. */
  onClose?: (reason: string) => void;
  /** The authenticated name of the other end: every envelope received is `from` it. */
  peerName?: string;
  /** Unsent bytes above which a request waits for 'drain'. @default HIGH_WATER_BYTES (1 MiB) */
  highWaterBytes?: number;
  /** Unsent bytes above which send() refuses with `slow_consumer`. @default MAX_QUEUED_BYTES (16 MiB) */
  maxQueuedBytes?: number;
}

interface Pending {
  resolve: (envelope: Envelope) => void;
  reject: (err: MaculaError) => void;
  timer: NodeJS.Timeout;
}

export class IpcChannel {
  readonly name: string;
  private readonly decoder: FrameDecoder;
  private readonly handlers = new Map<BodyCase, IpcHandler>();
  private readonly pending = new Map<number, Pending>();
  private readonly maxFrameBytes: number;
  private readonly requestTimeoutMs: number;
  private readonly maxPending: number;
  private nextSeq = 1;
  private closedReason: string | undefined;
  /** Requests waiting for 'drain' before they are written. */
  private draining = 0;

  constructor(private readonly stream: Duplex, private readonly options: IpcChannelOptions) {
    this.name = options.name;
    this.maxFrameBytes = options.maxFrameBytes ?? MAX_FRAME_BYTES;
    this.requestTimeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
    this.maxPending = options.maxPending ?? MAX_PENDING_REQUESTS;
    this.decoder = new FrameDecoder(this.maxFrameBytes);
    stream.on('data', (chunk: Buffer) => this.onData(chunk));
    stream.on('end', () => this.close('end of stream'));
    stream.on('close', () => this.close('stream closed'));
    stream.on('error', (err: Error) => this.close(`stream error: ${err.message}`));
  }

  get closed(): boolean {
    return this.closedReason !== undefined;
  }

  /** The other end proved who it is (a sibling's hello): every envelope from now on is `from` it. */
  authenticate(peerName: string): void {
    this.options.peerName = peerName;
  }

  /** The authenticated name of the other end, if any. */
  get peerName(): string | undefined {
    return this.options.peerName;
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  /** Register the handler for one body case (replaces any previous one). */
  handle<K extends BodyCase>(kind: K, handler: IpcHandler): this {
    this.handlers.set(kind, handler);
    return this;
  }

  /** Fire and forget. Returns the seq used. Throws `process_unavailable` when the pipe is closed. */
  send(to: string, body: IpcBody, replyTo = 0): number {
    const seq = this.allocSeq();
    this.write(macula.ipc.Envelope.create({ from: this.name, to, seq, replyTo, ...body }));
    return seq;
  }

  /** Send and wait for the envelope whose reply_to is our seq. An Error reply rejects with its code. */
  request(to: string, body: IpcBody, timeoutMs = this.requestTimeoutMs): Promise<Envelope> {
    if (!this.closed && this.stream.writableLength > (this.options.highWaterBytes ?? HIGH_WATER_BYTES)) return this.requestAfterDrain(to, body, timeoutMs);
    if (this.closed) return Promise.reject(this.unavailable(to));
    if (this.pending.size >= this.maxPending) {
      return Promise.reject(new MaculaError('too_many_pending_calls', `${this.pending.size} IPC requests already pending on ${this.name}`, {
        details: { max: this.maxPending },
      }));
    }
    return new Promise<Envelope>((resolve, reject) => {
      const seq = this.allocSeq();
      const timer = setTimeout(() => {
        this.pending.delete(seq);
        reject(new MaculaError('timeout', `no reply from ${to} within ${timeoutMs} ms`, { details: { to, timeoutMs } }));
      }, timeoutMs);
      this.pending.set(seq, { resolve, reject, timer });
      try {
        this.write(macula.ipc.Envelope.create({ from: this.name, to, seq, ...body }));
      } catch (err) {
        clearTimeout(timer);
        this.pending.delete(seq);
        reject(MaculaError.wrap(err));
      }
    });
  }

  /** A request behind a full stream: wait for 'drain' (bounded by its timeout), then send it. */
  private async requestAfterDrain(to: string, body: IpcBody, timeoutMs: number): Promise<Envelope> {
    if (this.pending.size + this.draining >= this.maxPending) {
      throw new MaculaError('too_many_pending_calls', `${this.pending.size + this.draining} IPC requests already pending on ${this.name}`, { details: { max: this.maxPending } });
    }
    const started = Date.now();
    this.draining++;
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          cleanup();
          reject(new MaculaError('timeout', `${to} did not read its channel within ${timeoutMs} ms`, { details: { to, timeoutMs } }));
        }, timeoutMs);
        const done = (): void => {
          cleanup();
          resolve();
        };
        const cleanup = (): void => {
          clearTimeout(timer);
          this.stream.off('drain', done);
          this.stream.off('close', done);
        };
        this.stream.once('drain', done);
        this.stream.once('close', done);
      });
    } finally {
      this.draining--;
    }
    return this.request(to, body, Math.max(1, timeoutMs - (Date.now() - started)));
  }

  /** Answer an envelope. */
  reply(to: Envelope, body: IpcBody): void {
    if (this.closed) return;
    this.send(to.from, body, to.seq);
  }

  /** Write an envelope as it is (root forwarding someone else's message). */
  forward(envelope: Envelope): void {
    this.write(envelope);
  }

  /** Write raw bytes, bypassing framing (tests prove garbage does not kill the receiver). */
  writeRaw(bytes: Uint8Array): void {
    if (!this.closed) this.stream.write(bytes);
  }

  /** Close our end; pending requests fail with `process_unavailable`. Idempotent. */
  close(reason = 'closed'): void {
    if (this.closedReason !== undefined) return;
    this.closedReason = reason;
    for (const [seq, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(new MaculaError('process_unavailable', `IPC channel ${this.name} closed (${reason}) before the reply`, { details: { seq } }));
    }
    this.pending.clear();
    this.decoder.reset();
    if (!this.stream.destroyed) this.stream.destroy();
    this.options.onClose?.(reason);
  }

  private allocSeq(): number {
    const seq = this.nextSeq;
    this.nextSeq = seq >= MAX_SEQ ? 1 : seq + 1;
    return seq;
  }

  private unavailable(to: string): MaculaError {
    return new MaculaError('process_unavailable', `IPC channel ${this.name} is closed (${this.closedReason}); ${to} is unreachable`, {
      details: { to },
    });
  }

  private write(envelope: macula.ipc.Envelope): void {
    if (this.closed) throw this.unavailable(envelope.to);
    const queued = this.stream.writableLength;
    const limit = this.options.maxQueuedBytes ?? MAX_QUEUED_BYTES;
    if (queued > limit) {
      throw new MaculaError('slow_consumer', `${envelope.to} does not read its IPC channel: ${queued} bytes unsent (limit ${limit})`, { details: { to: envelope.to, queuedBytes: queued, limit } });
    }
    const frame = encodeFrame(macula.ipc.Envelope.encode(envelope).finish(), this.maxFrameBytes);
    this.stream.write(frame);
  }

  private onData(chunk: Buffer): void {
    const { frames, error } = this.decoder.push(chunk);
    for (const frame of frames) {
      if (this.closed) return;
      this.onFrame(frame);
    }
    if (error) {
      this.reportError(error);
      this.close(`framing error: ${error.message}`);
    }
  }

  private onFrame(frame: Buffer): void {
    let envelope: Envelope;
    try {
      envelope = macula.ipc.Envelope.decode(frame);
    } catch (err) {
      this.reportError(new MaculaError('malformed_frame', `undecodable ${frame.length}-byte IPC frame: ${(err as Error).message}`, { cause: err }));
      return;
    }
    if (this.options.peerName !== undefined) envelope.from = this.options.peerName;
    if (envelope.to && envelope.to !== this.name) {
      if (!this.options.onForward) {
        if (!envelope.replyTo) this.replyError(envelope, new MaculaError('no_such_process', `${this.name} does not route to ${envelope.to}`));
        return;
      }
      try {
        this.options.onForward(envelope);
      } catch (err) {
        // forwarding failed (the target does not read: slow_consumer): the sender hears it; a
        // throw here would leave the socket's 'data' listener, an uncaught exception
        const e = MaculaError.wrap(err);
        this.reportError(e);
        if (!envelope.replyTo) this.replyError(envelope, e);
      }
      return;
    }
    if (envelope.replyTo) {
      this.settle(envelope);
      return;
    }
    this.dispatch(envelope);
  }

  private settle(envelope: Envelope): void {
    const p = this.pending.get(envelope.replyTo);
    if (!p) return; // late reply to a request that timed out: nothing waits for it
    this.pending.delete(envelope.replyTo);
    clearTimeout(p.timer);
    if (envelope.body === 'error') p.reject(errorFromWire(envelope.error));
    else p.resolve(envelope);
  }

  private dispatch(envelope: Envelope): void {
    const kind = envelope.body;
    const handler = kind ? this.handlers.get(kind) : undefined;
    if (!handler) {
      const err = new MaculaError('unknown_message_type', `${this.name} has no handler for IPC body ${kind ?? '(unknown or empty)'} from ${envelope.from || '?'}`, {
        details: { kind: kind ?? null, from: envelope.from },
      });
      this.reportError(err);
      this.replyError(envelope, err);
      return;
    }
    Promise.resolve()
      .then(() => handler(envelope))
      .then(
        (body) => {
          if (!body) return;
          try {
            this.reply(envelope, body);
          } catch (err) {
            // the reply could not be written (the other end does not read: slow_consumer): a
            // typed report, never an unhandled rejection (which would end this OS process)
            this.reportError(MaculaError.wrap(err));
          }
        },
        (err: unknown) => {
          const e = MaculaError.wrap(err);
          this.reportError(e);
          this.replyError(envelope, e);
        },
      );
  }

  private replyError(envelope: Envelope, err: MaculaError): void {
    if (!envelope.seq || !envelope.from || this.closed) return;
    try {
      this.reply(envelope, { error: errorToWire(err) });
    } catch {
      // the pipe closed while answering; close() already reported it
    }
  }

  private reportError(err: MaculaError): void {
    this.options.onError?.(err);
  }
}
