/**
 * DHT messages on the wire (proto/dht.proto `macula.dht.Message`): what lib/dht's plain messages
 * become on a node link and in IPC, and back. Decoding yields a plain object of exactly the
 * fields the message's type carries, which validateMessage then checks like any raw input: the
 * protobuf layer gives every field a default, so nothing is trusted from it.
 */
import type { macula } from '../gen/macula.js';
import type { DhtMessage } from './messages.js';
import type { Contact, ProviderRecord } from './types.js';

export type WireDhtMessage = macula.dht.IMessage;
type WireContact = macula.dht.IContact;
type WireRecord = macula.dht.IRecord;

const contactToWire = (c: Contact): WireContact => ({ nodeId: c.nodeId, endpoint: c.endpoint });
const recordToWire = (r: ProviderRecord): WireRecord => ({ nodeId: r.nodeId, endpoint: r.endpoint, metadata: { ...r.metadata }, ttlMs: r.ttlMs, seq: r.seq });

/** The wire form of a message lib/dht built. */
export function dhtToWire(m: DhtMessage): WireDhtMessage {
  const w: WireDhtMessage = { type: m.type, requestId: m.requestId, sender: contactToWire(m.sender) };
  if ('key' in m) w.key = m.key;
  if ('contacts' in m) w.contacts = m.contacts.map(contactToWire);
  if ('providers' in m) w.providers = m.providers.map(recordToWire);
  if ('record' in m) w.record = recordToWire(m.record);
  if ('stored' in m) w.stored = m.stored;
  if (m.type === 'error') {
    w.code = m.code;
    w.message = m.message;
  }
  return w;
}

const contactFromWire = (c: WireContact | null | undefined): unknown => (c == null ? undefined : { nodeId: c.nodeId ?? '', endpoint: c.endpoint ?? '' });
const recordFromWire = (r: WireRecord | null | undefined): unknown =>
  r == null ? undefined : { nodeId: r.nodeId ?? '', endpoint: r.endpoint ?? '', metadata: { ...(r.metadata ?? {}) }, ttlMs: r.ttlMs ?? 0, seq: r.seq ?? 0 };

/** Which fields each type carries beyond type, requestId and sender. */
const FIELDS: Readonly<Record<string, readonly (keyof WireDhtMessage)[]>> = {
  ping: [],
  pong: [],
  find_node: ['key'],
  find_node_reply: ['contacts'],
  find_value: ['key'],
  find_value_reply: ['contacts', 'providers'],
  store: ['key', 'record'],
  store_reply: ['stored'],
  error: ['code', 'message'],
};

/** The raw message to hand to validateMessage (unknown types pass through for it to refuse). */
export function dhtFromWire(w: WireDhtMessage): Record<string, unknown> {
  const out: Record<string, unknown> = { type: w.type ?? '', requestId: w.requestId ?? 0, sender: contactFromWire(w.sender) };
  for (const f of FIELDS[w.type ?? ''] ?? []) {
    if (f === 'contacts') out.contacts = (w.contacts ?? []).map(contactFromWire);
    else if (f === 'providers') out.providers = (w.providers ?? []).map(recordFromWire);
    else if (f === 'record') out.record = recordFromWire(w.record);
    else if (f === 'stored') out.stored = w.stored ?? false;
    else out[f] = w[f] ?? '';
  }
  return out;
}
