/**
 * RPC defaults and bounds (upstream values from REFERENCE §2).
 */
import type { SelectionStrategy } from './types.js';

/** Time one provider gets to answer before the call fails over to the next (upstream 5 s). */
export const DEFAULT_ATTEMPT_TIMEOUT_MS = 5_000;
/** Overall deadline of a call when the caller names none (upstream caller default 30 s). */
export const DEFAULT_CALL_TIMEOUT_MS = 30_000;
/** Largest overall deadline a caller may ask for; longer requests are clamped. */
export const MAX_CALL_TIMEOUT_MS = 300_000;
/** Providers one call tries at most: min(MAX_ATTEMPTS, providers) (upstream 3). */
export const MAX_ATTEMPTS = 3;
/** Calls in flight through one router; beyond it a call fails with `too_many_pending_calls`. */
export const MAX_PENDING_CALLS = 100_000;
/** Distinct procedures one registry holds; beyond it `too_many_procedures`. */
export const MAX_PROCEDURES = 100_000;
/** Providers of one procedure; beyond it `too_many_providers`. */
export const MAX_PROVIDERS_PER_PROCEDURE = 1_000;
/** How a provider is chosen among several (upstream default: random). */
export const DEFAULT_SELECTION: SelectionStrategy = 'random';
/** Advertisement lifetime when the provider names none (upstream service TTL 300 s). */
export const DEFAULT_ADVERTISE_TTL_MS = 300_000;
/** Longest advertisement lifetime accepted; longer requests are clamped. */
export const MAX_ADVERTISE_TTL_MS = 3_600_000;
/** How often an owner should call ProviderRegistry.pruneExpired() (upstream 60 s). */
export const REGISTRY_PRUNE_INTERVAL_MS = 60_000;
