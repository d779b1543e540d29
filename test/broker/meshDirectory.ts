/**
 * In-process brokers have no DHT (no routing process): this is the DhtAccess a test gives them
 * instead, a directory shared by the test's brokers — a map of key → provider records and node
 * id → address. Not a model of our DHT (no lookups, no replication): the semantics the brokers
 * rely on (publish is seen by every later find, unpublish removes, locate finds a registered
 * node) and nothing else. Counters and an optional delay let tests see and shape the traffic.
 */
import { nodeIdFromCertPem, type Identity } from '../../lib/identity/index.js';
import { Broker, type BrokerOptions, type DhtAccess } from '../../lib/broker/index.js';

interface Held {
  nodeId: string;
  seq: number;
}

export class MeshDirectory {
  readonly records = new Map<string, Map<string, Held>>();
  readonly nodes = new Map<string, () => string>();
  finds = 0;
  locates = 0;
  /** Every find and locate waits this long first. */
  delayMs = 0;
  /** Record TTL reported by finds. */
  ttlMs = 300_000;
  #seq = 0;

  /** The DhtAccess of the broker whose node id is `nodeId`, reachable at `url()`. */
  access(nodeId: string, url: () => string): DhtAccess {
    this.nodes.set(nodeId, url);
    return {
      publish: async (key) => {
        let held = this.records.get(key);
        if (held === undefined) this.records.set(key, (held = new Map()));
        held.set(nodeId, { nodeId, seq: ++this.#seq });
      },
      unpublish: async (key) => {
        this.records.get(key)?.delete(nodeId);
      },
      findProviders: async (key) => {
        this.finds++;
        if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
        return [...(this.records.get(key)?.values() ?? [])].map((h) => ({ nodeId: h.nodeId, endpoint: this.nodes.get(h.nodeId)?.() ?? '', metadata: {}, ttlMs: this.ttlMs, seq: h.seq }));
      },
      locate: async (id) => {
        this.locates++;
        if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
        const url = this.nodes.get(id);
        return url === undefined ? undefined : { nodeId: id, endpoint: url() };
      },
    };
  }

  /** Node ids holding a record under key. */
  holders(key: string): string[] {
    return [...(this.records.get(key)?.keys() ?? [])];
  }

  /** Put a record of `nodeId` under key as if it had published it (a stale record, say). */
  plant(key: string, nodeId: string): void {
    let held = this.records.get(key);
    if (held === undefined) this.records.set(key, (held = new Map()));
    held.set(nodeId, { nodeId, seq: ++this.#seq });
  }

  /** Remove `nodeId`'s record under key without it knowing (a record lost). */
  erase(key: string, nodeId: string): void {
    this.records.get(key)?.delete(nodeId);
  }
}

/** A broker on 127.0.0.1:0 with identity `tls`, wired to `dir`. */
export function meshBroker(dir: MeshDirectory, tls: Identity, opts: Partial<BrokerOptions> = {}): Broker {
  let broker: Broker | undefined;
  const nodeId = nodeIdFromCertPem(tls.certPem);
  broker = new Broker({ tls, host: '127.0.0.1', port: 0, dhtAccess: dir.access(nodeId, () => broker!.url), ...opts });
  return broker;
}
