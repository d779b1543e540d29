/**
 * The table of DHT RPCs in flight, keyed by request id (the uint32 a request carries and its
 * reply echoes). The model is lib/rpc/PendingCalls: each entry owns its timer, and settle()
 * removes entry and timer exactly once, so a late reply, a second timeout or close() can never
 * answer a request twice. Bounded by `max`; timers come from the injected clock.
 */
import { MaculaError } from '../errors/index.js';
import { DEFAULT_MAX_PENDING_RPCS } from './constants.js';
import type { DhtReply, ReplyType, RequestType } from './messages.js';
import type { Clock, Contact, TimerHandle } from './types.js';

/** One RPC in flight. */
export interface PendingRpc {
  readonly id: number;
  readonly to: Contact;
  readonly type: RequestType;
  readonly expect: ReplyType;
  readonly sentAtMs: number;
  readonly timeoutMs: number;
  /** Not reported to onAnswered/onFailed (the routing table's own pings judge their result themselves). */
  readonly quiet: boolean;
  /** Counted against the maintenance dial budget. */
  readonly maintenance: boolean;
  readonly resolve: (reply: DhtReply) => void;
  readonly reject: (error: MaculaError) => void;
}

export type OpenRpc = Omit<PendingRpc, 'id' | 'sentAtMs'>;

export interface PendingRpcsOptions {
  clock: Clock;
  /** @default DEFAULT_MAX_PENDING_RPCS (4,096) */
  max?: number;
  /** The RPC's timer fired (the entry is still open; the owner settles it). */
  onTimeout: (rpc: PendingRpc) => void;
}

export class PendingRpcs {
  readonly max: number;
  readonly #clock: Clock;
  readonly #onTimeout: (rpc: PendingRpc) => void;
  readonly #rpcs = new Map<number, PendingRpc>();
  readonly #timers = new Map<number, TimerHandle>();
  #lastId = 0;

  constructor(options: PendingRpcsOptions) {
    this.#clock = options.clock;
    this.max = options.max ?? DEFAULT_MAX_PENDING_RPCS;
    this.#onTimeout = options.onTimeout;
  }

  get size(): number {
    return this.#rpcs.size;
  }

  /** Register an RPC and arm its timer. Throws `too_many_pending_calls` when the table is full. */
  open(init: OpenRpc): PendingRpc {
    if (this.#rpcs.size >= this.max) {
      throw new MaculaError('too_many_pending_calls', `too many DHT RPCs in flight (${this.max})`, { details: { limit: this.max, type: init.type, nodeId: init.to.nodeId } });
    }
    const id = this.#allocateId();
    const rpc: PendingRpc = {
      id, to: init.to, type: init.type, expect: init.expect, sentAtMs: this.#clock.now(), timeoutMs: init.timeoutMs,
      quiet: init.quiet, maintenance: init.maintenance, resolve: init.resolve, reject: init.reject,
    };
    this.#rpcs.set(id, rpc);
    this.#timers.set(id, this.#clock.setTimeout(() => this.#rpcs.get(id) === rpc && this.#onTimeout(rpc), init.timeoutMs));
    return rpc;
  }

  get(id: number): PendingRpc | undefined {
    return this.#rpcs.get(id);
  }

  /** Remove an RPC and its timer. Returns it the first time, undefined afterwards. */
  settle(id: number): PendingRpc | undefined {
    const rpc = this.#rpcs.get(id);
    if (rpc === undefined) return undefined;
    this.#rpcs.delete(id);
    this.#clock.clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
    return rpc;
  }

  all(): PendingRpc[] {
    return [...this.#rpcs.values()];
  }

  /** uint32, never 0, never one in use (wraps after 2^32 - 1). */
  #allocateId(): number {
    do {
      this.#lastId = this.#lastId >= 0xffff_ffff ? 1 : this.#lastId + 1;
    } while (this.#rpcs.has(this.#lastId));
    return this.#lastId;
  }
}
