/**
 * Value parsers for config keys. A flag or env value is text; a file value is JSON. Each parser
 * returns the typed value or a reason, which ConfigLoader turns into an `invalid_config` error
 * naming the key, the source and the value.
 */
import { isIP } from 'node:net';
import { parseBootstrapUrls } from '../dht/wiring/seeds.js';
import { resolve } from 'node:path';
import {
  MAX_CERT_KEY_BITS, MAX_PEERS, MAX_PORT, MAX_REALM_LENGTH, MIN_BOOTSTRAP_HEALTH_INTERVAL_MS,
  MIN_CERT_KEY_BITS, MIN_CERT_VALIDITY_DAYS, MIN_PEERS, MIN_PORT, REALM_PATTERN, URL_SCHEMES,
} from './constants.js';

export interface ParseContext {
  /** true for flag/env values (strings), false for JSON file values. */
  textual: boolean;
  /** Base directory for relative paths: cwd for flags/env, the config file's dir for the file. */
  baseDir: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };
export type Parser<T> = (raw: unknown, ctx: ParseContext) => ParseResult<T>;

const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
const fail = (reason: string): ParseResult<never> => ({ ok: false, reason });

/** An integer in [min, max]; text must be plain decimal digits (no "1e3", no "0x10"). */
export function integer(min: number, max: number = Number.MAX_SAFE_INTEGER): Parser<number> {
  const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `${min}–${max}`;
  return (raw, ctx) => {
    let n: number;
    if (ctx.textual) {
      if (typeof raw !== 'string' || !/^-?\d+$/.test(raw.trim())) return fail(`must be an integer ${range}`);
      n = Number(raw.trim());
    } else {
      if (typeof raw !== 'number') return fail(`must be a JSON number (an integer ${range})`);
      n = raw;
    }
    if (!Number.isSafeInteger(n)) return fail(`must be an integer ${range}`);
    if (n < min || n > max) return fail(`must be an integer ${range}`);
    return ok(n);
  };
}

export const port: Parser<number> = integer(MIN_PORT, MAX_PORT);
export const peers: Parser<number> = integer(MIN_PEERS, MAX_PEERS);
export const keyBits: Parser<number> = integer(MIN_CERT_KEY_BITS, MAX_CERT_KEY_BITS);
export const validityDays: Parser<number> = integer(MIN_CERT_VALIDITY_DAYS);
export const intervalMs: Parser<number> = integer(MIN_BOOTSTRAP_HEALTH_INTERVAL_MS);

function nonEmptyString(raw: unknown): ParseResult<string> {
  if (typeof raw !== 'string') return fail('must be a string');
  if (raw.trim() === '') return fail('must not be empty');
  return ok(raw);
}

export const realm: Parser<string> = (raw) => {
  const s = nonEmptyString(raw);
  if (!s.ok) return s;
  if (s.value.length > MAX_REALM_LENGTH) return fail(`must be at most ${MAX_REALM_LENGTH} characters`);
  if (!REALM_PATTERN.test(s.value)) {
    return fail('must be reverse-DNS style: lowercase labels of [a-z0-9-] separated by dots, e.g. "io.example.arcade"');
  }
  return ok(s.value);
};

/** An IP address or a host name to bind. */
export const host: Parser<string> = (raw) => {
  const s = nonEmptyString(raw);
  if (!s.ok) return s;
  if (isIP(s.value) !== 0 || /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(s.value)) {
    return ok(s.value);
  }
  return fail('must be an IP address or a host name');
};

/**
 * Bootstrap nodes: a comma-separated list of `quic://host:port` or `https://host:port`, each
 * optionally `?node_id=<64 hex>` (lib/dht/wiring/seeds.ts).
 */
export const bootstrapUrls: Parser<string> = (raw) => {
  const s = nonEmptyString(raw);
  if (!s.ok) return s;
  try {
    parseBootstrapUrls(s.value);
  } catch (err) {
    return fail((err as Error).message.replace(/^bootstrap URL /, 'entry '));
  }
  return ok(s.value);
};

/** A peer's address: `quic://host:port` or the seed's `https://host:port` (the same QUIC endpoint). */
export const url: Parser<string> = (raw) => {
  const s = nonEmptyString(raw);
  if (!s.ok) return s;
  let parsed: URL;
  try {
    parsed = new URL(s.value);
  } catch {
    return fail('must be a URL quic://host:port or https://host:port, e.g. "https://bootstrap.example.com:9443"');
  }
  if (!URL_SCHEMES.includes(parsed.protocol)) return fail(`must be quic://host:port or https://host:port (not ${parsed.protocol}//)`);
  if (parsed.hostname === '') return fail('must name a host, e.g. "https://bootstrap.example.com:9443"');
  return ok(s.value);
};

/** A node id: 64 lowercase hex digits (the SHA-256 of its public key). */
export const nodeIdHex: Parser<string> = (raw) => {
  const s = nonEmptyString(raw);
  if (!s.ok) return s;
  return /^[0-9a-f]{64}$/.test(s.value) ? ok(s.value) : fail('must be a node id: 64 lowercase hex digits');
};

/** One of a fixed set of words (log level, log format, peer restart type). */
export function oneOf<T extends string>(allowed: readonly T[]): Parser<T> {
  return (raw) => {
    if (typeof raw === 'string' && (allowed as readonly string[]).includes(raw.trim())) return ok(raw.trim() as T);
    return fail(`must be one of ${allowed.join(', ')}`);
  };
}

/** A file-system path, made absolute against the source's base dir. */
export const path: Parser<string> = (raw, ctx) => {
  const s = nonEmptyString(raw);
  if (!s.ok) return s;
  return ok(resolve(ctx.baseDir, s.value));
};

/** Accepted and ignored (deprecated keys that no longer do anything). */
export const anything: Parser<unknown> = (raw) => ok(raw);

/** The restart type of the node's peer processes (their macula_peers_sup child spec). */
export const peerRestart = oneOf(['permanent', 'transient', 'temporary'] as const);
