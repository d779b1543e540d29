/**
 * The application's handle on a gateway (upstream client API, REFERENCE §2: connect, publish,
 * subscribe, unsubscribe, call, advertise, unadvertise, get_node_id). One QUIC connection, all
 * frames multiplexed on its session stream; requests matched by correlation id (nats.js-style
 * one inbox). On a lost connection every request in flight fails with `connection_closed`, the
 * client reconnects with jittered exponential backoff and restores its subscriptions and
 * advertisements by itself. close() is idempotent and returns one shared promise.
 */
import { EventEmitter } from 'node:events';
import { MaculaError } from '../errors/index.js';
import { DEFAULT_REALM, Dispatcher, decodeJson, fromWireError, type Frame } from '../protocol/index.js';
import { validatePattern } from '../pubsub/index.js';
import { topicSegments } from '../pubsub/validate.js';
import { validateProcedure } from '../rpc/index.js';
import type { Endpoint } from '../transport/types.js';
import { backoffDelayMs } from './backoff.js';
import * as C from './constants.js';
import { DeliveredMessage } from './Message.js';
import { PendingRequests } from './PendingRequests.js';
import { Provider, type Advertisement } from './Provider.js';
import { Session, type SessionHandlers } from './Session.js';
import { Subscription } from './Subscription.js';
import { toPayload } from './payload.js';
import type { AdvertiseOptions, CallOptions, ClientEvents, ClientOptions, MessageCallback, ProcedureHandler, PublishOptions, SubscribeOptions } from './types.js';

export type ClientState = 'connected' | 'reconnecting' | 'closed';

/** A handle on an advertised procedure. */
export interface AdvertisementHandle {
  readonly procedure: string;
  unadvertise(): Promise<void>;
}

interface Resolved {
  realm: string;
  name: string;
  callTimeoutMs: number;
  requestTimeoutMs: number;
  connectTimeoutMs: number;
  subscriptionBuffer: number;
  reconnect: { initialDelayMs: number; maxDelayMs: number; maxAttempts: number } | false;
}

export class MaculaClient extends EventEmitter<ClientEvents> {
  readonly realm: string;
  /** The gateway node id every (re)connection must present, if pinned. */
  readonly expectedNodeId: string | undefined;
  #lastNodeId = '';
  readonly #maxSubscriptions: number;
  #state: ClientState = 'reconnecting';
  #session: Session | undefined;
  readonly #o: Resolved;
  readonly #pending: PendingRequests;
  readonly #provider: Provider;
  readonly #subs = new Set<Subscription>();
  readonly #subsByRemote = new Map<number, Subscription>();
  /** Subscribe requests in flight, by correlation id, so `subscribed` binds them synchronously. */
  readonly #subscribing = new Map<number, Subscription>();
  readonly #dispatch = new Dispatcher<Session>();
  readonly #handlers: SessionHandlers;
  #nextSubId = 0;
  #attempt = 0;
  #reconnectTimer: NodeJS.Timeout | undefined;
  #closePromise: Promise<void> | undefined;

  /** @internal Use connect() (lib/client/connect.ts). */
  constructor(
    readonly url: string,
    /** This client's own node id (SHA-256 of its certificate key). */
    readonly clientId: string,
    private readonly endpoint: Endpoint,
    options: ClientOptions,
  ) {
    super();
    const r = options.reconnect;
    this.#o = {
      realm: options.realm ?? DEFAULT_REALM,
      name: options.name ?? C.DEFAULT_CLIENT_NAME,
      callTimeoutMs: options.callTimeoutMs ?? C.DEFAULT_CALL_TIMEOUT_MS,
      requestTimeoutMs: options.requestTimeoutMs ?? C.DEFAULT_REQUEST_TIMEOUT_MS,
      connectTimeoutMs: options.connectTimeoutMs ?? C.DEFAULT_CONNECT_TIMEOUT_MS,
      subscriptionBuffer: options.subscriptionBuffer ?? C.DEFAULT_SUBSCRIPTION_BUFFER,
      reconnect:
        r === false
          ? false
          : {
              initialDelayMs: r?.initialDelayMs ?? C.DEFAULT_RECONNECT_INITIAL_DELAY_MS,
              maxDelayMs: r?.maxDelayMs ?? C.DEFAULT_RECONNECT_MAX_DELAY_MS,
              maxAttempts: r?.maxAttempts ?? Infinity,
            },
    };
    this.realm = this.#o.realm;
    this.expectedNodeId = options.expectedNodeId;
    this.#maxSubscriptions = options.maxSubscriptions ?? C.MAX_SUBSCRIPTIONS;
    this.#pending = new PendingRequests(options.maxPendingRequests ?? C.MAX_PENDING_REQUESTS);
    this.#provider = new Provider(
      { requestAdvertise: (ad) => this.#requestAdvertise(ad), reportError: (e) => this.#reportError(e) },
      options.maxAdvertisements ?? C.MAX_ADVERTISEMENTS,
      options.maxConcurrentInvocations ?? C.MAX_CONCURRENT_INVOCATIONS,
      options.maxQueuedInvocations ?? C.MAX_QUEUED_INVOCATIONS,
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
   * Resolves once written (backpressure respected), or with `ack` once the gateway handed it to
   * every local subscriber. Throws `invalid_topic` before sending anything.
   */
  async publish(topic: string, data: unknown, options: PublishOptions = {}): Promise<void> {
    topicSegments(topic); // validateTopic, remembering valid topics (a publisher repeats them)
    const payload = toPayload(data);
    const session = this.#live();
    if (options.ack !== true) {
      await session.sendAsync({ publish: { topic, payload, qos: 0 } });
      return;
    }
    await this.#pending.open<void>(`publish to ${topic}`, options.timeoutMs ?? this.#o.requestTimeoutMs, 'timeout', (id) =>
      session.send({ publish: { topic, payload, qos: 1, correlationId: id } }),
    );
  }

  /**
   * Subscribe to a pattern (`*` one segment, `**` zero or more). Resolves once the gateway
   * confirmed it, with a Subscription: iterate it (`for await`), or pass a callback.
   */
  subscribe(pattern: string, options?: SubscribeOptions): Promise<Subscription>;
  subscribe(pattern: string, callback: MessageCallback, options?: SubscribeOptions): Promise<Subscription>;
  async subscribe(pattern: string, a?: MessageCallback | SubscribeOptions, b?: SubscribeOptions): Promise<Subscription> {
    validatePattern(pattern);
    const callback = typeof a === 'function' ? a : undefined;
    const options = (typeof a === 'function' ? b : a) ?? {};
    if (this.#subs.size >= this.#maxSubscriptions) {
      throw new MaculaError('too_many_subscriptions', `this client holds ${this.#subs.size} subscriptions (maxSubscriptions)`);
    }
    const session = this.#live();
    const owner = { unsubscribe: (s: Subscription) => this.unsubscribe(s), reportError: (e: MaculaError) => this.#reportError(e) };
    const sub = new Subscription(++this.#nextSubId, pattern, owner, options.buffer ?? this.#o.subscriptionBuffer, options.overflow ?? 'drop-oldest', callback);
    await this.#requestSubscribe(sub, session);
    if (this.#state === 'closed') {
      // close() ran between the gateway's answer and this continuation.
      sub.end();
      throw new MaculaError('connection_closed', 'the client is closed');
    }
    this.#subs.add(sub);
    return sub;
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
      if (this.#session !== undefined && !this.#session.closed) await this.#session.sendAsync({ unsubscribe: { subscriptionId: id } }).catch(() => undefined);
    }
  }

  /**
   * Call a procedure. `args`: a Uint8Array travels as is, anything else as JSON. Resolves with
   * the decoded JSON result (the raw bytes with `raw: true`); rejects with the gateway's error
   * (no_providers, handler_error with the handler's message, timeout, …).
   */
  async call<T = unknown>(procedure: string, args?: unknown, options: CallOptions = {}): Promise<T> {
    validateProcedure(procedure);
    const timeoutMs = Math.min(options.timeout ?? options.timeoutMs ?? this.#o.callTimeoutMs, C.MAX_CALL_TIMEOUT_MS);
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new MaculaError('invalid_config', `call timeout must be a positive number of ms, got ${timeoutMs}`);
    const payload = toPayload(args);
    const session = this.#live();
    const bytes = await this.#pending.open<Uint8Array>(`call ${procedure}`, timeoutMs + C.CALL_TIMEOUT_GRACE_MS, 'timeout', (id) =>
      session.send({ call: { correlationId: id, procedure, args: payload, timeoutMs: Math.ceil(timeoutMs), targetNodeId: options.targetNodeId ?? '' } }),
    );
    return (options.raw === true ? bytes : decodeJson<T>(bytes)) as T;
  }

  /**
   * Serve a procedure. The handler gets the decoded args and returns the result; a throw reaches
   * the caller as `handler_error` with its message. Refreshed before its TTL ends and restored
   * after a reconnect.
   */
  async advertise<A = any, R = unknown>(procedure: string, handler: ProcedureHandler<A, R>, options: AdvertiseOptions = {}): Promise<AdvertisementHandle> {
    validateProcedure(procedure);
    this.#live();
    const ad = this.#provider.add(procedure, handler as ProcedureHandler, options);
    try {
      await this.#requestAdvertise(ad);
    } catch (err) {
      if (this.#provider.ads.get(procedure) === ad) this.#provider.remove(procedure);
      throw err;
    }
    this.#provider.scheduleRefresh(ad);
    return { procedure, unadvertise: () => this.unadvertise(procedure) };
  }

  /** Stop serving a procedure (idempotent). Invocations already running still answer. */
  async unadvertise(procedure: string): Promise<void> {
    validateProcedure(procedure);
    if (this.#provider.remove(procedure) === undefined) return;
    if (this.#session !== undefined && !this.#session.closed) await this.#session.sendAsync({ unadvertise: { procedure } }).catch(() => undefined);
  }

  /** Close for good (idempotent, one shared promise): fails requests in flight, ends subscriptions. */
  close(): Promise<void> {
    this.#closePromise ??= this.#doClose(undefined);
    return this.#closePromise;
  }

  // ---- internals ----

  #live(): Session {
    if (this.#state === 'closed') throw new MaculaError('connection_closed', 'the client is closed');
    const s = this.#session;
    if (s === undefined || s.closed) throw new MaculaError('not_connected', `not connected to ${this.url} (reconnecting)`);
    return s;
  }

  #openSession(): Promise<Session> {
    return Session.open(
      this.endpoint,
      { url: this.url, realm: this.realm, clientId: this.clientId, name: this.#o.name, expectedNodeId: this.expectedNodeId, connectTimeoutMs: this.#o.connectTimeoutMs },
      this.#handlers,
    );
  }

  #requestSubscribe(sub: Subscription, session: Session): Promise<void> {
    let cid = 0;
    return this.#pending
      .open<void>(`subscribe ${sub.pattern}`, this.#o.requestTimeoutMs, 'timeout', (id) => {
        cid = id;
        this.#subscribing.set(id, sub);
        session.send({ subscribe: { correlationId: id, pattern: sub.pattern } });
      })
      .finally(() => this.#subscribing.delete(cid));
  }

  #requestAdvertise(ad: Advertisement): Promise<void> {
    const session = this.#live();
    return this.#pending.open<void>(`advertise ${ad.procedure}`, this.#o.requestTimeoutMs, 'timeout', (id) =>
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
          void session.sendAsync({ unsubscribe: { subscriptionId: remoteId } }).catch(() => undefined);
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
          // gone
        }
      })
      .on('pong', () => undefined)
      .on('goodbye', () => undefined)
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
    const lost = error ?? new MaculaError('connection_closed', 'the gateway closed the connection');
    this.#pending.failAll((what) => new MaculaError('connection_closed', `${what}: connection to ${this.url} lost (${lost.message})`, { cause: lost }));
    this.#provider.abortSession(session, lost);
    this.#subsByRemote.clear();
    for (const sub of this.#subs) sub.remoteId = 0;
    if (this.#state === 'closed') return;
    this.emit('disconnected', error);
    if (this.#o.reconnect === false) {
      this.#closePromise ??= this.#doClose(lost);
      return;
    }
    this.#state = 'reconnecting';
    this.#scheduleReconnect(lost);
  }

  #scheduleReconnect(error: MaculaError): void {
    const policy = this.#o.reconnect;
    if (policy === false || this.#state === 'closed') return;
    if (this.#attempt >= policy.maxAttempts) {
      this.#reportError(new MaculaError('connection_closed', `gave up reconnecting to ${this.url} after ${this.#attempt} attempts: ${error.message}`, { cause: error }));
      this.#closePromise ??= this.#doClose(error);
      return;
    }
    const delayMs = backoffDelayMs(this.#attempt, policy);
    this.#attempt++;
    this.emit('reconnecting', { attempt: this.#attempt, delayMs, error });
    this.#reconnectTimer = setTimeout(() => void this.#reconnect(), delayMs);
  }

  async #reconnect(): Promise<void> {
    this.#reconnectTimer = undefined;
    let session: Session;
    try {
      session = await this.#openSession();
    } catch (err) {
      this.#scheduleReconnect(MaculaError.wrap(err, 'transport_error'));
      return;
    }
    if (this.#state === 'closed') {
      await session.close();
      return;
    }
    this.#session = session;
    this.#lastNodeId = session.nodeId;
    this.#attempt = 0;
    this.#state = 'connected';
    await this.#restore(session);
    if (this.#session === session) this.emit('connected', { nodeId: session.nodeId, sessionId: session.sessionId, reconnected: true });
  }

  /** Re-subscribe and re-advertise on a new session; only a refusal by the gateway drops one. */
  async #restore(session: Session): Promise<void> {
    // A gateway that does not answer a restore in time is not healthy: drop the session, so the
    // reconnect restores everything again (a lost connection needs nothing: it reconnects anyway).
    const retry = (e: MaculaError): void => {
      if (e.code === 'timeout' && this.#session === session) void session.close('restore timed out');
    };
    const subs = [...this.#subs].map((sub) =>
      this.#requestSubscribe(sub, session).catch((err: MaculaError) => {
        if (err.retryable) return retry(err);
        this.#subs.delete(sub);
        sub.end(err);
        this.#reportError(new MaculaError(err.code, `restoring subscription ${sub.pattern} failed: ${err.message}`, { cause: err }));
      }),
    );
    const ads = [...this.#provider.ads.values()].map((ad) =>
      this.#requestAdvertise(ad).catch((err: MaculaError) => {
        if (err.retryable) return retry(err);
        this.#provider.remove(ad.procedure);
        this.#reportError(new MaculaError(err.code, `restoring advertisement ${ad.procedure} failed: ${err.message}`, { cause: err }));
      }),
    );
    await Promise.all([...subs, ...ads]);
  }

  #reportError(error: MaculaError): void {
    if (this.listenerCount('error') > 0) this.emit('error', error);
  }

  async #doClose(reason: MaculaError | undefined): Promise<void> {
    this.#state = 'closed';
    if (this.#reconnectTimer !== undefined) clearTimeout(this.#reconnectTimer);
    const closed = new MaculaError('connection_closed', 'the client is closed', reason === undefined ? {} : { cause: reason });
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
