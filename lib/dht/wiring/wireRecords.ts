/** Provider records and contacts between lib/dht's plain form and proto/dht.proto's (IPC answers). */
import type { macula } from '../../gen/ipc.js';
import type { Contact, ProviderRecord } from '../types.js';

export function recordToWire(r: ProviderRecord): macula.dht.IRecord {
  return { nodeId: r.nodeId, endpoint: r.endpoint, metadata: { ...r.metadata }, ttlMs: r.ttlMs, seq: r.seq };
}

export function recordFromWire(r: macula.dht.IRecord): ProviderRecord {
  return { nodeId: r.nodeId ?? '', endpoint: r.endpoint ?? '', metadata: { ...(r.metadata ?? {}) }, ttlMs: r.ttlMs ?? 0, seq: r.seq ?? 0 };
}

export function contactFromWire(c: macula.dht.IContact): Contact {
  return { nodeId: c.nodeId ?? '', endpoint: c.endpoint ?? '' };
}
