/**
 * The oracle of the control socket (ControlServer's documented rules): every complete frame is
 * answered exactly once, with the request's seq when it decodes as a Request, else seq 0; a
 * length over the limit is answered (seq 0) and ends what can be framed. Records the answers owed.
 */
import { macula } from '../../../lib/gen/control.js';
import { FramingModel } from './framing.js';

export class ControlView {
  readonly framing: FramingModel;
  ended = false;
  readonly #owed = new Map<number, number>();

  constructor(limit: number) {
    this.framing = new FramingModel(limit);
  }

  get owedCount(): number {
    let n = 0;
    for (const v of this.#owed.values()) n += v;
    return n;
  }

  owedSeqs(): number[] {
    return [...this.#owed.keys()];
  }

  feed(bytes: Uint8Array): void {
    const wasTooLarge = this.framing.tooLarge;
    this.framing.feed(bytes, (body) => {
      let seq = 0;
      try {
        seq = macula.control.Request.decode(body).seq;
      } catch {
        seq = 0;
      }
      this.#owe(seq);
    });
    if (this.framing.tooLarge && !wasTooLarge) this.#owe(0);
  }

  /** An answer with `seq` arrived; false when none is owed. */
  answered(seq: number): boolean {
    const n = this.#owed.get(seq);
    // past a framing error the server reads later chunks from wherever they start: anything may be answered
    if (n === undefined) return this.framing.tooLarge;
    if (n <= 1) this.#owed.delete(seq);
    else this.#owed.set(seq, n - 1);
    return true;
  }

  #owe(seq: number): void {
    this.#owed.set(seq, (this.#owed.get(seq) ?? 0) + 1);
  }
}
