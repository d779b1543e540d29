/**
 * One connected client as the gateway sees it (macula_gateway_clients' record: ClientID →
 * {connection, streams, realm, node id, last seen, subscriptions, registrations, pending calls}).
 * The session is the one owner of its subscriptions and advertisements: pub/sub and RPC index
 * these very records (no copies), and rebuild their indexes from them when they restart.
 *
 * It is both a DeliveryTarget (pub/sub events) and an InvocationTarget (RPC invocations), the
 * local-session side of interfaces a remote node's link will implement too.
 *
 * Every frame to the client goes through send(): a bounded outgoing queue (the session stream's
 * bufferedBytes). A frame that would take it past `queueBytes` makes the client a slow consumer:
 * it is sent `slow_consumer` and disconnected, and the sender (a publisher's fan-out) never waits.
 */
import type { Grant } from '../auth/index.js';
import { MaculaError } from '../errors/index.js';
import { encodeFrame, frameCase, toWireError, type FrameCase, type FrameInit } from '../protocol/index.js';
import type { Invocation, Registration } from '../rpc/index.js';
import { DEFAULT_MAX_FRAME_BYTES } from '../transport/constants.js';
import type { Connection, Stream } from '../transport/types.js';
import { MAX_CLOSE_REASON_CHARS } from './constants.js';
import type { EventFrames } from './EventFrames.js';
import type { BrokerObserver, DeliveryTarget, InvocationTarget, SubscriptionRecord } from './types.js';

export interface ClientSessionInit {
  sessionId: string;
  realm: string;
  /** Client's node id (from its certificate). */
  nodeId: string;
  /** What this client may do in its realm (lib/auth), decided once at admission. */
  grant: Grant;
  clientName: string;
  protocolVersion: number;
  connection: Connection;
  /** The session stream (the first stream the client opened). */
  stream: Stream;
  queueBytes: number;
  /** Largest frame the transport sends to this client (what forwarders check against). @default DEFAULT_MAX_FRAME_BYTES */
  maxFrameBytes?: number;
  observer?: BrokerObserver;
}

const EMPTY = new Uint8Array(0);

export class ClientSession implements DeliveryTarget, InvocationTarget {
  readonly sessionId: string;
  readonly realm: string;
  readonly nodeId: string;
  /** What this client may do (Authorizer.authorize asks it per action). */
  readonly grant: Grant;
  readonly clientName: string;
  readonly protocolVersion: number;
  readonly connection: Connection;
  readonly stream: Stream;
  /** Largest frame this client can be sent: a frame forwarded to it that would be larger fails its producer instead. */
  readonly maxFrameBytes: number;
  readonly connectedAtMs = Date.now();
  lastSeenMs = Date.now();
  /** subscription id → the subscription (this session is its one owner). */
  readonly subscriptions = new Map<number, SubscriptionRecord>();
  /** procedure → the advertisement (the same record RPC's ProviderRegistry indexes). */
  readonly registrations = new Map<string, Registration>();
  /** correlation id → start time (ms) of each call this client waits for. */
  readonly pendingCalls = new Map<number, number>();
  #nextSubscriptionId = 1;
  #closing = false;
  #probe: NodeJS.Timeout | undefined;
  #probeSeq = 0;
  readonly #queueBytes: number;
  readonly #observer: BrokerObserver | undefined;

  constructor(init: ClientSessionInit) {
    this.sessionId = init.sessionId;
    this.realm = init.realm;
    this.nodeId = init.nodeId;
    this.grant = init.grant;
    this.clientName = init.clientName;
    this.protocolVersion = init.protocolVersion;
    this.connection = init.connection;
    this.stream = init.stream;
    this.#queueBytes = init.queueBytes;
    this.maxFrameBytes = init.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    this.#observer = init.observer;
  }

  /** True once the client is leaving (kicked, closed); send() then drops frames. */
  get closing(): boolean {
    return this.#closing || this.connection.closed || this.stream.closed;
  }

  /** A frame arrived from the client: it is alive, and a probe waiting for that is satisfied. */
  heard(): void {
    this.lastSeenMs = Date.now();
    if (this.#probe !== undefined) {
      clearTimeout(this.#probe);
      this.#probe = undefined;
    }
  }

  /**
   * Ask the client for a sign of life (a Ping: any frame back counts) unless a probe is already
   * pending; `onSilent` runs if nothing arrives within `timeoutMs`. The SDK answers pings from its
   * frame handler, so only a dead or frozen client stays silent.
   */
  probe(timeoutMs: number, onSilent: () => void): void {
    if (this.#probe !== undefined || this.closing) return;
    this.#probeSeq = (this.#probeSeq + 1) >>> 0;
    if (!this.send({ ping: { seq: this.#probeSeq } })) return;
    this.#probe = setTimeout(() => {
      this.#probe = undefined;
      if (!this.closing) onSilent();
    }, timeoutMs);
    this.#probe.unref();
  }

  /** The session is leaving: nothing more is waited for. */
  release(): void {
    if (this.#probe !== undefined) clearTimeout(this.#probe);
    this.#probe = undefined;
  }

  /** Next subscription id, unique on this connection (uint32, never 0). */
  allocateSubscriptionId(): number {
    let id = this.#nextSubscriptionId;
    while (this.subscriptions.has(id)) id = id >= 0xffff_ffff ? 1 : id + 1;
    this.#nextSubscriptionId = id >= 0xffff_ffff ? 1 : id + 1;
    return id;
  }

  /**
   * Queue a frame for the client. Returns false if it was dropped: the client is leaving, or
   * this frame made it a slow consumer (it is then disconnected with `slow_consumer`).
   */
  send(frame: FrameInit): boolean {
    if (this.closing) return false;
    return this.sendEncoded(encodeFrame(frame), frameCase(frame)!);
  }

  /** send() for a frame already encoded (a fan-out encodes its Event once: EventFrames). */
  sendEncoded(bytes: Uint8Array, kind: FrameCase): boolean {
    return this.sendParts(EMPTY, bytes, kind);
  }

  /** sendEncoded() of a frame given as `head` + `body` (Stream.writeParts: no concatenation). */
  sendParts(head: Uint8Array, body: Uint8Array, kind: FrameCase): boolean {
    if (this.closing) return false;
    const size = head.length + body.length;
    if (this.stream.bufferedBytes + size > this.#queueBytes) {
      this.fail(new MaculaError('slow_consumer', `client ${this.sessionId} did not read its frames: ${this.stream.bufferedBytes} bytes queued (limit ${this.#queueBytes})`, {
        details: { queuedBytes: this.stream.bufferedBytes, limit: this.#queueBytes },
      }), { force: true });
      return false;
    }
    try {
      this.stream.writeParts(head, body);
    } catch (err) {
      this.fail(MaculaError.wrap(err, 'slow_consumer'), { force: true });
      return false;
    }
    this.#observer?.frameOut?.(kind);
    return true;
  }

  /** DeliveryTarget: queue the event for one of this client's subscriptions. */
  deliverEvent(frames: EventFrames, subscriptionId: number): boolean {
    return this.sendParts(frames.head(subscriptionId), frames.body, 'event');
  }

  /** InvocationTarget: hand this provider an invocation; throws when it cannot take it. */
  invoke(inv: Invocation): void {
    if (this.closing) throw new MaculaError('connection_closed', `provider ${this.sessionId} is gone`);
    const bytes = encodeFrame({ invocation: { invocationId: inv.invocationId, procedure: inv.procedure, args: inv.args, deadlineMs: inv.deadlineMs, caller: inv.caller } });
    // too large for this provider's frames: the attempt fails (the caller hears it), the provider
    // stays connected (the transport's refusal would disconnect it for a frame it never asked for)
    if (bytes.length > this.maxFrameBytes) {
      throw new MaculaError('frame_too_large', `the invocation is ${bytes.length} bytes, over provider ${this.sessionId}'s ${this.maxFrameBytes}-byte frame limit`, {
        details: { size: bytes.length, max: this.maxFrameBytes },
      });
    }
    const sent = this.sendEncoded(bytes, 'invocation');
    if (!sent) throw new MaculaError('slow_consumer', `provider ${this.sessionId} is not reading`);
  }

  /** Send an error answering `correlationId` (0 = connection-level); the session continues. */
  sendError(err: unknown, correlationId = 0): boolean {
    return this.send({ error: toWireError(err, correlationId) });
  }

  /**
   * Tell the client why (an Error frame, best effort) and close its connection with the error's
   * wire code, so the client's 'close' carries the same MaculaError. Idempotent.
   */
  fail(err: MaculaError, options: { force?: boolean } = {}): Promise<void> {
    if (this.#closing) return this.connection.close();
    this.#closing = true;
    return closeWithError(this.connection, this.stream, err, options.force === true, this.#observer);
  }

  /** Close without an error (the gateway is stopping: Goodbye, then close). */
  goodbye(reason: string, code?: MaculaError): Promise<void> {
    if (this.#closing) return this.connection.close();
    this.#closing = true;
    try {
      this.stream.write(encodeFrame({ goodbye: { reason, code: code?.wireCode ?? 0 } }));
    } catch {
      // the client is gone or not reading: the close below still ends it
    }
    return this.connection.close({ code: code?.wireCode ?? 0, reason: reason.slice(0, MAX_CLOSE_REASON_CHARS) });
  }
}

/** Write an Error frame (best effort) and close the connection with the error's wire code. */
export function closeWithError(connection: Connection, stream: Stream | undefined, err: MaculaError, force: boolean, observer?: BrokerObserver): Promise<void> {
  if (stream !== undefined && !stream.closed) {
    try {
      stream.write(encodeFrame({ error: toWireError(err, 0) }));
      observer?.frameOut?.('error');
    } catch {
      // queue full or stream gone: the close code still carries the error
    }
  }
  return connection.close({ force, code: err.wireCode, reason: err.message.slice(0, MAX_CLOSE_REASON_CHARS) });
}
