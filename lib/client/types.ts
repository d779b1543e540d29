/**
 * Public types of the client SDK (issue 4). Payloads are bytes on the wire; the SDK encodes
 * anything that is not a Uint8Array as UTF-8 JSON and decodes JSON for you on request.
 */
import type { TlsIdentity, TransportLimits } from '../transport/types.js';
import type { MaculaError } from '../errors/index.js';

/** Where the client's TLS identity comes from: PEMs, files, or (absent) a fresh ephemeral key. */
export type ClientIdentity = TlsIdentity | { certPath: string; keyPath: string };

export interface ReconnectOptions {
  /** First delay after a lost connection. @default 250 */
  initialDelayMs?: number;
  /** Cap of the exponential, jittered delay. @default 5000 */
  maxDelayMs?: number;
  /** Give up (and close the client) after this many attempts without a completed restore. @default Infinity */
  maxAttempts?: number;
  /**
   * Handshakes pending at once: a new attempt starts at each delay even while earlier ones still
   * wait (a first packet lost to a gateway that was not listening yet costs QUIC ~1 s). @default 4
   */
  parallelAttempts?: number;
}

export interface RestoreOptions {
  /** Restore requests in flight at once (capped by maxPendingRequests). @default 256 */
  window?: number;
  /** Pause after a retryable failure of a restore request; doubles per failure in a row. @default 100 */
  retryInitialDelayMs?: number;
  /** Cap of that pause. @default 5000 */
  retryMaxDelayMs?: number;
}

export interface ClientOptions {
  /** Realm to join. @default 'macula.default' */
  realm?: string;
  /** Refuse a gateway whose node id is not this one (checked on every reconnect too). */
  expectedNodeId?: string;
  /**
   * TLS identity of the client (see createIdentity() / loadIdentity()). @default the process's
   * ephemeral identity, generated once off the event loop and shared by every client without one
   */
  identity?: ClientIdentity;
  /** Name sent to the gateway (shows up in its diagnostics). @default 'macula-client' */
  name?: string;
  /** Reconnect policy, or false to close the client when its connection is lost. */
  reconnect?: ReconnectOptions | false;
  /** How subscriptions and advertisements are restored after a reconnect. */
  restore?: RestoreOptions;
  /**
   * Operations (call, publish, subscribe, advertise) that may wait for a session while the client
   * reconnects, each until its own timeout; beyond it `too_many_waiting`. @default 10000
   */
  maxWaiting?: number;
  /**
   * Bytes of frames that may wait for room on the session stream once the transport's buffer is
   * full (a burst of publishes waits here, in order), and payload bytes operations waiting for a
   * session may hold; beyond it `too_many_waiting`. @default 16 MiB
   */
  sendQueueBytes?: number;
  /** Default overall deadline of call(), including any wait for a session. @default 30000 */
  callTimeoutMs?: number;
  /** Deadline of subscribe/advertise/publish (its ack, its wait for room or a session). @default 10000 */
  requestTimeoutMs?: number;
  /** Handshake (QUIC + Connect) deadline per attempt. @default 5000 */
  connectTimeoutMs?: number;
  /** Requests in flight at once; beyond it `too_many_pending_calls`. @default 10000 */
  maxPendingRequests?: number;
  /** Handlers run at once; more invocations wait in a queue. @default 1000 */
  maxConcurrentInvocations?: number;
  /** Invocations waiting for a handler slot; beyond it one is refused (`too_many_pending_calls`). @default 10000 */
  maxQueuedInvocations?: number;
  /** Subscriptions this client holds; beyond it `too_many_subscriptions`. @default 10000 */
  maxSubscriptions?: number;
  /** Procedures this client advertises; beyond it `too_many_procedures`. @default 10000 */
  maxAdvertisements?: number;
  /** Default buffer of each subscription. @default 1024 */
  subscriptionBuffer?: number;
  /** Transport limits (idle timeout, keep-alive, frame size). */
  transport?: TransportLimits;
}

/** One message delivered to a subscription. */
export interface Message {
  /** The concrete topic it was published to. */
  readonly topic: string;
  /** The raw payload. */
  readonly data: Uint8Array;
  /** Publisher's node id or session id, as the gateway reports it. */
  readonly publisher: string;
  /** The payload decoded as UTF-8 JSON; throws `invalid_args` if it is not JSON. */
  json<T = unknown>(): T;
  /** The payload as UTF-8 text. */
  text(): string;
}

/**
 * What a subscription does when its consumer falls behind and `buffer` messages wait:
 * 'drop-oldest' discards the oldest waiting message, 'drop-newest' the arriving one. Either way
 * `dropped` counts them. (No backpressure: one stream carries every subscription of the client,
 * and the gateway disconnects a client that stops reading, so one slow consumer must not stall it.)
 */
export type OverflowPolicy = 'drop-oldest' | 'drop-newest';

export interface SubscribeOptions {
  /** Messages buffered for a slow consumer. @default 1024 */
  buffer?: number;
  /** @default 'drop-oldest' */
  overflow?: OverflowPolicy;
}

export type MessageCallback = (message: Message) => void | Promise<void>;

export interface PublishOptions {
  /** Wait until the gateway handed the message to every local subscriber (qos 1). @default false */
  ack?: boolean;
  /** Deadline of the publish: its wait for a session or for room, and its acknowledgement. @default requestTimeoutMs */
  timeoutMs?: number;
}

export interface CallOptions {
  /** Overall deadline in ms (alias: timeoutMs). @default callTimeoutMs (30000) */
  timeout?: number;
  timeoutMs?: number;
  /** Return the raw result bytes instead of decoding JSON. @default false */
  raw?: boolean;
  /** Only this provider (its node id or session id) may serve the call (upstream call_to). */
  targetNodeId?: string;
}

/** What a handler learns about the invocation it serves. */
export interface InvocationContext {
  readonly procedure: string;
  /** Caller's node id (SHA-256 of its certificate's public key): the identity permission rules name (docs/SECURITY.md). */
  readonly caller: string;
  /** Milliseconds this attempt had left when it arrived. */
  readonly deadlineMs: number;
  /** Aborted when the deadline passes or the connection is lost: stop working, nobody waits. */
  readonly signal: AbortSignal;
}

/**
 * An RPC handler: gets the decoded args (raw bytes with `raw: true`), returns the result (a
 * Uint8Array is sent as is, anything else as JSON). A throw reaches the caller as `handler_error`
 * with its message, or as the MaculaError code it carried.
 */
export type ProcedureHandler<A = any, R = unknown> = (args: A, ctx: InvocationContext) => R | Promise<R>;

export interface AdvertiseOptions {
  /** Advertisement lifetime; the client refreshes it before it expires. @default 300000 */
  ttl?: number;
  /** Free-form facts about this provider (version, zone). */
  metadata?: Record<string, string>;
  /** Hand the handler the raw args bytes instead of decoded JSON. @default false */
  raw?: boolean;
  /** Re-advertise this often. @default TTL − 60 s for TTLs of 2 min or more, else half the TTL */
  refreshMs?: number;
}

/** Events of a MaculaClient. */
export interface ClientEvents {
  /** A session is up (first connect and every reconnect). */
  connected: [info: { nodeId: string; sessionId: string; reconnected: boolean }];
  /** The connection was lost (not emitted by close()). */
  disconnected: [error: MaculaError | undefined];
  /** A reconnect attempt is scheduled. */
  reconnecting: [info: { attempt: number; delayMs: number; error?: MaculaError }];
  /**
   * Something failed that no caller awaits (a callback threw, a restore failed, a connection-level
   * gateway error). Emitted only while someone listens, so an unhandled 'error' never crashes.
   */
  error: [error: MaculaError];
  /** The client is closed for good. */
  closed: [];
}
