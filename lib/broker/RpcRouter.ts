/**
 * macula_gateway_rpc (seed §4, child 3): advertise / unadvertise / call / yield /
 * invocation_error for the clients of this gateway, one ProviderRegistry + CallRouter (lib/rpc)
 * per realm (nothing crosses realms). lib/rpc carries the semantics — `no_providers` at once,
 * 5 s per attempt, failover to up to 3 providers, 30 s overall, `handler_error` with the
 * handler's message; this component plugs it onto client sessions and adds the built-in
 * providers (Diagnostics) as local providers that run in the gateway itself.
 *
 * A caller leaving drops its calls; a provider leaving withdraws its advertisements and fails its
 * in-flight invocations over (ClientTable leave hook, guarded by this worker's boundary). Each
 * incarnation indexes the Registration records the sessions own (the one copy: ProviderRegistry
 * refers to the same objects); calls in flight when RPC stops are answered `shutdown`.
 * Providers are InvocationTargets: a session, or a built-in run inside macula_gateway_diagnostics.
 *
 * Permissions (lib/auth, via GatewayState.auth) are asked after the grammar check: `advertise`
 * (never com.macula.** but for the node itself) and `call`; a refusal is `permission_denied`
 * answering the request's correlation id. Every invocation names the caller's node id.
 */
import { MaculaError } from '../errors/index.js';
import { toWireError, type FrameBody } from '../protocol/index.js';
import { CallRouter, MAX_ADVERTISE_TTL_MS, ProviderRegistry, validateProcedure, type CallReply, type Invocation, type SelectionStrategy } from '../rpc/index.js';
import type { Worker, WorkerContext } from '../supervisor/types.js';
import type { ClientSession } from './ClientSession.js';
import type { ClientTable } from './ClientTable.js';
import {
  LOCAL_PROVIDER_PREFIX, MAX_PENDING_CALLS_PER_CLIENT, MAX_REGISTRATIONS_PER_CLIENT, PROVIDER_PROBE_IDLE_MS, PROVIDER_PROBE_TIMEOUT_MS, REGISTRY_PRUNE_INTERVAL_MS,
} from './constants.js';
import type { GatewayState } from './GatewayState.js';
import type { LocalHandler } from './types.js';

export interface RpcRouterOptions {
  /** @default 'random' (upstream) */
  selection?: SelectionStrategy;
  /** @default 5000 */
  attemptTimeoutMs?: number;
  /** @default 30000 */
  callTimeoutMs?: number;
  /** @default 3 */
  maxAttempts?: number;
  /** Calls in flight per realm. @default MAX_PENDING_CALLS (100,000) */
  maxPendingCalls?: number;
  /** Distinct procedures per realm. @default MAX_PROCEDURES (100,000) */
  maxProcedures?: number;
  /** Providers of one procedure. @default MAX_PROVIDERS_PER_PROCEDURE (1,000) */
  maxProvidersPerProcedure?: number;
  /** @default MAX_PENDING_CALLS_PER_CLIENT */
  maxPendingCallsPerClient?: number;
  /** @default MAX_REGISTRATIONS_PER_CLIENT */
  maxRegistrationsPerClient?: number;
  /** @default REGISTRY_PRUNE_INTERVAL_MS */
  pruneIntervalMs?: number;
  /** An invocation to a provider silent this long also pings it. @default PROVIDER_PROBE_IDLE_MS */
  probeIdleMs?: number;
  /** A pinged provider that sends nothing this long is dropped (its calls fail over). @default PROVIDER_PROBE_TIMEOUT_MS */
  probeTimeoutMs?: number;
}

interface RealmRpc {
  registry: ProviderRegistry;
  router: CallRouter;
}

export class RpcRouter implements Worker {
  readonly #state: GatewayState;
  readonly #o: RpcRouterOptions;
  readonly #realms = new Map<string, RealmRpc>();
  readonly #local = new Map<string, LocalHandler>();
  #clients: ClientTable | undefined;
  #ctx: WorkerContext | undefined;
  #unhook: (() => void) | undefined;
  #pruneTimer: NodeJS.Timeout | undefined;

  constructor(state: GatewayState, options: RpcRouterOptions = {}) {
    this.#state = state;
    this.#o = options;
  }

  /** Calls in flight (all realms). */
  get pendingCount(): number {
    let n = 0;
    for (const r of this.#realms.values()) n += r.router.pendingCount;
    return n;
  }

  /** Registrations (procedure, provider) in the registries, built-in ones included. */
  get registrationCount(): number {
    let n = 0;
    for (const r of this.#realms.values()) n += r.registry.registrationCount;
    return n;
  }

  /** Registrations made by clients (built-in ones excluded). */
  get clientRegistrationCount(): number {
    return this.registrationCount - this.#local.size * this.#realms.size;
  }

  advertise(session: ClientSession, body: FrameBody<'advertise'>): void {
    const procedure = body.procedure ?? '';
    validateProcedure(procedure);
    // com.macula.** is the node's own whatever the rules say (lib/auth reserved.ts)
    this.#state.auth.authorize(session, 'advertise', procedure);
    const limit = this.#o.maxRegistrationsPerClient ?? MAX_REGISTRATIONS_PER_CLIENT;
    if (!session.registrations.has(procedure) && session.registrations.size >= limit) {
      throw new MaculaError('too_many_procedures', `client advertises its maximum of ${limit} procedures`, { details: { limit, scope: 'client', procedure } });
    }
    const metadata = { ...(body.metadata ?? {}) };
    const reg = this.#realm(session.realm).registry.advertise(procedure, session.sessionId, { ttlMs: body.ttlMs ?? 0, metadata });
    session.registrations.set(procedure, reg);
    session.send({ advertised: { correlationId: body.correlationId ?? 0 } });
  }

  /** Idempotent. Invocations already sent to the provider may still be answered. */
  unadvertise(session: ClientSession, body: FrameBody<'unadvertise'>): void {
    const procedure = body.procedure ?? '';
    session.registrations.delete(procedure);
    this.#realm(session.realm).registry.unadvertise(procedure, session.sessionId);
  }

  call(session: ClientSession, body: FrameBody<'call'>): void {
    const correlationId = body.correlationId ?? 0;
    validateProcedure(body.procedure ?? '');
    this.#state.auth.authorize(session, 'call', body.procedure ?? '');
    const limit = this.#o.maxPendingCallsPerClient ?? MAX_PENDING_CALLS_PER_CLIENT;
    if (session.pendingCalls.size >= limit) {
      throw new MaculaError('too_many_pending_calls', `client waits for its maximum of ${limit} calls`, { details: { limit, scope: 'client' } });
    }
    if (session.pendingCalls.has(correlationId)) {
      // ids are unique among a requester's outstanding requests (PROTOCOL §4); a reuse would
      // make two answers indistinguishable, so the second call is refused
      throw new MaculaError('invalid_args', `correlation id ${correlationId} is already used by a call in flight`, { details: { correlationId } });
    }
    const { router } = this.#realm(session.realm);
    session.pendingCalls.set(correlationId, Date.now());
    router.call(session.sessionId, {
      correlationId,
      procedure: body.procedure ?? '',
      args: body.args ?? new Uint8Array(0),
      timeoutMs: body.timeoutMs ?? 0,
      // call_to names a node; providers here are sessions of that node
      targetProviderId: body.targetNodeId ? this.#sessionOfNode(session.realm, body.targetNodeId, body.procedure ?? '') : undefined,
    });
  }

  yield(session: ClientSession, body: FrameBody<'yield'>): void {
    this.#realm(session.realm).router.onYield(session.sessionId, body.invocationId ?? 0, body.payload ?? new Uint8Array(0));
  }

  invocationError(session: ClientSession, body: FrameBody<'invocationError'>): void {
    let details: Record<string, unknown> | undefined;
    try {
      details = body.detailsJson ? (JSON.parse(body.detailsJson) as Record<string, unknown>) : undefined;
    } catch {
      details = undefined;
    }
    this.#realm(session.realm).router.onInvocationError(session.sessionId, body.invocationId ?? 0, {
      message: body.message ?? '',
      code: body.code ?? 0,
      details,
    });
  }

  async start(ctx: WorkerContext): Promise<void> {
    this.#ctx = ctx;
    const o = this.#o;
    const clients = this.#state.get('clients');
    if (clients === undefined) throw new MaculaError('process_unavailable', 'RPC starts after the client table (rest_for_one)');
    this.#clients = clients;
    for (const [procedure, handler] of this.#state.get('diagnostics')?.procedures() ?? []) this.#local.set(procedure, handler);
    for (const realm of this.#state.realms) {
      const registry = new ProviderRegistry({ selection: o.selection, maxProcedures: o.maxProcedures, maxProvidersPerProcedure: o.maxProvidersPerProcedure });
      const router: CallRouter = new CallRouter({
        registry,
        attemptTimeoutMs: o.attemptTimeoutMs,
        callTimeoutMs: o.callTimeoutMs,
        maxAttempts: o.maxAttempts,
        maxPendingCalls: o.maxPendingCalls,
        sendInvocation: (provider, inv) => this.#sendInvocation(realm, router, provider, inv),
        replyToCaller: (caller, reply) => this.#reply(caller, reply),
      });
      this.#realms.set(realm, { registry, router });
      this.#advertiseLocal(registry);
    }
    for (const session of clients.values()) {
      const rpc = this.#realms.get(session.realm);
      for (const [procedure, reg] of session.registrations) {
        // the session's record itself is indexed again (expired ones are dropped)
        if (rpc === undefined || !rpc.registry.restore(reg)) session.registrations.delete(procedure);
      }
    }
    this.#unhook = clients.onLeave(ctx.guard((session: ClientSession) => {
      const rpc = this.#realms.get(session.realm);
      if (rpc === undefined) return;
      rpc.router.callerLeft(session.sessionId);
      rpc.router.providerLeft(session.sessionId);
    }));
    this.#pruneTimer = setInterval(ctx.guard(() => this.#prune()), o.pruneIntervalMs ?? REGISTRY_PRUNE_INTERVAL_MS);
    this.#pruneTimer.unref();
    this.#state.register('rpc', this, ctx.boundary);
  }

  async stop(): Promise<void> {
    this.kill();
  }

  /** Stopped or died: callers are told (`shutdown`) either way, so no call waits for its timeout. */
  kill(): void {
    this.#state.deregister('rpc', this);
    this.#unhook?.();
    this.#unhook = undefined;
    if (this.#pruneTimer !== undefined) clearInterval(this.#pruneTimer);
    this.#pruneTimer = undefined;
    // callers hear `shutdown` for the calls in flight; their records go with the answers
    for (const rpc of this.#realms.values()) rpc.router.close();
    this.#realms.clear();
    this.#local.clear();
  }

  #realm(realm: string): RealmRpc {
    const rpc = this.#realms.get(realm);
    if (rpc === undefined) throw new MaculaError('process_unavailable', 'RPC router is not running');
    return rpc;
  }

  /**
   * call_to: the session of node `nodeId` in `realm` that advertises `procedure` (the gateway
   * itself for built-ins), or the node id unchanged, which no registry holds → `no_providers`.
   */
  #sessionOfNode(realm: string, nodeId: string, procedure: string): string {
    if (nodeId === this.#state.nodeId && this.#local.has(procedure)) return LOCAL_PROVIDER_PREFIX + procedure;
    for (const s of this.#clients?.values() ?? []) if (s.realm === realm && s.nodeId === nodeId && s.registrations.has(procedure)) return s.sessionId;
    return nodeId;
  }

  #sendInvocation(realm: string, router: CallRouter, provider: string, inv: Invocation): void {
    // caller disclosure (Crossbar's): providers learn the caller's node id, the identity the
    // permission rules name; CallRouter's own caller id (the session) stays inside the gateway
    const caller = this.#clients?.get(inv.caller)?.nodeId ?? '';
    if (provider.startsWith(LOCAL_PROVIDER_PREFIX)) {
      const handler = this.#local.get(provider.slice(LOCAL_PROVIDER_PREFIX.length));
      if (handler === undefined) throw new MaculaError('no_handler', `no built-in handler for ${inv.procedure}`);
      const answer = (payload: Uint8Array): void => void router.onYield(provider, inv.invocationId, payload);
      const failed = (err: unknown): void => {
        const e = MaculaError.wrap(err, 'handler_error');
        router.onInvocationError(provider, inv.invocationId, { message: e.message, code: e.code === 'internal' ? 0 : e.wireCode, details: e.details });
      };
      // a built-in is macula_gateway_diagnostics' code: a bug in it crashes diagnostics, not RPC;
      // the answer is RPC's own code again (guarded: a bug there crashes RPC)
      const guard = this.#ctx!.guard;
      Promise.resolve()
        .then(() => this.#state.call('diagnostics', () => handler(inv.args, { realm, caller })))
        .then(guard(answer), guard(failed));
      return;
    }
    const target = this.#clients?.get(provider);
    if (target === undefined) throw new MaculaError('connection_closed', `provider ${provider} is gone`);
    target.invoke({ ...inv, caller });
    // a provider not heard from lately may be gone without a word (a remote host died): ask it for
    // a sign of life, and drop it if none comes, so this call and the next fail over at once
    const probeIdle = this.#o.probeIdleMs ?? PROVIDER_PROBE_IDLE_MS;
    if (Date.now() - target.lastSeenMs > probeIdle) {
      const timeoutMs = this.#o.probeTimeoutMs ?? PROVIDER_PROBE_TIMEOUT_MS;
      target.probe(timeoutMs, this.#ctx!.guard(() => {
        const why = new MaculaError('timeout', `provider ${provider} sent nothing for ${timeoutMs} ms after a ping: presumed gone`, { details: { provider } });
        this.#state.notify('clients', (t) => t.kick(provider, why));
      }));
    }
  }

  #reply(callerId: string, reply: CallReply): void {
    const session = this.#clients?.get(callerId);
    if (session === undefined) return;
    const started = session.pendingCalls.get(reply.correlationId);
    session.pendingCalls.delete(reply.correlationId);
    this.#state.observer.callDone?.(reply.ok ? 'ok' : reply.error.code, started === undefined ? 0 : Date.now() - started);
    if (reply.ok) session.send({ result: { correlationId: reply.correlationId, payload: reply.payload } });
    else session.send({ error: toWireError(reply.error, reply.correlationId) });
  }

  /** Built-in providers never expire: the longest TTL, refreshed by every prune. */
  #advertiseLocal(registry: ProviderRegistry): void {
    for (const procedure of this.#local.keys()) registry.advertise(procedure, LOCAL_PROVIDER_PREFIX + procedure, { ttlMs: MAX_ADVERTISE_TTL_MS });
  }

  #prune(): void {
    const now = Date.now();
    for (const rpc of this.#realms.values()) {
      rpc.registry.pruneExpired();
      this.#advertiseLocal(rpc.registry);
    }
    for (const s of this.#clients?.values() ?? []) {
      for (const [procedure, rec] of s.registrations) if (rec.expiresAtMs <= now) s.registrations.delete(procedure);
    }
  }
}
