/**
 * What the chaos run and its client processes tell each other: the client's configuration (env
 * CHAOS_CLIENT, JSON) and its reports (one JSON object per line on stdout). Times are epoch ms
 * with fractions (performance.timeOrigin + performance.now()), comparable across the processes
 * of one machine.
 */

/** Env var carrying a client's ClientConfig. */
export const CLIENT_CONFIG_ENV = 'CHAOS_CLIENT';

export interface ClientConfig {
  url: string;
  /** The node's id: the client refuses any other gateway. */
  nodeId: string;
  /** Which client this is (a restarted client keeps its slot). */
  slot: number;
  /** Unique per client process: publishers number their messages under it. */
  tag: string;
  /** Procedures the call loops take turns on. */
  procedures: string[];
  callTimeoutMs: number;
  callLoops: number;
  callIntervalMs: number;
  publishIntervalMs: number;
  /** Topic this client publishes to. */
  topic: string;
  /** Patterns this client subscribes to (each subscription checks its own deliveries). */
  patterns: string[];
  reportIntervalMs: number;
  unsettledMarginMs: number;
  dedupWindow: number;
}

/** One finished operation: [what (procedure or 'publish'), start, duration ms, error code ('' = ok)]. */
export type Op = [what: string, start: number, durationMs: number, error: string];

/** Per subscription: [pattern, messages received, last receipt (0 = none yet), messages missing (gaps in a publisher's numbering)]. */
export type SubState = [pattern: string, received: number, lastAt: number, missing: number];

export type ClientReport =
  | { t: 'ready'; pid: number; at: number }
  | { t: 'report'; at: number; ops: Op[]; subs: SubState[] }
  | { t: 'dup'; at: number; pattern: string; publisher: string; seq: number }
  | { t: 'unsettled'; at: number; what: string; start: number; ageMs: number }
  | { t: 'sdk'; at: number; code: string; message: string }
  /** The SDK client's own events: disconnected, reconnecting (attempt, delay), connected. */
  | { t: 'conn'; at: number; event: string; detail: string }
  | { t: 'bye'; at: number };

/** The payload of every published message. */
export interface Numbered {
  /** Publisher tag. */
  p: string;
  /** Its sequence number, from 1. */
  s: number;
}

export const now = (): number => performance.timeOrigin + performance.now();
