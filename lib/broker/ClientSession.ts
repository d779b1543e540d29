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
 *
 * Backpressure (pub/sub, end to end): a fan-out that leaves this queue above the pressure mark
 * (QUEUE_PRESSURE_SHARE of queueBytes) holds the publisher — its session stream (or, for an
 * event routed from another node, that node's link) stops being read, so QUIC flow control slows
 * the publisher's client (or the other node) — until the queue is under half the
 * mark; a queue that stays above the mark for slowConsumerMs makes this client a slow consumer
 * (cut off, its publishers released), so a client that stopped reading holds nobody longer.
 */
import type { Grant } from '../auth/index.js';
import { MaculaError } from '../errors/index.js';
import { encodeFrame, frameCase, toWireError, type FrameCase, type FrameInit } from '../protocol/index.js';
import type { Invocation, Registration } from '../rpc/index.js';
import { DEFAULT_MAX_FRAME_BYTES } from '../transport/constants.js';
import type { Connection, Stream } from '../transport/types.js';
import { MAX_CLOSE_REASON_CHARS, QUEUE_PRESSURE_SHARE, SLOW_CONSUMER_MS } from './constants.js';
import type { EventFrames, Holdable } from './EventFrames.js';
import { PublisherHold } from './PublisherHold.js';
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
  /** Longest the queue may stay above its pressure mark while publishers wait for it. @default SLOW_CONSUMER_MS */
  slowConsumerMs?: number;
  /** Largest frame the transport sends to this client (what forwarders check against). @default DEFAULT_MAX_FRAME_BYTES */
  maxFrameBytes?: number;
  observer?: BrokerObserver;
}

const EMPTY = new Uint8Array(0);

export class ClientSession implements DeliveryTarget, InvocationTarget, Holdable {
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
  readonly #pressureBytes: number;
  readonly #slowConsumerMs: number;
  /**
   * Publishers (sessions, or node links whose routed events came here) held until this session's
   * queue drains (bounded by the clients and links; emptied on drain, cut-off or close).
   */
  readonly #holding: PublisherHold;
  /** How many congested subscribers this session (as a publisher) waits for; its stream is paused while > 0. */
  #heldBy = 0;
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
    this.#pressureBytes = Math.floor(init.queueBytes * QUEUE_PRESSURE_SHARE);
    this.#slowConsumerMs = init.slowConsumerMs ?? SLOW_CONSUMER_MS;
    this.maxFrameBytes = init.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    this.#observer = init.observer;
    // a client that does not drain in time while it holds publishers is cut off
    this.#holding = new PublisherHold({
      stream: this.stream,
      belowBytes: Math.max(1, this.#pressureBytes >>> 1),
      deadlineMs: this.#slowConsumerMs,
      onDeadline: () => {
        const queued = this.stream.bufferedBytes;
        void this.fail(new MaculaError('slow_consumer', `client ${this.sessionId} did not drain its queue under ${this.#pressureBytes >>> 1} bytes in ${this.#slowConsumerMs} ms (${queued} bytes queued)`, {
          details: { queuedBytes: queued, limit: this.#pressureBytes, waitedMs: this.#slowConsumerMs },
        }), { force: true });
      },
    });
    this.stream.on('below', () => this.#holding.release());
    this.stream.on('close', () => this.#holding.release());
  }

  /** Publishers this session holds back now (tests, diagnostics). */
  get holding(): number {
    return this.#holding.size;
  }

  /** True while this session's own stream is not read because a subscriber it published to is congested. */
  get held(): boolean {
    return this.#heldBy > 0;
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
    this.#holding.release();
  }

  /**
   * A fan-out of `publisher`'s event left this queue above its pressure mark (EventFrames
   * collected this session as congested): stop reading the publisher until the queue drains.
   * The publisher is a local session, or the node link a routed event came on (that link's
   * stream then stops being read, and QUIC flow control pushes back to the publishing node).
   */
  hold(publisher: Holdable): void {
    if (!this.closing) this.#holding.hold(publisher);
  }

  /** True when the last frame left the queue above the pressure mark (a fan-out then holds its publisher). */
  get congested(): boolean {
    return this.stream.bufferedBytes > this.#pressureBytes;
  }

  /** Holdable: a subscriber this session published to is congested: stop reading this session. */
  holdReads(): void {
    if (this.#heldBy++ === 0) this.stream.pause();
  }

  /** Holdable: one congested subscriber fewer; the last lets this session be read again. */
  releaseReads(): void {
    if (this.#heldBy > 0 && --this.#heldBy === 0 && !this.closing) this.stream.resume();
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
    if (!this.sendParts(frames.head(subscriptionId), frames.body, 'event')) return false;
    if (this.stream.bufferedBytes > this.#pressureBytes) frames.congested(this);
    return true;
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
    this.#holding.release();
    return closeWithError(this.connection, this.stream, err, options.force === true, this.#observer);
  }

  /** Close without an error (the gateway is stopping: Goodbye, then close). */
  goodbye(reason: string, code?: MaculaError): Promise<void> {
    if (this.#closing) return this.connection.close();
    this.#closing = true;
    this.#holding.release();
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
