/**
 * In-process brokers linked into one mesh for the cross-node pub/sub tests. An in-process Broker
 * has no DHT (the routing process provides it in a node), so the brokers of a test share a small
 * record table of their own (SharedRecords: publish / find as the DHT's provider records behave,
 * without Kademlia): membership lookups find each other through it and the brokers dial real QUIC
 * node links (MeshPool) between them. Nothing of pub/sub's is replaced.
 */
import { Broker, type BrokerOptions, type DhtAccess } from '../../lib/broker/index.js';
import { nodeIdFromCertPem, type Identity } from '../../lib/identity/index.js';
import type { QuicEndpoint } from '../../lib/transport/index.js';
import { clientEndpoint, identity, RawClient, waitFor } from './helpers.js';

type Rec = { nodeId: string; endpoint: string; metadata: Readonly<Record<string, string>>; ttlMs: number; seq: number };

/** Provider records shared by the brokers of one test: key → node id → record. */
export class SharedRecords {
  readonly #records = new Map<string, Map<string, Rec>>();
  #seq = 0;

  /** The DhtAccess of one broker (its node id, and its URL once it has bound). */
  access(nodeId: string, endpoint: () => string): DhtAccess {
    return {
      publish: async (key, metadata) => {
        let m = this.#records.get(key);
        if (m === undefined) this.#records.set(key, (m = new Map()));
        m.set(nodeId, { nodeId, endpoint: endpoint(), metadata, ttlMs: 300_000, seq: ++this.#seq });
      },
      unpublish: async (key) => void this.#records.get(key)?.delete(nodeId),
      findProviders: async (key, want = 20) => [...(this.#records.get(key)?.values() ?? [])].slice(0, want),
      locate: async (id) => {
        for (const m of this.#records.values()) {
          const r = m.get(id);
          if (r !== undefined) return { nodeId: r.nodeId, endpoint: r.endpoint };
        }
        return undefined;
      },
    };
  }

  /** A node left for good: its records go (routing withdraws them at a graceful stop). */
  withdraw(nodeId: string): void {
    for (const m of this.#records.values()) m.delete(nodeId);
  }
}

export interface MeshNode {
  broker: Broker;
  identity: Identity;
  nodeId: string;
  connect(realm?: string): Promise<RawClient>;
}

/** Brokers (and client endpoints) made by one test file, stopped after each test. */
export function useMesh(): { records: SharedRecords; start(opts?: Partial<BrokerOptions>, id?: Identity): Promise<MeshNode>; stop(n: MeshNode): Promise<void>; ep(): Promise<QuicEndpoint> } {
  let records = new SharedRecords();
  const brokers: Broker[] = [];
  const endpoints: QuicEndpoint[] = [];
  afterEach(async () => {
    await Promise.all(endpoints.splice(0).map((e) => e.close({ force: true })));
    await Promise.all(brokers.splice(0).map((b) => b.stop()));
    records = new SharedRecords();
  });
  const api = {
    get records() {
      return records;
    },
    async ep(): Promise<QuicEndpoint> {
      const e = await clientEndpoint();
      endpoints.push(e);
      return e;
    },
    async start(opts: Partial<BrokerOptions> = {}, id: Identity = identity()): Promise<MeshNode> {
      const nodeId = nodeIdFromCertPem(id.certPem);
      let url = '';
      const broker = new Broker({
        tls: id,
        host: '127.0.0.1',
        port: 0,
        dhtAccess: records.access(nodeId, () => url),
        ...opts,
        meshPubSub: { membershipIntervalMs: 200, ...opts.meshPubSub },
      });
      brokers.push(broker);
      await broker.start();
      url = broker.url;
      const e = await api.ep();
      return { broker, identity: id, nodeId, connect: (realm = '') => RawClient.connect(e, broker.url, realm) };
    },
    async stop(n: MeshNode): Promise<void> {
      brokers.splice(brokers.indexOf(n.broker), 1);
      await n.broker.stop();
    },
  };
  return api;
}

/** Wait until every broker holds a link from every other one (interest flows on it). */
export async function meshed(nodes: readonly MeshNode[], timeoutMs = 10_000, realm = 'macula.default'): Promise<void> {
  await waitFor(() => nodes.every((n) => (n.broker.pubsub?.remoteInterest(realm)?.nodeCount ?? 0) >= nodes.length - 1), timeoutMs, `${nodes.length} brokers meshed`);
}

/** The "pattern|queue" entries `at` holds from node `from`. */
export function seen(at: MeshNode, from: MeshNode, realm = 'macula.default'): string[] {
  return (at.broker.pubsub?.remoteInterest(realm)?.entriesOfNode(from.nodeId) ?? []).map((e) => (e.queue === '' ? e.pattern : `${e.pattern}|${e.queue}`));
}

/** Wait until `at` holds exactly `entries` from `from`. */
export async function sees(at: MeshNode, from: MeshNode, entries: string[], timeoutMs = 5000): Promise<void> {
  const want = [...entries].sort();
  await waitFor(() => JSON.stringify(seen(at, from)) === JSON.stringify(want), timeoutMs, `${at.nodeId.slice(0, 8)} to see ${JSON.stringify(want)} from ${from.nodeId.slice(0, 8)} (sees ${JSON.stringify(seen(at, from))})`);
}
