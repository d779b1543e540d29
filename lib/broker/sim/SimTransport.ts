/**
 * The in-memory client side of the pub/sub simulation: a Connection and its session Stream as a
 * ClientSession sees them (lib/transport/types), with no socket under them. What the session
 * writes is decoded (the real codec) and handed to the simulated client at once; the stream never
 * fills, so the gateway's slow-consumer rule is not what the simulation studies.
 */
import { EventEmitter } from 'node:events';
import { MaculaError } from '../../errors/index.js';
import { decodeFrame, type Frame } from '../../protocol/index.js';
import type { Connection, Stream } from '../../transport/types.js';

export class SimStream extends EventEmitter implements Stream {
  readonly id = 0;
  readonly bufferedBytes = 0;
  #closed = false;

  constructor(private readonly onFrame: (frame: Frame) => void) {
    super();
  }

  get closed(): boolean {
    return this.#closed;
  }

  write(frame: Uint8Array): boolean {
    if (this.#closed) throw new MaculaError('stream_reset', 'simulated stream is closed');
    this.onFrame(decodeFrame(frame));
    return true;
  }

  writeParts(head: Uint8Array, body: Uint8Array): boolean {
    const frame = new Uint8Array(head.length + body.length);
    frame.set(head, 0);
    frame.set(body, head.length);
    return this.write(frame);
  }

  async send(frame: Uint8Array): Promise<void> {
    this.write(frame);
  }

  pause(): void {}

  resume(): void {}

  /** Nothing is ever queued in memory (bufferedBytes is 0): a writer is never held, so never told. */
  watchBelow(_bytes: number): void {}

  end(): void {
    this.close();
  }

  reset(): void {
    this.close();
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.emit('close');
  }
}

export class SimConnection extends EventEmitter implements Connection {
  readonly remoteAddress = '127.0.0.1';
  readonly remotePort = 0;
  readonly peerCertChain = null;
  #closed = false;

  constructor(
    readonly remoteNodeId: string,
    readonly stream: SimStream,
  ) {
    super();
  }

  get closed(): boolean {
    return this.#closed;
  }

  openStream(): Stream {
    throw new MaculaError('not_supported', 'a simulated client has its one session stream');
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.stream.close();
    this.emit('close');
  }
}
