/**
 * Routes calls to providers and answers back, with no network of its own: the gateway plugs it
 * onto connections through `sendInvocation` and `replyToCaller`. Semantics (upstream, REFERENCE §2):
 * - nobody serves the procedure → `no_providers` at once, never a timeout (like NATS "no responders");
 * - each attempt gets DEFAULT_ATTEMPT_TIMEOUT_MS (5 s); on timeout, a provider leaving, or an
 *   unreachable provider, the call fails over to the next of up to min(MAX_ATTEMPTS, providers);
 * - candidates exhausted → `all_providers_failed` (details list each attempt and why);
 * - the overall deadline (30 s default) → `timeout`;
 * - the handler threw → `handler_error` with the handler's message (no failover: it ran);
 * - a caller that leaves has its calls dropped; late answers are ignored;
 * - every call is answered exactly once (PendingCalls.settle).
 *
 * Across the mesh (docs/ARCHITECTURE.md "Across the mesh"): `remote` adds providers on other
 * nodes after the registry's own (local first), each tried like a local one; a remote node that
 * ran no handler declines (failAttempt, `declined`) and the call fails over; when every attempt
 * was declined with `no_providers`, nobody serves it after all: `no_providers`, not
 * `all_providers_failed`. A `localOnly` call (one that came from another node) never leaves.
 * A call that began with local providers only and saw them all fail looks the procedure up once
 * (`remote.discover`) and fails over to other nodes before it gives up.
 */
import { ERROR_CODES, MaculaError, type ErrorCode } from '../errors/index.js';
import {
  DEFAULT_ATTEMPT_TIMEOUT_MS, DEFAULT_CALL_TIMEOUT_MS, MAX_ATTEMPTS, MAX_CALL_TIMEOUT_MS, MAX_PENDING_CALLS,
} from './constants.js';
import { PendingCalls, type PendingCall } from './PendingCalls.js';
import type { ProviderRegistry } from './ProviderRegistry.js';
import type { CallRequest, CallerId, FailedAttempt, ProviderId, RemoteCandidates, ReplyToCaller, SendInvocation } from './types.js';
import { validateProcedure } from './validate.js';

export interface CallRouterOptions {
  registry: ProviderRegistry;
  sendInvocation: SendInvocation;
  replyToCaller: ReplyToCaller;
  /** @default DEFAULT_ATTEMPT_TIMEOUT_MS */
  attemptTimeoutMs?: number;
  /** Deadline of a call that names none. @default DEFAULT_CALL_TIMEOUT_MS */
  callTimeoutMs?: number;
  /** @default MAX_CALL_TIMEOUT_MS */
  maxCallTimeoutMs?: number;
  /** @default MAX_ATTEMPTS */
  maxAttempts?: number;
  /** @default MAX_PENDING_CALLS */
  maxPendingCalls?: number;
  /** Providers on other nodes, tried after the registry's own. @default none (local only) */
  remote?: RemoteCandidates;
  /** Told of every failed attempt (the broker drops a remote node that timed out from its cache). */
  onFailedAttempt?: (attempt: Readonly<FailedAttempt>, invocationId: number) => void;
}

/** What a provider reports when its handler threw (the wire `InvocationError`). */
export interface HandlerFailure {
  message: string;
  /** MaculaError.wireCode the handler threw, 0/undefined = handler_error. */
  code?: number;
  details?: Record<string, unknown>;
}

export class CallRouter {
  readonly registry: ProviderRegistry;
  readonly #pending: PendingCalls;
  readonly #send: SendInvocation;
  readonly #reply: ReplyToCaller;
  readonly #attemptMs: number;
  readonly #callMs: number;
  readonly #maxCallMs: number;
  readonly #maxAttempts: number;
  readonly #remote: RemoteCandidates | undefined;
  readonly #onFailedAttempt: CallRouterOptions['onFailedAttempt'];

  constructor(options: CallRouterOptions) {
    this.registry = options.registry;
    this.#send = options.sendInvocation;
    this.#reply = options.replyToCaller;
    this.#attemptMs = options.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS;
    this.#callMs = options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
    this.#maxCallMs = options.maxCallTimeoutMs ?? MAX_CALL_TIMEOUT_MS;
    this.#maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
    this.#remote = options.remote;
    this.#onFailedAttempt = options.onFailedAttempt;
    this.#pending = new PendingCalls({
      maxPending: options.maxPendingCalls ?? MAX_PENDING_CALLS,
      onAttemptTimeout: (call) => this.#failAttempt(call, 'timeout'),
      onDeadline: (call) => this.#timeout(call),
    });
  }

  /** Calls in flight. */
  get pendingCount(): number {
    return this.#pending.size;
  }

  /**
   * Start a call from `callerId`. Every outcome, including an immediate error, reaches the caller
   * through replyToCaller. Returns the invocation id, or undefined if it was answered at once.
   */
  call(callerId: CallerId, request: CallRequest): number | undefined {
    const fail = (error: MaculaError): undefined => {
      this.#reply(callerId, { correlationId: request.correlationId, ok: false, error });
      return undefined;
    };
    try {
      validateProcedure(request.procedure);
    } catch (err) {
      return fail(err as MaculaError);
    }
    const { procedure, targetProviderId } = request;
    const candidates = targetProviderId
      ? (this.#isLive(procedure, targetProviderId) ? [targetProviderId] : [])
      : this.#select(procedure, request.localOnly === true);
    if (candidates.length === 0) {
      const whom = targetProviderId ? ` on ${targetProviderId}` : '';
      return fail(new MaculaError('no_providers', `no provider for ${procedure}${whom}`, { details: { procedure, ...(targetProviderId ? { target: targetProviderId } : {}) } }));
    }
    const timeoutMs = Math.min(request.timeoutMs || this.#callMs, this.#maxCallMs);
    let call: PendingCall;
    try {
      call = this.#pending.open({ callerId, correlationId: request.correlationId, procedure, args: request.args, candidates, timeoutMs,
        // only a call that began with local providers alone may look other nodes up when they run out
        // (one that had remote candidates had a fresh cache: a second lookup would find the same)
        mayLookUp: !targetProviderId && request.localOnly !== true && candidates.every((p) => this.registry.isProvider(procedure, p)),
      });
    } catch (err) {
      return fail(err as MaculaError);
    }
    this.#attempt(call);
    return this.#pending.get(call.id) === call ? call.id : undefined;
  }

  /**
   * A provider answered. Accepted from any provider this call was sent to (a slow first provider
   * may still win); ignored if the call is settled or the sender never received it.
   */
  onYield(providerId: ProviderId, invocationId: number, payload: Uint8Array): boolean {
    const call = this.#pending.get(invocationId);
    if (call === undefined || !call.tried.includes(providerId)) return false;
    this.#pending.settle(call.id);
    this.#reply(call.callerId, { correlationId: call.correlationId, ok: true, payload });
    return true;
  }

  /** A provider's handler threw. Only the provider of the current attempt can fail a call. */
  onInvocationError(providerId: ProviderId, invocationId: number, failure: HandlerFailure): boolean {
    const call = this.#pending.get(invocationId);
    if (call === undefined || call.provider !== providerId) return false;
    this.#pending.settle(call.id);
    // the handler's own code passes on, but not `internal`: that names the sender's unexpected
    // failure (the gateway's, to this caller), and what failed here is the provider's handler
    const claimed = failure.code ? ERROR_CODES[failure.code - 1] : undefined;
    const code: ErrorCode = claimed !== undefined && claimed !== 'internal' ? claimed : 'handler_error';
    const error = new MaculaError(code, failure.message, { details: { ...failure.details, procedure: call.procedure, provider: providerId } });
    this.#reply(call.callerId, { correlationId: call.correlationId, ok: false, error, fromHandler: true });
    return true;
  }

  /**
   * The current attempt failed without a handler running: the provider (another node) declined
   * it (`code` says why), could not be reached after all (`send_failed`: its link could not be
   * dialled) or went away with it (`provider_left`: that link closed). The call fails over.
   * Ignored unless `providerId` runs the call's current attempt.
   */
  failAttempt(providerId: ProviderId, invocationId: number, reason: 'declined' | 'send_failed' | 'provider_left', code?: ErrorCode): boolean {
    const call = this.#pending.get(invocationId);
    if (call === undefined || call.provider !== providerId) return false;
    this.#failAttempt(call, reason, code);
    return true;
  }

  /** The caller left: drop its calls without answering. Returns how many were dropped. */
  callerLeft(callerId: CallerId): number {
    const calls = this.#pending.ofCaller(callerId);
    for (const c of calls) this.#pending.settle(c.id);
    return calls.length;
  }

  /** The provider left: withdraw its registrations and fail its in-flight calls over. Returns how many failed over. */
  providerLeft(providerId: ProviderId): number {
    this.registry.removeProvider(providerId);
    const calls = this.#pending.ofProvider(providerId);
    for (const c of calls) this.#failAttempt(c, 'provider_left');
    return calls.length;
  }

  /** Answer every call in flight with `shutdown` (the gateway is stopping). */
  close(): void {
    for (const c of this.#pending.all()) {
      this.#pending.settle(c.id);
      this.#reply(c.callerId, { correlationId: c.correlationId, ok: false, error: new MaculaError('shutdown', 'gateway is shutting down', { details: { procedure: c.procedure } }) });
    }
  }

  /** Send the call to its next live candidate; answer `all_providers_failed` when none is left. */
  #attempt(call: PendingCall): void {
    while (call.next < call.candidates.length) {
      const provider = call.candidates[call.next++]!;
      if (!this.#isLive(call.procedure, provider)) continue;
      const remaining = call.deadlineAtMs - Date.now();
      if (remaining <= 0) return this.#timeout(call);
      const attemptMs = Math.min(this.#attemptMs, remaining);
      // the last stretch before the deadline is left to the deadline timer
      this.#pending.startAttempt(call, provider, attemptMs < remaining ? attemptMs : undefined);
      try {
        this.#send(provider, { invocationId: call.id, procedure: call.procedure, args: call.args, deadlineMs: attemptMs, caller: call.callerId });
        return;
      } catch {
        this.#recordFailure(call, { provider, reason: 'send_failed' });
      }
    }
    if (this.#lookUpMore(call)) return;
    this.#pending.settle(call.id);
    const attempts = call.failures.map((f: FailedAttempt) => ({ ...f }));
    // every node tried said it serves none (records outlived their providers): nobody serves it
    const nobody = attempts.length > 0 && attempts.every((f) => f.reason === 'declined' && f.code === 'no_providers');
    const error = nobody
      ? new MaculaError('no_providers', `no provider for ${call.procedure}`, { details: { procedure: call.procedure, attempts } })
      : new MaculaError('all_providers_failed', `every provider of ${call.procedure} failed (${call.failures.length} attempts)`, { details: { procedure: call.procedure, attempts } });
    this.#reply(call.callerId, { correlationId: call.correlationId, ok: false, error });
  }

  /**
   * The candidates ran out with attempts left: other nodes may serve the procedure though none
   * was cached when the call began (a call with a local provider looks nothing up; that provider
   * then died mid-call). Take the cached remote providers not tried yet, else look the procedure
   * up once and take what it found (the call's deadline still runs meanwhile). True when the
   * call goes on; false when there is nothing more to try.
   */
  #lookUpMore(call: PendingCall): boolean {
    const remote = this.#remote;
    if (!call.mayLookUp || call.lookedUp || remote?.discover === undefined || call.tried.length >= this.#maxAttempts) return false;
    call.lookedUp = true;
    if (this.#addRemote(call)) {
      this.#attempt(call);
      return true;
    }
    this.#pending.endAttempt(call);
    const resume = (): void => {
      if (this.#pending.get(call.id) !== call) return; // answered meanwhile (deadline, caller left)
      this.#addRemote(call);
      this.#attempt(call);
    };
    remote.discover(call.procedure).then(resume, resume);
    return true;
  }

  /** Remote providers the call has not had as candidates, up to its attempts left; true if any. */
  #addRemote(call: PendingCall): boolean {
    const left = this.#maxAttempts - call.tried.length;
    const more = this.#remote!.select(call.procedure, this.#maxAttempts).filter((p) => !call.candidates.includes(p)).slice(0, left);
    call.candidates.push(...more);
    return more.length > 0;
  }

  #failAttempt(call: PendingCall, reason: FailedAttempt['reason'], code?: ErrorCode): void {
    if (this.#pending.get(call.id) !== call || call.provider === undefined) return;
    this.#recordFailure(call, code === undefined ? { provider: call.provider, reason } : { provider: call.provider, reason, code });
    this.#attempt(call);
  }

  #recordFailure(call: PendingCall, failure: FailedAttempt): void {
    call.failures.push(failure);
    this.#onFailedAttempt?.(failure, call.id);
  }

  /** The registry's providers first (the strategy's pick, then backups), then remote ones up to maxAttempts. */
  #select(procedure: string, localOnly: boolean): ProviderId[] {
    const local = this.registry.select(procedure, this.#maxAttempts);
    if (localOnly || this.#remote === undefined || local.length >= this.#maxAttempts) return local;
    const remote = this.#remote.select(procedure, this.#maxAttempts - local.length);
    return remote.length === 0 ? local : [...local, ...remote];
  }

  #isLive(procedure: string, provider: ProviderId): boolean {
    return this.registry.isProvider(procedure, provider) || (this.#remote?.isProvider(procedure, provider) ?? false);
  }

  #timeout(call: PendingCall): void {
    if (this.#pending.settle(call.id) === undefined) return;
    const error = new MaculaError('timeout', `call to ${call.procedure} timed out after ${call.deadlineAtMs - call.startedAtMs} ms`, {
      details: { procedure: call.procedure, timeoutMs: call.deadlineAtMs - call.startedAtMs, attempts: call.failures.map((f) => ({ ...f })), provider: call.provider ?? null },
    });
    this.#reply(call.callerId, { correlationId: call.correlationId, ok: false, error });
  }
}
