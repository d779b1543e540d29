/**
 * The oracle of the IPC boundaries: what an IpcChannel (lib/ipc, the fd-3 pipe) or a sibling
 * listener's channel (lib/ipc/Siblings) must make of the bytes a case sends, written from their
 * documented rules: frames of at most MAX_FRAME_BYTES (a longer prefix is a framing error: the
 * channel closes); an undecodable envelope is reported and answers nothing; an envelope for
 * another process is answered `no_such_process`; a reply (reply_to set) answers nothing; a body
 * with a handler is answered with what it returns (or its error), one without a handler
 * `unknown_message_type` — errors only to an envelope that names its sender and seq. A sibling
 * channel serves nothing but SiblingHello until a hello with the node's token is accepted; a
 * wrong one is refused and the channel closed.
 *
 * It records which replies are owed (by seq), and whether the receiver must close.
 */
import { macula } from '../../../lib/gen/ipc.js';
import type { BodyCase } from '../../../lib/ipc/index.js';
import { FramingModel } from './framing.js';

/** How the receiver answers a body addressed to it: with the handler's body, or only an error to a named sender. */
export type ReplyRule = 'body' | 'errorIfAddressed' | 'none';

export interface IpcModelOptions {
  self: string;
  limit: number;
  rule: (kind: BodyCase | undefined) => ReplyRule;
  /** A sibling listener's channel: the node token (undefined: unknown to us, every hello is refused), and whom a hello was already accepted from. */
  sibling?: { token?: string; peerName?: string };
}

export class IpcView {
  readonly framing: FramingModel;
  /** The receiver must close the channel (a framing error, a refused hello). */
  mustClose = false;
  /** What the receiver does next is not certain (a hello in flight: frames in the same read are dispatched before it is accepted). */
  uncertain = false;
  /** We closed or ended our side. */
  ended = false;
  readonly sentSeqs = new Set<number>();
  readonly owed = new Map<number, number>();
  peerName: string | undefined;
  /** An envelope with seq 0 reached a handler (its answer carries reply_to 0). */
  #sentZero = false;

  constructor(private readonly o: IpcModelOptions) {
    this.framing = new FramingModel(o.limit);
    this.peerName = o.sibling?.peerName;
  }

  get over(): boolean {
    return this.mustClose || this.ended || this.framing.tooLarge;
  }

  feed(bytes: Uint8Array): void {
    this.framing.feed(bytes, (body) => this.#envelope(body));
    if (this.framing.tooLarge) this.mustClose = true;
  }

  /** A reply arrived (reply_to `seq`); false when nothing we sent asked for it. */
  answered(seq: number): boolean {
    const n = this.owed.get(seq);
    if (n === undefined) return this.uncertain || this.sentSeqs.has(seq) || (seq === 0 && this.#sentZero);
    if (n <= 1) this.owed.delete(seq);
    else this.owed.set(seq, n - 1);
    return true;
  }

  /** Replies to these may be dropped (the receiver refused to queue them: slow_consumer). */
  forgive(): void {
    this.owed.clear();
  }

  #owe(seq: number): void {
    this.owed.set(seq, (this.owed.get(seq) ?? 0) + 1);
  }

  #envelope(body: Uint8Array): void {
    let e: macula.ipc.Envelope;
    try {
      e = macula.ipc.Envelope.decode(body);
    } catch {
      return; // malformed_frame, reported; nothing answers it
    }
    if (this.peerName !== undefined) e.from = this.peerName;
    if (e.seq) this.sentSeqs.add(e.seq);
    else this.#sentZero = true;
    const addressed = e.seq !== 0 && e.from !== '';
    if (e.to && e.to !== this.o.self) {
      if (addressed && !e.replyTo && !this.uncertain) this.#owe(e.seq);
      return;
    }
    if (e.replyTo) return;
    if (this.uncertain) return;
    const sib = this.o.sibling;
    if (sib !== undefined && this.peerName === undefined) {
      if (e.body !== 'siblingHello') {
        if (addressed) this.#owe(e.seq);
        return;
      }
      const valid = e.from !== '' && e.from !== this.o.self && sib.token !== undefined && e.siblingHello!.token === sib.token;
      if (valid) this.#owe(e.seq);
      else {
        if (addressed) this.#owe(e.seq);
        this.mustClose = true;
      }
      // the hello's handler runs after every frame read with it was dispatched (pre-hello), and
      // a refused one closes a turn later: what follows in this case is not certain
      this.uncertain = true;
      return;
    }
    const rule = this.o.rule(e.body);
    if (rule === 'body' || (rule === 'errorIfAddressed' && addressed)) this.#owe(e.seq);
  }
}
