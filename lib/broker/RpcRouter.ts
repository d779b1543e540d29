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
 *
 * Across the mesh (docs/ARCHITECTURE.md "Across the mesh"; RemoteRpc, RemoteProviders,
 * ProviderRecords): a procedure advertised here gets this node's provider record in the DHT
 * (advertise is answered once it is stored); a call no provider here serves looks the procedure
 * up and goes to another node as an InvocationTarget of the same CallRouter (local providers
 * first, then other nodes), and calls from other nodes are served here with local providers only.
 * call_to names a node: this one (its own providers), a client of this gateway (that client), or
 * another node (located, then asked).
 */
import { MaculaError } from '../errors/index.js';
import { encodeFrame, toWireError, type Frame, type FrameBody, type FrameInit } from '../protocol/index.js';
import {
  CallRouter, DEFAULT_CALL_TIMEOUT_MS, MAX_ADVERTISE_TTL_MS, MAX_CALL_TIMEOUT_MS, ProviderRegistry, validateProcedure, type CallReply, type CallRequest, type Invocation, type SelectionStrategy,
} from '../rpc/index.js';
import type { Worker, WorkerContext } from '../supervisor/types.js';
import type { ClientSession } from './ClientSession.js';
import type { ClientTable } from './ClientTable.js';
import {
  ADVERTISE_PUBLISH_WAIT_MS, INVOCATION_OVERHEAD_BYTES, LOCAL_PROVIDER_PREFIX, MAX_PENDING_CALLS_PER_CLIENT, MAX_REGISTRATIONS_PER_CLIENT, PROVIDER_PROBE_IDLE_MS, PROVIDER_PROBE_TIMEOUT_MS,
  RECORD_RETRY_MS, REGISTRY_PRUNE_INTERVAL_MS, REMOTE_PROVIDER_PREFIX,
} from './constants.js';
import type { GatewayState } from './GatewayState.js';
import type { MeshLink } from './NodeLink.js';
import { providerRecordsOf, type ProviderRecords } from './ProviderRecords.js';
import { RemoteRpc, type RemoteRpcOptions } from './RemoteRpc.js';
import type { LinkAware, LocalHandler } from './types.js';

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
  /** RPC across nodes: discovery cache, bounds per link. */
  mesh?: RemoteRpcOptions;
  /** advertise waits this long at most for the provider record to be stored. @default ADVERTISE_PUBLISH_WAIT_MS */
  advertisePublishWaitMs?: number;
}

interface RealmRpc {
  registry: ProviderRegistry;
  router: CallRouter;
}

export class RpcRouter implements Worker, LinkAware {
  readonly #state: GatewayState;
  readonly #o: RpcRouterOptions;
  readonly #realms = new Map<string, RealmRpc>();
  readonly #local = new Map<string, LocalHandler>();
  #clients: ClientTable | undefined;
  #ctx: WorkerContext | undefined;
  #unhook: (() => void) | undefined;
  #pruneTimer: NodeJS.Timeout | undefined;
  #recordTimer: NodeJS.Timeout | undefined;
  /** Other nodes as providers, and calls served for them (this incarnation's). */
  #remote: RemoteRpc | undefined;
  /** This node's provider records in the DHT (the gateway's: outlive this incarnation). */
  readonly #records: ProviderRecords | undefined;

  constructor(state: GatewayState, options: RpcRouterOptions = {}) {
    this.#state = state;
    this.#o = options;
    this.#records = providerRecordsOf(state);
  }

  /** RPC across nodes of this incarnation (tests, diagnostics); undefined when stopped. */
  get remote(): RemoteRpc | undefined {
    return this.#remote;
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
    const ack = (): void => void session.send({ advertised: { correlationId: body.correlationId ?? 0 } });
    const stored = this.#records?.want(session.realm, procedure);
    if (stored === undefined) return ack();
    // answered once other nodes can find it (or after a bounded wait: the record is retried)
    void within(stored, this.#o.advertisePublishWaitMs ?? ADVERTISE_PUBLISH_WAIT_MS).then(this.#ctx!.guard(ack));
  }

  /** Idempotent. Invocations already sent to the provider may still be answered. */
  unadvertise(session: ClientSession, body: FrameBody<'unadvertise'>): void {
    const procedure = body.procedure ?? '';
    session.registrations.delete(procedure);
    this.#realm(session.realm).registry.unadvertise(procedure, session.sessionId);
    this.#syncRecord(session.realm, procedure);
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
    const args = body.args ?? new Uint8Array(0);
    // the Invocation names the caller by its node id (#sendInvocation), and one sent to another
    // node also carries the route (this node's id and the realm): all counted, whoever serves it
    const carried = Buffer.byteLength(session.nodeId) + Buffer.byteLength(this.#state.nodeId) + Buffer.byteLength(session.realm);
    const invocationBytes = args.length + Buffer.byteLength(body.procedure ?? '') + carried + INVOCATION_OVERHEAD_BYTES;
    if (invocationBytes > session.maxFrameBytes) {
      // the Invocation carries more than the Call (caller, route, ids): refused here, not by the provider's transport
      throw new MaculaError('frame_too_large', `the invocation of this call would be up to ${invocationBytes} bytes, over the ${session.maxFrameBytes}-byte frame limit`, {
        details: { size: invocationBytes, max: session.maxFrameBytes },
      });
    }
    const { router, registry } = this.#realm(session.realm);
    session.pendingCalls.set(correlationId, Date.now());
    const request: CallRequest = { correlationId, procedure: body.procedure ?? '', args, timeoutMs: body.timeoutMs ?? 0 };
    if (body.targetNodeId) return this.#callTo(session, request, body.targetNodeId);
    const remote = this.#remote;
    if (remote === undefined || registry.hasProviders(request.procedure) || !remote.mustDiscover(session.realm, request.procedure)) {
      router.call(session.sessionId, request);
      return;
    }
    // nobody here serves it and no node is cached for it: look it up first (no_providers once the lookup found none)
    const deadlineAtMs = Date.now() + this.#timeoutOf(request);
    remote.whenDiscovered(session.realm, request.procedure, session.sessionId, correlationId, deadlineAtMs - Date.now(), () => this.#callIfPresent(session, request, deadlineAtMs));
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
    const remote = new RemoteRpc({
      state: this.#state,
      guard: ctx.guard,
      selection: o.selection,
      router: (realm) => this.#realms.get(realm)?.router,
      reply: (caller, reply) => this.#reply(caller, reply),
    }, o.mesh);
    this.#remote = remote;
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
        remote: remote.providers(realm),
        onFailedAttempt: (attempt, invocationId) => remote.onFailedAttempt(realm, attempt, invocationId),
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
      const served = rpc.registry.proceduresOf(session.sessionId);
      rpc.router.callerLeft(session.sessionId);
      rpc.router.providerLeft(session.sessionId);
      for (const procedure of served) this.#syncRecord(session.realm, procedure);
    }));
    this.#pruneTimer = setInterval(ctx.guard(() => this.#prune()), o.pruneIntervalMs ?? REGISTRY_PRUNE_INTERVAL_MS);
    this.#pruneTimer.unref();
    this.#startRecords(ctx);
    this.#state.register('rpc', this, ctx.boundary);
  }

  /** LinkAware: an `invocation` to serve, or the `yield` / `invocation_error` of one sent (LINK_FRAME_ROUTES). */
  onLinkFrame(link: MeshLink, frame: Frame): void {
    this.#remote?.onLinkFrame(link, frame);
  }

  onLinkUp(link: MeshLink): void {
    this.#remote?.onLinkUp(link);
  }

  onLinkDown(link: MeshLink): void {
    this.#remote?.onLinkDown(link);
  }

  /** LinkAware: the node stops gracefully: withdraw this node's provider records while the links still carry the withdrawals. */
  onMeshStopping(): Promise<void> | undefined {
    return this.#records?.withdrawAll();
  }

  /** The routing process restarted (its publisher lost the records): publish them again. */
  republishRecords(): void {
    this.#records?.republishAll();
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
    if (this.#recordTimer !== undefined) clearInterval(this.#recordTimer);
    this.#recordTimer = undefined;
    // callers hear `shutdown` for the calls in flight (other nodes' calls too: declined), their
    // records go with the answers; then calls still waiting for a lookup, and the links' pins
    for (const rpc of this.#realms.values()) rpc.router.close();
    this.#remote?.close();
    this.#remote = undefined;
    this.#realms.clear();
    this.#local.clear();
  }

  #realm(realm: string): RealmRpc {
    const rpc = this.#realms.get(realm);
    if (rpc === undefined) throw new MaculaError('process_unavailable', 'RPC router is not running');
    return rpc;
  }

  /**
   * call_to `nodeId`: this node → its own providers (built-ins included); a client of this gateway
   * with that node id that advertises `procedure` → that client; else another node, located and
   * asked (it serves the call with its own providers, `no_providers` if it has none, as does a
   * node nobody can find).
   */
  #callTo(session: ClientSession, request: CallRequest, nodeId: string): void {
    const { router } = this.#realm(session.realm);
    if (nodeId === this.#state.nodeId) return void router.call(session.sessionId, { ...request, localOnly: true });
    const local = this.#sessionOfNode(session.realm, nodeId, request.procedure);
    if (local !== undefined || this.#remote === undefined) return void router.call(session.sessionId, { ...request, targetProviderId: local ?? nodeId });
    const deadlineAtMs = Date.now() + this.#timeoutOf(request);
    this.#remote.whenLocated(session.realm, nodeId, request.procedure, session.sessionId, request.correlationId, deadlineAtMs - Date.now(), (found) =>
      // not found: the node id itself, which nobody serves → no_providers naming the target
      this.#callIfPresent(session, { ...request, targetProviderId: found ? REMOTE_PROVIDER_PREFIX + nodeId : nodeId }, deadlineAtMs),
    );
  }

  /** The session of client node `nodeId` in `realm` that advertises `procedure`, if any. */
  #sessionOfNode(realm: string, nodeId: string, procedure: string): string | undefined {
    for (const s of this.#clients?.values() ?? []) if (s.realm === realm && s.nodeId === nodeId && s.registrations.has(procedure)) return s.sessionId;
    return undefined;
  }

  /** A call that waited (lookup, locate) goes on with what is left of its deadline, if its caller is still here. */
  #callIfPresent(session: ClientSession, request: CallRequest, deadlineAtMs: number): void {
    if (this.#clients?.get(session.sessionId) !== session || session.closing) return;
    const rpc = this.#realms.get(session.realm);
    if (rpc === undefined) return;
    rpc.router.call(session.sessionId, { ...request, timeoutMs: Math.max(1, deadlineAtMs - Date.now()) });
  }

  /** The overall deadline a call gets (CallRouter's rule: its own, else the default, at most the maximum). */
  #timeoutOf(request: CallRequest): number {
    return Math.min(request.timeoutMs || (this.#o.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS), MAX_CALL_TIMEOUT_MS);
  }

  #sendInvocation(realm: string, router: CallRouter, provider: string, inv: Invocation): void {
    // caller disclosure (Crossbar's): providers learn the caller's node id, the identity the
    // permission rules name; CallRouter's own caller id (the session) stays inside the gateway.
    // A call from another node names the client its node named.
    const caller = this.#clients?.get(inv.caller)?.nodeId ?? this.#remote?.callerNodeOf(inv.caller) ?? '';
    if (provider.startsWith(REMOTE_PROVIDER_PREFIX)) {
      if (this.#remote === undefined) throw new MaculaError('process_unavailable', 'RPC router is not running');
      return this.#remote.invoke(realm, provider, inv, caller);
    }
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
    if (this.#remote?.isServed(callerId) === true) return this.#remote.answerServed(callerId, reply);
    const session = this.#clients?.get(callerId);
    if (session === undefined) return;
    const started = session.pendingCalls.get(reply.correlationId);
    session.pendingCalls.delete(reply.correlationId);
    this.#state.observer.callDone?.(reply.ok ? 'ok' : reply.error.code, started === undefined ? 0 : Date.now() - started);
    const answer: FrameInit = reply.ok ? { result: { correlationId: reply.correlationId, payload: reply.payload } } : { error: toWireError(reply.error, reply.correlationId) };
    const bytes = encodeFrame(answer);
    if (bytes.length <= session.maxFrameBytes) {
      session.sendEncoded(bytes, reply.ok ? 'result' : 'error');
      return;
    }
    // the provider's answer does not fit in a frame to this caller: the caller hears why, stays connected
    const tooLarge = new MaculaError('frame_too_large', `the provider's ${reply.ok ? 'result' : 'error'} is ${bytes.length} bytes, over the ${session.maxFrameBytes}-byte frame limit`, {
      details: { size: bytes.length, max: session.maxFrameBytes },
    });
    session.send({ error: toWireError(tooLarge, reply.correlationId) });
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
    // expired advertisements take their records with them
    this.#records?.sync((realm, procedure) => this.#serves(realm, procedure));
    this.#remote?.sweep();
  }

  /** True when a client of this gateway serves `procedure` in `realm` (built-ins are on every node: never published). */
  #serves(realm: string, procedure: string): boolean {
    return !this.#local.has(procedure) && (this.#realms.get(realm)?.registry.hasProviders(procedure) ?? false);
  }

  /** The record of (realm, procedure) follows whether anyone here still serves it. */
  #syncRecord(realm: string, procedure: string): void {
    if (this.#records !== undefined && !this.#serves(realm, procedure)) this.#records.unwant(realm, procedure);
  }

  /** This incarnation's records: what its sessions advertise is published, what nobody serves any more is withdrawn, failures are retried. */
  #startRecords(ctx: WorkerContext): void {
    const records = this.#records;
    if (records === undefined) return;
    records.reopen();
    for (const s of this.#clients?.values() ?? []) {
      for (const procedure of s.registrations.keys()) if (this.#serves(s.realm, procedure)) void records.want(s.realm, procedure);
    }
    records.sync((realm, procedure) => this.#serves(realm, procedure));
    this.#recordTimer = setInterval(ctx.guard(() => records.retryFailed()), RECORD_RETRY_MS);
    this.#recordTimer.unref();
  }
}

/** `p` settled, or `ms` passed (whichever first); never rejects. */
function within(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.then(() => undefined, () => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
      timer.unref();
    }),
  ]).finally(() => clearTimeout(timer));
}
