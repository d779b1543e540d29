/**
 * RPC across nodes for one RpcRouter incarnation (docs/ARCHITECTURE.md "Across the mesh"): the
 * other nodes as InvocationTargets of this gateway's CallRouters, and this gateway serving the
 * invocations other nodes send it. Upstream's rpc_route / rpc_request / rpc_reply, carried on
 * node links as the frames a provider already speaks:
 *
 *   caller's node → provider's node   `invocation` {invocation_id, procedure, args, deadline_ms, caller}
 *   provider's node → caller's node   `yield` | `invocation_error` {…, declined}
 *
 * with `route.realm` naming the realm. The caller's node (this side when calling) chose the node
 * (RemoteProviders: the DHT's provider records), checked the caller's permissions, runs the
 * per-attempt and overall timers and fails over; the provider's node serves the invocation with
 * its own providers only (a `localOnly` call: never forwarded again) and answers `yield`, the
 * handler's `invocation_error`, or `declined` when no handler ran (nobody there, all its
 * providers failed, its deadline passed, it is stopping), which the caller's node fails over.
 * Invocations arriving on a link were admitted by mesh_trust at the link's handshake; the
 * caller they name (the calling client's node id) is what the provider is told.
 *
 * Bounds: invocations in flight per other node both ways (LinkCalls, which also pins those
 * links in the mesh pool), calls waiting for a lookup or a locate (`maxCallsAwaitingDiscovery`),
 * and RemoteProviders' own.
 */
import { ERROR_CODES, MaculaError, type ErrorCode } from '../errors/index.js';
import { encodeFrame, type Frame, type FrameBody, type FrameInit } from '../protocol/index.js';
import { DEFAULT_MAX_FRAME_BYTES } from '../transport/constants.js';
import { DEFAULT_CALL_TIMEOUT_MS, type CallReply, type CallRouter, type FailedAttempt, type Invocation, type SelectionStrategy } from '../rpc/index.js';
import type { WorkerContext } from '../supervisor/types.js';
import {
  LINK_CALLER_PREFIX, MAX_CALLS_AWAITING_DISCOVERY, MAX_REMOTE_CALLS_PER_LINK, MAX_SERVED_CALLS_PER_LINK, REMOTE_CALL_GRACE_MS, REMOTE_PROVIDER_PREFIX,
} from './constants.js';
import type { GatewayState } from './GatewayState.js';
import { LinkCalls, type LinkCall } from './LinkCalls.js';
import type { MeshLink } from './NodeLink.js';
import { RemoteProviders } from './RemoteProviders.js';

/** Options of RPC across nodes (RpcRouterOptions.mesh, BrokerOptions.rpcMesh). */
export interface RemoteRpcOptions {
  /** How long a lookup's answer is reused. @default DISCOVERY_CACHE_TTL_MS (60 s) */
  discoveryTtlMs?: number;
  /** Procedures cached per realm. @default MAX_DISCOVERY_ENTRIES */
  maxDiscoveryEntries?: number;
  /** Lookups in flight per realm. @default MAX_DISCOVERY_LOOKUPS */
  maxDiscoveryLookups?: number;
  /** Calls waiting for a lookup or locate. @default MAX_CALLS_AWAITING_DISCOVERY */
  maxCallsAwaitingDiscovery?: number;
  /** Invocations sent to one node and unanswered. @default MAX_REMOTE_CALLS_PER_LINK */
  maxRemoteCallsPerLink?: number;
  /** Invocations from one node served at once. @default MAX_SERVED_CALLS_PER_LINK */
  maxServedCallsPerLink?: number;
  /** A failed node is left out of lookups this long at most. @default NODE_SUSPECT_MS */
  suspectMs?: number;
}

/** What RemoteRpc needs of the RpcRouter incarnation that owns it. */
export interface RemoteRpcHost {
  state: GatewayState;
  guard: WorkerContext['guard'];
  selection?: SelectionStrategy;
  /** The router of a realm served here. */
  router(realm: string): CallRouter | undefined;
  /** Answer a caller whose call never reached a router (lookup failed, deadline, shutdown). */
  reply(callerId: string, reply: CallReply): void;
}

/** An invocation sent to another node, waiting for its answer. */
interface SentCall extends LinkCall {
  readonly realm: string;
  readonly invocationId: number;
  readonly procedure: string;
  /** The link it went out on (undefined while dialling). */
  link: MeshLink | undefined;
}

/** An invocation another node sent here, being served. */
interface ServedCall extends LinkCall {
  readonly callerId: string;
  readonly realm: string;
  readonly invocationId: number;
  /** The calling client's node id, as its node names it (caller disclosure). */
  readonly callerNodeId: string;
}

interface Waiting {
  readonly callerId: string;
  readonly correlationId: number;
  timer: NodeJS.Timeout | undefined;
}

const EMPTY = new Uint8Array(0);
const sentKey = (realm: string, invocationId: number): string => `${realm}\u0000${invocationId}`;
/** `link:<node id>/<n>`: the node is in the caller id, so a served call is found from it alone. */
const nodeOfCaller = (callerId: string): string => callerId.slice(LINK_CALLER_PREFIX.length, callerId.indexOf('/', LINK_CALLER_PREFIX.length));

export class RemoteRpc {
  readonly #h: RemoteRpcHost;
  readonly #o: RemoteRpcOptions;
  readonly #remote = new Map<string, RemoteProviders>();
  readonly #sent: LinkCalls<SentCall>;
  readonly #served: LinkCalls<ServedCall>;
  readonly #waiting = new Set<Waiting>();
  #servedSeq = 0;

  constructor(host: RemoteRpcHost, options: RemoteRpcOptions = {}) {
    this.#h = host;
    this.#o = options;
    const pin = (nodeId: string): (() => void) => host.state.call('mesh', (m) => m.pin(nodeId));
    this.#sent = new LinkCalls({ maxPerNode: options.maxRemoteCallsPerLink ?? MAX_REMOTE_CALLS_PER_LINK, pin, what: 'invocations sent to' });
    this.#served = new LinkCalls({ maxPerNode: options.maxServedCallsPerLink ?? MAX_SERVED_CALLS_PER_LINK, pin, what: 'invocations from' });
  }

  /** Invocations sent to other nodes and unanswered; invocations from other nodes being served; calls waiting for a lookup. */
  get counts(): { sent: number; served: number; waiting: number; pinned: number } {
    return { sent: this.#sent.size, served: this.#served.size, waiting: this.#waiting.size, pinned: this.#sent.pinnedNodes + this.#served.pinnedNodes };
  }

  /** The discovery cache of `realm` (its CallRouter's remote candidates). */
  providers(realm: string): RemoteProviders {
    let r = this.#remote.get(realm);
    if (r === undefined) {
      const o = this.#o;
      r = new RemoteProviders({
        realm, selfId: this.#h.state.nodeId, dht: this.#h.state.dht, selection: this.#h.selection,
        ttlMs: o.discoveryTtlMs, maxEntries: o.maxDiscoveryEntries, maxLookups: o.maxDiscoveryLookups, suspectMs: o.suspectMs,
      });
      this.#remote.set(realm, r);
    }
    return r;
  }

  /** A call no provider here serves (the caller checked) and no cached node does: it waits for a lookup first. */
  mustDiscover(realm: string, procedure: string): boolean {
    return this.#h.state.dht !== undefined && !this.providers(realm).has(procedure);
  }

  /** Look `procedure` up, then `then()`; the caller is answered instead if the lookup fails or its deadline passes first. */
  whenDiscovered(realm: string, procedure: string, callerId: string, correlationId: number, deadlineMs: number, then: () => void): void {
    this.#wait(callerId, correlationId, procedure, deadlineMs, () => this.providers(realm).discover(procedure), then);
  }

  /**
   * call_to another node: find where `nodeId` is (a link, a cached record, else a DHT locate) and
   * `then(found)`; found nodes are admitted as call_to targets of the realm.
   */
  whenLocated(realm: string, nodeId: string, procedure: string, callerId: string, correlationId: number, deadlineMs: number, then: (found: boolean) => void): void {
    const remote = this.providers(realm);
    const link = this.#liveLink(nodeId);
    const known = link?.endpoint ?? remote.endpointOf(nodeId);
    if (known !== undefined) {
      remote.addTarget(nodeId, known);
      then(true);
      return;
    }
    const dht = this.#h.state.dht;
    if (dht === undefined || nodeId === this.#h.state.nodeId) {
      then(false);
      return;
    }
    this.#wait(callerId, correlationId, procedure, deadlineMs, () => dht.locate(nodeId), (found) => {
      if (found !== undefined) remote.addTarget(found.nodeId, found.endpoint);
      then(found !== undefined);
    });
  }

  /**
   * CallRouter's sendInvocation for a provider on another node (`node:<id>`): send it on the link
   * to that node, dialling it when there is none (a failed dial fails the attempt over). Throws
   * when it cannot be sent at all (the call fails over at once).
   */
  invoke(realm: string, provider: string, inv: Invocation, callerNodeId: string): void {
    const nodeId = provider.slice(REMOTE_PROVIDER_PREFIX.length);
    const key = sentKey(realm, inv.invocationId);
    const frame: FrameInit = {
      route: { originNodeId: this.#h.state.nodeId, realm },
      invocation: { invocationId: inv.invocationId, procedure: inv.procedure, args: inv.args, deadlineMs: inv.deadlineMs, caller: callerNodeId },
    };
    const sent: SentCall = { nodeId, realm, invocationId: inv.invocationId, procedure: inv.procedure, link: undefined, expiresAtMs: Date.now() + inv.deadlineMs + REMOTE_CALL_GRACE_MS };
    this.#sent.open(key, sent);
    const link = this.#liveLink(nodeId);
    if (link !== undefined) {
      sent.link = link;
      if (link.send(frame)) return;
      this.#sent.close(nodeId, key);
      throw new MaculaError('connection_closed', `the link to node ${nodeId.slice(0, 12)} is closing`, { details: { nodeId } });
    }
    const endpoint = this.providers(realm).endpointOf(nodeId);
    let dial: Promise<MeshLink>;
    try {
      if (endpoint === undefined) throw new MaculaError('connection_refused', `no address known for node ${nodeId.slice(0, 12)}`, { details: { nodeId } });
      dial = this.#h.state.call('mesh', (m) => m.link(nodeId, endpoint));
    } catch (err) {
      this.#sent.close(nodeId, key);
      throw err;
    }
    const fail = (): void => {
      if (this.#sent.get(nodeId, key) !== sent) return; // the attempt ended meanwhile
      this.#sent.close(nodeId, key);
      this.providers(realm).failed(nodeId);
      this.#h.router(realm)?.failAttempt(provider, inv.invocationId, 'send_failed');
    };
    dial.then(this.#h.guard((l: MeshLink) => {
      if (this.#sent.get(nodeId, key) !== sent) return;
      sent.link = l;
      if (!l.send(frame)) fail();
    }), this.#h.guard(fail));
  }

  /** CallRouter's onFailedAttempt: a remote attempt is over; one that timed out makes its node suspect. */
  onFailedAttempt(realm: string, attempt: Readonly<FailedAttempt>, invocationId: number): void {
    if (!attempt.provider.startsWith(REMOTE_PROVIDER_PREFIX)) return;
    const nodeId = attempt.provider.slice(REMOTE_PROVIDER_PREFIX.length);
    this.#sent.close(nodeId, sentKey(realm, invocationId));
    if (attempt.reason === 'timeout') this.providers(realm).failed(nodeId);
  }

  /** The calling client's node id of a call that came from another node (caller disclosure). */
  callerNodeOf(callerId: string): string | undefined {
    if (!callerId.startsWith(LINK_CALLER_PREFIX)) return undefined;
    return this.#served.get(nodeOfCaller(callerId), callerId)?.callerNodeId;
  }

  /** True for the caller id of a call served for another node. */
  isServed(callerId: string): boolean {
    return callerId.startsWith(LINK_CALLER_PREFIX);
  }

  /** The router answered a call served for another node: send the answer back on its link. */
  answerServed(callerId: string, reply: CallReply): void {
    const served = this.#served.close(nodeOfCaller(callerId), callerId);
    if (served === undefined) return;
    const link = this.#liveLink(served.nodeId);
    if (link === undefined) return;
    const route = { originNodeId: this.#h.state.nodeId, realm: served.realm };
    if (reply.ok) {
      const answer: FrameInit = { route, yield: { invocationId: served.invocationId, payload: reply.payload } };
      if (!overLinkLimit(answer, reply.payload.length)) return void link.send(answer);
      // a result near the limit grows past it by the envelope: the caller hears why, the link stays
      return this.#sendError(link, route, served.invocationId, tooLargeForLink(encodeFrame(answer).length), true);
    }
    this.#sendError(link, route, served.invocationId, reply.error, reply.fromHandler === true);
  }

  #sendError(link: MeshLink, route: NonNullable<FrameInit['route']>, invocationId: number, e: MaculaError, fromHandler: boolean): void {
    // the caller's node adds its own procedure and provider (this node); a session id stays here
    const { procedure: _procedure, provider: _provider, ...details } = e.details as Record<string, unknown>;
    const answer: FrameInit = { route, invocationError: { invocationId, message: e.message, code: e.wireCode, detailsJson: safeJson(details), declined: !fromHandler } };
    if (!overLinkLimit(answer, e.message.length + (answer.invocationError!.detailsJson ?? '').length)) return void link.send(answer);
    const tooLarge = tooLargeForLink(encodeFrame(answer).length);
    link.send({ route, invocationError: { invocationId, message: tooLarge.message, code: tooLarge.wireCode, detailsJson: safeJson(tooLarge.details), declined: false } });
  }

  /** LinkAware.onLinkFrame for the RPC kinds (LINK_FRAME_ROUTES). */
  onLinkFrame(link: MeshLink, frame: Frame): void {
    const realm = frame.route?.realm || link.realm;
    if (frame.invocation != null) this.#serve(link, realm, frame.invocation);
    else if (frame.yield != null) this.#answered(link, realm, frame.yield.invocationId ?? 0, { payload: frame.yield.payload ?? EMPTY });
    else if (frame.invocationError != null) this.#answered(link, realm, frame.invocationError.invocationId ?? 0, { error: frame.invocationError });
  }

  onLinkUp(link: MeshLink): void {
    for (const r of this.#remote.values()) r.heardFrom(link.nodeId);
  }

  /**
   * A link closed: the invocations sent on it fail over now (their answers cannot come), and,
   * unless a newer link to that node replaced it, the calls it had this node serve are dropped
   * and the node leaves the discovery cache (a lookup says whether it still serves anything).
   */
  onLinkDown(link: MeshLink): void {
    const nodeId = link.nodeId;
    const replaced = this.#liveLink(nodeId) !== undefined;
    for (const c of this.#sent.dropNode(nodeId, (s) => !replaced || s.link === link)) {
      this.#h.router(c.realm)?.failAttempt(REMOTE_PROVIDER_PREFIX + nodeId, c.invocationId, 'provider_left');
    }
    if (replaced) return;
    for (const c of this.#served.dropNode(nodeId)) this.#h.router(c.realm)?.callerLeft(c.callerId);
    for (const r of this.#remote.values()) r.forget(nodeId);
  }

  /** The prune tick: forget what outlived its deadline (every node answers each invocation; this is the backstop) and free the cache. */
  sweep(): void {
    this.#sent.sweep();
    for (const c of this.#served.sweep()) this.#h.router(c.realm)?.callerLeft(c.callerId);
    for (const r of this.#remote.values()) r.sweep();
  }

  /** The incarnation ends (after its routers answered `shutdown`): calls waiting for a lookup hear `shutdown` too; every pin is released. */
  close(): void {
    for (const w of [...this.#waiting]) {
      this.#waiting.delete(w);
      if (w.timer !== undefined) clearTimeout(w.timer);
      this.#h.reply(w.callerId, { correlationId: w.correlationId, ok: false, error: new MaculaError('shutdown', 'gateway is shutting down') });
    }
    this.#sent.clear();
    this.#served.clear();
    this.#remote.clear();
  }

  /** Serve an invocation from another node with this node's own providers. */
  #serve(link: MeshLink, realm: string, body: FrameBody<'invocation'>): void {
    const invocationId = body.invocationId ?? 0;
    const decline = (err: MaculaError): void =>
      void link.send({ route: { originNodeId: this.#h.state.nodeId, realm }, invocationError: { invocationId, message: err.message, code: err.wireCode, detailsJson: safeJson(err.details), declined: true } });
    const router = this.#h.router(realm);
    if (router === undefined) return decline(new MaculaError('no_such_realm', `node ${this.#h.state.nodeId.slice(0, 12)} does not serve realm ${realm}`, { details: { realm } }));
    const callerId = `${LINK_CALLER_PREFIX}${link.nodeId}/${(this.#servedSeq = (this.#servedSeq + 1) % Number.MAX_SAFE_INTEGER)}`;
    const deadlineMs = body.deadlineMs ?? 0;
    try {
      this.#served.open(callerId, { nodeId: link.nodeId, callerId, realm, invocationId, callerNodeId: body.caller ?? '', expiresAtMs: Date.now() + (deadlineMs || DEFAULT_CALL_TIMEOUT_MS) + REMOTE_CALL_GRACE_MS });
    } catch (err) {
      return decline(MaculaError.wrap(err));
    }
    router.call(callerId, { correlationId: invocationId, procedure: body.procedure ?? '', args: body.args ?? EMPTY, timeoutMs: deadlineMs, localOnly: true });
  }

  /** An answer from the node an invocation was sent to. */
  #answered(link: MeshLink, realm: string, invocationId: number, answer: { payload?: Uint8Array; error?: FrameBody<'invocationError'> }): void {
    const nodeId = link.nodeId;
    const sent = this.#sent.close(nodeId, sentKey(realm, invocationId));
    const remote = this.providers(realm);
    const e = answer.error;
    const code: ErrorCode = e === undefined ? 'internal' : (ERROR_CODES[(e.code ?? 0) - 1] ?? 'internal');
    // a relay's bounce (MeshRelay): the node itself was not heard from, and cannot be reached now
    const bounced = e?.declined === true && (code === 'node_unreachable' || code === 'max_hops_exceeded');
    if (!bounced) remote.heardFrom(nodeId);
    const router = this.#h.router(realm);
    if (router === undefined) return;
    const provider = REMOTE_PROVIDER_PREFIX + nodeId;
    if (e === undefined) {
      router.onYield(provider, invocationId, answer.payload ?? EMPTY);
      return;
    }
    if (e.declined === true) {
      if (code === 'shutdown' || bounced) remote.failed(nodeId);
      else if (sent !== undefined) remote.drop(sent.procedure, nodeId);
      router.failAttempt(provider, invocationId, 'declined', code);
      return;
    }
    router.onInvocationError(provider, invocationId, { message: e.message ?? '', code: e.code ?? 0, details: parseDetails(e.detailsJson) });
  }

  /** Wait (bounded in number and by the caller's deadline) for `what`, then `then` it; else answer the caller. */
  #wait<T>(callerId: string, correlationId: number, procedure: string, deadlineMs: number, what: () => Promise<T>, then: (value: T) => void): void {
    const max = this.#o.maxCallsAwaitingDiscovery ?? MAX_CALLS_AWAITING_DISCOVERY;
    const fail = (error: MaculaError): void => this.#h.reply(callerId, { correlationId, ok: false, error });
    if (this.#waiting.size >= max) {
      return fail(new MaculaError('too_many_pending_calls', `${max} calls are waiting for a provider lookup`, { details: { limit: max, scope: 'discovery', procedure } }));
    }
    const w: Waiting = { callerId, correlationId, timer: undefined };
    const settle = (): boolean => {
      if (!this.#waiting.delete(w)) return false;
      if (w.timer !== undefined) clearTimeout(w.timer);
      return true;
    };
    this.#waiting.add(w);
    w.timer = setTimeout(this.#h.guard(() => {
      if (settle()) fail(new MaculaError('timeout', `call to ${procedure} timed out after ${deadlineMs} ms (looking for its providers)`, { details: { procedure, timeoutMs: deadlineMs } }));
    }), Math.max(0, deadlineMs));
    w.timer.unref();
    let running: Promise<T>;
    try {
      running = what();
    } catch (err) {
      settle();
      return fail(MaculaError.wrap(err));
    }
    running.then(
      this.#h.guard((value: T) => void (settle() && then(value))),
      this.#h.guard((err: unknown) => void (settle() && fail(MaculaError.wrap(err, 'dht_timeout')))),
    );
  }

  #liveLink(nodeId: string): MeshLink | undefined {
    try {
      const link = this.#h.state.call('mesh', (m) => m.get(nodeId));
      return link === undefined || link.closed ? undefined : link;
    } catch {
      return undefined; // the mesh worker is restarting: no links
    }
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value ?? {});
  } catch {
    return '{}';
  }
}

function parseDetails(json: string | null | undefined): Record<string, unknown> | undefined {
  if (!json) return undefined;
  try {
    const v = JSON.parse(json) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Bytes a link answer may carry beyond its payload before it needs measuring (route, ids, realm). */
const LINK_ANSWER_SLACK_BYTES = 1024;

/** Whether `answer` would be over the node link's frame limit (measured only when near it). */
function overLinkLimit(answer: FrameInit, bodyBytes: number): boolean {
  if (bodyBytes + LINK_ANSWER_SLACK_BYTES <= DEFAULT_MAX_FRAME_BYTES) return false;
  return encodeFrame(answer).length > DEFAULT_MAX_FRAME_BYTES;
}

function tooLargeForLink(size: number): MaculaError {
  return new MaculaError('frame_too_large', `the answer would be ${size} bytes on the node link, over its ${DEFAULT_MAX_FRAME_BYTES}-byte frame limit`, { details: { size, max: DEFAULT_MAX_FRAME_BYTES } });
}
