/**
 * Types shared by the broker's components. Collaborators are narrow interfaces (STYLE §8): the
 * metrics registry is a BrokerObserver, a built-in procedure is a LocalHandler.
 */
import type { ErrorCode } from '../errors/index.js';
import type { FrameCase } from '../protocol/index.js';

/** What the broker reports as it works (lib/metrics implements it; every method optional). */
export interface BrokerObserver {
  frameIn?(kind: FrameCase | 'malformed'): void;
  frameOut?(kind: FrameCase): void;
  /** A call answered: ok, or the error code; with its latency. */
  callDone?(outcome: 'ok' | ErrorCode, latencyMs: number): void;
  clientRejected?(code: ErrorCode): void;
}

/** Who called a built-in procedure. */
export interface LocalCallContext {
  realm: string;
  /** Caller's session id. */
  caller: string;
}

/** A procedure served inside the gateway (not over the network). Throwing → `handler_error`. */
export type LocalHandler = (args: Uint8Array, ctx: LocalCallContext) => Uint8Array | Promise<Uint8Array>;

/** A source of built-in procedures (Diagnostics). */
export interface LocalProviders {
  /** Procedure → handler; read each time the RPC router (re)starts. */
  procedures(): ReadonlyMap<string, LocalHandler>;
}

/** Live counts the broker exposes (diagnostics.info, metrics, tests). */
export interface BrokerCounts {
  clients: number;
  subscriptions: number;
  registrations: number;
  pendingCalls: number;
}

/** One advertisement a client holds: the ClientTable's record, replayed when RPC restarts. */
export interface RegistrationRecord {
  ttlMs: number;
  metadata: Record<string, string>;
  expiresAtMs: number;
}
