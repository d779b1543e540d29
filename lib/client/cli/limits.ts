/**
 * The bounds a client meets, as one table: `macula --help` and the README print it (a test keeps
 * the README in step), and the CLI turns exceeding one into `limit_exceeded` (exit 76) naming the
 * limit and where it is set. None of them is a node setting in this version: each is a constant
 * of the domain that enforces it.
 */
import {
  CLIENT_QUEUE_BYTES, MAX_CLIENTS, MAX_PENDING_CALLS_PER_CLIENT, MAX_REGISTRATIONS_PER_CLIENT, MAX_SUBSCRIPTIONS_PER_CLIENT, QUEUE_PRESSURE_SHARE, SLOW_CONSUMER_MS,
} from '../../broker/constants.js';
import { MaculaError } from '../../errors/index.js';
import { MAX_TOPIC_LENGTH, MAX_TOPIC_SEGMENTS } from '../../pubsub/constants.js';
import { MAX_CALL_TIMEOUT_MS, MAX_PROVIDERS_PER_PROCEDURE } from '../../rpc/constants.js';
import { DEFAULT_MAX_FRAME_BYTES } from '../../transport/constants.js';
import { DEFAULT_SUBSCRIPTION_BUFFER } from '../constants.js';
import { MAX_EXEC_OUTPUT_BYTES, MAX_EXEC_QUEUED } from './exec.js';

export interface Limit {
  what: string;
  value: string;
  /** What a client gets past it. */
  beyond: string;
  /** Where the bound is set. */
  setting: string;
}

const mib = (bytes: number): string => `${bytes / 1024 / 1024} MiB`;
const n = (x: number): string => x.toLocaleString('en-US');

export const FRAME_LIMIT: Limit = {
  what: 'one message (topic + payload, args or result)',
  value: mib(DEFAULT_MAX_FRAME_BYTES),
  beyond: 'limit_exceeded (exit 76); nothing is sent',
  setting: 'lib/transport DEFAULT_MAX_FRAME_BYTES (both ends; fixed in this version)',
};

export const CLIENT_LIMITS: readonly Limit[] = [
  FRAME_LIMIT,
  { what: 'topic, pattern or procedure', value: `${MAX_TOPIC_LENGTH} chars, ${MAX_TOPIC_SEGMENTS} segments`, beyond: 'invalid_topic / invalid_procedure (exit 64)', setting: 'lib/pubsub MAX_TOPIC_LENGTH, MAX_TOPIC_SEGMENTS' },
  {
    what: 'bytes the gateway queues for a client',
    value: `${mib(CLIENT_QUEUE_BYTES)} (its publishers are held from ${mib(CLIENT_QUEUE_BYTES * QUEUE_PRESSURE_SHARE)} until it is under ${mib((CLIENT_QUEUE_BYTES * QUEUE_PRESSURE_SHARE) / 2)})`,
    beyond: `slow_consumer; the client is disconnected (also when it stays above ${mib(CLIENT_QUEUE_BYTES * QUEUE_PRESSURE_SHARE)} for ${SLOW_CONSUMER_MS / 1000} s)`,
    setting: 'lib/broker CLIENT_QUEUE_BYTES, QUEUE_PRESSURE_SHARE, SLOW_CONSUMER_MS',
  },
  { what: 'subscriptions per client', value: n(MAX_SUBSCRIPTIONS_PER_CLIENT), beyond: 'too_many_subscriptions (exit 76)', setting: 'lib/broker MAX_SUBSCRIPTIONS_PER_CLIENT' },
  { what: 'procedures per client', value: n(MAX_REGISTRATIONS_PER_CLIENT), beyond: 'too_many_procedures (exit 76)', setting: 'lib/broker MAX_REGISTRATIONS_PER_CLIENT' },
  { what: 'providers of one procedure', value: n(MAX_PROVIDERS_PER_PROCEDURE), beyond: 'too_many_providers (exit 76)', setting: 'lib/rpc MAX_PROVIDERS_PER_PROCEDURE' },
  { what: 'calls a client waits for at once', value: n(MAX_PENDING_CALLS_PER_CLIENT), beyond: 'too_many_pending_calls (exit 75)', setting: 'lib/broker MAX_PENDING_CALLS_PER_CLIENT' },
  { what: 'deadline of a call (--timeout)', value: `${n(MAX_CALL_TIMEOUT_MS)} ms`, beyond: 'a usage error (exit 64)', setting: 'lib/rpc MAX_CALL_TIMEOUT_MS' },
  { what: 'clients per gateway', value: n(MAX_CLIENTS), beyond: 'max_clients_reached (exit 69)', setting: 'lib/broker MAX_CLIENTS' },
  { what: 'messages a subscription buffers', value: n(DEFAULT_SUBSCRIPTION_BUFFER), beyond: 'the oldest are dropped', setting: 'lib/client DEFAULT_SUBSCRIPTION_BUFFER' },
  { what: 'serve --exec: queued / output', value: `${n(MAX_EXEC_QUEUED)} / ${mib(MAX_EXEC_OUTPUT_BYTES)}`, beyond: 'too_many_pending_calls / handler_error', setting: 'lib/client/cli MAX_EXEC_QUEUED, MAX_EXEC_OUTPUT_BYTES' },
];

/** The table for `--help` (and the README). */
export function limitsTable(): string {
  const w = Math.max(...CLIENT_LIMITS.map((l) => l.what.length));
  const v = Math.max(...CLIENT_LIMITS.map((l) => l.value.length));
  return CLIENT_LIMITS.map((l) => `  ${l.what.padEnd(w)}  ${l.value.padEnd(v)}  ${l.beyond}`).join('\n');
}

/** limit_exceeded for a message of `bytes` that cannot fit one frame. */
export function frameLimitError(what: string, bytes: number): MaculaError {
  return new MaculaError(
    'limit_exceeded',
    `${what}: ${n(bytes)} bytes, but one message may be at most ${FRAME_LIMIT.value} = ${n(DEFAULT_MAX_FRAME_BYTES)} bytes (the frame limit, set by ${FRAME_LIMIT.setting}): send less, or split it into several messages`,
    { details: { limit: 'max_frame_bytes', max: DEFAULT_MAX_FRAME_BYTES, bytes, setting: 'DEFAULT_MAX_FRAME_BYTES' } },
  );
}

/** Refuse a payload that alone is larger than a frame, before connecting. */
export function checkPayload(what: string, value: unknown): void {
  if (value === undefined) return;
  const bytes = Buffer.byteLength(JSON.stringify(value));
  if (bytes > DEFAULT_MAX_FRAME_BYTES) throw frameLimitError(what, bytes);
}

/** The transport's frame_too_large (topic plus payload just over the frame) as the limit it is. */
export function asLimitError(err: unknown, what: string, value: unknown): unknown {
  if (err instanceof MaculaError && err.code === 'frame_too_large') return frameLimitError(what, Buffer.byteLength(JSON.stringify(value ?? null)));
  return err;
}
