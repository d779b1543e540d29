/**
 * Dispatch table keyed by the frame's oneof case (STYLE §6: no switch ladders). An empty body or
 * a case without a handler is MaculaError('unknown_message_type'), never a crash.
 */
import { MaculaError } from '../errors/index.js';
import { frameCase } from './codec.js';
import type { Frame, FrameBody, FrameCase } from './types.js';

/** Handles one message type; `ctx` is whatever the owner threads through (a session, a peer). */
export type FrameHandler<K extends FrameCase, Ctx, R> = (body: FrameBody<K>, ctx: Ctx, frame: Frame) => R;

export class Dispatcher<Ctx = void, R = void> {
  readonly #handlers = new Map<FrameCase, FrameHandler<FrameCase, Ctx, R>>();

  /** Register the handler of one message type; a second registration for it replaces the first. */
  on<K extends FrameCase>(kind: K, handler: FrameHandler<K, Ctx, R>): this {
    this.#handlers.set(kind, handler as unknown as FrameHandler<FrameCase, Ctx, R>);
    return this;
  }

  /** Message types this dispatcher handles. */
  get cases(): FrameCase[] {
    return [...this.#handlers.keys()];
  }

  has(kind: FrameCase): boolean {
    return this.#handlers.has(kind);
  }

  /** Run the handler of the frame's body. Throws `unknown_message_type` if there is none. */
  dispatch(frame: Frame, ctx: Ctx): R {
    const kind = frameCase(frame);
    const handler = kind === undefined ? undefined : this.#handlers.get(kind);
    if (kind === undefined || handler === undefined) {
      throw new MaculaError('unknown_message_type', kind === undefined ? 'frame has no known body' : `no handler for ${kind}`, {
        details: { type: kind ?? null },
      });
    }
    return handler(frame[kind] as FrameBody<FrameCase>, ctx, frame);
  }
}
