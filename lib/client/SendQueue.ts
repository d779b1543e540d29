/**
 * The session's write queue: every frame a client sends goes through it, in order. While the
 * stream has room (below the transport's high-water mark) a frame is written at once; once the
 * transport says it is full (write() returned false) frames wait here, bounded by bytes, until its
 * one 'drain' listener writes them out in order. So a burst (`Promise.all` of 50 × 100 KB
 * publishes) waits for room instead of failing with the transport's `slow_consumer` ("wait for
 * 'drain'", which an application has no way to do), and nothing adds a listener per write.
 * Beyond `maxBytes` waiting a frame is refused with `too_many_waiting`.
 */
import { MaculaError } from '../errors/index.js';
import type { Stream } from '../transport/types.js';

/** Settles once the frame was handed to the transport, or failed (session gone, removed). */
export interface Written {
  resolve(): void;
  reject(error: MaculaError): void;
}

interface Entry {
  bytes: Uint8Array;
  done: Written | undefined;
  /** Waiting; false once written, failed or removed (a removed one is skipped by the flush). */
  queued: boolean;
}

/** A frame waiting for room; pass it to remove() to take it back before it is written. */
export type QueuedFrame = object;

export class SendQueue {
  #queue: Entry[] = [];
  #head = 0;
  #bytes = 0;
  /** The stream said it is full; cleared by its 'drain'. */
  #blocked = false;
  #failed: MaculaError | undefined;

  constructor(
    private readonly stream: Stream,
    /** Bytes that may wait for room; beyond it `too_many_waiting`. */
    readonly maxBytes: number,
    /** The transport's frame limit, checked here so a queued frame cannot fail silently later. */
    readonly maxFrameBytes: number,
  ) {
    stream.on('drain', () => {
      this.#blocked = false;
      this.#flush();
    });
  }

  /** Bytes waiting for room (not yet handed to the transport). */
  get queuedBytes(): number {
    return this.#bytes;
  }

  /** Frames waiting for room. */
  get queuedFrames(): number {
    return this.#queue.length - this.#head;
  }

  /**
   * Write `bytes` now if the stream has room and nothing waits before it; otherwise queue it.
   * Returns undefined when written at once (`done` already resolved), else the queued frame.
   * Throws `too_many_waiting` when the queue is full, or the stream's error (`frame_too_large`,
   * `stream_reset`) when it refuses the frame.
   */
  push(bytes: Uint8Array, done?: Written): QueuedFrame | undefined {
    if (this.#failed !== undefined) throw this.#failed;
    if (bytes.length > this.maxFrameBytes) {
      throw new MaculaError('frame_too_large', `frame of ${bytes.length} bytes exceeds maxFrameBytes ${this.maxFrameBytes}`, { details: { limit: this.maxFrameBytes, setting: 'transport.maxFrameBytes' } });
    }
    if (!this.#blocked && this.queuedFrames === 0) {
      this.#blocked = !this.stream.write(bytes);
      done?.resolve();
      return undefined;
    }
    if (this.#bytes + bytes.length > this.maxBytes) {
      throw new MaculaError('too_many_waiting', `${this.#bytes} bytes already wait for room on the session stream (sendQueueBytes ${this.maxBytes}): frame of ${bytes.length} bytes refused`, {
        details: { limit: this.maxBytes, setting: 'sendQueueBytes', queuedBytes: this.#bytes },
      });
    }
    const entry: Entry = { bytes, done, queued: true };
    this.#queue.push(entry);
    this.#bytes += bytes.length;
    return entry;
  }

  /** Settle `done` once the queued `frame` is written (or fails). */
  notify(frame: QueuedFrame, done: Written): void {
    (frame as Entry).done = done;
  }

  /** Take a queued frame back (its deadline passed). False when it was already written. */
  remove(frame: QueuedFrame): boolean {
    const entry = frame as Entry;
    if (!entry.queued) return false;
    entry.queued = false;
    this.#bytes -= entry.bytes.length;
    return true;
  }

  /** The session is gone: reject every waiting frame, refuse new ones. */
  fail(error: MaculaError): void {
    this.#failed = error;
    const waiting = this.#queue.slice(this.#head);
    this.#queue = [];
    this.#head = 0;
    this.#bytes = 0;
    for (const e of waiting) {
      if (!e.queued) continue;
      e.queued = false;
      e.done?.reject(error);
    }
  }

  #flush(): void {
    while (!this.#blocked && this.#head < this.#queue.length) {
      const e = this.#queue[this.#head]!;
      this.#queue[this.#head++] = undefined as unknown as Entry;
      if (!e.queued) continue;
      e.queued = false;
      this.#bytes -= e.bytes.length;
      try {
        this.#blocked = !this.stream.write(e.bytes);
      } catch (err) {
        e.done?.reject(MaculaError.wrap(err, 'connection_closed'));
        continue;
      }
      e.done?.resolve();
    }
    // Drop consumed slots: all of them once drained, else once they dominate (amortised O(1)).
    if (this.#head === this.#queue.length) {
      this.#queue = [];
      this.#head = 0;
    } else if (this.#head > 1024 && this.#head * 2 > this.#queue.length) {
      this.#queue = this.#queue.slice(this.#head);
      this.#head = 0;
    }
  }
}
