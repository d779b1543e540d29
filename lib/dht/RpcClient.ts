/**
 * Sends DHT requests and matches their replies, with no network of its own: `send` is injected
 * (the gateway's node links in a node, the in-memory network in the simulation) and replies come
 * back through onReply(). Shaped like lib/rpc/CallRouter over PendingCalls:
 * - every request is answered exactly once: its reply, an error reply, a timeout (adaptive,
 *   RpcTimeouts), a send failure, or `shutdown` at close();
 * - a reply counts only from the node the request went to, with the request's reply type;
 *   anything else is ignored (a stray or forged reply changes nothing);
 * - answers and failures are reported to onAnswered / onFailed (the routing table), except for
 *   `quiet` requests (the table's own pings, which judge their result themselves);
 * - `maintenance` requests (refresh lookups, pings, re-seeding) share a budget of
 *   maxMaintenanceInFlight in flight (MESH §4.2: no dial storms); the rest wait in a bounded FIFO.
 * Bounds: pending ≤ maxPending, queued maintenance ≤ maxMaintenanceQueue.
 */
import { MaculaError } from '../errors/index.js';
import { DEFAULT_MAX_MAINTENANCE_IN_FLIGHT, MAX_MAINTENANCE_QUEUE } from './constants.js';
import { REPLY_TYPE, type DhtReply, type DhtRequest, type ReplyTo, type RequestBody, type RequestType } from './messages.js';
import { PendingRpcs, type PendingRpc } from './PendingRpcs.js';
import { RpcTimeouts, type ContactTiming } from './RpcTimeouts.js';
import type { Clock, Contact, IdHex } from './types.js';

export interface RequestOptions {
  /** Do not report the outcome to onAnswered/onFailed. */
  quiet?: boolean;
  /** Count against the maintenance budget. */
  maintenance?: boolean;
}

export interface RpcClientOptions {
  /** Our contact, sent as every request's sender. */
  self: Contact;
  /** Hand a request to the transport (routed by to.nodeId). Throwing = unreachable: the RPC fails at once. */
  send: (to: Contact, message: DhtRequest) => void;
  clock: Clock;
  timeouts?: RpcTimeouts;
  /** What the table knows of a contact (its RTT and failures), for its timeout. */
  timing?: (nodeId: IdHex) => ContactTiming | undefined;
  onAnswered?: (contact: Contact, rttMs: number) => void;
  onFailed?: (contact: Contact, error: MaculaError) => void;
  /** @default DEFAULT_MAX_PENDING_RPCS (4,096) */
  maxPending?: number;
  /** @default DEFAULT_MAX_MAINTENANCE_IN_FLIGHT (16) */
  maxMaintenanceInFlight?: number;
  /** @default MAX_MAINTENANCE_QUEUE */
  maxMaintenanceQueue?: number;
}

/** Counters (monotonic). */
export interface RpcCounters {
  sent: number;
  answered: number;
  timedOut: number;
  sendFailed: number;
  errorReplies: number;
  /** Replies that matched nothing in flight (late, stray or forged). */
  unexpected: number;
}

interface Queued {
  readonly to: Contact;
  readonly body: RequestBody;
  readonly options: RequestOptions;
  readonly resolve: (reply: DhtReply) => void;
  readonly reject: (error: MaculaError) => void;
}

export class RpcClient {
  readonly timeouts: RpcTimeouts;
  readonly counters: RpcCounters = { sent: 0, answered: 0, timedOut: 0, sendFailed: 0, errorReplies: 0, unexpected: 0 };
  readonly #o: RpcClientOptions;
  readonly #pending: PendingRpcs;
  readonly #maxMaintenance: number;
  readonly #maxQueue: number;
  readonly #queue: Queued[] = [];
  #maintenanceInFlight = 0;
  #pumping = false;
  #closed = false;

  constructor(options: RpcClientOptions) {
    this.#o = options;
    this.timeouts = options.timeouts ?? new RpcTimeouts();
    this.#maxMaintenance = options.maxMaintenanceInFlight ?? DEFAULT_MAX_MAINTENANCE_IN_FLIGHT;
    this.#maxQueue = options.maxMaintenanceQueue ?? MAX_MAINTENANCE_QUEUE;
    this.#pending = new PendingRpcs({ clock: options.clock, max: options.maxPending, onTimeout: (rpc) => this.#timedOut(rpc) });
  }

  /** RPCs in flight. */
  get pendingCount(): number {
    return this.#pending.size;
  }

  /** Maintenance RPCs in flight and waiting. */
  get maintenanceInFlight(): number {
    return this.#maintenanceInFlight;
  }

  get maintenanceQueued(): number {
    return this.#queue.length;
  }

  /** Timeout the next RPC to nodeId would get. */
  timeoutFor(nodeId: IdHex): number {
    return this.timeouts.timeoutMs(this.#o.timing?.(nodeId));
  }

  /** Send a request; resolves with its reply, rejects with a MaculaError (timeout, an error reply, …). */
  request<R extends RequestType>(to: Contact, body: RequestBody & { type: R }, options: RequestOptions = {}): Promise<ReplyTo<R>> {
    return new Promise<DhtReply>((resolve, reject) => {
      if (this.#closed) return reject(new MaculaError('shutdown', 'the DHT node is stopping'));
      if (options.maintenance === true && this.#maintenanceInFlight >= this.#maxMaintenance) {
        if (this.#queue.length >= this.#maxQueue) {
          return reject(new MaculaError('too_many_pending_calls', `too many DHT maintenance RPCs waiting (${this.#maxQueue})`, { details: { limit: this.#maxQueue } }));
        }
        this.#queue.push({ to, body, options, resolve, reject });
        return;
      }
      this.#send(to, body, options, resolve, reject);
    }) as Promise<ReplyTo<R>>;
  }

  /** A reply arrived from `from` (authenticated, validated). Returns whether it answered a request. */
  onReply(from: IdHex, reply: DhtReply): boolean {
    const rpc = this.#pending.get(reply.requestId);
    if (rpc === undefined || rpc.to.nodeId !== from) {
      this.counters.unexpected++;
      return false;
    }
    this.#pending.settle(rpc.id);
    this.#release(rpc);
    if (reply.type === 'error') {
      this.counters.errorReplies++;
      rpc.reject(MaculaError.fromWire(reply.code, reply.message, { nodeId: from, request: rpc.type }));
      return true;
    }
    if (reply.type !== rpc.expect) {
      const error = new MaculaError('malformed_frame', `${rpc.type} was answered with ${reply.type}`, { details: { nodeId: from, expected: rpc.expect, got: reply.type } });
      if (!rpc.quiet) this.#o.onFailed?.(rpc.to, error);
      rpc.reject(error);
      return true;
    }
    const rttMs = Math.max(0, this.#o.clock.now() - rpc.sentAtMs); // a wall clock stepped back gives no negative sample
    this.counters.answered++;
    this.timeouts.sample(rttMs);
    if (!rpc.quiet) this.#o.onAnswered?.({ nodeId: from, endpoint: reply.sender.endpoint }, rttMs);
    rpc.resolve(reply);
    return true;
  }

  /** Answer everything in flight or waiting with `shutdown`; later requests fail at once. */
  close(): void {
    this.#closed = true;
    const error = new MaculaError('shutdown', 'the DHT node is stopping');
    for (const q of this.#queue.splice(0)) q.reject(error);
    for (const rpc of this.#pending.all()) {
      this.#pending.settle(rpc.id);
      rpc.reject(error);
    }
    this.#maintenanceInFlight = 0;
  }

  #send(to: Contact, body: RequestBody, options: RequestOptions, resolve: (r: DhtReply) => void, reject: (e: MaculaError) => void): void {
    let rpc: PendingRpc;
    try {
      rpc = this.#pending.open({
        to, type: body.type, expect: REPLY_TYPE[body.type], timeoutMs: this.timeoutFor(to.nodeId),
        quiet: options.quiet === true, maintenance: options.maintenance === true, resolve, reject,
      });
    } catch (err) {
      reject(err as MaculaError);
      return;
    }
    if (rpc.maintenance) this.#maintenanceInFlight++;
    this.counters.sent++;
    try {
      this.#o.send(to, { ...body, requestId: rpc.id, sender: this.#o.self } as DhtRequest);
    } catch (err) {
      if (this.#pending.settle(rpc.id) === undefined) return;
      this.counters.sendFailed++;
      this.#release(rpc);
      const error = MaculaError.wrap(err, 'transport_error');
      if (!rpc.quiet) this.#o.onFailed?.(to, error);
      reject(error);
    }
  }

  #timedOut(rpc: PendingRpc): void {
    if (this.#pending.settle(rpc.id) === undefined) return;
    this.counters.timedOut++;
    this.#release(rpc);
    const error = new MaculaError('timeout', `${rpc.type} to ${rpc.to.nodeId.slice(0, 12)}… timed out after ${rpc.timeoutMs} ms`, {
      details: { nodeId: rpc.to.nodeId, type: rpc.type, timeoutMs: rpc.timeoutMs },
    });
    if (!rpc.quiet) this.#o.onFailed?.(rpc.to, error);
    rpc.reject(error);
  }

  /** A maintenance slot freed: start waiting requests (a loop, not recursion: sends may fail at once). */
  #release(rpc: PendingRpc): void {
    if (!rpc.maintenance || this.#closed) return;
    this.#maintenanceInFlight--;
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      while (!this.#closed && this.#maintenanceInFlight < this.#maxMaintenance && this.#queue.length > 0) {
        const next = this.#queue.shift()!;
        this.#send(next.to, next.body, next.options, next.resolve, next.reject);
      }
    } finally {
      this.#pumping = false;
    }
  }
}
