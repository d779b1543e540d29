/**
 * RPC types. The router is transport-independent: callers and providers are opaque string ids
 * (a session id, a node id) and every byte it sends goes through injected functions.
 */
import type { MaculaError } from '../errors/index.js';

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
  | { correlationId: number; ok: false; error: MaculaError };

/** Hand an invocation to a provider. Throwing means the provider is unreachable: the call fails over. */
export type SendInvocation = (providerId: ProviderId, invocation: Invocation) => void;
/** Deliver the answer of a call to its caller. */
export type ReplyToCaller = (callerId: CallerId, reply: CallReply) => void;

/** Why one attempt of a call ended without an answer. */
export interface FailedAttempt {
  provider: ProviderId;
  reason: 'timeout' | 'provider_left' | 'send_failed';
}
