/**
 * RPC types. The router is transport-independent: callers and providers are opaque string ids
 * (a session id, a node id) and every byte it sends goes through injected functions.
 */
import type { ErrorCode, MaculaError } from '../errors/index.js';

/** Identifies a provider connection (session or node id). */
export type ProviderId = string;
/** Identifies a caller connection (session or node id). */
export type CallerId = string;

/** How a provider is picked among several (WAMP registration policies `roundrobin`, `random`). */
export type SelectionStrategy = 'round_robin' | 'random';

/** One provider's advertisement of one procedure. */
export interface Registration {
  readonly procedure: string;
  readonly providerId: ProviderId;
  /** Refreshed (replaced) by each re-advertisement. */
  metadata: Readonly<Record<string, string>>;
  readonly registeredAtMs: number;
  /** Refreshed by each re-advertisement. */
  expiresAtMs: number;
}

/** A Call as the router sees it (the wire `Call` message). */
export interface CallRequest {
  correlationId: number;
  procedure: string;
  args: Uint8Array;
  /** Overall deadline; 0/undefined = DEFAULT_CALL_TIMEOUT_MS. */
  timeoutMs?: number;
  /** call_to: only this provider. */
  targetProviderId?: ProviderId;
  /**
   * Only the registry's own providers, never the remote candidates (a call that arrived from
   * another node is served there and never forwarded again).
   */
  localOnly?: boolean;
}

/** What a provider receives (the wire `Invocation` message). */
export interface Invocation {
  invocationId: number;
  procedure: string;
  args: Uint8Array;
  /** Ms left for this attempt. */
  deadlineMs: number;
  caller: CallerId;
}

/** The one answer a caller gets for a call. */
export type CallReply =
  | { correlationId: number; ok: true; payload: Uint8Array }
  /** `fromHandler`: a provider's handler ran and failed (InvocationError), not the router. */
  | { correlationId: number; ok: false; error: MaculaError; fromHandler?: true };

/** Hand an invocation to a provider. Throwing means the provider is unreachable: the call fails over. */
export type SendInvocation = (providerId: ProviderId, invocation: Invocation) => void;
/** Deliver the answer of a call to its caller. */
export type ReplyToCaller = (callerId: CallerId, reply: CallReply) => void;

/**
 * Why one attempt of a call ended without an answer. `declined`: the provider (another node)
 * answered that it ran no handler — `code` says why (`no_providers` there, its own providers all
 * failed, it is stopping) — so the call fails over like any other failed attempt.
 */
export interface FailedAttempt {
  provider: ProviderId;
  reason: 'timeout' | 'provider_left' | 'send_failed' | 'declined';
  code?: ErrorCode;
}

/**
 * Providers the router does not hold itself (other nodes, found in the DHT): backups after the
 * registry's own providers, and the only candidates when none of those serves the procedure.
 */
export interface RemoteCandidates {
  /** Up to `count` distinct providers of `procedure`, best first; empty when none is known. */
  select(procedure: string, count: number): ProviderId[];
  /** True while `providerId` may still be tried for `procedure` (a failed one is not). */
  isProvider(procedure: string, providerId: ProviderId): boolean;
  /**
   * Look `procedure` up (the DHT) so select() knows its providers now: what a call whose
   * candidates ran out waits for once before it gives up. @default none (no lookup)
   */
  discover?(procedure: string): Promise<void>;
}
