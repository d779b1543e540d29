/**
 * The validator every incoming DHT message goes through before anything looks at it. Each bad
 * kind gets its own typed MaculaError and nothing is changed (the caller drops the message):
 * - not an object, a missing or mistyped field, a bad id → `malformed_frame` (details.field);
 * - a list or string past its bound → `frame_too_large` (details.field, limit, actual);
 * - a type nobody handles → `unknown_message_type`;
 * - a sender (or a stored record's node id) that is not the authenticated sender → `sender_mismatch`.
 * The result is a fresh object holding only the known fields, so a message cannot smuggle
 * extras into the table or the store, and the sender's object is never shared.
 * Dispatch is a table keyed by type (CONVENTIONS: no switch ladders).
 */
import { MaculaError } from '../errors/index.js';
import {
  MAX_CONTACTS_PER_REPLY, MAX_ENDPOINT_LENGTH, MAX_ERROR_MESSAGE_LENGTH, MAX_METADATA_BYTES, MAX_METADATA_ENTRIES, MAX_PROVIDERS_PER_REPLY,
} from './constants.js';
import { isIdHex } from './ids.js';
import type { DhtMessage, MessageType } from './messages.js';
import type { Contact, IdHex, ProviderRecord } from './types.js';

/** Bounds the validator enforces (defaults from constants.ts). */
export interface MessageLimits {
  maxContacts: number;
  maxProviders: number;
  maxMetadataEntries: number;
  maxMetadataBytes: number;
  maxEndpointLength: number;
}

export const DEFAULT_MESSAGE_LIMITS: Readonly<MessageLimits> = {
  maxContacts: MAX_CONTACTS_PER_REPLY,
  maxProviders: MAX_PROVIDERS_PER_REPLY,
  maxMetadataEntries: MAX_METADATA_ENTRIES,
  maxMetadataBytes: MAX_METADATA_BYTES,
  maxEndpointLength: MAX_ENDPOINT_LENGTH,
};

type Raw = Record<string, unknown>;

function malformed(field: string, why: string): MaculaError {
  return new MaculaError('malformed_frame', `DHT message: ${field} ${why}`, { details: { field } });
}

function tooLarge(field: string, limit: number, actual: number): MaculaError {
  return new MaculaError('frame_too_large', `DHT message: ${field} has ${actual}, at most ${limit}`, { details: { field, limit, actual } });
}

function object(value: unknown, field: string): Raw {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw malformed(field, 'must be an object');
  return value as Raw;
}

function id(value: unknown, field: string): IdHex {
  if (!isIdHex(value)) throw malformed(field, 'must be 64 lowercase hex characters');
  return value;
}

function uint(value: unknown, field: string, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) throw malformed(field, `must be an integer in 0..${max}`);
  return value;
}

function text(value: unknown, field: string, maxLength: number): string {
  if (typeof value !== 'string') throw malformed(field, 'must be a string');
  if (value.length > maxLength) throw tooLarge(field, maxLength, value.length);
  return value;
}

function list(value: unknown, field: string, max: number): unknown[] {
  if (!Array.isArray(value)) throw malformed(field, 'must be a list');
  if (value.length > max) throw tooLarge(field, max, value.length);
  return value;
}

function contact(value: unknown, field: string, limits: MessageLimits): Contact {
  const c = object(value, field);
  return { nodeId: id(c.nodeId, `${field}.nodeId`), endpoint: text(c.endpoint, `${field}.endpoint`, limits.maxEndpointLength) };
}

function metadata(value: unknown, field: string, limits: MessageLimits): Record<string, string> {
  const m = object(value, field);
  const keys = Object.keys(m);
  if (keys.length > limits.maxMetadataEntries) throw tooLarge(field, limits.maxMetadataEntries, keys.length);
  const out: Record<string, string> = {};
  let bytes = 0;
  for (const k of keys) {
    const v = m[k];
    if (typeof v !== 'string') throw malformed(`${field}.${k}`, 'must be a string');
    bytes += Buffer.byteLength(k) + Buffer.byteLength(v);
    out[k] = v;
  }
  if (bytes > limits.maxMetadataBytes) throw tooLarge(`${field} (bytes)`, limits.maxMetadataBytes, bytes);
  return out;
}

function record(value: unknown, field: string, limits: MessageLimits): ProviderRecord {
  const r = object(value, field);
  return {
    nodeId: id(r.nodeId, `${field}.nodeId`),
    endpoint: text(r.endpoint, `${field}.endpoint`, limits.maxEndpointLength),
    metadata: metadata(r.metadata, `${field}.metadata`, limits),
    ttlMs: uint(r.ttlMs, `${field}.ttlMs`),
    seq: uint(r.seq, `${field}.seq`),
  };
}

function contacts(value: unknown, limits: MessageLimits): Contact[] {
  return list(value, 'contacts', limits.maxContacts).map((c, i) => contact(c, `contacts[${i}]`, limits));
}

type Head = { requestId: number; sender: Contact };
type BodyValidator = (m: Raw, head: Head, limits: MessageLimits) => DhtMessage;

const BODIES: Readonly<Record<MessageType, BodyValidator>> = {
  ping: (_m, head) => ({ type: 'ping', ...head }),
  pong: (_m, head) => ({ type: 'pong', ...head }),
  find_node: (m, head) => ({ type: 'find_node', ...head, key: id(m.key, 'key') }),
  find_node_reply: (m, head, limits) => ({ type: 'find_node_reply', ...head, contacts: contacts(m.contacts, limits) }),
  find_value: (m, head) => ({ type: 'find_value', ...head, key: id(m.key, 'key') }),
  find_value_reply: (m, head, limits) => {
    const providers = list(m.providers, 'providers', limits.maxProviders);
    return { type: 'find_value_reply', ...head, contacts: contacts(m.contacts, limits), providers: providers.map((p, i) => record(p, `providers[${i}]`, limits)) };
  },
  store: (m, head, limits) => {
    const r = record(m.record, 'record', limits);
    if (r.nodeId !== head.sender.nodeId) {
      throw new MaculaError('sender_mismatch', 'a node may store only its own record', { details: { field: 'record.nodeId', recordNodeId: r.nodeId, sender: head.sender.nodeId } });
    }
    return { type: 'store', ...head, key: id(m.key, 'key'), record: r };
  },
  store_reply: (m, head) => {
    if (typeof m.stored !== 'boolean') throw malformed('stored', 'must be a boolean');
    return { type: 'store_reply', ...head, stored: m.stored };
  },
  error: (m, head) => ({ type: 'error', ...head, code: text(m.code, 'code', 64), message: text(m.message, 'message', MAX_ERROR_MESSAGE_LENGTH) }),
};

/**
 * Validate a message that arrived from `authenticatedSender` (the node id the transport proved,
 * e.g. from the link's certificate). Returns a fresh, typed copy or throws a MaculaError.
 */
export function validateMessage(raw: unknown, authenticatedSender: IdHex, limits: MessageLimits = DEFAULT_MESSAGE_LIMITS): DhtMessage {
  const m = object(raw, 'message');
  if (typeof m.type !== 'string') throw malformed('type', 'must be a string');
  const body = Object.hasOwn(BODIES, m.type) ? BODIES[m.type as MessageType] : undefined;
  if (body === undefined) {
    throw new MaculaError('unknown_message_type', `unknown DHT message type ${JSON.stringify(m.type.slice(0, 64))}`, { details: { type: m.type.slice(0, 64) } });
  }
  const head: Head = { requestId: uint(m.requestId, 'requestId', 0xffff_ffff), sender: contact(m.sender, 'sender', limits) };
  if (head.sender.nodeId !== authenticatedSender) {
    throw new MaculaError('sender_mismatch', 'the message names a sender that is not the authenticated peer', {
      details: { field: 'sender.nodeId', claimed: head.sender.nodeId, authenticated: authenticatedSender },
    });
  }
  return body(m, head, limits);
}
