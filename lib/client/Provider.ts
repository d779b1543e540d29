/**
 * The provider side of a client: its advertisements (handler, TTL refresh, restore after a
 * reconnect) and the invocations the gateway sends it (bounded concurrency, a deadline signal,
 * exactly one Yield or InvocationError per invocation, none for a session that is gone).
 */
import { MaculaError } from '../errors/index.js';
import { decodeJson, type FrameBody } from '../protocol/index.js';
import { MAX_ADVERTISE_TTL_MS } from '../rpc/index.js';
import { DEFAULT_ADVERTISE_TTL_MS, READVERTISE_MARGIN_MS } from './constants.js';
import { toPayload } from './payload.js';
import type { Session } from './Session.js';
import type { AdvertiseOptions, InvocationContext, ProcedureHandler } from './types.js';

/** One advertised procedure. */
export interface Advertisement {
  readonly procedure: string;
  readonly handler: ProcedureHandler;
  readonly ttlMs: number;
  readonly metadata: Record<string, string>;
  readonly raw: boolean;
  /** Re-advertise interval, when the advertiser chose one. */
  readonly refreshMs?: number;
  refresh?: NodeJS.Timeout;
}

/** An invocation waiting for a free slot. */
interface Job {
  session: Session;
  /** Epoch ms its attempt deadline passes (Infinity: none given). */
  expiresAtMs: number;
  run(): void;
}

/** What the provider needs from its client. */
export interface ProviderHost {
  /** Send Advertise on the current session and wait for Advertised. */
  requestAdvertise(ad: Advertisement): Promise<void>;
  reportError(error: MaculaError): void;
}

/** When to refresh an advertisement: TTL − 60 s for long TTLs, half the TTL for short ones. */
export function readvertiseIntervalMs(ttlMs: number): number {
  return ttlMs >= 2 * READVERTISE_MARGIN_MS ? ttlMs - READVERTISE_MARGIN_MS : Math.max(1, Math.floor(ttlMs / 2));
}

export class Provider {
  readonly ads = new Map<string, Advertisement>();
  readonly #running = new Map<AbortController, Session>();
  #queue: Job[] = [];
  #draining = false;

  constructor(
    private readonly host: ProviderHost,
    private readonly maxAdvertisements: number,
    private readonly maxConcurrent: number,
    private readonly maxQueued: number,
  ) {}

  /** Invocations running now. */
  get running(): number {
    return this.#running.size;
  }

  /**
   * Check an advertisement and build it, without registering it (advertise() checks before it
   * waits for a session, and registers once it has one). Throws `usage`, `already_registered`,
   * `too_many_procedures` or `invalid_config`.
   */
  prepare(procedure: string, handler: ProcedureHandler, options: AdvertiseOptions): Advertisement {
    if (typeof handler !== 'function') throw new MaculaError('usage', `advertise(${procedure}): handler must be a function`);
    this.#checkRoom(procedure);
    const ttlMs = Math.min(options.ttl ?? DEFAULT_ADVERTISE_TTL_MS, MAX_ADVERTISE_TTL_MS);
    if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new MaculaError('invalid_config', `advertise(${procedure}): ttl must be a positive number of ms`);
    if (options.refreshMs !== undefined && !(Number.isFinite(options.refreshMs) && options.refreshMs > 0)) {
      throw new MaculaError('invalid_config', `advertise(${procedure}): refreshMs must be a positive number of ms`);
    }
    return { procedure, handler, ttlMs, metadata: { ...(options.metadata ?? {}) }, raw: options.raw === true, refreshMs: options.refreshMs };
  }

  /** Register locally (before the request goes out: an invocation may follow Advertised at once). */
  add(ad: Advertisement): Advertisement {
    this.#checkRoom(ad.procedure);
    this.ads.set(ad.procedure, ad);
    return ad;
  }

  #checkRoom(procedure: string): void {
    if (this.ads.has(procedure)) {
      throw new MaculaError('already_registered', `${procedure} is already advertised by this client: unadvertise it first`, { details: { procedure } });
    }
    if (this.ads.size >= this.maxAdvertisements) {
      throw new MaculaError('too_many_procedures', `this client advertises ${this.ads.size} procedures (maxAdvertisements)`);
    }
  }

  /** Keep the advertisement alive by re-advertising before its TTL runs out. */
  scheduleRefresh(ad: Advertisement): void {
    if (ad.refresh !== undefined) clearTimeout(ad.refresh);
    ad.refresh = setTimeout(() => {
      if (this.ads.get(ad.procedure) !== ad) return;
      Promise.resolve()
        .then(() => this.host.requestAdvertise(ad))
        .then(
        () => this.scheduleRefresh(ad),
        (err: MaculaError) => {
          // Lost connection: the reconnect restores it. Anything else is worth telling.
          if (err.code !== 'connection_closed' && err.code !== 'not_connected') this.host.reportError(err);
          if (this.ads.get(ad.procedure) === ad) this.scheduleRefresh(ad);
        },
      );
    }, ad.refreshMs ?? readvertiseIntervalMs(ad.ttlMs));
    ad.refresh.unref();
  }

  remove(procedure: string): Advertisement | undefined {
    const ad = this.ads.get(procedure);
    if (ad === undefined) return undefined;
    this.ads.delete(procedure);
    if (ad.refresh !== undefined) clearTimeout(ad.refresh);
    return ad;
  }

  /** Invocations waiting for a free slot. */
  get queued(): number {
    return this.#queue.length;
  }

  /**
   * Run one invocation and answer it on the session it came from. Beyond maxConcurrent running
   * handlers it waits in a bounded queue (a burst of calls is smoothed, not refused); beyond
   * maxQueued it is refused with `too_many_pending_calls`.
   */
  invoke(inv: FrameBody<'invocation'>, session: Session): void {
    const invocationId = inv.invocationId ?? 0;
    const procedure = inv.procedure ?? '';
    const answerError = (e: MaculaError): void => {
      if (session.closed) return;
      try {
        session.send({
          invocationError: {
            invocationId,
            message: e.message,
            code: e.code === 'handler_error' ? 0 : e.wireCode,
            detailsJson: Object.keys(e.details).length > 0 ? safeJson(e.details) : '',
          },
        });
      } catch {
        // session gone: nobody waits for the answer
      }
    };
    const ad = this.ads.get(procedure);
    if (ad === undefined) return answerError(new MaculaError('no_handler', `this client does not serve ${procedure}`));
    let args: unknown;
    try {
      args = ad.raw ? (inv.args ?? new Uint8Array(0)) : decodeJson(inv.args ?? new Uint8Array(0));
    } catch (e) {
      return answerError(e as MaculaError);
    }
    const deadlineMs = inv.deadlineMs ?? 0;
    const job: Job = { session, expiresAtMs: deadlineMs > 0 ? Date.now() + deadlineMs : Infinity, run: () => this.#run(ad, args, inv, session, answerError, job) };
    if (this.#running.size < this.maxConcurrent) return job.run();
    if (this.#queue.length >= this.maxQueued) {
      return answerError(new MaculaError('too_many_pending_calls', `provider runs ${this.#running.size} invocations and has ${this.#queue.length} waiting (maxConcurrentInvocations)`));
    }
    this.#queue.push(job);
  }

  #run(ad: Advertisement, args: unknown, inv: FrameBody<'invocation'>, session: Session, answerError: (e: MaculaError) => void, job: Job): void {
    const procedure = ad.procedure;
    const invocationId = inv.invocationId ?? 0;
    const controller = new AbortController();
    const leftMs = job.expiresAtMs - Date.now();
    const timer = Number.isFinite(leftMs)
      ? setTimeout(() => controller.abort(new MaculaError('timeout', `${procedure}: attempt deadline of ${inv.deadlineMs} ms passed`)), Math.max(0, leftMs))
      : undefined;
    this.#running.set(controller, session);
    const ctx: InvocationContext = { procedure, caller: inv.caller ?? '', deadlineMs: Math.max(0, Number.isFinite(leftMs) ? leftMs : 0), signal: controller.signal };
    const finish = (): boolean => {
      if (timer !== undefined) clearTimeout(timer);
      this.#running.delete(controller);
      this.#drain();
      return !session.closed;
    };
    const answer = (result: unknown): void => {
      if (!finish()) return;
      let payload: Uint8Array;
      try {
        payload = toPayload(result, 'handler_error');
      } catch (e) {
        return answerError(e as MaculaError);
      }
      try {
        session.send({ yield: { invocationId, payload } });
      } catch (e) {
        answerError(MaculaError.wrap(e, 'handler_error'));
      }
    };
    const fail = (err: unknown): void => {
      if (!finish()) return;
      answerError(err instanceof MaculaError ? err : new MaculaError('handler_error', err instanceof Error ? err.message : String(err)));
    };
    // A handler that returns a plain value is answered in the same turn as its invocation frame,
    // so the transport sends the answer in the datagram that acknowledges the invocation (one
    // datagram and one pass instead of an ACK-only datagram now and the answer a pass later).
    let result: unknown;
    try {
      result = ad.handler(args, ctx);
    } catch (err) {
      return fail(err);
    }
    if (result !== null && typeof (result as PromiseLike<unknown> | undefined)?.then === 'function') {
      Promise.resolve(result as PromiseLike<unknown>).then(answer, fail);
    } else {
      answer(result);
    }
  }

  /** Start waiting invocations while slots are free; skip those nobody waits for any more. */
  #drain(): void {
    // A synchronous handler finishes inside job.run(): the outer loop goes on instead of recursing.
    if (this.#draining) return;
    this.#draining = true;
    try {
      this.#drainQueue();
    } finally {
      this.#draining = false;
    }
  }

  #drainQueue(): void {
    while (this.#running.size < this.maxConcurrent) {
      const job = this.#queue.shift();
      if (job === undefined) return;
      if (job.session.closed || job.expiresAtMs <= Date.now()) continue;
      job.run();
    }
  }

  /** The session is gone: tell its running handlers to stop (nobody will read their answers). */
  abortSession(session: Session, reason: MaculaError): void {
    this.#queue = this.#queue.filter((j) => j.session !== session);
    for (const [controller, s] of this.#running) if (s === session) controller.abort(reason);
  }

  /** Forget everything (client closed). */
  clear(reason: MaculaError): void {
    this.#queue = [];
    for (const procedure of [...this.ads.keys()]) this.remove(procedure);
    for (const controller of this.#running.keys()) controller.abort(reason);
  }
}

function safeJson(details: Record<string, unknown>): string {
  try {
    return JSON.stringify(details);
  } catch {
    return '';
  }
}
