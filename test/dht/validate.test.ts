import { expect } from 'chai';
import {
  DhtNode, MAX_CONTACTS_PER_REPLY, MAX_ENDPOINT_LENGTH, MAX_METADATA_BYTES, MAX_PROVIDERS_PER_REPLY, dhtKey, idToHex, sha256Id, validateMessage, type DhtMessage,
} from '../../lib/dht/index.js';
import { VirtualClock } from '../../lib/dht/sim/index.js';
import { MaculaError } from '../../lib/errors/index.js';

const A = idToHex(sha256Id('a'));
const B = idToHex(sha256Id('b'));
const KEY = dhtKey('macula.default', 'svc');
const contact = (i: number) => ({ nodeId: idToHex(sha256Id(`c${i}`)), endpoint: `quic://10.0.0.${i % 250}:9443` });
const record = (over: Record<string, unknown> = {}) => ({ nodeId: A, endpoint: 'quic://a:1', metadata: { role: 'x' }, ttlMs: 1000, seq: 1, ...over });

function rejected(raw: unknown, from = A): MaculaError {
  try {
    validateMessage(raw, from);
  } catch (err) {
    expect(err).to.be.instanceOf(MaculaError);
    return err as MaculaError;
  }
  throw new Error(`accepted ${JSON.stringify(raw)}`);
}

describe('DHT message validator', () => {
  it('accepts each message type and returns a fresh copy with only the known fields', () => {
    const sender = { nodeId: A, endpoint: 'quic://a:1', extra: 'dropped' };
    const msgs: unknown[] = [
      { type: 'ping', requestId: 1, sender },
      { type: 'pong', requestId: 1, sender },
      { type: 'find_node', requestId: 2, sender, key: KEY },
      { type: 'find_node_reply', requestId: 2, sender, contacts: [contact(1), contact(2)] },
      { type: 'find_value', requestId: 3, sender, key: KEY },
      { type: 'find_value_reply', requestId: 3, sender, contacts: [contact(1)], providers: [record()] },
      { type: 'store', requestId: 4, sender, key: KEY, record: record() },
      { type: 'store_reply', requestId: 4, sender, stored: true },
      { type: 'error', requestId: 5, sender, code: 'too_many_records', message: 'full' },
    ];
    for (const raw of msgs) {
      const m = validateMessage({ ...(raw as object), smuggled: 1 }, A);
      expect(m.type).to.equal((raw as { type: string }).type);
      expect(m).to.not.have.property('smuggled');
      expect(m.sender).to.deep.equal({ nodeId: A, endpoint: 'quic://a:1' });
      expect(m.sender).to.not.equal(sender);
    }
  });

  it('malformed: not an object, missing or mistyped fields, bad ids → malformed_frame naming the field', () => {
    const sender = { nodeId: A, endpoint: 'e' };
    const cases: [unknown, string][] = [
      [null, 'message'],
      ['ping', 'message'],
      [[1], 'message'],
      [{ requestId: 1, sender }, 'type'],
      [{ type: 'ping', sender }, 'requestId'],
      [{ type: 'ping', requestId: -1, sender }, 'requestId'],
      [{ type: 'ping', requestId: 2 ** 32, sender }, 'requestId'],
      [{ type: 'ping', requestId: 1.5, sender }, 'requestId'],
      [{ type: 'ping', requestId: 1 }, 'sender'],
      [{ type: 'ping', requestId: 1, sender: { nodeId: A.toUpperCase(), endpoint: 'e' } }, 'sender.nodeId'],
      [{ type: 'ping', requestId: 1, sender: { nodeId: A, endpoint: 7 } }, 'sender.endpoint'],
      [{ type: 'find_node', requestId: 1, sender, key: 'abc' }, 'key'],
      [{ type: 'find_node_reply', requestId: 1, sender, contacts: {} }, 'contacts'],
      [{ type: 'find_node_reply', requestId: 1, sender, contacts: [{ nodeId: 'x', endpoint: 'e' }] }, 'contacts[0].nodeId'],
      [{ type: 'find_value_reply', requestId: 1, sender, contacts: [], providers: [record({ seq: -1 })] }, 'providers[0].seq'],
      [{ type: 'store', requestId: 1, sender, key: KEY, record: record({ ttlMs: 'long' }) }, 'record.ttlMs'],
      [{ type: 'store', requestId: 1, sender, key: KEY, record: record({ metadata: { n: 1 } }) }, 'record.metadata.n'],
      [{ type: 'store', requestId: 1, sender, key: KEY, record: record({ metadata: ['x'] }) }, 'record.metadata'],
      [{ type: 'store_reply', requestId: 1, sender, stored: 'yes' }, 'stored'],
    ];
    for (const [raw, field] of cases) {
      const e = rejected(raw);
      expect(e.code, JSON.stringify(raw)).to.equal('malformed_frame');
      expect(e.details.field, JSON.stringify(raw)).to.equal(field);
    }
  });

  it('oversized: too many contacts or providers, metadata too large, an endpoint too long → frame_too_large with the limit', () => {
    const sender = { nodeId: A, endpoint: 'e' };
    const many = (n: number, f: (i: number) => unknown) => Array.from({ length: n }, (_, i) => f(i));
    const bigMeta = { blob: 'x'.repeat(MAX_METADATA_BYTES) };
    const cases: [unknown, string, number][] = [
      [{ type: 'find_node_reply', requestId: 1, sender, contacts: many(MAX_CONTACTS_PER_REPLY + 1, contact) }, 'contacts', MAX_CONTACTS_PER_REPLY],
      [{ type: 'find_value_reply', requestId: 1, sender, contacts: [], providers: many(MAX_PROVIDERS_PER_REPLY + 1, () => record()) }, 'providers', MAX_PROVIDERS_PER_REPLY],
      [{ type: 'store', requestId: 1, sender, key: KEY, record: record({ metadata: bigMeta }) }, 'record.metadata (bytes)', MAX_METADATA_BYTES],
      [{ type: 'store', requestId: 1, sender, key: KEY, record: record({ metadata: Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`k${i}`, ''])) }) }, 'record.metadata', 32],
      [{ type: 'ping', requestId: 1, sender: { nodeId: A, endpoint: 'e'.repeat(MAX_ENDPOINT_LENGTH + 1) } }, 'sender.endpoint', MAX_ENDPOINT_LENGTH],
      [{ type: 'find_node_reply', requestId: 1, sender, contacts: [{ nodeId: B, endpoint: 'e'.repeat(MAX_ENDPOINT_LENGTH + 1) }] }, 'contacts[0].endpoint', MAX_ENDPOINT_LENGTH],
    ];
    for (const [raw, field, limit] of cases) {
      const e = rejected(raw);
      expect(e.code, field).to.equal('frame_too_large');
      expect(e.details, field).to.include({ field, limit });
    }
    // exactly at the bounds is fine
    validateMessage({ type: 'find_node_reply', requestId: 1, sender, contacts: many(MAX_CONTACTS_PER_REPLY, contact) }, A);
  });

  it('an unknown type → unknown_message_type naming it', () => {
    const e = rejected({ type: 'find_everything', requestId: 1, sender: { nodeId: A, endpoint: 'e' } });
    expect(e.code).to.equal('unknown_message_type');
    expect(e.details.type).to.equal('find_everything');
    expect(rejected({ type: 'constructor', requestId: 1, sender: { nodeId: A, endpoint: 'e' } }).code).to.equal('unknown_message_type');
    expect(rejected({ type: '__proto__', requestId: 1, sender: { nodeId: A, endpoint: 'e' } }).code).to.equal('unknown_message_type');
  });

  it('a sender that is not the authenticated peer, or a record of another node → sender_mismatch', () => {
    const e = rejected({ type: 'ping', requestId: 1, sender: { nodeId: B, endpoint: 'e' } }, A);
    expect(e.code).to.equal('sender_mismatch');
    expect(e.details).to.include({ claimed: B, authenticated: A });
    const s = rejected({ type: 'store', requestId: 1, sender: { nodeId: A, endpoint: 'e' }, key: KEY, record: record({ nodeId: B }) }, A);
    expect(s.code).to.equal('sender_mismatch');
    expect(s.details).to.include({ field: 'record.nodeId', recordNodeId: B });
  });
});

describe('DhtNode.receive with bad messages', () => {
  function node() {
    const clock = new VirtualClock();
    const sent: { to: string; m: DhtMessage }[] = [];
    const n = new DhtNode({ nodeId: A, endpoint: 'sim://a', clock, transport: { send: (to, m) => sent.push({ to: to.nodeId, m }) } });
    return { n, sent, clock };
  }

  it('each bad kind gets a typed error, a request with a usable id gets an error reply, and nothing changes', async () => {
    const { n, sent, clock } = node();
    await n.start();
    const sender = { nodeId: B, endpoint: 'sim://b' };
    const bad: [unknown, string][] = [
      [{ type: 'find_node', requestId: 7, sender, key: 'nope' }, 'malformed_frame'],
      [{ type: 'find_node_reply', requestId: 8, sender, contacts: Array.from({ length: 65 }, (_, i) => contact(i)) }, 'frame_too_large'],
      [{ type: 'teleport', requestId: 9, sender }, 'unknown_message_type'],
      [{ type: 'store', requestId: 10, sender: { nodeId: A, endpoint: 'x' }, key: KEY, record: record() }, 'sender_mismatch'],
      [{ type: 'store', requestId: 11, sender, key: KEY, record: record() }, 'sender_mismatch'],
      [{ type: 'store', requestId: 12, sender, key: KEY, record: record({ nodeId: B, metadata: { x: 'y'.repeat(2000) } }) }, 'frame_too_large'],
      [42, 'malformed_frame'],
    ];
    for (const [raw, code] of bad) {
      const e = n.receive(B, raw);
      expect(e?.code, JSON.stringify(raw).slice(0, 80)).to.equal(code);
    }
    await clock.runFor(10);
    expect(n.table.size, 'the sender was not learned').to.equal(0);
    expect(n.table.pingsInFlight, 'nor pinged').to.equal(0);
    expect(n.store.size).to.equal(0);
    expect(n.rpc.pendingCount).to.equal(0);
    expect(n.counters.rejected).to.deep.equal({ malformed_frame: 2, frame_too_large: 2, unknown_message_type: 1, sender_mismatch: 2 });
    // error replies go to the authenticated sender for requests only (not for the reply, the unknown type or the non-object)
    expect(sent.map((s) => [s.to, s.m.type, s.m.requestId, (s.m as { code?: string }).code])).to.deep.equal([
      [B, 'error', 7, 'malformed_frame'],
      [B, 'error', 10, 'sender_mismatch'],
      [B, 'error', 11, 'sender_mismatch'],
      [B, 'error', 12, 'frame_too_large'],
    ]);
    await clock.settle(n.stop());
  });

  it('a valid STORE of the sender\'s own record is stored and answered', async () => {
    const { n, sent, clock } = node();
    await n.start();
    expect(n.receive(B, { type: 'store', requestId: 3, sender: { nodeId: B, endpoint: 'sim://b' }, key: KEY, record: record({ nodeId: B }) })).to.equal(undefined);
    await clock.runFor(1);
    expect(n.store.get(KEY).map((r) => r.nodeId)).to.deep.equal([B]);
    expect(sent.at(-1)!.m).to.deep.include({ type: 'store_reply', requestId: 3, stored: true });
    await clock.settle(n.stop());
  });
});
