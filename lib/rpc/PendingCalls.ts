/**
 * The table of calls in flight, keyed by invocation id (the uint32 the gateway puts in
 * Invocation and the provider echoes in Yield). Each entry owns an overall-deadline timer and a
 * per-attempt timer; settle() removes an entry and its timers exactly once, so a late answer, a
 * second timeout or a leaving peer can never answer a caller twice. Indexed by caller and by
 * current provider so a leaving peer touches only its own calls. Bounded by `maxPending`.
 */
import { MaculaError } from '../errors/index.js';
import { MAX_PENDING_CALLS } from './constants.js';
import type { CallerId, FailedAttempt, ProviderId } from './types.js';

/** One call in flight. Mutable fields belong to the router driving it. */
export interface PendingCall {
  readonly id: number;
  readonly callerId: CallerId;
  readonly correlationId: number;
  readonly procedure: string;
  readonly args: Uint8Array;
  readonly startedAtMs: number;
  readonly deadlineAtMs: number;
  /** Ordered failover candidates (the router may add remote ones when these run out). */
  readonly candidates: ProviderId[];
  /** Candidates may come from other nodes when these run out (not a call_to, not a call another node routed here). */
  readonly mayLookUp: boolean;
  /** The router looked the procedure up for this call already (once per call). */
  lookedUp: boolean;
  /** Index in `candidates` of the next provider to try. */
  next: number;
  /** Provider running the current attempt. */
  provider: ProviderId | undefined;
  /** Providers tried so far (any of them may still answer). */
  readonly tried: ProviderId[];
  readonly failures: FailedAttempt[];
}

export interface PendingCallsOptions {
  /** @default MAX_PENDING_CALLS */
  maxPending?: number;
  /** The current attempt's timer fired. */
  onAttemptTimeout: (call: PendingCall) => void;
  /** The overall deadline passed. */
  onDeadline: (call: PendingCall) => void;
}

export interface OpenCall {
  callerId: CallerId;
  correlationId: number;
  procedure: string;
  args: Uint8Array;
  candidates: readonly ProviderId[];
  timeoutMs: number;
  /** @default false */
  mayLookUp?: boolean;
}

interface Timers {
  deadline: NodeJS.Timeout;
  attempt: NodeJS.Timeout | undefined;
}

export class PendingCalls {
  readonly #calls = new Map<number, PendingCall>();
  readonly #timers = new Map<number, Timers>();
  readonly #byCaller = new Map<CallerId, Set<number>>();
  readonly #byProvider = new Map<ProviderId, Set<number>>();
  readonly #max: number;
  readonly #onAttemptTimeout: (call: PendingCall) => void;
  readonly #onDeadline: (call: PendingCall) => void;
  #lastId = 0;

  constructor(options: PendingCallsOptions) {
    this.#max = options.maxPending ?? MAX_PENDING_CALLS;
    this.#onAttemptTimeout = options.onAttemptTimeout;
    this.#onDeadline = options.onDeadline;
  }

  get size(): number {
    return this.#calls.size;
  }

  /** Register a call and arm its deadline. Throws `too_many_pending_calls` when the table is full. */
  open(init: OpenCall): PendingCall {
    if (this.#calls.size >= this.#max) {
      throw new MaculaError('too_many_pending_calls', `too many calls in flight (${this.#max})`, { details: { limit: this.#max, procedure: init.procedure } });
    }
    const id = this.#allocateId();
    const now = Date.now();
    const call: PendingCall = {
      id, callerId: init.callerId, correlationId: init.correlationId, procedure: init.procedure, args: init.args,
      startedAtMs: now, deadlineAtMs: now + init.timeoutMs, candidates: [...init.candidates],
      mayLookUp: init.mayLookUp === true, lookedUp: false,
      next: 0, provider: undefined, tried: [], failures: [],
    };
    this.#calls.set(id, call);
    index(this.#byCaller, call.callerId, id);
    const deadline = setTimeout(() => this.#calls.has(id) && this.#onDeadline(call), init.timeoutMs);
    deadline.unref();
    this.#timers.set(id, { deadline, attempt: undefined });
    return call;
  }

  /** Start an attempt on `providerId`; `timeoutMs` undefined = bounded only by the deadline. */
  startAttempt(call: PendingCall, providerId: ProviderId, timeoutMs: number | undefined): void {
    const timers = this.#timers.get(call.id);
    if (timers === undefined) return;
    if (timers.attempt !== undefined) clearTimeout(timers.attempt);
    if (call.provider !== undefined) unindex(this.#byProvider, call.provider, call.id);
    call.provider = providerId;
    call.tried.push(providerId);
    index(this.#byProvider, providerId, call.id);
    timers.attempt = timeoutMs === undefined ? undefined : setTimeout(() => this.#calls.has(call.id) && this.#onAttemptTimeout(call), timeoutMs);
    timers.attempt?.unref();
  }

  /** No attempt runs (the router waits for more candidates): the attempt timer stops, no provider holds the call. */
  endAttempt(call: PendingCall): void {
    const timers = this.#timers.get(call.id);
    if (timers === undefined) return;
    if (timers.attempt !== undefined) clearTimeout(timers.attempt);
    timers.attempt = undefined;
    if (call.provider !== undefined) unindex(this.#byProvider, call.provider, call.id);
    call.provider = undefined;
  }

  get(id: number): PendingCall | undefined {
    return this.#calls.get(id);
  }

  /** Remove a call and its timers. Returns it the first time, undefined afterwards. */
  settle(id: number): PendingCall | undefined {
    const call = this.#calls.get(id);
    if (call === undefined) return undefined;
    this.#calls.delete(id);
    const timers = this.#timers.get(id)!;
    this.#timers.delete(id);
    clearTimeout(timers.deadline);
    if (timers.attempt !== undefined) clearTimeout(timers.attempt);
    unindex(this.#byCaller, call.callerId, id);
    if (call.provider !== undefined) unindex(this.#byProvider, call.provider, id);
    return call;
  }

  /** Calls a caller is waiting for. */
  ofCaller(callerId: CallerId): PendingCall[] {
    return [...(this.#byCaller.get(callerId) ?? [])].map((id) => this.#calls.get(id)!);
  }

  /** Calls whose current attempt runs on `providerId`. */
  ofProvider(providerId: ProviderId): PendingCall[] {
    return [...(this.#byProvider.get(providerId) ?? [])].map((id) => this.#calls.get(id)!);
  }

  /** Every call in flight. */
  all(): PendingCall[] {
    return [...this.#calls.values()];
  }

  /** uint32, never 0, never one in use (wraps after 2^32 - 1). */
  #allocateId(): number {
    do {
      this.#lastId = this.#lastId >= 0xffff_ffff ? 1 : this.#lastId + 1;
    } while (this.#calls.has(this.#lastId));
    return this.#lastId;
  }
}

function index<K>(map: Map<K, Set<number>>, key: K, id: number): void {
  let set = map.get(key);
  if (set === undefined) map.set(key, (set = new Set()));
  set.add(id);
}

function unindex<K>(map: Map<K, Set<number>>, key: K, id: number): void {
  const set = map.get(key);
  if (set === undefined) return;
  set.delete(id);
  if (set.size === 0) map.delete(key);
}
