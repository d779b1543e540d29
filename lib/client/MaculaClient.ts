/**
 * The application's handle on a gateway (upstream client API, REFERENCE §2: connect, publish,
 * subscribe, unsubscribe, call, advertise, unadvertise, get_node_id). One QUIC connection, all
 * frames multiplexed on its session stream, in order, through a bounded write queue (SendQueue);
 * requests matched by correlation id (nats.js-style one inbox). On a lost connection every
 * request in flight fails with `connection_closed`; the client reconnects (Reconnector) and
 * restores its subscriptions and advertisements by itself (Restore). Operations issued
 * meanwhile wait for the new session, bounded (WaitQueue), as nats.js holds them (issue 14).
 * An operation that fails without I/O settles after a macrotask, so an application's
 * `for (;;) { try { await op() } catch {} }` cannot starve the event loop (and the reconnect).
 * close() is idempotent and returns one shared promise.
 */
import { EventEmitter } from 'node:events';
import { MaculaError } from '../errors/index.js';
import { Dispatcher, decodeJson, fromWireError, type Frame } from '../protocol/index.js';
import { validatePattern } from '../pubsub/index.js';
import { topicSegments } from '../pubsub/validate.js';
import { validateProcedure } from '../rpc/index.js';
import type { Endpoint } from '../transport/types.js';
import * as C from './constants.js';
import { DeliveredMessage } from './Message.js';
import { deadlineMs, type ResolvedOptions } from './options.js';
import { PendingRequests } from './PendingRequests.js';
import { Provider, type Advertisement } from './Provider.js';
import { Reconnector } from './Reconnector.js';
import { Restore, type RestoreItem } from './Restore.js';
import { Session, type SessionHandlers } from './Session.js';
import { Subscription } from './Subscription.js';
import { WaitQueue } from './WaitQueue.js';
import { toPayload } from './payload.js';
import type { AdvertiseOptions, CallOptions, ClientEvents, MessageCallback, ProcedureHandler, PublishOptions, SubscribeOptions } from './types.js';

export type ClientState = 'connected' | 'reconnecting' | 'closed';

/** A handle on an advertised procedure. */
export interface AdvertisementHandle {
  readonly procedure: string;
  unadvertise(): Promise<void>;
}

/** A macrotask later: how every failure without I/O reaches the caller (see the header). */
function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

const IMMEDIATE_RECONNECT = new Set<string>(C.IMMEDIATE_RECONNECT_CODES);

export class MaculaClient extends EventEmitter<ClientEvents> {
  readonly realm: string;
  /** The gateway node id every (re)connection must present, if pinned. */
  readonly expectedNodeId: string | undefined;
  #lastNodeId = '';
  #state: ClientState = 'reconnecting';
  #session: Session | undefined;
  readonly #o: ResolvedOptions;
  readonly #pending: PendingRequests;
  readonly #provider: Provider;
  readonly #subs = new Set<Subscription>();
  readonly #subsByRemote = new Map<number, Subscription>();
  /** Subscribe requests in flight, by correlation id, so `subscribed` binds them synchronously. */
  readonly #subscribing = new Map<number, Subscription>();
  readonly #dispatch = new Dispatcher<Session>();
  readonly #handlers: SessionHandlers;
  readonly #waiting: WaitQueue<Session>;
  readonly #reconnector: Reconnector | undefined;
  #restore: Restore | undefined;
  #nextSubId = 0;
  #closePromise: Promise<void> | undefined;

  /** @internal Use connect() (lib/client/connect.ts). */
  constructor(
    readonly url: string,
    /** This client's own node id (SHA-256 of its certificate key). */
    readonly clientId: string,
    private readonly endpoint: Endpoint,
    options: ResolvedOptions,
  ) {
    super();
    this.#o = options;
    this.realm = options.realm;
    this.expectedNodeId = options.expectedNodeId;
    this.#waiting = new WaitQueue(options.maxWaiting, options.sendQueueBytes);
    if (options.reconnect !== false) {
      this.#reconnector = new Reconnector(options.reconnect, {
        open: () => this.#openSession(),
        scheduled: (info) => this.emit('reconnecting', info),
        connected: (session) => this.#adopt(session),
        gaveUp: (error, attempts) => {
          this.#reportError(new MaculaError('connection_closed', `gave up reconnecting to ${this.url} after ${attempts} attempts: ${error.message}`, { cause: error }));
          this.#closePromise ??= this.#doClose(error, 'the client gave up reconnecting');
        },
      });
    }
    this.#pending = new PendingRequests(options.maxPendingRequests);
    this.#provider = new Provider(
      { requestAdvertise: (ad) => this.#requestAdvertise(ad), reportError: (e) => this.#reportError(e) },
      options.maxAdvertisements,
      options.maxConcurrentInvocations,
      options.maxQueuedInvocations,
    );
    this.#handlers = {
      frame: (frame, session) => this.#onFrame(frame, session),
      garbage: (error) => this.#reportError(error),
      close: (error, session) => this.#onSessionClose(error, session),
    };
    this.#buildDispatch();
  }

  /** The gateway's node id ('' while disconnected before the first session). */
  get nodeId(): string {
    return this.#session?.nodeId ?? this.#lastNodeId;
  }

  /** The gateway's id for the current session (changes on reconnect). */
  get sessionId(): string {
    return this.#session?.sessionId ?? '';
  }

  get state(): ClientState {
    return this.#state;
  }

  get connected(): boolean {
    return this.#state === 'connected';
  }

  /** Requests waiting for the gateway (calls, subscribes, advertises, acked publishes). */
  get pendingRequests(): number {
    return this.#pending.size;
  }

  /** Operations waiting for a session while the client reconnects (at most maxWaiting). */
  get waitingOperations(): number {
    return this.#waiting.size;
  }

  /** Bytes of frames waiting for room on the session stream (at most sendQueueBytes). */
  get queuedBytes(): number {
    return this.#session?.queuedBytes ?? 0;
  }

  /** Subscriptions and advertisements the restore after the last reconnect has yet to confirm. */
  get restoring(): number {
    return this.#restore?.remaining ?? 0;
  }

  /** Live subscriptions of this client. */
  get subscriptions(): readonly Subscription[] {
    return [...this.#subs];
  }

  /** Procedures this client advertises. */
  get advertisements(): readonly string[] {
    return [...this.#provider.ads.keys()];
  }

  /** @internal First session; connect() rejects with its error. */
  async start(): Promise<void> {
    this.#session = await this.#openSession();
    this.#lastNodeId = this.#session.nodeId;
    this.#state = 'connected';
    this.emit('connected', { nodeId: this.nodeId, sessionId: this.sessionId, reconnected: false });
  }

  /**
   * Publish to a concrete topic. `data`: a Uint8Array travels as is, anything else as JSON.
   * Resolves once handed to the transport (a burst waits for room, in order: see sendQueueBytes),
   * or with `ack` once the gateway handed it to every local subscriber. While the client
   * reconnects it waits for the new session. `timeoutMs` bounds all of that. Throws
   * `invalid_topic` before sending anything.
   */
  publish(topic: string, data: unknown, options: PublishOptions = {}): Promise<void> {
    return this.#guard(() => {
      topicSegments(topic); // validateTopic, remembering valid topics (a publisher repeats them)
      const payload = toPayload(data);
      const timeoutMs = deadlineMs(options.timeoutMs ?? this.#o.requestTimeoutMs, 'publish timeoutMs');
      return this.#withSession(`publish to ${topic}`, timeoutMs, payload.length, (session, leftMs) => {
        if (options.ack !== true) return session.sendAsync({ publish: { topic, payload, qos: 0 } }, leftMs);
        return this.#pending.open<void>(`publish to ${topic}`, leftMs, 'timeout', (id) => session.send({ publish: { topic, payload, qos: 1, correlationId: id } }));
      });
    });
  }

  /**
   * Subscribe to a pattern (`*` one segment, `**` zero or more). Resolves once the gateway
   * confirmed it, with a Subscription: iterate it (`for await`), or pass a callback.
   */
  subscribe(pattern: string, options?: SubscribeOptions): Promise<Subscription>;
  subscribe(pattern: string, callback: MessageCallback, options?: SubscribeOptions): Promise<Subscription>;
  subscribe(pattern: string, a?: MessageCallback | SubscribeOptions, b?: SubscribeOptions): Promise<Subscription> {
    return this.#guard(async () => {
      validatePattern(pattern);
      const callback = typeof a === 'function' ? a : undefined;
      const options = (typeof a === 'function' ? b : a) ?? {};
      if (this.#subs.size >= this.#o.maxSubscriptions) {
        throw new MaculaError('too_many_subscriptions', `this client holds ${this.#subs.size} subscriptions (maxSubscriptions)`);
      }
      const owner = { unsubscribe: (s: Subscription) => this.unsubscribe(s), reportError: (e: MaculaError) => this.#reportError(e) };
      const sub = new Subscription(++this.#nextSubId, pattern, owner, options.buffer ?? this.#o.subscriptionBuffer, options.overflow ?? 'drop-oldest', callback);
      await this.#withSession(`subscribe ${pattern}`, this.#o.requestTimeoutMs, 0, (session, leftMs) => this.#requestSubscribe(sub, session, leftMs));
      if (this.#state === 'closed') {
        // close() ran between the gateway's answer and this continuation.
        sub.end();
        throw new MaculaError('connection_closed', 'the client is closed');
      }
      this.#subs.add(sub);
      return sub;
    });
  }

  /** Stop a subscription (idempotent; same as subscription.unsubscribe()). */
  async unsubscribe(sub: Subscription): Promise<void> {
    if (sub.closed) return;
    sub.end();
    this.#subs.delete(sub);
    if (sub.remoteId !== 0) {
      this.#subsByRemote.delete(sub.remoteId);
      const id = sub.remoteId;
      sub.remoteId = 0;
      // Only the session that holds it can drop it; a lost session took it along.
      if (this.#session !== undefined && !this.#session.closed) await this.#session.sendAsync({ unsubscribe: { subscriptionId: id } }, this.#o.requestTimeoutMs).catch(() => undefined);
    }
  }

  /**
   * Call a procedure. `args`: a Uint8Array travels as is, anything else as JSON. Resolves with
   * the decoded JSON result (the raw bytes with `raw: true`); rejects with the gateway's error
   * (no_providers, handler_error with the handler's message, timeout, …). While the client
   * reconnects the call waits for the new session; its timeout covers that wait.
   */
  call<T = unknown>(procedure: string, args?: unknown, options: CallOptions = {}): Promise<T> {
    return this.#guard(async () => {
      validateProcedure(procedure);
      const timeoutMs = deadlineMs(Math.min(options.timeout ?? options.timeoutMs ?? this.#o.callTimeoutMs, C.MAX_CALL_TIMEOUT_MS), 'call timeout');
      const payload = toPayload(args);
      const bytes = await this.#withSession(`call ${procedure}`, timeoutMs, payload.length, (session, leftMs) =>
        this.#pending.open<Uint8Array>(`call ${procedure}`, leftMs + C.CALL_TIMEOUT_GRACE_MS, 'timeout', (id) =>
          session.send({ call: { correlationId: id, procedure, args: payload, timeoutMs: Math.ceil(leftMs), targetNodeId: options.targetNodeId ?? '' } }),
        ),
      );
      return (options.raw === true ? bytes : decodeJson<T>(bytes)) as T;
    });
  }

  /**
   * Serve a procedure. The handler gets the decoded args and returns the result; a throw reaches
   * the caller as `handler_error` with its message. Refreshed before its TTL ends and restored
   * after a reconnect; while the client reconnects it waits for the new session.
   */
  advertise<A = any, R = unknown>(procedure: string, handler: ProcedureHandler<A, R>, options: AdvertiseOptions = {}): Promise<AdvertisementHandle> {
    return this.#guard(async () => {
      validateProcedure(procedure);
      const prepared = this.#provider.prepare(procedure, handler as ProcedureHandler, options);
      const ad = await this.#withSession(`advertise ${procedure}`, this.#o.requestTimeoutMs, 0, (session, leftMs) => {
        const ad = this.#provider.add(prepared);
        return this.#requestAdvertise(ad, session, leftMs).then(
          () => ad,
          (err: unknown) => {
            if (this.#provider.ads.get(procedure) === ad) this.#provider.remove(procedure);
            throw err;
          },
        );
      });
      this.#provider.scheduleRefresh(ad);
      return { procedure, unadvertise: () => this.unadvertise(procedure) };
    });
  }

  /** Stop serving a procedure (idempotent). Invocations already running still answer. */
  unadvertise(procedure: string): Promise<void> {
    return this.#guard(async () => {
      validateProcedure(procedure);
      if (this.#provider.remove(procedure) === undefined) return;
      if (this.#session !== undefined && !this.#session.closed) await this.#session.sendAsync({ unadvertise: { procedure } }, this.#o.requestTimeoutMs).catch(() => undefined);
    });
  }

  /** Close for good (idempotent, one shared promise): fails requests in flight and waiting, ends subscriptions. */
  close(): Promise<void> {
    this.#closePromise ??= this.#doClose(undefined);
    return this.#closePromise;
  }

  // ---- internals ----

  /**
   * Run `fn`; a failure reaches the caller a macrotask later. A rejection without I/O (invalid
   * input, a full table, a closed client) would otherwise settle in a microtask, and an `await`
   * loop of such rejections never yields to timers or I/O: it would starve the reconnect.
   */
  async #guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      await nextMacrotask();
      throw err;
    }
  }

  /**
   * Run `op` on the session: at once while one is up and nobody waits before us, else (the client
   * is reconnecting) once the new session is up, in arrival order, bounded by `timeoutMs` and by
   * the WaitQueue's limits. `op` gets the time left of `timeoutMs`.
   */
  #withSession<T>(what: string, timeoutMs: number, bytes: number, op: (session: Session, leftMs: number) => Promise<T>): Promise<T> {
    if (this.#state === 'closed') return Promise.reject(new MaculaError('connection_closed', 'the client is closed'));
    const s = this.#session;
    if (s !== undefined && !s.closed && this.#waiting.size === 0) return op(s, timeoutMs);
    const t0 = Date.now();
    return new Promise<T>((resolve, reject) => {
      this.#waiting.add(
        what,
        timeoutMs,
        bytes,
        (session) => void op(session, Math.max(1, timeoutMs - (Date.now() - t0))).then(resolve, reject),
        reject,
      );
    });
  }

  #openSession(): Promise<Session> {
    return Session.open(
      this.endpoint,
      {
        url: this.url,
        realm: this.realm,
        clientId: this.clientId,
        name: this.#o.name,
        expectedNodeId: this.expectedNodeId,
        connectTimeoutMs: this.#o.connectTimeoutMs,
        sendQueueBytes: this.#o.sendQueueBytes,
        maxFrameBytes: this.#o.maxFrameBytes,
      },
      this.#handlers,
    );
  }

  #requestSubscribe(sub: Subscription, session: Session, timeoutMs = this.#o.requestTimeoutMs): Promise<void> {
    let cid = 0;
    return this.#pending
      .open<void>(`subscribe ${sub.pattern}`, timeoutMs, 'timeout', (id) => {
        cid = id;
        this.#subscribing.set(id, sub);
        session.send({ subscribe: { correlationId: id, pattern: sub.pattern } });
      })
      .finally(() => this.#subscribing.delete(cid));
  }

  /** Advertise on `session`, or (a TTL refresh) on the current one: none up is `not_connected` (the restore re-advertises). */
  #requestAdvertise(ad: Advertisement, session = this.#session, timeoutMs = this.#o.requestTimeoutMs): Promise<void> {
    if (session === undefined || session.closed) return Promise.reject(new MaculaError('not_connected', `not connected to ${this.url} (reconnecting)`));
    return this.#pending.open<void>(`advertise ${ad.procedure}`, timeoutMs, 'timeout', (id) =>
      session.send({ advertise: { correlationId: id, procedure: ad.procedure, ttlMs: ad.ttlMs, metadata: ad.metadata } }),
    );
  }

  #buildDispatch(): void {
    const ok = (id: number | null | undefined, value: unknown = undefined): void => void this.#pending.settle(id ?? 0, { kind: 'ok', value });
    this.#dispatch
      .on('event', (e) => this.#subsByRemote.get(e.subscriptionId ?? 0)?.push(new DeliveredMessage(e.topic ?? '', e.payload ?? new Uint8Array(0), e.publisher ?? '')))
      .on('result', (r) => ok(r.correlationId, r.payload ?? new Uint8Array(0)))
      .on('published', (p) => ok(p.correlationId))
      .on('advertised', (a) => ok(a.correlationId))
      .on('subscribed', (s, session) => {
        const cid = s.correlationId ?? 0;
        const remoteId = s.subscriptionId ?? 0;
        const sub = this.#subscribing.get(cid);
        this.#subscribing.delete(cid);
        if (sub === undefined || sub.closed) {
          // Answer to a request we gave up on, or unsubscribed meanwhile: drop it at the gateway.
          void session.sendAsync({ unsubscribe: { subscriptionId: remoteId } }, this.#o.requestTimeoutMs).catch(() => undefined);
        } else {
          sub.remoteId = remoteId;
          this.#subsByRemote.set(remoteId, sub);
        }
        ok(cid);
      })
      .on('invocation', (inv, session) => this.#provider.invoke(inv, session))
      .on('ping', (p, session) => {
        try {
          session.send({ pong: { seq: p.seq ?? 0 } });
        } catch {
          // gone, or the write queue is full: the gateway's next ping asks again
        }
      })
      .on('pong', () => undefined)
      .on('goodbye', (g, session) => {
        // The close that follows carries the same code; remember it in case it carries none.
        if (g.code) session.goodbyeCode = MaculaError.fromWire(g.code, '').code;
      })
      .on('error', (w) => {
        const error = fromWireError(w);
        if (!w.correlationId || !this.#pending.settle(w.correlationId, { kind: 'error', error })) this.#reportError(error);
      });
  }

  #onFrame(frame: Frame, session: Session): void {
    if (session !== this.#session) return;
    try {
      this.#dispatch.dispatch(frame, session);
    } catch (err) {
      this.#reportError(MaculaError.wrap(err));
    }
  }

  #onSessionClose(error: MaculaError | undefined, session: Session): void {
    if (session !== this.#session) return;
    this.#session = undefined;
    this.#restore?.cancel();
    this.#restore = undefined;
    const lost = error ?? new MaculaError(session.goodbyeCode ?? 'connection_closed', 'the gateway closed the connection');
    this.#pending.failAll((what) => new MaculaError('connection_closed', `${what}: connection to ${this.url} lost (${lost.message})`, { cause: lost }));
    this.#provider.abortSession(session, lost);
    this.#subsByRemote.clear();
    for (const sub of this.#subs) sub.remoteId = 0;
    if (this.#state === 'closed') return;
    this.emit('disconnected', error);
    if ((this.#state as ClientState) === 'closed') return; // a 'disconnected' listener closed the client
    if (this.#reconnector === undefined) {
      this.#closePromise ??= this.#doClose(lost, 'the connection was lost (reconnect: false)');
      return;
    }
    this.#state = 'reconnecting';
    // A gateway that restarts (Goodbye `shutdown`) or has restarted (stateless reset) is back, or
    // about to be: the first attempt goes out at once.
    const immediate = IMMEDIATE_RECONNECT.has(lost.code) || (session.goodbyeCode !== undefined && IMMEDIATE_RECONNECT.has(session.goodbyeCode));
    this.#reconnector.begin(lost, immediate);
  }

  /**
   * A new session: restore on it (its first window goes out now, before anything that waited),
   * then run the operations that waited, in order. 'connected' follows once the restore completes,
   * and only then is the reconnect backoff reset.
   */
  #adopt(session: Session): void {
    if (this.#state === 'closed') {
      void session.close();
      return;
    }
    this.#session = session;
    this.#lastNodeId = session.nodeId;
    this.#state = 'connected';
    const restore = new Restore(this.#restoreItems(session), {
      window: this.#o.restoreWindow,
      retry: this.#o.restoreRetry,
      active: () => this.#session === session,
      done: () => {
        if (this.#restore === restore) this.#restore = undefined;
        this.#reconnector?.reset();
        this.emit('connected', { nodeId: session.nodeId, sessionId: session.sessionId, reconnected: true });
      },
    });
    this.#restore = restore;
    restore.start();
    if (this.#session === session) this.#waiting.release(session);
  }

  /** What the restore re-sends: every subscription, then every advertisement, as they are now. */
  #restoreItems(session: Session): RestoreItem[] {
    const items: RestoreItem[] = [];
    for (const sub of this.#subs) {
      items.push({
        what: `subscription ${sub.pattern}`,
        live: () => !sub.closed && this.#subs.has(sub),
        request: () => this.#requestSubscribe(sub, session),
        drop: (err) => {
          this.#subs.delete(sub);
          sub.end(err);
          this.#reportError(new MaculaError(err.code, `restoring subscription ${sub.pattern} failed: ${err.message}`, { cause: err }));
        },
      });
    }
    for (const ad of this.#provider.ads.values()) {
      items.push({
        what: `advertisement ${ad.procedure}`,
        live: () => this.#provider.ads.get(ad.procedure) === ad,
        request: () => this.#requestAdvertise(ad, session),
        drop: (err) => {
          this.#provider.remove(ad.procedure);
          this.#reportError(new MaculaError(err.code, `restoring advertisement ${ad.procedure} failed: ${err.message}`, { cause: err }));
        },
      });
    }
    return items;
  }

  #reportError(error: MaculaError): void {
    if (this.listenerCount('error') > 0) this.emit('error', error);
  }

  async #doClose(reason: MaculaError | undefined, why = 'the client was closed'): Promise<void> {
    this.#state = 'closed';
    this.#reconnector?.stop();
    this.#restore?.cancel();
    this.#restore = undefined;
    const closed = new MaculaError('connection_closed', 'the client is closed', reason === undefined ? {} : { cause: reason });
    this.#waiting.failAll((what) => new MaculaError('not_connected', `${what}: ${why} while it waited for a session with ${this.url}`, { cause: reason }));
    this.#pending.failAll((what) => new MaculaError('connection_closed', `${what}: the client is closed`, { cause: reason }));
    this.#provider.clear(closed);
    for (const sub of this.#subs) sub.end(reason);
    this.#subs.clear();
    this.#subsByRemote.clear();
    const session = this.#session;
    this.#session = undefined;
    await session?.close();
    await this.endpoint.close().catch(() => undefined);
    this.emit('closed');
  }
}
