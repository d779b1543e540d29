/**
 * ClientOptions with every default filled in from constants.ts and every bound checked, before
 * connect() opens anything (a bad option is `invalid_config` naming it, and leaks no endpoint).
 */
import { MaculaError } from '../errors/index.js';
import { DEFAULT_REALM } from '../protocol/index.js';
import type { BackoffOptions } from './backoff.js';
import * as C from './constants.js';
import type { ReconnectPolicy } from './Reconnector.js';
import { DEFAULT_MAX_FRAME_BYTES } from '../transport/constants.js';
import type { ClientOptions } from './types.js';

export interface ResolvedOptions {
  realm: string;
  name: string;
  expectedNodeId: string | undefined;
  callTimeoutMs: number;
  requestTimeoutMs: number;
  connectTimeoutMs: number;
  subscriptionBuffer: number;
  maxPendingRequests: number;
  maxSubscriptions: number;
  maxAdvertisements: number;
  maxConcurrentInvocations: number;
  maxQueuedInvocations: number;
  maxWaiting: number;
  sendQueueBytes: number;
  maxFrameBytes: number;
  restoreWindow: number;
  restoreRetry: BackoffOptions;
  /** false: a lost connection closes the client. */
  reconnect: ReconnectPolicy | false;
}

/** A positive number (Infinity allowed where a count may be unbounded), else `invalid_config` naming the option. */
export function positive(value: number, option: string): number {
  if (!(typeof value === 'number' && value > 0)) {
    throw new MaculaError('invalid_config', `${option} must be a positive number, got ${String(value)}`, { details: { option } });
  }
  return value;
}

/** A positive finite number of ms, else `invalid_config` naming it. */
export function deadlineMs(ms: number, what: string): number {
  if (!(typeof ms === 'number' && Number.isFinite(ms) && ms > 0)) {
    throw new MaculaError('invalid_config', `${what} must be a positive number of ms, got ${String(ms)}`, { details: { timeoutMs: ms } });
  }
  return ms;
}

export function resolveOptions(o: ClientOptions): ResolvedOptions {
  const r = o.reconnect;
  const maxPendingRequests = positive(o.maxPendingRequests ?? C.MAX_PENDING_REQUESTS, 'maxPendingRequests');
  return {
    realm: o.realm ?? DEFAULT_REALM,
    name: o.name ?? C.DEFAULT_CLIENT_NAME,
    expectedNodeId: o.expectedNodeId,
    callTimeoutMs: positive(o.callTimeoutMs ?? C.DEFAULT_CALL_TIMEOUT_MS, 'callTimeoutMs'), // clamped per call to MAX_CALL_TIMEOUT_MS
    requestTimeoutMs: deadlineMs(o.requestTimeoutMs ?? C.DEFAULT_REQUEST_TIMEOUT_MS, 'requestTimeoutMs'),
    connectTimeoutMs: deadlineMs(o.connectTimeoutMs ?? C.DEFAULT_CONNECT_TIMEOUT_MS, 'connectTimeoutMs'),
    subscriptionBuffer: o.subscriptionBuffer ?? C.DEFAULT_SUBSCRIPTION_BUFFER,
    maxPendingRequests,
    maxSubscriptions: o.maxSubscriptions ?? C.MAX_SUBSCRIPTIONS,
    maxAdvertisements: o.maxAdvertisements ?? C.MAX_ADVERTISEMENTS,
    maxConcurrentInvocations: o.maxConcurrentInvocations ?? C.MAX_CONCURRENT_INVOCATIONS,
    maxQueuedInvocations: o.maxQueuedInvocations ?? C.MAX_QUEUED_INVOCATIONS,
    maxWaiting: positive(o.maxWaiting ?? C.MAX_WAITING_OPERATIONS, 'maxWaiting'),
    sendQueueBytes: positive(o.sendQueueBytes ?? C.DEFAULT_SEND_QUEUE_BYTES, 'sendQueueBytes'),
    maxFrameBytes: o.transport?.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES,
    restoreWindow: Math.min(positive(o.restore?.window ?? C.DEFAULT_RESTORE_WINDOW, 'restore.window'), maxPendingRequests),
    restoreRetry: {
      initialDelayMs: positive(o.restore?.retryInitialDelayMs ?? C.DEFAULT_RESTORE_RETRY_INITIAL_DELAY_MS, 'restore.retryInitialDelayMs'),
      maxDelayMs: positive(o.restore?.retryMaxDelayMs ?? C.DEFAULT_RESTORE_RETRY_MAX_DELAY_MS, 'restore.retryMaxDelayMs'),
    },
    reconnect:
      r === false
        ? false
        : {
            initialDelayMs: positive(r?.initialDelayMs ?? C.DEFAULT_RECONNECT_INITIAL_DELAY_MS, 'reconnect.initialDelayMs'),
            maxDelayMs: positive(r?.maxDelayMs ?? C.DEFAULT_RECONNECT_MAX_DELAY_MS, 'reconnect.maxDelayMs'),
            maxAttempts: positive(r?.maxAttempts ?? Infinity, 'reconnect.maxAttempts'),
            parallelAttempts: positive(r?.parallelAttempts ?? C.DEFAULT_RECONNECT_PARALLEL_ATTEMPTS, 'reconnect.parallelAttempts'),
          },
  };
}
